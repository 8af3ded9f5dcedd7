/**
 * Evaluates a validated model (spec §5–§8): resolves each scenario, computes every line's and
 * staff entry's contributions, books them per owner, allocates shared parties' cost, and
 * derives the yearly figures, savings, break-even, payback, NPV and investment.
 */
import { modelError } from './errors';
import { validateModel } from './validate';
import { createContext, type ModelContext } from './context';
import { createFastKernel, exactKernel, type Kernel } from './kernel';
import { allocate, book, newLedger } from './ledger';
import type { Decimal } from './money';
import type { ModelFile } from './model-types';
import { compileParams, type Params, type ParamSource } from './params';
import { lineContributions, staffContributions, type Contribution } from './project';
import { resolveScenarios, type RLine, type ResolvedScenario, type ResolveMemo } from './resolve';
import type { RStaff } from './staff';
import type { Evaluation } from './result-types';
import { scenarioResult } from './results';
import { extendSeries, extrapolationFactors, summarize, type Summary } from './summary';
import { lineKey, staffKey } from './cache-keys';

export type ScenarioRun = { resolved: ResolvedScenario; params: Params; summary: Summary };

/**
 * Contributions already computed, per file object (line, staff entry) and a key of everything
 * else they depend on: the changes that touched the entry (by identity), the parameters and the
 * horizon. A caller may keep one cache across evaluations of successive versions of a model
 * (the app while editing, Monte Carlo while sampling): unchanged lines are then not computed
 * again. Models are immutable, so identity is a safe key; entries of dropped objects are freed.
 */
export type EvaluationCache = {
  ids: WeakMap<object, number>;
  nextId: number;
  contributions: WeakMap<object, Map<string, Contribution[]>>;
  /** Powers of rates (index factors, growth, discount), keyed by rate and exponent. */
  powers: Map<string, Decimal>;
  resolved: ResolveMemo;
  params: WeakMap<ParamSource, { key: string; params: Params }>;
  /** The same contributions by identity of the resolved entry and parameters (no key to build). */
  direct: WeakMap<RLine | RStaff, WeakMap<Params, Contribution[]>>;
  /** The arithmetic of this cache's contributions (see kernel.ts); exact unless asked. */
  kernel: Kernel;
};

export function createEvaluationCache(options: { isFast?: boolean } = {}): EvaluationCache {
  return {
    ids: new WeakMap(), nextId: 1, contributions: new WeakMap(), powers: new Map(), resolved: new WeakMap(), params: new WeakMap(),
    direct: new WeakMap(), kernel: options.isFast === true ? createFastKernel() : exactKernel,
  };
}

const MAX_KEYS_PER_ENTRY = 32;

function idOf(cache: EvaluationCache, o: object): number {
  let id = cache.ids.get(o);
  if (id === undefined) { id = cache.nextId++; cache.ids.set(o, id); }
  return id;
}

function cached(cache: EvaluationCache, origin: object, history: readonly object[], key: string, compute: () => Contribution[]): Contribution[] {
  let perKey = cache.contributions.get(origin);
  if (perKey === undefined) { perKey = new Map(); cache.contributions.set(origin, perKey); }
  const fullKey = history.length === 0 ? key : `${history.map((h) => idOf(cache, h)).join(',')}|${key}`;
  let hit = perKey.get(fullKey);
  if (hit === undefined) {
    hit = compute();
    if (perKey.size >= MAX_KEYS_PER_ENTRY) perKey.clear();
    perKey.set(fullKey, hit);
  }
  return hit;
}

/** Resolves and computes every scenario of a model: the shared first half of evaluate and trace. */
/** Calls `visit` with the contributions of every line and staff entry of a resolved scenario. */
function forEachContribution(
  ctx: ModelContext, cache: EvaluationCache, r: ResolvedScenario, params: Params, visit: (c: readonly Contribution[]) => void,
): void {
  const { horizonKey } = ctx;
  const direct = (entry: RLine | RStaff, compute: () => Contribution[]) => {
    let byParams = cache.direct.get(entry);
    if (byParams === undefined) { byParams = new WeakMap(); cache.direct.set(entry, byParams); }
    let hit = byParams.get(params);
    if (hit === undefined) { hit = compute(); byParams.set(params, hit); }
    return hit;
  };
  for (const rl of r.lines) {
    visit(direct(rl, () => cached(cache, rl.line, rl.history, `${horizonKey}|${lineKey(params, rl)}`, () => lineContributions(ctx, params, rl))));
  }
  for (const st of r.staff) {
    visit(direct(st, () => cached(cache, st.origin, st.history, `${horizonKey}|${staffKey(params, st)}`, () => staffContributions(ctx, params, st))));
  }
}

function resolveAll(model: ModelFile, cache: EvaluationCache): { ctx: ModelContext; resolved: Map<string, { r: ResolvedScenario; params: Params }> } {
  const ctx = createContext(model, cache.powers, cache.kernel);
  const resolved = new Map<string, { r: ResolvedScenario; params: Params }>();
  const key = `${ctx.horizonKey}|${ctx.layout.categories.join(',')}|${[...ctx.personnelCategories].join(',')}|${model.assumptions?.priceBaseYear ?? ''}`;
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
  for (const s of model.scenarios) {
    const { r, params } = resolved.get(s.id) as { r: ResolvedScenario; params: Params };
    const ledger = newLedger(ctx.layout);
    forEachContribution(ctx, cache, r, params, (c) => book(ctx.layout, ledger, c));
    allocate(ctx.layout, params, ledger, ctx.partyPath);
    const factors = extrapolationFactors(ctx.layout, ctx.extrapolateTo, params.extrapolationRate, ctx.isExtrapolating);
    runs.set(s.id, { resolved: r, params, summary: summarize(ctx.layout, ledger, factors) });
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
 * contributions and extrapolation rule as `evaluateModel`, for Monte Carlo and sensitivity.
 */
export function scenarioTotals(model: ModelFile, cache: EvaluationCache = createEvaluationCache()): { years: number[]; nHorizon: number; scenarios: ScenarioTotals[] } {
  const { ctx, resolved } = resolveAll(model, cache);
  const n = ctx.layout.nYears;
  let years: number[] = [];
  const scenarios = model.scenarios.map((s) => {
    const { r, params } = resolved.get(s.id) as { r: ResolvedScenario; params: Params };
    const recurring = new Float64Array(n);
    const oneOff = new Float64Array(n);
    forEachContribution(ctx, cache, r, params, (cs) => {
      for (const c of cs) {
        const i = c.year - ctx.startYear;
        if (c.isOneOff) oneOff[i] = (oneOff[i] as number) + c.cents;
        else recurring[i] = (recurring[i] as number) + c.cents;
      }
    });
    const factors = extrapolationFactors(ctx.layout, ctx.extrapolateTo, params.extrapolationRate, ctx.isExtrapolating);
    const totals = extendSeries(recurring, oneOff, factors);
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
  if (options.cache?.kernel.name === 'fast') throw new Error('evaluateModel needs an exact cache; fast caches are for sampling');
  if (options.isValidated !== true) {
    const errors = validateModel(model);
    if (errors.length > 0) throw modelError(errors);
  }
  const { ctx, runs } = runScenarios(model, options.cache);
  const baseline = model.scenarios.find((s) => s.basedOn === null);
  if (baseline === undefined) throw new Error('model has no baseline scenario');
  const baseRun = runs.get(baseline.id) as ScenarioRun;
  return {
    baselineId: baseline.id,
    years: baseRun.summary.years,
    startYear: ctx.startYear,
    endYear: ctx.endYear,
    municipalities: ctx.layout.municipalities,
    sharedParties: ctx.layout.shared,
    categories: ctx.categories.map((c) => ({ id: c.id, label: c.label, group: c.group })),
    functionGroups: ctx.functionGroups.map((g) => ({ id: g.id, label: g.label, category: g.category })),
    scenarios: model.scenarios.map((s) => scenarioResult(ctx, runs.get(s.id) as ScenarioRun, baseRun, s.id === baseline.id)),
  };
}
