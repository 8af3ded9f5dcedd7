/**
 * Version-3 models (model-v3 §10.1–§10.3) through the two other routes of the one pipeline: the
 * outcome totals behind sensitivity (`outcomesOf`) and the Monte Carlo sampling plan must give
 * exactly the figures of `evaluateModel` — computed through, per-category extrapolation and a
 * real discount rate included.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluationCache, evaluateModel, readInput, type ModelFile } from '../../src/engine';
import { outcomesOf } from '../../src/engine/results';
import { createSamplePlan, prepareInputs, sampleModel, sampleValues } from '../../src/engine/sampling';
import { moneyToCents } from '../../src/engine/numeric';
import { edgeModelsV3 } from '../reference/edge-models-v3';
import { generateModelV3 } from '../support/model-generator';

const models: [string, ModelFile][] = [
  ...edgeModelsV3,
  ...[3, 4, 7, 11, 19].map((seed): [string, ModelFile] => [`generated v3 ${seed}`, generateModelV3(seed)]),
];

describe('version-3 outcomes equal the evaluation', () => {
  it.each(models)('%s', (_name, model) => {
    const evaluation = evaluateModel(model);
    const outcomes = outcomesOf(model, createEvaluationCache());
    expect(outcomes.years).toEqual(evaluation.years);
    outcomes.scenarios.forEach((o, j) => {
      const s = evaluation.scenarios[j];
      if (s === undefined) throw new Error('missing scenario');
      expect(o.totals).toEqual(s.years.map((y) => moneyToCents(y.total)));
      if (s.basedOn !== null)
        expect([o.npvCents, o.npvExtendedCents]).toEqual([moneyToCents(s.npv), moneyToCents(s.npvExtended)]);
    });
  });
});

describe('the sampling plan on version-3 models', { timeout: 60_000 }, () => {
  const ranged = (model: ModelFile): ModelFile => ({
    ...model,
    uncertainty: {
      inputs: [
        {
          id: 'ix',
          path: 'assumptions.indexation.default',
          distribution: { kind: 'triangular', low: 0.01, mode: 0.02, high: 0.04 },
        },
        { id: 'rate', path: 'parties.m1.interestRate', distribution: { kind: 'uniform', low: 0.01, high: 0.06 } },
      ],
    },
  });
  it.each(edgeModelsV3.slice(0, 4))(
    'with the exact kernel equals whole-model evaluation on every sample: %s',
    (_name, base) => {
      const model = ranged(base);
      const inputs = prepareInputs(model);
      const plan = createSamplePlan(
        model,
        inputs.map((p) => p.input.path),
        { isExact: true },
      );
      expect(plan.outcomes(inputs.map((p) => readInput(model, p.input.path) ?? ''))).toEqual(
        outcomesOf(model, createEvaluationCache()),
      );
      for (const k of [0, 5, 42]) {
        expect(plan.outcomes(sampleValues(inputs, 9, k))).toEqual(
          outcomesOf(sampleModel(model, inputs, 9, k), createEvaluationCache()),
        );
      }
    },
  );
});
