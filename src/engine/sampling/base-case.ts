/**
 * How the base case (the model's own point estimate) sits among the Monte Carlo draws, so a
 * screen or report can reconcile the spread with the headline figures: where the point NPV and
 * cumulative savings lie relative to the P10–P90 band, which way the ranges lean, and the chance
 * of breaking even by the point estimate's own break-even year.
 *
 * Savings and NPV are "higher is better". The point estimate lies
 * - `aboveBand` / `belowBand`: outside P10–P90 (above P90 / below P10);
 * - `upper` / `lower`: inside the band but in its outer half on that side of P50
 *   (beyond the midpoint of P50–P90 or of P10–P50);
 * - `centre`: otherwise (also when the band has no width and the point equals it).
 * The ranges lean to the unfavourable side when the point estimate lies on the favourable side
 * (upper or above the band), and vice versa.
 */
import { Decimal } from '../numeric';
import type { Money } from '../model';
import type { MonteCarloScenario, Spread } from './monte-carlo-summary';

export type BandPosition = 'belowBand' | 'lower' | 'centre' | 'upper' | 'aboveBand';
export type Lean = 'unfavourable' | 'favourable' | null;

export type BaseCasePoint = {
  /** The point estimate's NPV over the horizon (as the Monte Carlo NPV). */
  npv: Money;
  /** The point estimate's cumulative savings at the end of the horizon. */
  cumulativeAtEnd: Money;
  /** The point estimate's break-even year, or null when it does not break even. */
  breakEvenYear: number | null;
};

export type BaseCaseComparison = {
  npv: BandPosition;
  cumulative: BandPosition;
  /** Which side the ranges lean to, judged on the NPV and the cumulative savings together. */
  lean: Lean;
  /** P(break-even year ≤ the point estimate's break-even year); null without a point break-even. */
  chanceByBreakEvenYear: number | null;
  /** P(break-even by the last computed year). */
  chanceByLastYear: number;
  lastYear: number;
};

/** Where a value lies relative to a spread's P10–P90 band (exact on decimal strings). */
export function bandPosition(value: Money, s: Spread): BandPosition {
  const v = new Decimal(value);
  const [p10, p50, p90] = [new Decimal(s.p10), new Decimal(s.p50), new Decimal(s.p90)];
  if (v.gt(p90)) return 'aboveBand';
  if (v.lt(p10)) return 'belowBand';
  if (v.gt(p50) && v.gt(p50.plus(p90).div(2))) return 'upper';
  if (v.lt(p50) && v.lt(p10.plus(p50).div(2))) return 'lower';
  return 'centre';
}

const side = (p: BandPosition): number => (p === 'aboveBand' || p === 'upper' ? 1 : p === 'centre' ? 0 : -1);

/** The chance of having broken even by `year` (0 before the first year, the last value after it). */
export function chanceBy(s: MonteCarloScenario, year: number): number {
  let p = 0;
  for (const b of s.breakEvenByYear) if (b.year <= year) p = b.probability;
  return p;
}

export function compareWithBaseCase(s: MonteCarloScenario, point: BaseCasePoint): BaseCaseComparison {
  const npv = bandPosition(point.npv, s.npv);
  const cumulative = bandPosition(point.cumulativeAtEnd, s.cumulativeSavings);
  const sum = side(npv) + side(cumulative);
  const lastYear = s.breakEvenByYear[s.breakEvenByYear.length - 1]?.year ?? 0;
  return {
    npv,
    cumulative,
    // The point on the favourable side means the draws fall mostly on the unfavourable side.
    lean: sum > 0 ? 'unfavourable' : sum < 0 ? 'favourable' : null,
    chanceByBreakEvenYear: point.breakEvenYear === null ? null : chanceBy(s, point.breakEvenYear),
    chanceByLastYear: chanceBy(s, lastYear),
    lastYear,
  };
}
