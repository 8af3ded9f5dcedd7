/**
 * Differential test for version-3 files (model-v3 §10.1–§10.3, §10.9): the engine's CLI document
 * against the independent reference, to the cent, on hand-made edge models and generated
 * version-3 models (every extrapolation, every depreciation start, real discount rates,
 * replacement cycles continued or final, lines and changes dated after endYear).
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel, toCliDocument, type ModelFile } from '../../src/engine';
import { generateModelV3 } from '../support/model-generator';
import { dec, money } from './decimal';
import { scheduleFor } from './contributions';
import { edgeModelsV3 } from './edge-models-v3';
import { referenceDocument } from './reference';
import { differences, printed } from './compare';

const generated: [string, ModelFile][] = Array.from({ length: 40 }, (_, i) => [
  `generated v3 seed ${i + 1}`,
  generateModelV3(i + 1),
]);
const large: [string, ModelFile][] = [
  [
    'large v3 seed 2001',
    generateModelV3(2001, { municipalities: 8, sharedParties: 2, years: 15, scenarios: 4, linesPerMunicipality: 12 }),
  ],
];

describe('engine vs independent reference, version 3 (to the cent)', () => {
  const cases = [...edgeModelsV3, ...generated, ...large];
  it('covers every extrapolation and depreciation start', () => {
    const methods = new Set(cases.map(([, m]) => m.assumptions?.extrapolation));
    expect([...methods].sort()).toEqual(['computeThrough', 'indexLast', 'indexLastByCategory', 'none']);
    const starts = new Set(
      cases.flatMap(([, m]) => [m.assumptions?.depreciationStart, ...m.parties.map((p) => p.depreciationStart)]),
    );
    for (const s of ['nextYear', 'sameYear', 'sameYearNoInterest', 'halfYear']) expect(starts).toContain(s);
  });
  for (const [name, model] of cases) {
    it(
      name,
      () => {
        const engine = printed(toCliDocument(evaluateModel(model)));
        const reference = printed(referenceDocument(model));
        expect(engine.scenarios.every((s) => s.cash !== undefined)).toBe(true);
        const diffs = differences(engine, reference);
        expect(diffs.slice(0, 20), `${diffs.length} differences`).toEqual([]);
      },
      30_000,
    );
  }
});

describe('the reference itself: BBV depreciation starts (hand-computed)', () => {
  const rows = (start: Parameters<typeof scheduleFor>[4], a: number, n: number, r: string) =>
    scheduleFor(dec(a), n, dec(r), 'linear', start, 2020).map((c) => [
      c.year,
      money(c.depreciation),
      money(c.interest),
    ]);

  it('sameYearNoInterest: depreciation from the investment year, interest from the next on 1 January book value', () => {
    // A = 1000, n = 3, r = 5 %: 333.33, 333.33, 333.34; interest 0, 5 % of 666.67 = 33.33, 5 % of 333.34 = 16.67.
    expect(rows('sameYearNoInterest', 1000, 3, '0.05')).toEqual(
      [
        ['2020', '333.33', '0.00'],
        ['2021', '333.33', '33.33'],
        ['2022', '333.34', '16.67'],
      ].map(([y, d, i]) => [Number(y), d, i]),
    );
  });

  it('halfYear: half a year in the investment year without interest, the rest in year + n', () => {
    // A = 1000, n = 3, r = 5 %: 2020 166.67 (1000/3/2), no interest; 2021 333.33, interest 5 % of 833.33 = 41.67;
    // 2022 333.33, interest 5 % of 500.00 = 25.00; 2023 the rest 166.67, interest 5 % of 166.67 = 8.33.
    expect(rows('halfYear', 1000, 3, '0.05')).toEqual([
      [2020, '166.67', '0.00'],
      [2021, '333.33', '41.67'],
      [2022, '333.33', '25.00'],
      [2023, '166.67', '8.33'],
    ]);
    // n = 1: half in the year, the other half (and interest on it) the next.
    expect(rows('halfYear', 100, 1, '0.1')).toEqual([
      [2020, '50.00', '0.00'],
      [2021, '50.00', '5.00'],
    ]);
  });
});
