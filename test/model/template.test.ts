/**
 * A new model from the template (issue 20, item 1): nothing the user cannot see in a grid may
 * feed a result. Its figures are dated in the first horizon year and its renewal investments,
 * per inhabitant, follow the inhabitants the user enters.
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel, explainFigure, type ModelFile, type YearMap } from '../../src/engine';
import { allLines, createTemplateModel, setYearValue, yearsOf } from '../../src/model';

const template = () =>
  createTemplateModel({
    municipalities: 3,
    isWithCentre: true,
    startYear: 2026,
    years: 5,
    title: 'Drie gemeenten',
    names: ['Bloemendaal', 'Heemstede', 'Zandvoort'],
    centreName: 'ICT-centrum',
    scenarioName: 'Samen',
    baselineName: 'Baseline',
  });

const keysOf = (map: YearMap | undefined) =>
  map === undefined || typeof map !== 'object' ? [] : Object.keys(map).map(Number);

/** What the Partijen grid does when the user types a value in a year column (2026–2030). */
function enterInhabitants(m: ModelFile, values: Record<string, number>): void {
  const { horizon, all } = yearsOf(m);
  for (const p of m.parties) {
    const v = values[p.id];
    if (v !== undefined) p.inhabitants = setYearValue(p.inhabitants, horizon[0]!, String(v), all);
  }
}

/** The capital charges of the renewal line of a party in a year, from the trace. */
function renewalCharges(m: ModelFile, party: string, year: number) {
  return explainFigure(m, { scenarioId: 'baseline', year, owner: party, category: 'applications' }).items.filter(
    (i) => i.rule === 'charge' && i.lineId === `${party}-renewal`,
  );
}

describe('the template model', () => {
  it('dates every figure and every investment within the horizon the grids show', () => {
    const m = template();
    expect(yearsOf(m).all).toEqual(yearsOf(m).horizon);
    for (const p of m.parties.filter((x) => x.kind === 'municipality')) {
      for (const map of [p.inhabitants, p.workstations, p.employees]) expect(keysOf(map)).toEqual([2026]);
    }
    for (const s of m.scenarios[0]!.staff!) expect(keysOf(s.fte)).toEqual([2026]);
    for (const l of allLines(m)) {
      const first = l.type === 'opex' ? (l.from ?? 2026) : l.type === 'recurringInvestment' ? l.from : l.year;
      expect(first).toBeGreaterThanOrEqual(2026);
    }
  });

  it('charges a renewal that follows the inhabitants the user enters, and the trace shows them', () => {
    const m = template();
    enterInhabitants(m, { 'gemeente-1': 24000, 'gemeente-2': 27000, 'gemeente-3': 17000 });
    // Nothing dated before the period the user sees: each entry is in a year of the grid.
    for (const p of m.parties) for (const y of keysOf(p.inhabitants)) expect(y).toBeGreaterThanOrEqual(2026);
    const e = evaluateModel(m);
    const baseline = e.scenarios.find((s) => s.id === 'baseline')!;
    // The investment of 2026 (€ 4,56 × 24.000 = € 109.440) is charged from 2027: 1/5 + 2 % interest.
    const [charge] = renewalCharges(m, 'gemeente-1', 2027);
    expect(charge).toMatchObject({
      amount: '24076.80',
      detail: { investYear: 2026, investment: '109440.00', perInhabitant: '4.56', inhabitants: '24000' },
    });
    // Each municipality pays for its own inhabitants, not the same amount for all.
    const charges = ['gemeente-1', 'gemeente-2', 'gemeente-3'].map((p) => renewalCharges(m, p, 2027)[0]?.amount);
    expect(charges).toEqual(['24076.80', '27086.40', '17054.40']);
    // No charge in the first year can come from a hidden earlier investment.
    expect(renewalCharges(m, 'gemeente-1', 2026)).toEqual([]);
    const cost2026 = baseline.years.find((y) => y.year === 2026)!.byOwnerCategory['gemeente-1']!.applications;
    expect(cost2026).toBe('900000.00');
  });

  it('gives the same results whether the figures are typed in or were in the file from the start', () => {
    const typed = template();
    enterInhabitants(typed, { 'gemeente-1': 24000, 'gemeente-2': 27000, 'gemeente-3': 17000 });
    const written = template();
    for (const [id, n] of [
      ['gemeente-1', 24000],
      ['gemeente-2', 27000],
      ['gemeente-3', 17000],
    ] as const) {
      written.parties.find((p) => p.id === id)!.inhabitants = { 2026: n };
    }
    expect(evaluateModel(typed)).toEqual(evaluateModel(written));
  });
});
