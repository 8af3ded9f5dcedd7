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
  type ScaleRule,
} from '../resolve';
import { lineEntry, staffEntry } from './contributions';
import type { Entry, Prefix } from './contribution-core';
import { isOne } from '../numeric';

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
  /** A recurring investment's amount per year (lineEntry), for entries that scale it later; else null. */
  amounts: readonly number[] | null;
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
  const prefix = scaledPrefix(ctx, known, entry, params);
  let amounts: number[] | null = null;
  let contributions: Entry;
  if (isLine(entry)) {
    if (entry.line.type === 'recurringInvestment') amounts = [];
    contributions = lineEntry(ctx, params, entry, prefix, amounts);
  } else contributions = staffEntry(ctx, params, entry, prefix);
  // The sibling's whole entry (no year differs): its amounts too.
  const kept = prefix !== null && contributions === prefix.entry ? prefix.amounts : amounts;
  if (known.length >= MAX_ENTRIES_PER_OBJECT) known.length = 0;
  known.push({ entry, horizonKey: ctx.horizonKey, params, key, contributions, amounts: kept });
  return contributions;
}

/**
 * The years an entry can take from a sibling (contribution-core.ts `Prefix`): an entry computed
 * under the very same parameters and horizon whose history the entry's extends with `scale`
 * changes only, each of which appended one rule to its scales. Of several, the one with the
 * longest history (the fewest new rules). Null when there is none, or when a new rule's factor
 * is not 1 already in the first year the entry's cost depends on.
 */
export function scaledPrefix(
  ctx: ModelContext,
  known: readonly Computed[],
  entry: ResolvedLine | ResolvedStaff,
  params: Params,
): Prefix | null {
  let sibling: Computed | null = null;
  for (const c of known) {
    if (c.params !== params || c.horizonKey !== ctx.horizonKey) continue;
    if (sibling !== null && c.entry.history.length <= sibling.entry.history.length) continue;
    if (isScaledFrom(c.entry, entry)) sibling = c;
  }
  if (sibling === null) return null;
  const first = firstYearOf(ctx, entry);
  const from = firstScaledYear(entry.scales.slice(sibling.entry.scales.length), first, ctx.endYear);
  return from <= first ? null : { from, entry: sibling.contributions, amounts: sibling.amounts };
}

/** Whether `b` is `a` with `scale` changes after it, each adding one rule to the same scales. */
function isScaledFrom(a: ResolvedLine | ResolvedStaff, b: ResolvedLine | ResolvedStaff): boolean {
  const [ha, hb] = [a.history, b.history];
  const added = hb.length - ha.length;
  if (added <= 0 || b.scales.length - a.scales.length !== added) return false;
  for (let i = 0; i < ha.length; i += 1) if (ha[i] !== hb[i]) return false;
  for (let i = ha.length; i < hb.length; i += 1) if ((hb[i] as { op?: unknown }).op !== 'scale') return false;
  for (let i = 0; i < a.scales.length; i += 1) if (a.scales[i] !== b.scales[i]) return false;
  return true;
}

/** The first year the entry's cost depends on: a recurring or one-off investment's year may precede the horizon. */
function firstYearOf(ctx: ModelContext, entry: ResolvedLine | ResolvedStaff): number {
  if (!isLine(entry)) return ctx.startYear;
  const line = entry.line;
  const year = line.type === 'recurringInvestment' ? line.from : 'year' in line ? line.year : ctx.startYear;
  return Math.min(year, ctx.startYear);
}

/** The first year in [from, to] in which one of `rules` applies with a factor other than exactly 1 (Infinity: none). */
function firstScaledYear(rules: readonly ScaleRule[], from: number, to: number): number {
  for (let y = from; y <= to; y += 1) for (const r of rules) if (r.applies(y) && !isOne(r.factorAt(y))) return y;
  return Infinity;
}

/** A scenario whose contributions were visited (in `forEachContribution`'s order), for its children. */
export type VisitedScenario = { r: ResolvedScenario; params: Params; entries: readonly Entry[] };

/**
 * Calls `visit` with the contributions of every line and staff entry of a resolved scenario.
 * With the `parent` it was resolved from, under the same parameters, an entry resolution kept
 * at the same position is the parent's without a look-up (resolution copies the parent's lines
 * and staff in order and replaces or appends): at national scale most of a child's entries.
 */
export function forEachContribution(
  ctx: ModelContext,
  cache: EvaluationCache,
  r: ResolvedScenario,
  params: Params,
  visit: (e: Entry) => void,
  parent?: VisitedScenario,
): void {
  const same = parent !== undefined && parent.params === params ? parent : null;
  const nLines = same === null ? 0 : same.r.lines.length;
  r.lines.forEach((entry, i) =>
    visit(same !== null && same.r.lines[i] === entry ? (same.entries[i] as Entry) : cached(cache, ctx, entry, params)),
  );
  r.staff.forEach((entry, i) =>
    visit(
      same !== null && same.r.staff[i] === entry
        ? (same.entries[nLines + i] as Entry)
        : cached(cache, ctx, entry, params),
    ),
  );
}
