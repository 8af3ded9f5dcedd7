/**
 * What every contribution is (one line's or staff entry's cost in one year, in integer cents)
 * and the one rounding it is computed with.
 */
import type { Kernel, Q } from '../numeric';
import type { IndexMemo } from './indexation';
import { factorProduct, type ScaleRule } from '../resolve';

/**
 * `outlay`: an investment's payment in the year it is made (the cash view, model-v3 §10.3);
 * `friction`: friction cost by rule (§10.5); `vat`: VAT cost (§10.6).
 */
export type ContributionKind = 'opex' | 'charge' | 'staff' | 'oneOff' | 'disinvestment' | 'outlay' | 'friction' | 'vat';

export type Contribution = {
  owner: string;
  category: string;
  year: number;
  /** Integer cents. */
  cents: number;
  isOneOff: boolean;
  kind: ContributionKind;
  /** For capital charges and disinvestments: the year the investment was made. */
  investYear?: number;
};

export type ProjectContext = {
  startYear: number;
  /** The last computed year L: the horizon's endYear, or extrapolateTo under computeThrough (model-v3 §10.1). */
  endYear: number;
  /** The horizon's endYear (the detailed plan); equal to endYear unless computing through. */
  planEndYear: number;
  /** computeThrough: a recurring investment whose `to` is planEndYear runs on to endYear unless `toIsFinal`. */
  isComputingThrough: boolean;
  municipalities: string[];
  /** The evaluation memo's index-factor tables (memo.ts). */
  memo: IndexMemo;
  /** The arithmetic of the contributions: exact (decimal.js) unless a fast run asks otherwise. */
  kernel: Kernel;
};

/**
 * Recurring cents of the horizon's last year per category and owner: what indexLastByCategory
 * grows, cell by cell (model-v3 §10.1). `at` is that year's index.
 */
export type LastCells = { at: number; byCategory: Map<string, Map<string, number>> };

/** Recurring and one-off cents per computed year (index 0 = startYear); `cells` only under indexLastByCategory. */
export type YearSums = { rec: Float64Array; one: Float64Array; cells: LastCells | null };

/**
 * One owner's, category's and kind's cents of an entry, per year from `first` (the evaluator's
 * form of contributions: see `Packed`). A 0 is a year without a contribution.
 */
export type PackedPart = {
  readonly owner: string;
  readonly category: string;
  readonly kind: ContributionKind;
  readonly isOneOff: boolean;
  readonly investYear: number | undefined;
  readonly first: number;
  readonly cents: readonly number[];
};

/**
 * An entry's contributions as a few dense rows instead of an object per year: what the
 * evaluation memo keeps (memo.ts). At national scale an evaluation keeps ≈ 200,000
 * contributions alive until it ends; as objects, copying them between the garbage collector's
 * generations was a fifth of the evaluation. Booking adds a row at once (ledger.ts `book`).
 * Every contribution is in exactly one part's year, so `contributionsOf` gives the same
 * contributions back (grouped by part, years ascending; order carries no meaning).
 */
export type Packed = { readonly parts: readonly PackedPart[] };

/** An entry's contributions as the memo keeps them (packed) or as a list (friction, VAT, settlements, outlays). */
export type Entry = readonly Contribution[] | Packed;

const isList = (e: Entry): e is readonly Contribution[] => Array.isArray(e);

/** What makes a contribution, field by field (a sink's `add` takes them so that none makes an object it does not keep). */
type ContributionFields = [
  owner: string,
  category: string,
  year: number,
  cents: number,
  isOneOff: boolean,
  kind: ContributionKind,
  investYear?: number,
];

/**
 * Where contributions go as they are computed (contributions.ts, investments.ts): `listSink`
 * keeps them as objects (the trace, sampling, the cash view's outlays), `packSink` writes them
 * straight into packed rows (the evaluation memo), so no object is made per year.
 */
export type Sink = { add: (...fields: ContributionFields) => void };

const contribution: (...fields: ContributionFields) => Contribution = (
  owner,
  category,
  year,
  cents,
  isOneOff,
  kind,
  investYear,
) =>
  investYear === undefined
    ? { owner, category, year, cents, isOneOff, kind }
    : { owner, category, year, cents, isOneOff, kind, investYear };

/** Contributions as a list of objects, in the order they are computed. */
export function listSink(): Sink & { list: Contribution[] } {
  const list: Contribution[] = [];
  return {
    list,
    add: (owner, category, year, cents, isOneOff, kind, investYear) => {
      list.push(contribution(owner, category, year, cents, isOneOff, kind, investYear));
    },
  };
}

type DraftPart = {
  owner: string;
  category: string;
  kind: ContributionKind;
  isOneOff: boolean;
  investYear: number | undefined;
  /** startYear until `finish` sets the first year written. */
  first: number;
  /** Cents per computed year (index 0 = startYear) until `finish` cuts them to the years written. */
  cents: number[];
};

const EMPTY: readonly Contribution[] = [];

/** A packing sink's state: its parts and the list it may have turned into. */
type PackState = {
  readonly startYear: number;
  readonly nYears: number;
  readonly parts: DraftPart[];
  last: number;
  list: Contribution[] | null;
  add: Sink['add'];
  finish: () => Entry;
};

/**
 * Contributions packed as they come: one dense row per owner, category, kind and investment
 * year. A contribution the rows cannot hold one to one — a second one in a part's year, or a
 * year outside startYear … startYear + nYears − 1 — turns the sink into a list of everything
 * added (`finish` then gives that list): packing never merges or drops a contribution. A 0
 * adds nothing. One plain object per entry with two shared functions (no closures per entry),
 * whose parts become the entry's.
 */
export function packSink(startYear: number, nYears: number): Sink & { finish: () => Entry } {
  const sink: PackState = { startYear, nYears, parts: [], last: -1, list: null, add, finish };
  return sink;
}

// The fields as plain parameters, not `...fields`: a rest parameter is an array made per call,
// and this runs once per contribution (≈ 0.8 MB of garbage per evaluation of the renewal model).
function add(
  this: PackState,
  owner: string,
  category: string,
  year: number,
  cents: number,
  isOneOff: boolean,
  kind: ContributionKind,
  investYear?: number,
): void {
  if (this.list !== null) {
    this.list.push(contribution(owner, category, year, cents, isOneOff, kind, investYear));
    return;
  }
  if (cents === 0) return;
  const i = year - this.startYear;
  if (i < 0 || i >= this.nYears) {
    toList(this, contribution(owner, category, year, cents, isOneOff, kind, investYear));
    return;
  }
  const parts = this.parts;
  let j = this.last;
  if (j < 0 || !isSameDraft(parts[j] as DraftPart, owner, category, kind, isOneOff, investYear)) {
    j = -1;
    for (let k = 0; k < parts.length; k += 1)
      if (isSameDraft(parts[k] as DraftPart, owner, category, kind, isOneOff, investYear)) j = k;
    if (j < 0) {
      j = parts.length;
      const row = new Array<number>(this.nYears).fill(0);
      parts.push({ owner, category, kind, isOneOff, investYear, first: this.startYear, cents: row });
    }
    this.last = j;
  }
  const p = parts[j] as DraftPart;
  if (p.cents[i] !== 0) {
    toList(this, contribution(owner, category, year, cents, isOneOff, kind, investYear));
    return;
  }
  p.cents[i] = cents;
}

function finish(this: PackState): Entry {
  if (this.list !== null) return this.list;
  const parts = this.parts;
  if (parts.length === 0) return EMPTY;
  for (const p of parts) {
    if (p.first !== this.startYear) continue;
    // The years written are the row's non-zero cells (a 0 adds nothing, a year is written once),
    // so they are found here rather than tracked per add (two arrays per entry beside the parts
    // were a tenth of what the contribution phase allocated).
    let min = 0;
    while (p.cents[min] === 0) min += 1;
    let max = this.nYears - 1;
    while (p.cents[max] === 0) max -= 1;
    if (min === 0 && max === this.nYears - 1) continue;
    p.first = this.startYear + min;
    p.cents = p.cents.slice(min, max + 1);
  }
  return { parts };
}

function toList(sink: PackState, c: Contribution): void {
  sink.list = [...contributionsOf(sink.finish()), c];
}

const isSameDraft = (
  p: DraftPart,
  owner: string,
  category: string,
  kind: ContributionKind,
  isOneOff: boolean,
  investYear: number | undefined,
) =>
  p.owner === owner &&
  p.category === category &&
  p.kind === kind &&
  p.isOneOff === isOneOff &&
  p.investYear === investYear;

/** An entry's contributions as a list (for the trace, VAT's write-offs and the cash view's filters). */
export function contributionsOf(e: Entry): readonly Contribution[] {
  if (isList(e)) return e;
  const out: Contribution[] = [];
  for (const p of e.parts) {
    for (let i = 0; i < p.cents.length; i += 1) {
      const cents = p.cents[i] as number;
      if (cents === 0) continue;
      const c: Contribution = {
        owner: p.owner,
        category: p.category,
        year: p.first + i,
        cents,
        isOneOff: p.isOneOff,
        kind: p.kind,
      };
      if (p.investYear !== undefined) c.investYear = p.investYear;
      out.push(c);
    }
  }
  return out;
}

/**
 * What an entry takes from a *sibling*: an entry computed under the same parameters that it
 * differs from only by scale rules appended to it (a scenario's `scale` from a year on), when
 * those rules leave every year before `from` at a factor of exactly 1 (memo.ts `scaledPrefix`).
 * A factor of 1 changes no product (`centsOfProduct`), so the sibling's contributions of those
 * years — for a recurring investment, the amounts it invested in them — are the entry's own, to
 * the cent: only the years from `from` on are computed.
 */
export type Prefix = {
  /** The first year a new rule's factor is not exactly 1 (Infinity: none is). */
  readonly from: number;
  readonly entry: Entry;
  /** A recurring investment's amount (cents) per year from its line's `from` (NaN: none made); else null. */
  readonly amounts: readonly number[] | null;
};

/** Adds the contributions of `e` in the years before `from` to `out`. */
export function addBefore(e: Entry, from: number, out: Sink): void {
  if (isList(e)) {
    for (const c of e)
      if (c.year < from) out.add(c.owner, c.category, c.year, c.cents, c.isOneOff, c.kind, c.investYear);
    return;
  }
  for (const p of e.parts) {
    const n = Math.min(p.cents.length, from - p.first);
    for (let i = 0; i < n; i += 1) {
      const cents = p.cents[i] as number;
      if (cents !== 0) out.add(p.owner, p.category, p.first + i, cents, p.isOneOff, p.kind, p.investYear);
    }
  }
}

/** An entry's contributions of the kinds `keep` accepts, as an entry. */
export function entryOfKinds(e: Entry, keep: (kind: ContributionKind) => boolean): Entry {
  if (isList(e)) return e.filter((c) => keep(c.kind));
  return { parts: e.parts.filter((p) => keep(p.kind)) };
}

/** Adds an entry's contributions to the year sums of their kind. */
export function addToYearSums(sums: YearSums, startYear: number, e: Entry): void {
  if (!isList(e)) {
    for (const p of e.parts) {
      const target = p.isOneOff ? sums.one : sums.rec;
      const at = p.first - startYear;
      for (let i = 0; i < p.cents.length; i += 1) target[at + i] = (target[at + i] as number) + (p.cents[i] as number);
      const cells = sums.cells;
      const i = cells === null || p.isOneOff ? -1 : cells.at - at;
      if (cells !== null && i >= 0 && i < p.cents.length && p.cents[i] !== 0)
        addCell(cells, p.category, p.owner, p.cents[i] as number);
    }
    return;
  }
  const cells = sums.cells;
  for (const c of e) {
    const target = c.isOneOff ? sums.one : sums.rec;
    const i = c.year - startYear;
    target[i] = (target[i] as number) + c.cents;
    if (cells !== null && i === cells.at && !c.isOneOff) addCell(cells, c.category, c.owner, c.cents);
  }
}

function addCell(cells: LastCells, category: string, owner: string, cents: number): void {
  let byOwner = cells.byCategory.get(category);
  if (byOwner === undefined) {
    byOwner = new Map();
    cells.byCategory.set(category, byOwner);
  }
  byOwner.set(owner, (byOwner.get(owner) ?? 0) + cents);
}

/** A copy of year sums to add more contributions to. */
export function copyYearSums(sums: YearSums): YearSums {
  const cells = sums.cells && {
    at: sums.cells.at,
    byCategory: new Map([...sums.cells.byCategory].map(([k, m]) => [k, new Map(m)])),
  };
  return { rec: sums.rec.slice(), one: sums.one.slice(), cells };
}

export const isInHorizon = (ctx: ProjectContext, y: number) => y >= ctx.startYear && y <= ctx.endYear;

/**
 * round((a × b) × c) to cents — one rounding per contribution (docs/engine.md, choice 2) — where
 * `b` and `c` may be absent; the last multiplication and the rounding are one kernel step.
 */
export function centsOfProduct(K: Kernel, a: Q, b: Q | null, c: Q | null): number {
  // A factor of exactly 1 (a scale before its start) leaves a product of ≤ 40 digits as it is.
  if (c !== null && b !== null && K.isOne(c)) return K.mulCents(a, b);
  if (b === null) return c === null ? K.cents(a) : K.mulCents(a, c);
  return c === null ? K.mulCents(a, b) : K.mulCents3(a, b, c);
}

/** The product of an entry's scale factors in a year (`factorProduct`), or null when it has none. */
export const scaleIn = (K: Kernel, scales: readonly ScaleRule[], y: number): Q | null =>
  scales.length > 0 ? factorProduct(K, scales, y) : null;
