/**
 * A scenario's yearly series in integer cents, over the horizon and the extrapolated years
 * (spec §8): totals, one-off part, and the views by owner, category and municipality.
 */
import { cell, type Contribution, type Layout, type Ledger, type StaffTransitionRow } from '../calc';
import type { Params, ResolvedScenario } from '../resolve';
import type { ExitRun } from './exit';
import { exactGrowth, roundIfClear, roundRatio, type Decimal as Dec } from '../numeric';
import { defineLazy } from './result-format';

export type Series = number[];

/** A scenario as evaluated: its resolution, parameters and summary. */
export type ScenarioRun = {
  resolved: ResolvedScenario;
  params: Params;
  summary: Summary;
  cash?: Summary;
  /** leave (model-v3 §10.4): the scenario's exits with their settlement terms. */
  exits?: readonly ExitRun[];
  /** Version 3, when the scenario has or inherits a staffTransition (model-v3 §10.5). */
  staffTransition?: StaffTransitionRow[];
  /** Version 3: the friction and VAT contributions booked (for the trace). */
  decisionEntries?: Contribution[];
};

export type Summary = {
  years: number[];
  isExtrapolated: boolean[];
  total: Series;
  oneOff: Series;
  byOwner: Map<string, Series>;
  byCategory: Map<string, Series>;
  byOwnerCategory: Map<string, Map<string, Series>>;
  byParty: Map<string, Series>;
  partyOneOff: Map<string, Series>;
  byPartyCategory: Map<string, Map<string, Series>>;
};

/**
 * (1 + rate)^k as an exact fraction growth / scale, for k = 1 … extrapolateTo − endYear, and
 * as the nearest float `ratio` (for `roundIfClear`).
 */
export type GrowthFactor = { growth: bigint; scale: bigint; ratio: number };

/** The growth factors of the years after the horizon; none when extrapolation is `none`. */
export function extrapolationFactors(layout: Layout, extrapolateTo: number, rate: Dec, isOn: boolean): GrowthFactor[] {
  const factors: GrowthFactor[] = [];
  if (!isOn) return factors;
  const one = exactGrowth(rate);
  let [growth, scale] = [1n, 1n];
  for (let y = layout.endYear + 1; y <= extrapolateTo; y += 1) {
    [growth, scale] = [growth * one.growth, scale * one.scale];
    factors.push({ growth, scale, ratio: Number(growth) / Number(scale) });
  }
  return factors;
}

/**
 * Builds a series from horizon values (recurring and one-off per year) and extends it:
 * an extrapolated year's value is round(recurring(endYear) × factor), with no one-off part.
 */
function extend(
  recurring: ArrayLike<number>,
  oneOff: ArrayLike<number>,
  from: number,
  n: number,
  factors: GrowthFactor[],
): { total: Series; oneOff: Series } {
  const one: Series = new Array<number>(n + factors.length).fill(0);
  for (let y = 0; y < n; y += 1) one[y] = oneOff[from + y] as number;
  return { total: extendTotal(recurring, oneOff, from, n, factors), oneOff: one };
}

/** The total series of `extend` alone. */
function extendTotal(
  recurring: ArrayLike<number>,
  oneOff: ArrayLike<number>,
  from: number,
  n: number,
  factors: GrowthFactor[],
): Series {
  const total: Series = new Array<number>(n + factors.length);
  for (let y = 0; y < n; y += 1) total[y] = (recurring[from + y] as number) + (oneOff[from + y] as number);
  const last = n > 0 ? (recurring[from + n - 1] as number) : 0;
  factors.forEach((f, j) => {
    // last × ratio is within 4·2^-53 of |x| of last × growth / scale (ratio's three roundings and
    // the product's); the bound allows 9·2^-53.
    const x = last * f.ratio;
    total[n + j] =
      last === 0 ? 0 : (roundIfClear(x, Math.abs(x) * 1e-15) ?? roundRatio(BigInt(last) * f.growth, f.scale));
  });
  return total;
}

/** A total series (cents) from horizon recurring and one-off values, extended by `factors`. */
export function extendSeries(recurring: ArrayLike<number>, oneOff: ArrayLike<number>, factors: GrowthFactor[]): Series {
  return extendTotal(recurring, oneOff, 0, recurring.length, factors);
}

/** A view's running sums over the horizon: recurring and one-off per year. */
type Sums = { rec: Float64Array; one: Float64Array };

const newSums = (n: number): Sums => ({ rec: new Float64Array(n), one: new Float64Array(n) });

/**
 * Adds the ledger row at `from` (n years) to the view `a` and, when given, to `b` at `bAt`,
 * and says whether the row carries cost at all — a single pass over the row.
 */
function addRow(
  rec: Float64Array,
  one: Float64Array,
  from: number,
  n: number,
  a: Sums,
  b: Sums | null,
  bAt: number,
): boolean {
  let hasCost = false;
  for (let y = 0; y < n; y += 1) {
    const r = rec[from + y] as number;
    const o = one[from + y] as number;
    if (r === 0 && o === 0) continue;
    hasCost = true;
    a.rec[y] = (a.rec[y] as number) + r;
    a.one[y] = (a.one[y] as number) + o;
    if (b !== null) {
      b.rec[bAt + y] = (b.rec[bAt + y] as number) + r;
      b.one[bAt + y] = (b.one[bAt + y] as number) + o;
    }
  }
  return hasCost;
}

function isSameRow(a: Float64Array, b: Float64Array, from: number, n: number): boolean {
  for (let y = from; y < from + n; y += 1) if (a[y] !== b[y]) return false;
  return true;
}

/** A party's total over its categories (and, when given, each category's into `byCategory`). */
function partySums(layout: Layout, rec: Float64Array, one: Float64Array, p: number, byCategory: Sums | null): Sums {
  const n = layout.nYears;
  const sums = newSums(n);
  for (let k = 0; k < layout.categories.length; k += 1)
    addRow(rec, one, cell(layout, p, k, 0), n, sums, byCategory, k * n);
  return sums;
}

/**
 * Per party, for each category with cost, that category's series (extended); a row equal to
 * the parent's shares the parent's series.
 */
function perCategoryViews(
  layout: Layout,
  rec: Float64Array,
  one: Float64Array,
  parties: readonly string[],
  factors: GrowthFactor[],
  prior: { rec: Float64Array; one: Float64Array; views: () => Map<string, Map<string, Series>> } | null,
): Map<string, Map<string, Series>> {
  const n = layout.nYears;
  const out = new Map<string, Map<string, Series>>();
  const priorViews = prior?.views();
  for (const party of parties) {
    const p = layout.partyIndex.get(party) as number;
    const perCategory = new Map<string, Series>();
    const before = priorViews?.get(party);
    layout.categories.forEach((category, k) => {
      const i = cell(layout, p, k, 0);
      if (!hasCost(rec, one, i, n)) return;
      const same =
        prior !== null && isSameRow(rec, prior.rec, i, n) && isSameRow(one, prior.one, i, n)
          ? before?.get(category)
          : undefined;
      perCategory.set(category, same ?? extendTotal(rec, one, i, n, factors));
    });
    out.set(party, perCategory);
  }
  return out;
}

function hasCost(rec: Float64Array, one: Float64Array, from: number, n: number): boolean {
  for (let y = from; y < from + n; y += 1) if (rec[y] !== 0 || one[y] !== 0) return true;
  return false;
}

/**
 * A scenario's yearly series from its ledger. `parent` (its parent scenario's ledger, summary
 * and extrapolation factors) lets rows the scenario did not change share the parent's series.
 * The per-category series of every owner and municipality — most of a large model's summary,
 * which few readers look at — are made on first read, from the ledger (which nothing books
 * into after its summary is made).
 */
export function summarize(
  layout: Layout,
  ledger: Ledger,
  factors: GrowthFactor[],
  parent?: { ledger: Ledger; summary: Summary; factors: GrowthFactor[] },
): Summary {
  const { nYears, categories } = layout;
  const years = [...Array(nYears + factors.length).keys()].map((i) => layout.startYear + i);
  // Years after the horizon's endYear are extrapolated, also when computed through (model-v3 §10.1).
  const isExtrapolated = years.map((y) => y >= layout.startYear + layout.nPlan);
  const total = newSums(nYears);
  const byCat = newSums(categories.length * nYears);
  const byOwner = new Map<string, Series>();
  const byParty = new Map<string, Series>();
  const partyOneOff = new Map<string, Series>();
  const prior = parent !== undefined && parent.factors === factors ? parent : undefined;
  layout.parties.forEach((party, p) => {
    const sums = partySums(layout, ledger.ownerRecurring, ledger.ownerOneOff, p, byCat);
    addRow(sums.rec, sums.one, 0, nYears, total, null, 0);
    byOwner.set(party, extendTotal(sums.rec, sums.one, 0, nYears, factors));
  });
  for (const m of layout.municipalities) {
    const p = layout.partyIndex.get(m) as number;
    const sums = partySums(layout, ledger.partyRecurring, ledger.partyOneOff, p, null);
    const s = extend(sums.rec, sums.one, 0, nYears, factors);
    byParty.set(m, s.total);
    partyOneOff.set(m, s.oneOff);
  }
  const byCategory = new Map<string, Series>();
  categories.forEach((category, k) =>
    byCategory.set(category, extendTotal(byCat.rec, byCat.one, k * nYears, nYears, factors)),
  );
  const totals = extend(total.rec, total.one, 0, nYears, factors);
  const summary: Summary = {
    years,
    isExtrapolated,
    total: totals.total,
    oneOff: totals.oneOff,
    byOwner,
    byCategory,
    byOwnerCategory: new Map(),
    byParty,
    partyOneOff,
    byPartyCategory: new Map(),
  };
  defineLazy(summary, 'byOwnerCategory', () =>
    perCategoryViews(
      layout,
      ledger.ownerRecurring,
      ledger.ownerOneOff,
      layout.parties,
      factors,
      prior
        ? {
            rec: prior.ledger.ownerRecurring,
            one: prior.ledger.ownerOneOff,
            views: () => prior.summary.byOwnerCategory,
          }
        : null,
    ),
  );
  defineLazy(summary, 'byPartyCategory', () =>
    perCategoryViews(
      layout,
      ledger.partyRecurring,
      ledger.partyOneOff,
      layout.municipalities,
      factors,
      prior
        ? {
            rec: prior.ledger.partyRecurring,
            one: prior.ledger.partyOneOff,
            views: () => prior.summary.byPartyCategory,
          }
        : null,
    ),
  );
  return summary;
}

/**
 * indexLastByCategory (model-v3 §10.1): appends the years after endYear to a summary made
 * without them. Each (owner, category) recurring cost of endYear grows at its category's rate
 * and is rounded; totals, byOwner and byCategory are sums of those cells. Per municipality the
 * same on its allocated recurring cost per category. `factorsOf` gives a category's factors.
 */
export function extendByCategory(
  layout: Layout,
  ledger: Ledger,
  summary: Summary,
  factorsOf: (category: string) => GrowthFactor[],
): Summary {
  const n = layout.nYears;
  const nX = layout.categories.length === 0 ? 0 : factorsOf(layout.categories[0] as string).length;
  if (nX === 0) return summary;
  const zeros = () => new Array<number>(nX).fill(0);
  const total = zeros();
  const byOwner = new Map(layout.parties.map((p) => [p, zeros()]));
  const byCategory = new Map(layout.categories.map((c) => [c, zeros()]));
  const byParty = new Map(layout.municipalities.map((m) => [m, zeros()]));
  const tailOf = (rec: Float64Array, i: number, category: string) =>
    extendSeries([rec[i + n - 1] as number], [0], factorsOf(category)).slice(1);
  const addInto = (into: number[], xs: number[]) =>
    xs.forEach((x, j) => {
      into[j] = (into[j] as number) + x;
    });
  const byOwnerCategory = new Map<string, Map<string, Series>>();
  layout.parties.forEach((party, p) => {
    const mine = new Map<string, Series>();
    for (const [category, series] of summary.byOwnerCategory.get(party) ?? []) {
      const tail = tailOf(
        ledger.ownerRecurring,
        cell(layout, p, layout.categoryIndex.get(category) as number, 0),
        category,
      );
      mine.set(category, [...series, ...tail]);
      [total, byOwner.get(party) as number[], byCategory.get(category) as number[]].forEach((into) =>
        addInto(into, tail),
      );
    }
    byOwnerCategory.set(party, mine);
  });
  const byPartyCategory = new Map<string, Map<string, Series>>();
  for (const m of layout.municipalities) {
    const p = layout.partyIndex.get(m) as number;
    const mine = new Map<string, Series>();
    for (const [category, series] of summary.byPartyCategory.get(m) ?? []) {
      const tail = tailOf(
        ledger.partyRecurring,
        cell(layout, p, layout.categoryIndex.get(category) as number, 0),
        category,
      );
      mine.set(category, [...series, ...tail]);
      addInto(byParty.get(m) as number[], tail);
    }
    byPartyCategory.set(m, mine);
  }
  const years = [...summary.years, ...total.map((_, j) => layout.endYear + 1 + j)];
  const extend = (m: Map<string, Series>, tails: Map<string, number[]>) =>
    new Map([...m].map(([k, s]) => [k, [...s, ...(tails.get(k) ?? zeros())]]));
  return {
    years,
    isExtrapolated: [...summary.isExtrapolated, ...total.map(() => true)],
    total: [...summary.total, ...total],
    oneOff: [...summary.oneOff, ...zeros()],
    byOwner: extend(summary.byOwner, byOwner),
    byCategory: extend(summary.byCategory, byCategory),
    byOwnerCategory,
    byParty: extend(summary.byParty, byParty),
    partyOneOff: extend(summary.partyOneOff, new Map()),
    byPartyCategory,
  };
}
