/**
 * Capital charges (kapitaallasten, spec §6): the yearly interest and depreciation of one
 * investment. Amounts are integer cents; each charge is rounded to cents when computed.
 */
import {
  annuityDenominator,
  Decimal,
  divRoundCents,
  rateMultiplier,
  roundCents,
  type Decimal as Dec,
} from '../numeric';
import type { DepreciationStart } from '../model';

export type Method = 'linear' | 'annuity';

/**
 * A charge schedule per year of the term (k = 0 … length − 1), as arrays: what the evaluator
 * iterates. A plan written into again (`into`) keeps its arrays: they may be longer than `length`
 * (shortening an array costs more than the plan's arithmetic).
 */
export type ChargePlan = { length: number; interest: number[]; depreciation: number[]; bookValueStart: number[] };

/** An empty plan for `chargePlan` to write into, again and again (a recurring investment's years). */
export const emptyChargePlan = (): ChargePlan => ({ length: 0, interest: [], depreciation: [], bookValueStart: [] });

/**
 * The schedule of an investment of `amount` cents depreciated over `years` years, per year of
 * the term (k = 0 … n − 1; the first is Y+1 for `nextYear`, Y for `sameYear`), with interest
 * `rate` over the book value at the start of each year.
 * - linear: depreciation round(A / n) each year, the last year the remaining book value;
 * - annuity: a level charge round(A·r / (1 − (1+r)^−n)) (round(A / n) when r = 0), split into
 *   interest round(r × BV) and depreciation (the rest); the last year the remaining book value.
 * Depreciation never exceeds the remaining book value (relevant only for amounts of a few cents,
 * where rounding A/n up n − 1 times would otherwise drive the book value below zero).
 * The BBV starts of model-v3 §10.2 (linear only; validation refuses annuity with them):
 * - `sameYearNoInterest`: as `sameYear`, but the first year (the investment year) bears no
 *   interest, its book value on 1 January being 0;
 * - `halfYear`: n + 1 entries — round(A / 2n) in the investment year without interest,
 *   round(A / n) in each of the next n − 1 years, the remaining book value in year n.
 * Written into `into` when given (its previous content is replaced). With `count`, only the
 * first `count` years of the term are computed (the plan is that long): those a horizon ending
 * `count` years after the first charge shows; each is the same as in the whole plan.
 */
export function chargePlan(
  amount: number,
  years: number,
  rate: Dec,
  method: Method,
  into?: ChargePlan,
  start: DepreciationStart = 'nextYear',
  count = Infinity,
): ChargePlan {
  const n = start === 'halfYear' ? years + 1 : years;
  const m = Math.min(n, count);
  const plan: ChargePlan = into ?? {
    length: m,
    interest: new Array<number>(m),
    depreciation: new Array<number>(m),
    bookValueStart: new Array<number>(m),
  };
  plan.length = m;
  const level = method === 'annuity' ? annuityPayment(amount, years, rate) : divRoundCents(amount, years);
  // At a rate of 0 (half the parties of the bench models) no multiplication is needed: the
  // interest is 0, signed as `rateMultiplier` signs it (−0 on a negative book value).
  const interestOn = rate.isZero() ? null : rateMultiplier(rate);
  const isFirstFree = start === 'sameYearNoInterest' || start === 'halfYear';
  let bookValue = amount;
  for (let k = 0; k < m; k += 1) {
    const interest =
      isFirstFree && k === 0 ? 0 : interestOn === null ? (bookValue < 0 ? -0 : 0) : interestOn(bookValue);
    const planned =
      method === 'annuity'
        ? level - interest
        : start === 'halfYear' && k === 0
          ? divRoundCents(amount, 2 * years)
          : level;
    const depreciation = k === n - 1 ? bookValue : clampToBookValue(planned, bookValue);
    plan.interest[k] = interest;
    plan.depreciation[k] = depreciation;
    plan.bookValueStart[k] = bookValue;
    bookValue -= depreciation;
  }
  return plan;
}

function clampToBookValue(planned: number, bookValue: number): number {
  if (bookValue >= 0) return Math.min(Math.max(planned, 0), bookValue);
  return Math.max(Math.min(planned, 0), bookValue);
}

/** The yearly annuity charge in cents: round(A·r / (1 − (1+r)^−n)), or round(A/n) when r = 0. */
export function annuityPayment(amount: number, years: number, rate: Dec): number {
  if (rate.isZero()) return divRoundCents(amount, years);
  const denominator = annuityDenominator(rate, years);
  return roundCents(new Decimal(amount).times(rate).dividedBy(denominator));
}
