/**
 * Properties of the engine over generated models (fast-check): views add up, no-op changes
 * change nothing, a scenario without changes saves exactly 0, and a cache kept across
 * evaluations never changes a figure.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEvaluationCache, evaluateModel, type Evaluation, type ModelFile, type Scenario } from '../../src/engine';
import { generateModel } from '../support/model-generator';

const cents = (m: string) => Number(m.replace('.', ''));
const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const runs = { numRuns: 25 };

function withScenario(model: ModelFile, scenario: Scenario): ModelFile {
  return { ...model, scenarios: [...model.scenarios, scenario] };
}

function stripTiming(e: Evaluation) {
  return JSON.parse(JSON.stringify(e)) as Evaluation;
}

describe('engine properties on generated models', () => {
  it('totals by owner, by category and by municipality are the same total in every horizon year', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const e = evaluateModel(generateModel(seed));
        for (const s of e.scenarios) {
          for (const y of s.years.filter((x) => !x.isExtrapolated)) {
            const total = cents(y.total);
            expect(Object.values(y.byOwner).reduce((a, v) => a + cents(v), 0)).toBe(total);
            expect(Object.values(y.byCategory).reduce((a, v) => a + cents(v), 0)).toBe(total);
            expect(Object.values(y.byParty).reduce((a, v) => a + cents(v), 0)).toBe(total);
            expect(cents(y.oneOff) + cents(y.recurring)).toBe(total);
            for (const [m, v] of Object.entries(y.byParty)) {
              expect(cents(s.parties[m]?.years.find((p) => p.year === y.year)?.total ?? 'x')).toBe(cents(v));
            }
          }
        }
      }),
      runs,
    );
  });

  it('a scenario without changes saves exactly 0', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const model = generateModel(seed);
        const e = evaluateModel(
          withScenario(model, {
            id: 'same',
            name: 'same',
            basedOn: model.scenarios.find((s) => s.basedOn === null)?.id ?? 'baseline',
            changes: [],
          }),
        );
        const same = e.scenarios.find((s) => s.id === 'same');
        for (const y of same?.years ?? []) expect(y.savings).toBe('0.00');
        expect(same?.npv).toBe('0.00');
        expect(same?.investment).toBe('0.00');
        expect(same?.breakEven).toEqual({ year: e.startYear, isExtrapolated: false });
      }),
      runs,
    );
  });

  it('a scale with factor 1 and disabled changes change nothing', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const model = generateModel(seed);
        const target = model.scenarios[model.scenarios.length - 1] as Scenario;
        const noOps = [
          { op: 'scale' as const, select: {}, factor: 1 },
          // Switched-off copies of its levers (not of additions: a second addLine/addStaff with
          // the same id or entry is invalid whether on or off).
          ...(target.changes ?? [])
            .filter((c) => c.op !== 'addLine' && c.op !== 'addStaff')
            .map((c) => ({ ...c, enabled: false })),
        ];
        const changed: ModelFile = {
          ...model,
          scenarios: model.scenarios.map((s) =>
            s === target ? { ...s, changes: [...(s.changes ?? []), ...noOps] } : s,
          ),
        };
        expect(stripTiming(evaluateModel(changed))).toEqual(stripTiming(evaluateModel(model)));
      }),
      runs,
    );
  });

  it('a cache kept across evaluations of edited models gives the same figures as a fresh evaluation', () => {
    fc.assert(
      fc.property(seeds, seeds, (seedA, seedB) => {
        const cache = createEvaluationCache();
        const a = generateModel(seedA);
        const b = generateModel(seedB);
        evaluateModel(a, { cache });
        expect(evaluateModel(b, { cache })).toEqual(evaluateModel(b));
        // Sharing most objects: drop the last change of the last scenario, then evaluate again.
        const last = a.scenarios[a.scenarios.length - 1] as Scenario;
        const edited: ModelFile = {
          ...a,
          scenarios: a.scenarios.map((s) => (s === last ? { ...s, changes: (s.changes ?? []).slice(0, -1) } : s)),
        };
        expect(evaluateModel(edited, { cache })).toEqual(evaluateModel(edited));
      }),
      { numRuns: 15 },
    );
  });
});
