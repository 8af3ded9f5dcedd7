/**
 * Allocation keys (verdeelsleutels, spec §7): a shared party's cost in cents split over the
 * members in proportion to their weights, exactly: floor each share to whole cents, then the
 * remaining cents one by one to the largest remainders (ties: member order). The parts always
 * add up to the whole.
 */
import type { Decimal } from './money';

/** Weights as integers over a common power of ten (exact for any decimal weights). */
function integerWeights(weights: readonly Decimal[]): bigint[] {
  let places = 0;
  for (const w of weights) places = Math.max(places, w.decimalPlaces());
  return weights.map((w) => BigInt(w.times(`1e${places}`).toFixed(0)));
}

/**
 * Splits `cents` (an integer) in proportion to `weights` (all ≥ 0). Returns null when every
 * weight is 0 (nothing to split by). A negative amount is split as its absolute value, then
 * negated.
 */
export function allocateByKey(cents: number, weights: readonly Decimal[]): number[] | null {
  const ints = integerWeights(weights);
  const total = ints.reduce((a, b) => a + b, 0n);
  if (total === 0n) return null;
  const sign = cents < 0 ? -1 : 1;
  const whole = BigInt(Math.abs(cents));
  const shares: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const w of ints) {
    const product = whole * w;
    const share = product / total;
    shares.push(share);
    remainders.push(product % total);
    given += share;
  }
  const order = remainders.map((r, i) => ({ r, i })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  let left = Number(whole - given);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i] = (shares[i] as bigint) + 1n;
    left -= 1;
  }
  return shares.map((s) => (s === 0n ? 0 : sign * Number(s)));
}
