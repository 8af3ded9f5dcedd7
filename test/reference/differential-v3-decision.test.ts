/**
 * Differential test of the decision rules (model-v3 §10.4–§10.8, §10.9): the engine's CLI
 * document against the independent reference, to the cent, on hand-made edge models and
 * generated models that use leaving (every settlement method, booking and standalone choice,
 * reentry), staff transitions (inherited and replaced), charged and exempt VAT, budgets and
 * actuals. The generated models are first checked against the spec's validation rules here, so
 * a difference is the engine's or the reference's, never an invalid model.
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel, toCliDocument, type ModelFile } from '../../src/engine';
import { generateModelV3Decision } from '../support/model-generator';
import { differences, printed } from './compare';
import type { Actuals, DecisionChange, LeaveChange } from './decision-types';
import { edgeModelsV3Decision } from './edge-models-v3-decision';
import { referenceDocument } from './reference';

const generated: [string, ModelFile][] = Array.from({ length: 48 }, (_, i) => [
  `generated v3 decision seed ${i + 1}`,
  generateModelV3Decision(i + 1),
]);
const large: [string, ModelFile][] = [
  [
    'large v3 decision seed 3001',
    generateModelV3Decision(3001, {
      municipalities: 6,
      sharedParties: 2,
      years: 10,
      scenarios: 4,
      linesPerMunicipality: 10,
    }),
  ],
];
const cases = [...edgeModelsV3Decision, ...generated, ...large];

const decisionChanges = (m: ModelFile) =>
  m.scenarios.flatMap((s) =>
    (s.changes ?? []).map((c, i) => ({ scenario: s, index: i, change: c as unknown as DecisionChange })),
  );
const lastYear = (m: ModelFile) =>
  m.assumptions?.extrapolation === 'computeThrough'
    ? (m.horizon.extrapolateTo ?? m.horizon.endYear)
    : m.horizon.endYear;

describe('the decision models themselves', () => {
  it('use every settlement method, booking, standalone choice, VAT regime, budgets and actuals', () => {
    const leaves = cases.flatMap(([, m]) =>
      decisionChanges(m)
        .map((d) => d.change)
        .filter((c): c is LeaveChange => c.op === 'leave'),
    );
    expect(new Set(leaves.map((l) => l.settlement.method))).toEqual(
      new Set(['tapered', 'directDamage', 'fixed', 'none']),
    );
    expect(new Set(leaves.map((l) => l.booking ?? 'decisionYear'))).toEqual(new Set(['decisionYear', 'asPaid']));
    expect(new Set(leaves.map((l) => l.standalone ?? 'baseline'))).toEqual(new Set(['baseline', 'none']));
    const transitions = cases.flatMap(([, m]) => decisionChanges(m).filter((d) => d.change.op === 'staffTransition'));
    expect(transitions.length).toBeGreaterThan(20);
    const regimes = new Set(
      cases.flatMap(([, m]) => m.parties.map((p) => (p as { vat?: { regime?: string } }).vat?.regime)),
    );
    for (const r of ['charged', 'exempt']) expect(regimes).toContain(r);
    expect(cases.filter(([, m]) => (m as { actuals?: Actuals }).actuals !== undefined).length).toBeGreaterThan(20);
  });

  it('respect the validation rules of model-v3 §10.4, §10.5 and §10.8', () => {
    for (const [name, m] of cases) {
      const { startYear } = m.horizon;
      const last = lastYear(m);
      const parents = new Set(m.scenarios.map((s) => s.basedOn));
      for (const { scenario, index, change } of decisionChanges(m)) {
        const where = `${name}: ${scenario.id}.changes[${index}]`;
        if (change.op === 'staffTransition' && change.booking === 'decisionYear') {
          expect(change.decisionYear, where).toBeGreaterThanOrEqual(startYear);
          expect(change.decisionYear, where).toBeLessThanOrEqual(last);
        }
        if (change.op !== 'leave') continue;
        expect(['computeThrough', 'none'], where).toContain(m.assumptions?.extrapolation);
        expect(scenario.basedOn, where).not.toBeNull();
        expect(parents.has(scenario.id), where).toBe(false);
        const after = (scenario.changes ?? []).slice(index + 1) as unknown as DecisionChange[];
        expect(
          after.every((c) => c.op === 'leave' && c.shared !== change.shared),
          where,
        ).toBe(true);
        expect(change.from, where).toBeGreaterThan(startYear);
        expect(change.from, where).toBeLessThanOrEqual(last);
        expect(change.from - (change.noticeYears ?? 1), where).toBeGreaterThanOrEqual(startYear);
        for (const entry of change.reentry ?? []) {
          expect(entry.party, where).toBe(change.party);
          if ('type' in entry) {
            const date = 'year' in entry ? entry.year : entry.from;
            expect(date, where).toBeGreaterThanOrEqual(change.from);
            expect(date, where).toBeLessThanOrEqual(last);
          }
        }
      }
      const actuals = (m as { actuals?: Actuals }).actuals;
      if (actuals !== undefined) {
        expect(m.scenarios.map((s) => s.id)).toContain(actuals.scenario);
        for (const y of Object.keys(actuals.years)) {
          expect(Number(y)).toBeGreaterThanOrEqual(startYear);
          expect(Number(y)).toBeLessThanOrEqual(last);
        }
      }
    }
  });

  it('the reference evaluates every one of them; a settlement moves money and leaves each year’s total unchanged', () => {
    let exits = 0;
    for (const [name, m] of cases) {
      const doc = printed(referenceDocument(m)) as unknown as {
        scenarios: {
          id: string;
          exits: { total: string }[];
          years: { byCategory: Record<string, string> }[];
          cash: { years: { total: string }[] };
        }[];
      };
      expect(doc.scenarios.length).toBe(m.scenarios.length);
      for (const s of doc.scenarios) {
        exits += s.exits.length;
        // The leaver's exit cost and the shared party's receipts cancel in every year (§10.4 step 5).
        for (const y of s.years) expect(y.byCategory.exit ?? '0.00', `${name} ${s.id}`).toBe('0.00');
      }
    }
    expect(exits).toBeGreaterThan(40);
  }, 120_000);
});

describe('engine vs independent reference, decision rules (to the cent)', () => {
  for (const [name, model] of cases) {
    it(
      name,
      () => {
        const engine = printed(toCliDocument(evaluateModel(model)));
        const reference = printed(referenceDocument(model));
        const diffs = differences(engine, reference);
        expect(diffs.slice(0, 20), `${diffs.length} differences`).toEqual([]);
      },
      30_000,
    );
  }
});
