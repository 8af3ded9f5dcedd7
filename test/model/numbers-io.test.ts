import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/engine';
import { haarlemHaarlemmermeer } from '../../src/examples';
import {
  createTemplateModel,
  decodeShareHash,
  encodeShareHash,
  hasSteps,
  modelFileName,
  setYearValue,
  toNum,
  withFirstValue,
  yearValue,
} from '../../src/model';
import { validateModel } from '../../src/engine';

const years = [2013, 2014, 2015, 2016, 2017];

describe('year maps edited like a spreadsheet', () => {
  it('sets a year; later years without a value of their own follow it', () => {
    expect(setYearValue(30, 2015, '25', years)).toEqual({ 2013: 30, 2015: 25 });
    expect(setYearValue({ 2013: 30, 2015: 25, 2016: 30 }, 2015, '30', years)).toEqual({ 2013: 30 });
    expect(setYearValue(30, 2015, '30', years)).toEqual(30);
    expect(setYearValue({ 2014: 0, 2017: 3 }, 2016, '2', years)).toEqual({ 2014: 0, 2016: 2, 2017: 3 });
    expect(setYearValue(undefined, 2015, '0.25', years)).toEqual({ 2015: 0.25 });
  });
  it('keeps years before the horizon when a plain value becomes a map', () => {
    expect(setYearValue(155000, 2015, '156000', [2012, ...years])).toEqual({ 2012: 155000, 2015: 156000 });
  });
  it('keeps the first entry (the start of a setStaff table) and carries values forward', () => {
    expect(setYearValue({ 2014: 0 }, 2014, '0', years)).toEqual({ 2014: 0 });
    expect(yearValue({ 2014: 0, 2016: 2 }, 2015)).toBe('0');
    expect(yearValue({ 2014: 5 }, 2013)).toBe('0');
    expect(yearValue('4.56', 2020)).toBe('4.56');
  });
  it('stores exact decimals as numbers and keeps long decimals as strings', () => {
    expect(toNum('1234.56')).toBe(1234.56);
    expect(toNum('0.1')).toBe(0.1);
    expect(toNum('12345678901234567890.12')).toBe('12345678901234567890.12');
  });
});

describe('share links and file names', () => {
  it('round-trips a model through a versioned link hash', () => {
    const hash = encodeShareHash(haarlemHaarlemmermeer);
    expect(hash.startsWith('#m1=')).toBe(true);
    expect(hash).toMatch(/^#m1=[A-Za-z0-9_-]+$/);
    const back = decodeShareHash(hash);
    expect(back.ok && back.model).toEqual(haarlemHaarlemmermeer);
  });
  it('refuses a damaged link or one of an unknown version', () => {
    expect(decodeShareHash('#m1=abc').ok).toBe(false);
    expect(decodeShareHash('#m9=abc').ok).toBe(false);
  });
  it('makes a file name from the title', () => {
    expect(
      modelFileName({ ...haarlemHaarlemmermeer, meta: { title: 'ICT-samenwerking Haarlem–Haarlemmermeer (é)' } }),
    ).toBe('ict-samenwerking-haarlem-haarlemmermeer-e.json');
  });
});

describe('templates', () => {
  it.each([2, 3, 12])('makes a valid model of %i municipalities with an ICT centre', (n) => {
    const m = createTemplateModel({
      municipalities: n,
      isWithCentre: true,
      startYear: 2025,
      years: 5,
      title: 'T',
      centreName: 'ICT-centrum',
      scenarioName: 'Samen',
      baselineName: 'Baseline',
    });
    expect(validateModel(m)).toEqual([]);
    expect(m.parties.filter((p) => p.kind === 'municipality')).toHaveLength(n);
    const e = evaluateModel(m);
    expect(e.scenarios.map((s) => s.id)).toEqual(['baseline', 'centre']);
    expect(e.scenarios[1]!.years[1]!.byOwner.ictc).not.toBe('0.00');
  });
  it('makes a valid baseline-only model without a centre', () => {
    const m = createTemplateModel({
      municipalities: 2,
      isWithCentre: false,
      startYear: 2025,
      years: 3,
      title: 'T',
      centreName: 'x',
      scenarioName: 'x',
      baselineName: 'Baseline',
    });
    expect(validateModel(m)).toEqual([]);
    expect(m.parties.every((p) => p.kind === 'municipality')).toBe(true);
    expect(m.scenarios).toHaveLength(1);
  });
});

describe('one-value fields over a year map', () => {
  it('an edit replaces the first step and keeps the later ones', () => {
    expect(withFirstValue({ 2013: 0.2, 2017: 0.1 }, 0.3)).toEqual({ 2013: 0.3, 2017: 0.1 });
    expect(withFirstValue(0.2, 0.3)).toBe(0.3);
    expect(withFirstValue(undefined, 0.3)).toBe(0.3);
    expect(hasSteps({ 2013: 0.2, 2017: 0.1 })).toBe(true);
    expect(hasSteps({ 2013: 0.2 })).toBe(false);
    expect(hasSteps(0.2)).toBe(false);
  });
});
