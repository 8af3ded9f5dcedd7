/**
 * The evaluation cache: contributions already computed, so that a child scenario, a later
 * evaluation of an edited model (the app) or a Monte Carlo sample does not compute an
 * unchanged line again.
 */
import { lineKey, staffKey } from './cache-keys';
import type { ModelContext } from './context';
import { createFastKernel, exactKernel, type Kernel, type Decimal } from '../numeric';
import { type Params, type ParamSource, isSameHistory, type ResolvedScenario, type ResolveMemo, type ResolvedLine, type ResolvedStaff } from '../resolve';
import { lineContributions, staffContributions, type Contribution } from './contributions';

/**
 * One computed entry: what its contributions depend on besides the file object — the changes
 * that touched it (by identity), the horizon and the parameters. `key` (cache-keys.ts) names
 * the parameters it depends on; it is built only when an entry is looked up with other
 * parameters than it was computed with.
 */
type Computed = {
  entry: ResolvedLine | ResolvedStaff;
  horizonKey: string;
  params: Params;
  key: string | null;
  contributions: Contribution[];
};

const isLine = (entry: ResolvedLine | ResolvedStaff): entry is ResolvedLine => 'line' in entry;

const keyOf = (c: { entry: ResolvedLine | ResolvedStaff; params: Params }): string =>
  (isLine(c.entry) ? lineKey(c.params, c.entry) : staffKey(c.params, c.entry));

/**
 * Contributions per file object (line, staff entry). A caller may keep one cache across
 * evaluations of successive versions of a model (the app while editing, Monte Carlo while
 * sampling): unchanged lines are then not computed again. Models are immutable, so identity is
 * a safe key; entries of dropped objects are freed.
 */
export type EvaluationCache = {
  contributions: WeakMap<object, Computed[]>;
  /** Powers of rates (index factors, growth, discount), keyed by rate and exponent. */
  powers: Map<string, Decimal>;
  resolved: ResolveMemo;
  params: WeakMap<ParamSource, { key: string; params: Params }>;
  /** The same contributions by identity of the resolved entry and parameters (no key to build). */
  direct: WeakMap<ResolvedLine | ResolvedStaff, Direct>;
  /** The arithmetic of this cache's contributions (see kernel.ts); exact unless asked. */
  kernel: Kernel;
};

export function createEvaluationCache(options: { isFast?: boolean } = {}): EvaluationCache {
  return {
    contributions: new WeakMap(), powers: new Map(), resolved: new WeakMap(), params: new WeakMap(),
    direct: new WeakMap(), kernel: options.isFast === true ? createFastKernel() : exactKernel,
  };
}

/** Contributions of one resolved entry per parameters object; usually one pair. */
type Direct = { params: Params; contributions: Contribution[] }[];

const MAX_ENTRIES_PER_OBJECT = 32;

/** The contributions of an entry under `params`: an equal earlier entry's, else computed. */
function cached(cache: EvaluationCache, ctx: ModelContext, entry: ResolvedLine | ResolvedStaff, params: Params): Contribution[] {
  const origin = isLine(entry) ? entry.line : entry.origin;
  let known = cache.contributions.get(origin);
  if (known === undefined) { known = []; cache.contributions.set(origin, known); }
  let key: string | null = null;
  for (const c of known) {
    if (c.horizonKey !== ctx.horizonKey || !isSameHistory(c.entry.history, entry.history)) continue;
    if (c.params === params) return c.contributions;
    c.key ??= keyOf(c);
    key ??= keyOf({ entry, params });
    if (c.key === key) return c.contributions;
  }
  const contributions = isLine(entry) ? lineContributions(ctx, params, entry, false) : staffContributions(ctx, params, entry);
  if (known.length >= MAX_ENTRIES_PER_OBJECT) known.length = 0;
  known.push({ entry, horizonKey: ctx.horizonKey, params, key, contributions });
  return contributions;
}

/** Calls `visit` with the contributions of every line and staff entry of a resolved scenario. */
export function forEachContribution(
  ctx: ModelContext, cache: EvaluationCache, r: ResolvedScenario, params: Params, visit: (c: readonly Contribution[]) => void,
): void {
  for (const entries of [r.lines, r.staff]) {
    for (const entry of entries) {
      let direct = cache.direct.get(entry);
      if (direct === undefined) { direct = []; cache.direct.set(entry, direct); }
      let hit: Contribution[] | undefined;
      for (const d of direct) if (d.params === params) hit = d.contributions;
      if (hit === undefined) {
        hit = cached(cache, ctx, entry, params);
        if (direct.length >= MAX_ENTRIES_PER_OBJECT) direct.length = 0;
        direct.push({ params, contributions: hit });
      }
      visit(hit);
    }
  }
}
