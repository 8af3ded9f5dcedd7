/**
 * The sampling plan (src/engine/sample-plan.ts): Monte Carlo evaluates per sample only the
 * entries the uncertain inputs reach. With the exact kernel it must give exactly the whole-model
 * outcomes of every sampled model; with the fast kernel within €1 per yearly total.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluationCache, inputBounds, readInput } from '../../src/engine';
import { outcomesOf, type Outcomes } from '../../src/engine/results';
import { prepareInputs, sampleModel, sampleValues } from '../../src/engine/sampling';
import { writeInput } from '../../src/engine/model';
import { toInputValue } from '../../src/engine/model';
import { createSamplePlan } from '../../src/engine/sampling';
import { haarlemHaarlemmermeer, haarlemHaarlemmermeerWithRanges } from '../../src/examples';
import { rangedFixtures } from '../support/uncertain-models';

const SAMPLES = [0, 1, 2, 17, 123];

function expectSame(plan: Outcomes, whole: Outcomes): void {
  expect(plan.years).toEqual(whole.years);
  expect(plan.nHorizon).toBe(whole.nHorizon);
  expect(plan.scenarios.map((s) => s.id)).toEqual(whole.scenarios.map((s) => s.id));
  plan.scenarios.forEach((s, j) => expect(s).toEqual(whole.scenarios[j]));
}

describe('sampling plan', { timeout: 60_000 }, () => {
  it.each(rangedFixtures())(
    'with the exact kernel equals whole-model evaluation on every sample: %s',
    (_name, model) => {
      const inputs = prepareInputs(model);
      expect(inputs.length).toBeGreaterThan(0);
      const plan = createSamplePlan(
        model,
        inputs.map((p) => p.input.path),
        { isExact: true },
      );
      expectSame(
        plan.outcomes(inputs.map((p) => readInput(model, p.input.path) ?? '')),
        outcomesOf(model, createEvaluationCache()),
      );
      for (const k of SAMPLES) {
        const sampled = sampleModel(model, inputs, 7, k);
        expectSame(plan.outcomes(sampleValues(inputs, 7, k)), outcomesOf(sampled, createEvaluationCache()));
      }
    },
  );

  // The samples' entries are summed per entry as they are computed, except under indexLastByCategory,
  // whose sums also keep the last year's cells per category and owner (sample-sums.ts): both routes.
  it.each(['indexLastByCategory', 'computeThrough', 'none'] as const)(
    'with the exact kernel equals whole-model evaluation under extrapolation %s',
    (extrapolation) => {
      const model = {
        ...haarlemHaarlemmermeerWithRanges,
        version: 3,
        assumptions: { ...haarlemHaarlemmermeerWithRanges.assumptions, extrapolation },
      };
      const inputs = prepareInputs(model);
      const plan = createSamplePlan(
        model,
        inputs.map((p) => p.input.path),
        { isExact: true },
      );
      for (const k of SAMPLES) {
        const sampled = sampleModel(model, inputs, 11, k);
        expectSame(plan.outcomes(sampleValues(inputs, 11, k)), outcomesOf(sampled, createEvaluationCache()));
      }
    },
  );

  it.each(rangedFixtures())('with the fast kernel is within €1 per yearly total: %s', (_name, model) => {
    const inputs = prepareInputs(model);
    const plan = createSamplePlan(
      model,
      inputs.map((p) => p.input.path),
    );
    for (const k of SAMPLES) {
      const sampled = sampleModel(model, inputs, 3, k);
      const whole = outcomesOf(sampled, createEvaluationCache());
      plan.outcomes(sampleValues(inputs, 3, k)).scenarios.forEach((s, j) => {
        s.totals.forEach((cents, i) =>
          expect(Math.abs(cents - (whole.scenarios[j]?.totals[i] ?? NaN))).toBeLessThanOrEqual(100),
        );
      });
    }
  });

  const s2 = haarlemHaarlemmermeer.scenarios.find((s) => s.id === 's2');
  const oneOffIndex = (s2?.changes ?? []).findIndex((c) => c.op === 'addLine' && c.line.type === 'oneOff');

  it('re-evaluates only what an input reaches: a one-off amount reaches its own line, in its scenario and below', () => {
    expect(oneOffIndex).toBeGreaterThanOrEqual(0);
    const plan = createSamplePlan(haarlemHaarlemmermeer, [`scenarios.s2.changes.${oneOffIndex}.line.amount`]);
    expect(plan.reach).toMatchObject({ lines: 1, staffUnits: 0 });
    expect(plan.reach.ofLines).toBeGreaterThan(20);
    expect(plan.reachByScenario.get('baseline')).toEqual({ lines: 0, staffUnits: 0 });
    expect(plan.reachByScenario.get('s2')).toEqual({ lines: 1, staffUnits: 0 });
    expect(plan.reachByScenario.get('s3')).toEqual({ lines: 1, staffUnits: 0 });
  });

  it('a scale’s reduction does not reach the investments made before the scale starts', () => {
    const s3 = haarlemHaarlemmermeer.scenarios.find((s) => s.id === 's3');
    const at = (s3?.changes ?? []).findIndex((c) => c.op === 'scale' && c.select.category === 'applications');
    const scale = s3?.changes?.[at];
    expect(scale?.op === 'scale' ? scale.from : undefined).toBe(2015);
    const lines = [
      ...haarlemHaarlemmermeer.scenarios.flatMap((s) => s.lines ?? []),
      ...(s3?.changes ?? []).flatMap((c) => (c.op === 'addLine' ? [c.line] : [])),
    ];
    const touched = lines.filter((l) => l.type === 'application' || l.category === 'applications');
    const before = touched.filter((l) => (l.type === 'application' || l.type === 'investment') && l.year < 2015);
    expect(before.length).toBeGreaterThan(0);
    // The scale touches every line it selects; one-time investments made before 2015 do not vary.
    const plan = createSamplePlan(haarlemHaarlemmermeer, [`scenarios.s3.changes.${at}.reduction`]);
    expect(plan.reachByScenario.get('s3')?.lines).toBe(touched.length - before.length);
  });

  it('a party’s cost per FTE reaches that party’s staff only; an index rate reaches indexed lines in every scenario', () => {
    const staffPlan = createSamplePlan(haarlemHaarlemmermeer, ['parties.ictc.costPerFte.own']);
    expect(staffPlan.reach.lines).toBe(0);
    expect(staffPlan.reach.staffUnits).toBeGreaterThan(0);
    expect(staffPlan.reach.staffUnits).toBeLessThan(staffPlan.reach.ofStaffUnits);
    expect(staffPlan.reachByScenario.get('baseline')).toEqual({ lines: 0, staffUnits: 0 });
    const indexPlan = createSamplePlan(haarlemHaarlemmermeer, ['assumptions.indexation.default']);
    expect(indexPlan.reachByScenario.get('baseline')?.lines).toBeGreaterThan(0);
    expect(indexPlan.reach.staffUnits).toBe(0);
  });

  it('writes a value at the input’s own place even where the pruned model renumbers the entries', () => {
    // The one-off sits among changes the plan drops; its value must still land on that line.
    const path = `scenarios.s2.changes.${oneOffIndex}.line.amount`;
    const plan = createSamplePlan(haarlemHaarlemmermeer, [path], { isExact: true });
    const changed = writeInput(haarlemHaarlemmermeer, path, '1234567.89');
    expectSame(plan.outcomes(['1234567.89']), outcomesOf(changed, createEvaluationCache()));
    expect(plan.outcomes(['1234567.89']).scenarios[1]?.totals).not.toEqual(
      plan.outcomes([readInput(haarlemHaarlemmermeer, path) ?? '']).scenarios[1]?.totals,
    );
  });
});

describe('sampled values as decimal strings', () => {
  it('are rounded to the input’s decimals, within its bounds, without trailing zeros', () => {
    const money = inputBounds('scenarios.s2.changes.0.line.amount');
    const fraction = inputBounds('scenarios.s3.changes.0.reduction');
    expect(toInputValue(1090465.7449, money)).toBe('1090465.74');
    expect(toInputValue(100.004, money)).toBe('100');
    expect(toInputValue(100.1, money)).toBe('100.1');
    expect(toInputValue(-0.001, money)).toBe('0');
    expect(toInputValue(0.35000001, fraction)).toBe('0.35');
    expect(toInputValue(1.2, fraction)).toBe('1');
    expect(toInputValue(-0.2, fraction)).toBe('0');
  });
});
