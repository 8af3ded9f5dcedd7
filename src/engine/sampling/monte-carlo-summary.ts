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

/**
 * Moves the `k`-th smallest of `a[lo..hi)` to `a[k]`, every smaller one before it and every larger
 * one after it (quickselect, Hoare's partition around the median of three). Without NaN.
 */
function select(a: Float64Array, lo: number, hi: number, k: number): void {
  let [left, right] = [lo, hi - 1];
  while (right > left) {
    const mid = (left + right) >> 1;
    const [x, y, z] = [a[left] as number, a[mid] as number, a[right] as number];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let [i, j] = [left, right];
    while (i <= j) {
      while ((a[i] as number) < pivot) i += 1;
      while ((a[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/**
 * The nearest-rank P10, P50 and P90 of `values` (which it reorders): the same as `percentile` of
 * the sorted values, found by selection (once warm, faster than sorting every year's column).
 */
export function deciles(values: Float64Array): [number, number, number] {
  const n = values.length;
  if (n === 0) return [0, 0, 0];
  const ranks = [0.1, 0.5, 0.9].map((p) => Math.min(n, Math.max(1, Math.ceil(p * n))) - 1) as [number, number, number];
  let from = 0;
  for (const k of ranks) {
    select(values, from, n, k);
    from = k + 1;
  }
  return [values[ranks[0]] as number, values[ranks[1]] as number, values[ranks[2]] as number];
}

function spread(values: Float64Array, bins = 20): Spread {
  const sorted = values.slice().sort();
  const n = sorted.length;
  // Indexed loops, and each bin's count by binary search in the sorted values: the CLI summarises
  // once, on a thread whose code V8 has not compiled yet (an iterator loop is slow there).
  let sum = 0;
  for (let k = 0; k < n; k += 1) sum += sorted[k] as number;
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  const width = Math.max(1, Math.ceil((max - min + 1) / bins));
  const binOf = (v: number) => Math.min(bins - 1, Math.floor((v - min) / width));
  /** The first position whose bin is at least `bin` (bins grow with the value). */
  const firstOf = (bin: number) => {
    let [lo, hi] = [0, n];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (binOf(sorted[mid] as number) < bin) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const starts = Array.from({ length: bins + 1 }, (_, bin) => (bin === bins ? n : firstOf(bin)));
  const counts = starts.slice(0, bins).map((at, bin) => (starts[bin + 1] as number) - at);
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
      for (let k = 0; k < be.length; k += 1) {
        const at = be[k] as number;
        if (at >= 0) byYear[at] = (byYear[at] as number) + 1;
      }
      let running = 0;
      const column = new Float64Array(n);
      // The yearly totals are whole cents (never NaN), so selection finds what sorting would.
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
          for (let k = 0; k < n; k += 1) column[k] = totals[k * nYears + i] as number; // refilled for the next year
          const [p10, p50, p90] = deciles(column);
          return {
            year,
            isExtrapolated: i >= raw.nHorizon,
            p10: centsToMoney(p10),
            p50: centsToMoney(p50),
            p90: centsToMoney(p90),
          };
        }),
      };
    }),
  };
}
