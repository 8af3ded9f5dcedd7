/**
 * What every contribution is (one line's or staff entry's cost in one year, in integer cents)
 * and the one rounding it is computed with.
 */
import type { Kernel, Q } from './kernel';
import type { Decimal } from './money';
import type { ScaleRule } from './scale';

export type ContributionKind = 'opex' | 'charge' | 'staff' | 'oneOff' | 'disinvestment';

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
  endYear: number;
  municipalities: string[];
  indexMemo: Map<string, Decimal>;
  /** The arithmetic of the contributions: exact (decimal.js) unless a fast run asks otherwise. */
  kernel: Kernel;
};

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

/**
 * The product of a scenario's scale factors in a year, or null when the entry has none: the
 * product of `factorIn` (scale.ts), in the kernel's arithmetic — the exact kernel multiplies
 * exactly as `factorIn` does (1 × f₁ × f₂ …, each product to 40 digits), the fast one in float64.
 */
export function scaleIn(K: Kernel, scales: readonly ScaleRule[], y: number): Q | null {
  if (scales.length === 0) return null;
  let f = K.one;
  for (const s of scales) if (s.applies(y)) f = K.mul(f, K.of(s.factorAt(y)));
  return f;
}

