/**
 * The outcome figures of one evaluation that uncertainty analysis looks at, per scenario:
 * yearly totals, savings, break-even, NPV — from `scenarioTotals`, with the rules of spec §8.
 */
import {
  addToYearSums,
  createContext,
  createEvaluationCache,
  type EvaluationCache,
  forEachContribution,
} from '../calc';
import { breakEvenIndex, netPresentValues, savingsOf } from './metrics';
import type { ModelFile } from '../model';
import type { Params, ResolvedScenario } from '../resolve';
import type { ScenarioRun } from './summary';
import { newYearSums, npvRate, resolveWithParams, yearTotals, type GrowthMemo } from './pipeline';
import { usesDecisionRules } from './decision';
import { runScenarios } from './evaluate';

export type ScenarioTotals = {
  id: string;
  /** Total cost per year in cents, horizon then extrapolated years (spec §8). */
  totals: number[];
  discountRate: Params['discountRate'];
};

/**
 * The yearly totals of every scenario, without the views by owner, category and municipality
 * (no allocation needed: it moves cost between municipalities, not in or out). The same
 * pipeline as `evaluateModel` (pipeline.ts), for sensitivity (`outcomesOf`); Monte Carlo uses
 * the sampling plan (sampling/sample-plan.ts), which shares the pipeline too.
 */
export function scenarioTotals(
  model: ModelFile,
  cache: EvaluationCache = createEvaluationCache(),
): { years: number[]; nHorizon: number; scenarios: ScenarioTotals[] } {
  // Friction by rule, VAT and leaves (model-v3 §10.4–§10.6) need the full evaluation (staff, allocation).
  if (usesDecisionRules(model)) return fullTotals(model, cache);
  const ctx = createContext(model, cache);
  const resolved = resolveWithParams(ctx, cache);
  const growth: GrowthMemo = new Map();
  let years: number[] = [];
  const baseline = model.scenarios.find((s) => s.basedOn === null);
  const baseParams = (resolved.get(baseline?.id ?? '') ?? [...resolved.values()][0])?.params as Params;
  const scenarios = model.scenarios.map((s) => {
    const { r, params } = resolved.get(s.id) as { r: ResolvedScenario; params: Params };
    const sums = newYearSums(ctx);
    forEachContribution(ctx, cache, r, params, (cs) => addToYearSums(sums, ctx.startYear, cs));
    const totals = yearTotals(ctx, params, sums, growth);
    years = totals.map((_, i) => ctx.startYear + i);
    return { id: s.id, totals, discountRate: npvRate(ctx, params, baseParams) };
  });
  return { years, nHorizon: ctx.layout.nPlan, scenarios };
}

/** `scenarioTotals` from the full evaluation (`runScenarios`): the same totals, with every rule applied. */
function fullTotals(
  model: ModelFile,
  cache: EvaluationCache,
): { years: number[]; nHorizon: number; scenarios: ScenarioTotals[] } {
  const { ctx, runs } = runScenarios(model, cache);
  const baseline = model.scenarios.find((s) => s.basedOn === null);
  const baseParams = (runs.get(baseline?.id ?? '') ?? [...runs.values()][0])?.params as Params;
  const scenarios = model.scenarios.map((s) => {
    const run = runs.get(s.id) as ScenarioRun;
    return { id: s.id, totals: run.summary.total, discountRate: npvRate(ctx, run.params, baseParams) };
  });
  const years = (scenarios[0]?.totals ?? []).map((_, i) => ctx.startYear + i);
  return { years, nHorizon: ctx.layout.nPlan, scenarios };
}

export type ScenarioOutcome = {
  id: string;
  totals: number[];
  cumulative: number[];
  /** Index into `years` of the break-even year, -1 when there is none. */
  breakEvenIndex: number;
  npvCents: number;
  npvExtendedCents: number;
  /** Cumulative savings at the end of the horizon (endYear), cents. */
  cumulativeAtEndCents: number;
};

export type Outcomes = { years: number[]; nHorizon: number; baselineId: string; scenarios: ScenarioOutcome[] };

export function outcomesOf(model: ModelFile, cache: EvaluationCache = createEvaluationCache()): Outcomes {
  const baselineId = model.scenarios.find((s) => s.basedOn === null)?.id ?? '';
  return outcomesFromTotals(scenarioTotals(model, cache), baselineId);
}

/** The outcome figures from every scenario's yearly totals (spec §8: savings, break-even, NPV). */
export function outcomesFromTotals(
  t: { years: number[]; nHorizon: number; scenarios: readonly ScenarioTotals[] },
  baselineId: string,
): Outcomes {
  const base = t.scenarios.find((s) => s.id === baselineId);
  const baseTotals = base?.totals ?? [];
  return {
    years: t.years,
    nHorizon: t.nHorizon,
    baselineId,
    scenarios: t.scenarios.map((s) => {
      const { savings, cumulative } = savingsOf(baseTotals, s.totals);
      const isBaseline = s.id === baselineId;
      const npv = isBaseline ? { npv: 0, npvExtended: 0 } : netPresentValues(savings, t.nHorizon, s.discountRate);
      return {
        id: s.id,
        totals: s.totals,
        cumulative,
        breakEvenIndex: isBaseline ? -1 : breakEvenIndex(cumulative),
        npvCents: npv.npv,
        npvExtendedCents: npv.npvExtended,
        cumulativeAtEndCents: cumulative[t.nHorizon - 1] ?? 0,
      };
    }),
  };
}
