/**
 * Savings, break-even, payback and net present value (spec §8), on integer cents.
 */
import { centsToMoney, Decimal, exactGrowth, roundIfClear, roundRatio, type Decimal as Dec } from '../numeric';
import type { BreakEven, Money } from '../model';

export type Metrics = {
  savings: number[];
  cumulative: number[];
  breakEven: BreakEven;
  paybackYears: number | null;
  npv: Money;
  npvExtended: Money;
};

/** s(y) = baseline(y) − scenario(y), and its running sum from startYear. */
export function savingsOf(
  baseline: readonly number[],
  scenario: readonly number[],
): { savings: number[]; cumulative: number[] } {
  const savings: number[] = [];
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < scenario.length; i += 1) {
    const s = (baseline[i] ?? 0) - (scenario[i] as number);
    sum += s;
    savings.push(s);
    cumulative.push(sum);
  }
  return { savings, cumulative };
}

/** Index of the first year whose cumulative savings are ≥ 0 and stay so to the last year; -1 if none. */
export function breakEvenIndex(cumulative: readonly number[]): number {
  let index = -1;
  for (let i = cumulative.length - 1; i >= 0; i -= 1) {
    if ((cumulative[i] as number) < 0) break;
    index = i;
  }
  return index;
}

/** Payback in years: k + (−cum(k−1)) / s(k), k the break-even year's offset from startYear (0 when k = 0). */
export function paybackYears(k: number, savings: readonly number[], cumulative: readonly number[]): number {
  if (k <= 0) return 0;
  const before = new Decimal(-(cumulative[k - 1] as number));
  return new Decimal(k).plus(before.dividedBy(savings[k] as number)).toNumber();
}

/**
 * Σ s(y) / (1 + rate)^(y − startYear) over the horizon (the first `nHorizon` years) and over all
 * years, each rounded to cents once at the end. Computed exactly, as one fraction: with
 * 1 + rate = g / c, NPV = Σ s_i · c^i · g^(N−1−i) / g^(N−1) (BigInt), so no digit is lost.
 */
export function netPresentValues(
  savings: readonly number[],
  nHorizon: number,
  rate: Dec,
): { npv: number; npvExtended: number } {
  const { growth, scale } = exactGrowth(rate);
  const npvOver = (n: number): number => {
    if (n <= 0) return 0;
    // Discount rate 0: the plain sum, in safe-integer arithmetic while that is exact.
    if (growth === scale)
      return exactSum(savings, n) ?? Number(savings.slice(0, n).reduce((a, x) => a + BigInt(x), 0n));
    const { coefficients, denominator, weights } = discountFraction(rate, n);
    // In float64 first, used only when clear: each term is within 4·2^-53 of its size (the weight's
    // three roundings and the product's), the sum adds (n − 1)·2^-53 of the sizes; the bound doubles that.
    let sum = 0;
    let size = 0;
    for (let i = 0; i < n; i += 1) {
      const t = (savings[i] as number) * (weights[i] as number);
      sum += t;
      size += Math.abs(t);
    }
    const clear = roundIfClear(sum, size * (n + 3) * 2.3e-16);
    if (clear !== null) return clear;
    let numerator = 0n;
    for (let i = 0; i < n; i += 1) {
      const s = savings[i] as number;
      if (s !== 0) numerator += BigInt(s) * (coefficients[i] as bigint);
    }
    return roundRatio(numerator, denominator);
  };
  return { npv: npvOver(Math.min(nHorizon, savings.length)), npvExtended: npvOver(savings.length) };
}

type DiscountFraction = { coefficients: bigint[]; denominator: bigint; weights: number[] };

/**
 * c^i · g^(n−1−i) for i < n, and g^(n−1), with 1 + rate = g / c, and each coefficient over the
 * denominator as the nearest float (`weights`); per rate object and n (a run asks for the same
 * few again and again).
 */
const discountFractions = new Map<Dec, Map<number, DiscountFraction>>();

function discountFraction(rate: Dec, n: number): DiscountFraction {
  let byN = discountFractions.get(rate);
  if (byN === undefined) {
    if (discountFractions.size >= 1000) discountFractions.clear();
    byN = new Map();
    discountFractions.set(rate, byN);
  }
  let f = byN.get(n);
  if (f === undefined) {
    const { growth, scale } = exactGrowth(rate);
    const growthPows: bigint[] = [1n];
    for (let k = 1; k < n; k += 1) growthPows.push((growthPows[k - 1] as bigint) * growth);
    const coefficients: bigint[] = [];
    let scalePow = 1n;
    for (let i = 0; i < n; i += 1) {
      coefficients.push(scalePow * (growthPows[n - 1 - i] as bigint));
      scalePow *= scale;
    }
    const denominator = growthPows[n - 1] as bigint;
    f = { coefficients, denominator, weights: coefficients.map((c) => Number(c) / Number(denominator)) };
    byN.set(n, f);
  }
  return f;
}

/** Σ xs[0 … n − 1] when every partial sum is a safe integer (so exact), else null. */
function exactSum(xs: readonly number[], n: number): number | null {
  let sum = 0;
  for (let i = 0; i < n; i += 1) {
    sum += xs[i] as number;
    if (!Number.isSafeInteger(sum)) return null;
  }
  return sum;
}

export function metricsOf(
  baseline: readonly number[],
  scenario: readonly number[],
  years: readonly number[],
  nHorizon: number,
  discountRate: Dec,
  isBaseline: boolean,
): Metrics {
  const { savings, cumulative } = savingsOf(baseline, scenario);
  if (isBaseline) {
    return { savings, cumulative, breakEven: null, paybackYears: null, npv: '0.00', npvExtended: '0.00' };
  }
  const k = breakEvenIndex(cumulative);
  const npv = netPresentValues(savings, nHorizon, discountRate);
  return {
    savings,
    cumulative,
    breakEven: k < 0 ? null : { year: years[k] as number, isExtrapolated: k >= nHorizon },
    paybackYears: k < 0 ? null : paybackYears(k, savings, cumulative),
    npv: centsToMoney(npv.npv),
    npvExtended: centsToMoney(npv.npvExtended),
  };
}

export function sumOf(series: readonly number[], n: number): number {
  let s = 0;
  for (let i = 0; i < n && i < series.length; i += 1) s += series[i] as number;
  return s;
}
