/**
 * What a council reads from a Monte Carlo run: per scenario the chance of having broken even
 * by each year, P10/P50/P90 (nearest rank) and a histogram of NPV and of cumulative savings at
 * the end of the horizon, and P10–P90 bands on the yearly total cost. Money as decimal strings.
 */
import { centsToMoney, divRoundCents } from '../numeric';
import type { MonteCarloRaw } from './monte-carlo';
import type { Money } from '../model';

export type Spread = {
  p10: Money;
  p50: Money;
  p90: Money;
  mean: Money;
  min: Money;
  max: Money;
  histogram: { from: Money; to: Money; count: number }[];
};

export type MonteCarloScenario = {
  id: string;
  isBaseline: boolean;
  /** P(break-even year ≤ year) for every year of the results. */
  breakEvenByYear: { year: number; isExtrapolated: boolean; probability: number }[];
  npv: Spread;
  cumulativeSavings: Spread;
  bands: { year: number; isExtrapolated: boolean; p10: Money; p50: Money; p90: Money }[];
};

export type MonteCarloSummary = { samples: number; seed: number; years: number[]; scenarios: MonteCarloScenario[] };

/** Nearest-rank percentile of sorted values: the ⌈p·N⌉-th smallest. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const rank = Math.min(n, Math.max(1, Math.ceil(p * n)));
  return sorted[rank - 1] as number;
}

function spread(values: Float64Array, bins = 20): Spread {
  const sorted = values.slice().sort();
  const n = sorted.length;
  let sum = 0;
  for (const v of sorted) sum += v;
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  const width = Math.max(1, Math.ceil((max - min + 1) / bins));
  const counts = new Array<number>(bins).fill(0);
  for (const v of sorted) {
    const bin = Math.min(bins - 1, Math.floor((v - min) / width));
    counts[bin] = (counts[bin] as number) + 1;
  }
  return {
    p10: centsToMoney(percentile(sorted, 0.1)),
    p50: centsToMoney(percentile(sorted, 0.5)),
    p90: centsToMoney(percentile(sorted, 0.9)),
    mean: centsToMoney(n === 0 ? 0 : divRoundCents(sum, n)),
    min: centsToMoney(min),
    max: centsToMoney(max),
    histogram: counts.map((count, i) => ({
      from: centsToMoney(min + i * width),
      to: centsToMoney(min + (i + 1) * width),
      count,
    })),
  };
}

export function summarizeMonteCarlo(raw: MonteCarloRaw): MonteCarloSummary {
  const nYears = raw.years.length;
  const n = raw.samples;
  return {
    samples: n,
    seed: raw.seed,
    years: raw.years,
    scenarios: raw.scenarioIds.map((id, j) => {
      const be = raw.breakEvenIndex[j] as Int32Array;
      const totals = raw.totals[j] as Float64Array;
      const byYear = new Array<number>(nYears).fill(0);
      for (const k of be) if (k >= 0) byYear[k] = (byYear[k] as number) + 1;
      let running = 0;
      const column = new Float64Array(n);
      return {
        id,
        isBaseline: id === raw.baselineId,
        breakEvenByYear: raw.years.map((year, i) => {
          running += byYear[i] as number;
          return { year, isExtrapolated: i >= raw.nHorizon, probability: n === 0 ? 0 : running / n };
        }),
        npv: spread(raw.npv[j] as Float64Array),
        cumulativeSavings: spread(raw.cumulativeAtEnd[j] as Float64Array),
        bands: raw.years.map((year, i) => {
          for (let k = 0; k < n; k += 1) column[k] = totals[k * nYears + i] as number;
          const sorted = column.sort(); // refilled for the next year
          return {
            year,
            isExtrapolated: i >= raw.nHorizon,
            p10: centsToMoney(percentile(sorted, 0.1)),
            p50: centsToMoney(percentile(sorted, 0.5)),
            p90: centsToMoney(percentile(sorted, 0.9)),
          };
        }),
      };
    }),
  };
}
