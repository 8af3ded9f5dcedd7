/**
 * A scenario's yearly series in integer cents, over the horizon and the extrapolated years
 * (spec §8): totals, one-off part, and the views by owner, category and municipality.
 */
import { cell, type Layout, type Ledger } from './ledger';
import { exactGrowth, roundRatio, type Decimal as Dec } from './money';

export type Series = number[];

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

/** Years after the horizon and their growth factors (1 + rate)^(y − endYear); none for `none`. */
/** (1 + rate)^k as an exact fraction growth / scale, for k = 1 … extrapolateTo − endYear. */
export type GrowthFactor = { growth: bigint; scale: bigint };

export function extrapolationFactors(layout: Layout, extrapolateTo: number, rate: Dec, isOn: boolean): GrowthFactor[] {
  const factors: GrowthFactor[] = [];
  if (!isOn) return factors;
  const one = exactGrowth(rate);
  let f: GrowthFactor = { growth: 1n, scale: 1n };
  for (let y = layout.endYear + 1; y <= extrapolateTo; y += 1) {
    f = { growth: f.growth * one.growth, scale: f.scale * one.scale };
    factors.push(f);
  }
  return factors;
}

/**
 * Builds a series from horizon values (recurring and one-off per year) and extends it:
 * an extrapolated year's value is round(recurring(endYear) × factor), with no one-off part.
 */
function extend(recurring: ArrayLike<number>, oneOff: ArrayLike<number>, from: number, n: number, factors: GrowthFactor[]): { total: Series; oneOff: Series } {
  const total: Series = [];
  const one: Series = [];
  for (let y = 0; y < n; y += 1) {
    const r = recurring[from + y] as number;
    const o = oneOff[from + y] as number;
    total.push(r + o);
    one.push(o);
  }
  const last = n > 0 ? (recurring[from + n - 1] as number) : 0;
  for (const f of factors) {
    total.push(last === 0 ? 0 : roundRatio(BigInt(last) * f.growth, f.scale));
    one.push(0);
  }
  return { total, oneOff: one };
}

/** A total series (cents) from horizon recurring and one-off values, extended by `factors`. */
export function extendSeries(recurring: ArrayLike<number>, oneOff: ArrayLike<number>, factors: GrowthFactor[]): Series {
  return extend(recurring, oneOff, 0, recurring.length, factors).total;
}

function addInto(target: Float64Array, targetFrom: number, source: Float64Array, sourceFrom: number, n: number): void {
  for (let y = 0; y < n; y += 1) target[targetFrom + y] = (target[targetFrom + y] as number) + (source[sourceFrom + y] as number);
}

export function summarize(layout: Layout, ledger: Ledger, factors: GrowthFactor[]): Summary {
  const { nYears, categories } = layout;
  const years = [...Array(nYears + factors.length).keys()].map((i) => layout.startYear + i);
  const isExtrapolated = years.map((y) => y > layout.endYear);
  const totRec = new Float64Array(nYears);
  const totOne = new Float64Array(nYears);
  const catRec = new Float64Array(categories.length * nYears);
  const catOne = new Float64Array(categories.length * nYears);
  const byOwner = new Map<string, Series>();
  const byOwnerCategory = new Map<string, Map<string, Series>>();
  const byParty = new Map<string, Series>();
  const partyOneOff = new Map<string, Series>();
  const byPartyCategory = new Map<string, Map<string, Series>>();

  layout.parties.forEach((party, p) => {
    const ownRec = new Float64Array(nYears);
    const ownOne = new Float64Array(nYears);
    const perCat = new Map<string, Series>();
    categories.forEach((category, k) => {
      const i = cell(layout, p, k, 0);
      if (!hasAny(ledger.ownerRecurring, i, nYears) && !hasAny(ledger.ownerOneOff, i, nYears)) return;
      addInto(ownRec, 0, ledger.ownerRecurring, i, nYears);
      addInto(ownOne, 0, ledger.ownerOneOff, i, nYears);
      addInto(catRec, k * nYears, ledger.ownerRecurring, i, nYears);
      addInto(catOne, k * nYears, ledger.ownerOneOff, i, nYears);
      perCat.set(category, extend(ledger.ownerRecurring, ledger.ownerOneOff, i, nYears, factors).total);
    });
    addInto(totRec, 0, ownRec, 0, nYears);
    addInto(totOne, 0, ownOne, 0, nYears);
    byOwner.set(party, extend(ownRec, ownOne, 0, nYears, factors).total);
    byOwnerCategory.set(party, perCat);
  });

  for (const m of layout.municipalities) {
    const p = layout.partyIndex.get(m) as number;
    const rec = new Float64Array(nYears);
    const one = new Float64Array(nYears);
    const perCat = new Map<string, Series>();
    categories.forEach((category, k) => {
      const i = cell(layout, p, k, 0);
      if (!hasAny(ledger.partyRecurring, i, nYears) && !hasAny(ledger.partyOneOff, i, nYears)) return;
      addInto(rec, 0, ledger.partyRecurring, i, nYears);
      addInto(one, 0, ledger.partyOneOff, i, nYears);
      perCat.set(category, extend(ledger.partyRecurring, ledger.partyOneOff, i, nYears, factors).total);
    });
    const s = extend(rec, one, 0, nYears, factors);
    byParty.set(m, s.total);
    partyOneOff.set(m, s.oneOff);
    byPartyCategory.set(m, perCat);
  }

  const byCategory = new Map<string, Series>();
  categories.forEach((category, k) => byCategory.set(category, extend(catRec, catOne, k * nYears, nYears, factors).total));
  const totals = extend(totRec, totOne, 0, nYears, factors);
  return { years, isExtrapolated, total: totals.total, oneOff: totals.oneOff, byOwner, byCategory, byOwnerCategory, byParty, partyOneOff, byPartyCategory };
}

function hasAny(a: Float64Array, from: number, n: number): boolean {
  for (let y = 0; y < n; y += 1) if (a[from + y] !== 0) return true;
  return false;
}
