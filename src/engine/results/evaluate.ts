/**
 * Evaluates a validated model (spec §5–§8): resolves each scenario, computes every line's and
 * staff entry's contributions, books them per owner, allocates shared parties' cost, and
 * derives the yearly figures, savings, break-even, payback, NPV and investment.
 */
import { modelError, type ModelFile, type Evaluation } from '../model';
import { validateModel } from '../file';
import { createContext, type ModelContext, allocate, bookEntries, type Booked, addToYearSums, type Contribution, type YearSums, createEvaluationCache, forEachContribution, type EvaluationCache, weightTableOf } from '../calc';
import { compileParams, type Params, resolveScenarios, type ResolvedScenario } from '../resolve';
import { createResultFormat } from './result-format';
import { scenarioResult } from './results';
import { extendSeries, extrapolationFactors, summarize, type GrowthFactor, type ScenarioRun, type Summary } from './summary';

function resolveAll(model: ModelFile, cache: EvaluationCache): { ctx: ModelContext; resolved: Map<string, { r: ResolvedScenario; params: Params }> } {
  const ctx = createContext(model, cache);
  const resolved = new Map<string, { r: ResolvedScenario; params: Params }>();
  const key = ctx.paramsKey;
  for (const [id, r] of resolveScenarios(ctx, cache.resolved)) {
    const hit = cache.params.get(r.paramSource);
    const params = hit !== undefined && hit.key === key ? hit.params : compileParams(r.paramSource, model, ctx.layout.categories, ctx.personnelCategories);
    if (hit?.params !== params) cache.params.set(r.paramSource, { key, params });
    resolved.set(id, { r, params });
  }
  return { ctx, resolved };
}

export function runScenarios(model: ModelFile, cache: EvaluationCache = createEvaluationCache()): { ctx: ModelContext; runs: Map<string, ScenarioRun> } {
  const { ctx, resolved } = resolveAll(model, cache);
  const runs = new Map<string, ScenarioRun>();
  // A child starts from its parent's ledger and shares the parent's unchanged series.
  const booked = new Map<string, Booked & { summary: Summary; factors: GrowthFactor[] }>();
  const factorsOf = new Map<Params, GrowthFactor[]>();
  for (const s of model.scenarios) {
    const { r, params } = resolved.get(s.id) as { r: ResolvedScenario; params: Params };
    const entries: (readonly Contribution[])[] = [];
    forEachContribution(ctx, cache, r, params, (c) => entries.push(c));
    const parent = s.basedOn === null ? undefined : booked.get(s.basedOn);
    const nLines = r.lines.length;
    const ledger = bookEntries(ctx.layout, { entries, nLines }, parent);
    allocate(ctx.layout, params, weightTableOf(cache, params), ledger, ctx.partyPath);
    let factors = factorsOf.get(params);
    if (factors === undefined) {
      factors = extrapolationFactors(ctx.layout, ctx.extrapolateTo, params.extrapolationRate, ctx.isExtrapolating);
      factorsOf.set(params, factors);
    }
    const summary = summarize(ctx.layout, ledger, factors, parent);
    booked.set(s.id, { entries, nLines, ledger, summary, factors });
    runs.set(s.id, { resolved: r, params, summary });
  }
  return { ctx, runs };
}

export type ScenarioTotals = {
  id: string;
  /** Total cost per year in cents, horizon then extrapolated years (spec §8). */
  totals: number[];
  discountRate: Params['discountRate'];
};

/**
 * The yearly totals of every scenario, without the views by owner, category and municipality
 * (no allocation needed: it moves cost between municipalities, not in or out). The same
 * contributions and extrapolation rule as `evaluateModel`, for sensitivity (`outcomesOf`);
 * Monte Carlo uses the sampling plan (sample-plan.ts).
 */
export function scenarioTotals(model: ModelFile, cache: EvaluationCache = createEvaluationCache()): { years: number[]; nHorizon: number; scenarios: ScenarioTotals[] } {
  const { ctx, resolved } = resolveAll(model, cache);
  const n = ctx.layout.nYears;
  let years: number[] = [];
  const scenarios = model.scenarios.map((s) => {
    const { r, params } = resolved.get(s.id) as { r: ResolvedScenario; params: Params };
    const sums: YearSums = { rec: new Float64Array(n), one: new Float64Array(n) };
    forEachContribution(ctx, cache, r, params, (cs) => addToYearSums(sums, ctx.startYear, cs));
    const factors = extrapolationFactors(ctx.layout, ctx.extrapolateTo, params.extrapolationRate, ctx.isExtrapolating);
    const totals = extendSeries(sums.rec, sums.one, factors);
    years = totals.map((_, i) => ctx.startYear + i);
    return { id: s.id, totals, discountRate: params.discountRate };
  });
  return { years, nHorizon: n, scenarios };
}

/**
 * Evaluates a model. It is validated first (validate.ts; ~0.1 ms for the example) and refused
 * with a ModelError when invalid — `isValidated: true` skips that for a model the caller has
 * just validated. Also throws a ModelError for what only evaluation can find, such as
 * allocation weights that are all 0 in a year with cost to split.
 */
export function evaluateModel(model: ModelFile, options: { cache?: EvaluationCache; isValidated?: boolean } = {}): Evaluation {
  if (options.isValidated !== true) {
    const errors = validateModel(model);
    if (errors.length > 0) throw modelError(errors);
  }
  const { ctx, runs } = runScenarios(model, options.cache);
  const baseline = model.scenarios.find((s) => s.basedOn === null);
  if (baseline === undefined) throw new Error('model has no baseline scenario');
  const baseRun = runs.get(baseline.id) as ScenarioRun;
  const format = createResultFormat();
  return {
    baselineId: baseline.id,
    years: baseRun.summary.years,
    startYear: ctx.startYear,
    endYear: ctx.endYear,
    municipalities: ctx.layout.municipalities,
    sharedParties: ctx.layout.shared,
    categories: ctx.categories.map((c) => ({ id: c.id, label: c.label, group: c.group })),
    functionGroups: ctx.functionGroups.map((g) => ({ id: g.id, label: g.label, category: g.category })),
    scenarios: model.scenarios.map((s) => scenarioResult(ctx, runs.get(s.id) as ScenarioRun, baseRun, s.id === baseline.id, format)),
  };
}
