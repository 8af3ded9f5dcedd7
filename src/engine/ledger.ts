/**
 * The ledger of one scenario: integer cents per owner × category × horizon year (one-off and
 * recurring apart), and the same per municipality after allocation (spec §7, §8).
 */
import { allocateByKey } from './allocate';
import { modelError } from './errors';
import type { Decimal } from './money';
import type { AllocationKey } from './model-types';
import { allocationKeyOf, partyParams, type Params } from './params';
import type { Contribution } from './project';
import { valueAt } from './year-map';
import { dec } from './money';

export type Layout = {
  startYear: number;
  endYear: number;
  nYears: number;
  parties: string[];
  partyIndex: Map<string, number>;
  municipalities: string[];
  shared: string[];
  categories: string[];
  categoryIndex: Map<string, number>;
};

export type Ledger = {
  /** owner × category × year: recurring and one-off cents, before allocation. */
  ownerRecurring: Float64Array;
  ownerOneOff: Float64Array;
  /** municipality (by party index) × category × year, after allocation. */
  partyRecurring: Float64Array;
  partyOneOff: Float64Array;
};

export const cell = (layout: Layout, party: number, category: number, yearIdx: number) =>
  (party * layout.categories.length + category) * layout.nYears + yearIdx;

export function newLedger(layout: Layout): Ledger {
  const size = layout.parties.length * layout.categories.length * layout.nYears;
  return {
    ownerRecurring: new Float64Array(size), ownerOneOff: new Float64Array(size),
    partyRecurring: new Float64Array(size), partyOneOff: new Float64Array(size),
  };
}

export function book(layout: Layout, ledger: Ledger, contributions: readonly Contribution[]): void {
  for (const c of contributions) {
    const p = layout.partyIndex.get(c.owner);
    const k = layout.categoryIndex.get(c.category);
    if (p === undefined || k === undefined) throw new Error(`unknown party or category: ${c.owner}/${c.category}`);
    const i = cell(layout, p, k, c.year - layout.startYear);
    if (c.isOneOff) ledger.ownerOneOff[i] = (ledger.ownerOneOff[i] as number) + c.cents;
    else ledger.ownerRecurring[i] = (ledger.ownerRecurring[i] as number) + c.cents;
  }
}

/** The weight of a member under a key in a year. */
export function weightOf(params: Params, key: AllocationKey | null, member: string, year: number): Decimal {
  const basis = key?.basis ?? 'inhabitants';
  if (basis === 'fixed' || basis === 'usage') return dec(key?.shares?.[member] ?? 0);
  return valueAt(partyParams(params, member)[basis], year);
}

export function membersOf(layout: Layout, key: AllocationKey | null): string[] {
  return key?.members ?? layout.municipalities;
}

/**
 * Copies municipalities' own cost into the after-allocation view and splits each shared
 * party's cost per category and year over the members of its key, one-off and recurring apart.
 */
export function allocate(layout: Layout, params: Params, ledger: Ledger, partyPath: (id: string) => string): void {
  const nCat = layout.categories.length;
  for (const m of layout.municipalities) {
    const p = layout.partyIndex.get(m) as number;
    const from = cell(layout, p, 0, 0);
    const to = cell(layout, p + 1, 0, 0);
    ledger.partyRecurring.set(ledger.ownerRecurring.subarray(from, to), from);
    ledger.partyOneOff.set(ledger.ownerOneOff.subarray(from, to), from);
  }
  for (const s of layout.shared) {
    const sp = layout.partyIndex.get(s) as number;
    for (let k = 0; k < nCat; k += 1) {
      const category = layout.categories[k] as string;
      const key = allocationKeyOf(params, s, category);
      const members = membersOf(layout, key);
      const memberIdx = members.map((m) => layout.partyIndex.get(m) as number);
      for (let y = 0; y < layout.nYears; y += 1) {
        const i = cell(layout, sp, k, y);
        const rec = ledger.ownerRecurring[i] as number;
        const one = ledger.ownerOneOff[i] as number;
        if (rec === 0 && one === 0) continue;
        const year = layout.startYear + y;
        const weights = members.map((m) => weightOf(params, key, m, year));
        const recParts = rec === 0 ? null : allocateByKey(rec, weights);
        const oneParts = one === 0 ? null : allocateByKey(one, weights);
        if ((rec !== 0 && recParts === null) || (one !== 0 && oneParts === null)) {
          throw modelError([{ path: partyPath(s), message: `all allocation weights are 0 for category "${category}" in ${year} (shared party "${s}")` }]);
        }
        memberIdx.forEach((mp, j) => {
          const t = cell(layout, mp, k, y);
          if (recParts) ledger.partyRecurring[t] = (ledger.partyRecurring[t] as number) + (recParts[j] as number);
          if (oneParts) ledger.partyOneOff[t] = (ledger.partyOneOff[t] as number) + (oneParts[j] as number);
        });
      }
    }
  }
}
