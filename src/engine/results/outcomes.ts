/**
 * The outcome figures of one evaluation that uncertainty analysis looks at, per scenario:
 * yearly totals, savings, break-even, NPV — from `scenarioTotals`, with the rules of spec §8.
 */
import { createEvaluationCache, type EvaluationCache } from '../calc';
import { scenarioTotals, type ScenarioTotals } from './evaluate';
import { breakEvenIndex, netPresentValues, savingsOf } from './metrics';
import type { ModelFile } from '../model';

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
export function outcomesFromTotals(t: { years: number[]; nHorizon: number; scenarios: readonly ScenarioTotals[] }, baselineId: string): Outcomes {
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
