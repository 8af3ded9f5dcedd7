/**
 * The ledger of one scenario: integer cents per owner × category × horizon year (one-off and
 * recurring apart), and the same per municipality after allocation (spec §7, §8).
 */
import { prepareWeights, splitCentsInto, type PreparedWeights, type Decimal, dec } from '../numeric';
import { keyMembers, modelError, type AllocationKey, type CompiledYearMap, valueAt } from '../model';
import { allocationKeyOf, partyParams, type Params } from '../resolve';
import type { Contribution, Entry, Packed, PackedPart } from './contribution-core';

export type Layout = {
  startYear: number;
  /** The last computed year L (endYear, or extrapolateTo under computeThrough: model-v3 §10.1). */
  endYear: number;
  /** Computed years: startYear … L. */
  nYears: number;
  /** Years of the detailed plan (startYear … the horizon's endYear): what NPV and the extrapolated flag count from. */
  nPlan: number;
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
    ownerRecurring: new Float64Array(size),
    ownerOneOff: new Float64Array(size),
    partyRecurring: new Float64Array(size),
    partyOneOff: new Float64Array(size),
  };
}

/** Adds an entry's contributions to the owner cells (`sign` −1 takes them out again). */
export function book(layout: Layout, ledger: Ledger, entry: Entry, sign: 1 | -1 = 1): void {
  if (!Array.isArray(entry)) {
    // A packed entry (contribution-core.ts): each part is one row of cells.
    const parts = (entry as Packed).parts;
    for (let j = 0; j < parts.length; j += 1) {
      const p = parts[j] as PackedPart;
      const target = p.isOneOff ? ledger.ownerOneOff : ledger.ownerRecurring;
      const at = rowOf(layout, p.owner, p.category) + p.first - layout.startYear;
      const cents = p.cents;
      for (let i = 0; i < cents.length; i += 1)
        target[at + i] = (target[at + i] as number) + sign * (cents[i] as number);
    }
    return;
  }
  // An entry's contributions mostly share owner and category: their row is looked up once.
  let owner: string | null = null;
  let category: string | null = null;
  let row = 0;
  const list = entry as readonly Contribution[];
  for (let j = 0; j < list.length; j += 1) {
    const c = list[j] as Contribution;
    if (c.owner !== owner || c.category !== category) {
      owner = c.owner;
      category = c.category;
      row = rowOf(layout, owner, category);
    }
    const i = row + c.year - layout.startYear;
    const target = c.isOneOff ? ledger.ownerOneOff : ledger.ownerRecurring;
    target[i] = (target[i] as number) + sign * c.cents;
  }
}

/** The cell of an owner's category in the first computed year. */
function rowOf(layout: Layout, owner: string, category: string): number {
  const p = layout.partyIndex.get(owner);
  const k = layout.categoryIndex.get(category);
  if (p === undefined || k === undefined) throw new Error(`unknown party or category: ${owner}/${category}`);
  return cell(layout, p, k, 0);
}

/** Every entry's contributions in a scenario (its lines', then from `nLines` on its staff's), and the ledger booked from them. */
export type Booked = { entries: readonly Entry[]; nLines: number; ledger: Ledger };

/**
 * Books a scenario's entries. A child shares most entries with its parent — the very same
 * contribution arrays, at the same positions (resolution keeps the parent's order and appends)
 * — so its ledger starts from a copy of the parent's owner cells and books only where the two
 * differ: the child's entry in, the parent's out. Integer cents add exactly in any order (every
 * sum stays below 2^53), so the cells are the same as booking every entry afresh; a shifted
 * position only costs an entry booked in and out again.
 */
export function bookEntries(layout: Layout, booked: Omit<Booked, 'ledger'>, parent: Booked | undefined): Ledger {
  const ledger = newLedger(layout);
  if (parent === undefined) {
    for (const cs of booked.entries) book(layout, ledger, cs);
    return ledger;
  }
  ledger.ownerRecurring.set(parent.ledger.ownerRecurring);
  ledger.ownerOneOff.set(parent.ledger.ownerOneOff);
  const { entries, nLines } = booked;
  bookDifference(layout, ledger, entries, 0, nLines, parent.entries, 0, parent.nLines);
  bookDifference(layout, ledger, entries, nLines, entries.length, parent.entries, parent.nLines, parent.entries.length);
  return ledger;
}

/** Books `now[nowFrom … nowTo)` in and `was[wasFrom … wasTo)` out where they differ, position by position. */
function bookDifference(
  layout: Layout,
  ledger: Ledger,
  now: readonly Entry[],
  nowFrom: number,
  nowTo: number,
  was: readonly Entry[],
  wasFrom: number,
  wasTo: number,
): void {
  for (let i = 0; i < Math.max(nowTo - nowFrom, wasTo - wasFrom); i += 1) {
    const a = nowFrom + i < nowTo ? now[nowFrom + i] : undefined;
    const b = wasFrom + i < wasTo ? was[wasFrom + i] : undefined;
    if (a === b) continue;
    if (a !== undefined) book(layout, ledger, a);
    if (b !== undefined) book(layout, ledger, b, -1);
  }
}

/** A year-map basis of allocation: the member's figure that weighs. */
export type WeighingBasis = 'inhabitants' | 'workstations' | 'employees';

/**
 * §7: the weight of a member under a key in a year: its share for the fixed and usage bases,
 * else its figure of the basis in that year (carried forward). No key means by inhabitants.
 */
export function keyWeight(
  key: AllocationKey | null,
  member: string,
  year: number,
  figure: (basis: WeighingBasis) => CompiledYearMap,
): Decimal {
  const basis = key?.basis ?? 'inhabitants';
  if (basis === 'fixed' || basis === 'usage') return dec(key?.shares?.[member] ?? 0);
  return valueAt(figure(basis), year);
}

/** The weight of a member under a key in a year. */
export function weightOf(params: Params, key: AllocationKey | null, member: string, year: number): Decimal {
  return keyWeight(key, member, year, (basis) => partyParams(params, member)[basis]);
}

export function membersOf(layout: Pick<Layout, 'municipalities'>, key: AllocationKey | null): string[] {
  return keyMembers(key, layout.municipalities);
}

/**
 * One scenario's prepared member weights per allocation key and year (the evaluation memo's
 * `weightTables`, memo.ts), with the last year's raw weights: a year whose weights equal those
 * of the year prepared before it (figures change in few years) shares its preparation.
 */
export type WeightTable = Map<AllocationKey | null, KeyWeights>;

type KeyWeights = {
  byYear: Map<number, PreparedWeights | null>;
  last: { year: number; weights: Decimal[]; prepared: PreparedWeights | null } | null;
  /** The years in which some member's weight can change (its figure's year-map keys), ascending; computed once. */
  changes: number[] | null;
};

const isSameWeights = (a: readonly Decimal[], b: readonly Decimal[]) =>
  a.length === b.length && a.every((w, i) => w === b[i] || w.eq(b[i] as Decimal));

/** Every year in which a member's weight under `key` may differ from the year before: the keys of their figures' year maps. */
function weightChangeYears(layout: Layout, params: Params, key: AllocationKey | null): number[] {
  const basis = key?.basis ?? 'inhabitants';
  if (basis === 'fixed' || basis === 'usage') return [];
  const years = new Set<number>();
  for (const m of membersOf(layout, key)) for (const y of partyParams(params, m)[basis].years) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** Whether no year in `changes` lies in (min(a, b), max(a, b)]: every member weighs the same in a and b. */
const isUnchangedBetween = (changes: readonly number[], a: number, b: number) => {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return !changes.some((y) => y > lo && y <= hi);
};

/**
 * The members' weights under a key in a year, prepared for splitting; memoised in `weights`. A
 * year no member's figure changes since the year prepared last takes that preparation without
 * reading the weights (at national scale: hundreds of members, every category and year).
 */
export function keyWeights(
  layout: Layout,
  params: Params,
  weights: WeightTable,
  key: AllocationKey | null,
  year: number,
): PreparedWeights | null {
  let table = weights.get(key);
  if (table === undefined) {
    table = { byYear: new Map(), last: null, changes: null };
    weights.set(key, table);
  }
  let prepared = table.byYear.get(year);
  if (prepared === undefined && !table.byYear.has(year)) {
    const last = table.last;
    table.changes ??= weightChangeYears(layout, params, key);
    if (last !== null && isUnchangedBetween(table.changes, last.year, year)) prepared = last.prepared;
    else {
      const raw = membersOf(layout, key).map((m) => weightOf(params, key, m, year));
      prepared = last !== null && isSameWeights(raw, last.weights) ? last.prepared : prepareWeights(raw);
      table.last = { year, weights: raw, prepared };
    }
    table.byYear.set(year, prepared);
  }
  return prepared ?? null;
}

/** A municipality that leaves a shared party (model-v3 §10.4 step 2): from `from` on it is no member of the party's keys. */
export type Leaving = { shared: string; member: string; from: number; path: string };

/** The members' weights under a key in a year with the leavers of that year weighing 0 (a leaver never gets a cent: its remainder is 0). */
function weightsWithout(
  layout: Layout,
  params: Params,
  key: AllocationKey | null,
  year: number,
  leavers: readonly Leaving[],
): PreparedWeights | null {
  const gone = new Set(leavers.filter((l) => year >= l.from).map((l) => l.member));
  return prepareWeights(membersOf(layout, key).map((m) => (gone.has(m) ? dec(0) : weightOf(params, key, m, year))));
}

/**
 * The weights a shared party's cost in a year is split with: its key's members, the municipalities
 * that left it by that year (model-v3 §10.4 step 2) weighing 0. `leavers` are that party's.
 */
export function splitWeights(
  layout: Layout,
  params: Params,
  weights: WeightTable,
  key: AllocationKey | null,
  year: number,
  leavers: readonly Leaving[],
): PreparedWeights | null {
  return leavers.some((l) => year >= l.from)
    ? weightsWithout(layout, params, key, year, leavers)
    : keyWeights(layout, params, weights, key, year);
}

/**
 * Copies municipalities' own cost into the after-allocation view and splits each shared
 * party's cost per category and year over the members of its key, one-off and recurring apart.
 * `weights` is the memo table of prepared weights for `params`.
 */
export function allocate(
  layout: Layout,
  params: Params,
  weights: WeightTable,
  ledger: Ledger,
  partyPath: (id: string) => string,
  leaving: readonly Leaving[] = [],
): void {
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
    // leave (model-v3 §10.4): the municipalities that leave this party, and from when.
    const leavers = leaving.filter((l) => l.shared === s);
    const firstGone = leavers.reduce((y, l) => Math.min(y, l.from), Infinity);
    for (let k = 0; k < nCat; k += 1) {
      const category = layout.categories[k] as string;
      const key = allocationKeyOf(params, s, category);
      const members = membersOf(layout, key);
      // Each member's cell of this category in the first year; year y is `+ y`.
      const memberCells = members.map((m) => cell(layout, layout.partyIndex.get(m) as number, k, 0));
      for (let y = 0; y < layout.nYears; y += 1) {
        const i = cell(layout, sp, k, y);
        const rec = ledger.ownerRecurring[i] as number;
        const one = ledger.ownerOneOff[i] as number;
        if (rec === 0 && one === 0) continue;
        const year = layout.startYear + y;
        const isAfterExit = year >= firstGone;
        const prepared = isAfterExit
          ? weightsWithout(layout, params, key, year, leavers)
          : keyWeights(layout, params, weights, key, year);
        if (prepared === null && isAfterExit) {
          const names = leavers.filter((l) => year >= l.from).map((l) => `"${l.member}"`);
          throw modelError([
            {
              path: (leavers[0] as Leaving).path,
              message: `after ${names.join(' and ')} left, no remaining member of the allocation key of shared party "${s}" for category "${category}" has a positive weight in ${year}`,
            },
          ]);
        }
        if (prepared === null) {
          throw modelError([
            {
              path: partyPath(s),
              message: `all allocation weights are 0 for category "${category}" in ${year} (shared party "${s}")`,
            },
          ]);
        }
        if (rec !== 0) splitCentsInto(rec, prepared, ledger.partyRecurring, memberCells, y);
        if (one !== 0) splitCentsInto(one, prepared, ledger.partyOneOff, memberCells, y);
      }
    }
  }
}
