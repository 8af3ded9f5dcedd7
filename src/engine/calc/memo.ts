/**
 * The evaluation memo: every table the engine keeps between evaluations, in one type, and the
 * contribution look-up that uses its first two tables.
 *
 * | table          | key                                                        | holds                          | freed when            |
 * |----------------|------------------------------------------------------------|--------------------------------|-----------------------|
 * | `contributions`| file object (line, staff entry, setStaff change); then the | an entry's contributions, packed | the file object dies  |
 * |                | resolved history, horizon and parameter key (cache-keys)    |                                |                       |
 * | `resolved`     | scenario object (ResolveMemo, resolve.ts)                   | its last resolution            | the scenario dies     |
 * | `params`       | `ParamSource` object, with the context's `paramsKey`         | compiled `Params`              | the source dies       |
 * | `powers`       | `rate^exponent` (string)                                    | (1 + rate)^exponent, exact     | the memo dies         |
 * | `indexTables`  | `Params.indexRates` (one per compiled assumptions); category; year | index factor, exact     | the assumptions die   |
 * | `weightTables` | `Params` object; allocation key; year                       | prepared member weights         | the params die        |
 *
 * The memo lives as long as its owner keeps it: the app one per session (state/evaluation.ts),
 * `evaluateModel` without a cache one per evaluation, sensitivity one per run, a sampling plan
 * two (for its exact constants and for its samples; only `powers` and `indexTables` are used:
 * samples compute contributions in the plan's kernel, outside the contribution tables).
 * Everything in it is exact: the kernel is a parameter of the context (context.ts), never part
 * of the memo.
 *
 * Shorter-lived tables are local to one call and named where they are made: per evaluation the
 * booked parents and growth factors (results/evaluate.ts), per plan the constants and growth
 * factors, per sample the previous sample's resolutions and the entries shared by scenarios
 * (sampling/sample-plan.ts). Module-level memos follow the rule in docs/engine.md.
 *
 * The contribution look-up (`cached`): by the file object an entry comes from, first the very
 * same resolved entry with the same parameters (a child's untouched entry, a scenario the
 * resolve memo kept: no key to build), then an entry with the same history of changes and
 * horizon under equal parameters — an unchanged line in a *new* resolved entry or under another
 * parameters object with equal values (an edited model, a sensitivity point), at the price of
 * building cache keys. (A second table by resolved entry, tried first, cost more look-ups than
 * it saved at national scale: session 8.)
 */
import { lineKey, staffKey } from './cache-keys';
import type { ModelContext } from './context';
import type { Decimal } from '../numeric';
import type { IndexTable } from './indexation';
import type { WeightTable } from './ledger';
import {
  type Params,
  type ParamSource,
  isSameHistory,
  type ResolvedScenario,
  type ResolveMemo,
  type ResolvedLine,
  type ResolvedStaff,
} from '../resolve';
import { lineEntry, staffEntry } from './contributions';
import type { Entry } from './contribution-core';

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
  contributions: Entry;
};

const isLine = (entry: ResolvedLine | ResolvedStaff): entry is ResolvedLine => 'line' in entry;

const keyOf = (c: { entry: ResolvedLine | ResolvedStaff; params: Params }): string =>
  isLine(c.entry) ? lineKey(c.params, c.entry) : staffKey(c.params, c.entry);

/** The evaluation memo (the table above). */
export type EvaluationCache = {
  contributions: WeakMap<object, Computed[]>;
  resolved: ResolveMemo;
  params: WeakMap<ParamSource, { key: string; params: Params }>;
  powers: Map<string, Decimal>;
  indexTables: WeakMap<Params['indexRates'], Map<string, IndexTable>>;
  weightTables: WeakMap<Params, WeightTable>;
};

export function createEvaluationCache(): EvaluationCache {
  return {
    contributions: new WeakMap(),
    resolved: new WeakMap(),
    params: new WeakMap(),
    powers: new Map(),
    indexTables: new WeakMap(),
    weightTables: new WeakMap(),
  };
}

/** The allocation weights table of `params` (`allocate`'s memo). */
export function weightTableOf(cache: EvaluationCache, params: Params): WeightTable {
  let table = cache.weightTables.get(params);
  if (table === undefined) {
    table = new Map();
    cache.weightTables.set(params, table);
  }
  return table;
}

const MAX_ENTRIES_PER_OBJECT = 32;

/** The contributions of an entry under `params`: an equal earlier entry's, else computed. */
function cached(cache: EvaluationCache, ctx: ModelContext, entry: ResolvedLine | ResolvedStaff, params: Params): Entry {
  const origin = isLine(entry) ? entry.line : entry.origin;
  let known = cache.contributions.get(origin);
  if (known === undefined) {
    known = [];
    cache.contributions.set(origin, known);
  }
  // The same resolved entry with the same parameters (a child's untouched entry, a kept scenario).
  for (const c of known)
    if (c.entry === entry && c.params === params && c.horizonKey === ctx.horizonKey) return c.contributions;
  let key: string | null = null;
  for (const c of known) {
    if (c.horizonKey !== ctx.horizonKey || !isSameHistory(c.entry.history, entry.history)) continue;
    if (c.params === params) return c.contributions;
    c.key ??= keyOf(c);
    key ??= keyOf({ entry, params });
    if (c.key === key) return c.contributions;
  }
  const contributions = isLine(entry) ? lineEntry(ctx, params, entry) : staffEntry(ctx, params, entry);
  if (known.length >= MAX_ENTRIES_PER_OBJECT) known.length = 0;
  known.push({ entry, horizonKey: ctx.horizonKey, params, key, contributions });
  return contributions;
}

/** Calls `visit` with the contributions of every line and staff entry of a resolved scenario. */
export function forEachContribution(
  ctx: ModelContext,
  cache: EvaluationCache,
  r: ResolvedScenario,
  params: Params,
  visit: (e: Entry) => void,
): void {
  for (const entry of r.lines) visit(cached(cache, ctx, entry, params));
  for (const entry of r.staff) visit(cached(cache, ctx, entry, params));
}
