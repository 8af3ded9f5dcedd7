/**
 * The steps every evaluation shares — `evaluateModel` and `runScenarios` (evaluate.ts), the
 * outcome totals behind sensitivity (`scenarioTotals`, outcomes.ts) and the sampling plan
 * (sampling/sample-plan.ts): resolve every scenario with its compiled parameters, and turn a
 * scenario's year sums into its yearly totals with the extrapolated years (spec §8).
 */
import type { ModelContext, YearSums } from '../calc';
import type { Decimal } from '../numeric';
import {
  compileParams,
  type Params,
  type ParamSource,
  resolveScenarios,
  type ResolvedScenario,
  type ResolveMemo,
} from '../resolve';
import { extendSeries, extrapolationFactors, type GrowthFactor } from './summary';

/** Every scenario of a model, by id: as resolved, and the parameters it is evaluated with. */
export type Resolution = Map<string, { r: ResolvedScenario; params: Params }>;

/** Compiled parameters by source, with the `paramsKey` of the context they were compiled in (the memo's `params` table). */
export type ParamsMemo = WeakMap<ParamSource, { key: string; params: Params }>;

/**
 * Resolves every scenario of `ctx.model` (keeping what `memo.resolved` allows, resolve.ts) and
 * compiles each parameter source once — or takes it from `memo.params` when compiled there in
 * a context with the same `paramsKey`.
 */
export function resolveWithParams(
  ctx: ModelContext,
  memo: { resolved?: ResolveMemo; params?: ParamsMemo } = {},
): Resolution {
  const out: Resolution = new Map();
  const bySource = new Map<ParamSource, Params>();
  // Resolution sees only what it needs, in one shape on every route (a spread sample context
  // would make its property reads polymorphic).
  for (const [id, r] of resolveScenarios({ model: ctx.model, groupCategory: ctx.groupCategory }, memo.resolved)) {
    let params = bySource.get(r.paramSource);
    if (params === undefined) {
      const hit = memo.params?.get(r.paramSource);
      params =
        hit !== undefined && hit.key === ctx.paramsKey
          ? hit.params
          : compileParams(r.paramSource, ctx.model, ctx.layout.categories, ctx.personnelCategories);
      if (hit?.params !== params) memo.params?.set(r.paramSource, { key: ctx.paramsKey, params });
      bySource.set(r.paramSource, params);
    }
    out.set(id, { r, params });
  }
  return out;
}

/** Growth factors of a context's extrapolated years per extrapolation rate (local to one evaluation or plan). */
export type GrowthMemo = Map<Decimal, GrowthFactor[]>;

/** The growth factors of the years after the horizon at `rate` (spec §8), from `memo` when known. */
export function growthFactors(ctx: ModelContext, rate: Decimal, memo: GrowthMemo): GrowthFactor[] {
  // The memo holds factors only: indexLastByCategory asks it for its categories' rates (categoryGrowth).
  if (!ctx.isExtrapolating) return [];
  let factors = memo.get(rate);
  if (factors === undefined) {
    factors = extrapolationFactors(ctx.layout, ctx.extrapolateTo, rate, ctx.isExtrapolating);
    memo.set(rate, factors);
  }
  return factors;
}

/** Empty recurring and one-off sums for every computed year (with the last year's cells under indexLastByCategory). */
export const newYearSums = (ctx: ModelContext): YearSums => ({
  rec: new Float64Array(ctx.layout.nYears),
  one: new Float64Array(ctx.layout.nYears),
  cells: ctx.extrapolation === 'indexLastByCategory' ? { at: ctx.layout.nYears - 1, byCategory: new Map() } : null,
});

/** A scenario's total cost per year in cents: its year sums, then the extrapolated years. */
export function yearTotals(ctx: ModelContext, params: Params, sums: YearSums, growth: GrowthMemo): number[] {
  if (sums.cells === null)
    return extendSeries(sums.rec, sums.one, growthFactors(ctx, params.extrapolationRate, growth));
  // indexLastByCategory (model-v3 §10.1): the sum of every (owner, category) cell grown at its category's rate.
  const totals = extendSeries(sums.rec, sums.one, []);
  const tail = new Array<number>(Math.max(0, ctx.extrapolateTo - ctx.layout.endYear)).fill(0);
  for (const [category, byOwner] of sums.cells.byCategory) {
    const factors = categoryGrowth(ctx, params, category, growth);
    for (const cents of byOwner.values())
      extendSeries([cents], [0], factors).forEach((x, j) => {
        if (j > 0) tail[j - 1] = (tail[j - 1] as number) + x;
      });
  }
  return [...totals, ...tail];
}

/** The growth factors of a category's index rate (model-v3 §10.1 indexLastByCategory). */
export function categoryGrowth(
  ctx: ModelContext,
  params: Params,
  category: string,
  growth: GrowthMemo,
): GrowthFactor[] {
  const rate = params.indexRates.get(category) ?? params.extrapolationRate;
  let factors = growth.get(rate);
  if (factors === undefined) {
    factors = extrapolationFactors(ctx.layout, ctx.extrapolateTo, rate, true);
    growth.set(rate, factors);
  }
  return factors;
}

/**
 * The nominal rate a scenario's NPVs discount at: its own `discountRate`, or — when the model
 * gives `discountRealRate` (model-v3 §10.3) — the one rate derived from the baseline's
 * indexation.default, for every scenario.
 */
export function npvRate(ctx: ModelContext, params: Params, baseline: Params): Decimal {
  return ctx.model.assumptions?.discountRealRate !== undefined ? baseline.discountRate : params.discountRate;
}
