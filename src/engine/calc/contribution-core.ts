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

/** Adds contributions to the year sums of their kind. */
export function addToYearSums(sums: YearSums, startYear: number, cs: readonly Contribution[]): void {
  const cells = sums.cells;
  for (const c of cs) {
    const target = c.isOneOff ? sums.one : sums.rec;
    const i = c.year - startYear;
    target[i] = (target[i] as number) + c.cents;
    if (cells !== null && i === cells.at && !c.isOneOff) {
      let byOwner = cells.byCategory.get(c.category);
      if (byOwner === undefined) {
        byOwner = new Map();
        cells.byCategory.set(c.category, byOwner);
      }
      byOwner.set(c.owner, (byOwner.get(c.owner) ?? 0) + c.cents);
    }
  }
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
  return c === null ? K.mulCents(a, b) : K.mulCents(K.mul(a, b), c);
}

/** The product of an entry's scale factors in a year (`factorProduct`), or null when it has none. */
export const scaleIn = (K: Kernel, scales: readonly ScaleRule[], y: number): Q | null =>
  scales.length > 0 ? factorProduct(K, scales, y) : null;
