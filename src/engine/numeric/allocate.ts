/**
 * Allocation keys (verdeelsleutels, spec §7): a shared party's cost in cents split over the
 * members in proportion to their weights, exactly: floor each share to whole cents, then the
 * remaining cents one by one to the largest remainders (ties: member order). The parts always
 * add up to the whole.
 */
import { floorDiv, type Decimal } from './money';

/**
 * Weights as integers over a common power of ten (exact for any decimal weights), prepared
 * once for every amount split by them. `small` holds the same integers as numbers when they
 * are safe integers, for the integer arithmetic of `splitCents` without BigInt.
 */
export type PreparedWeights = { ints: bigint[]; total: bigint; small: { ints: number[]; total: number } | null };

/** Prepares weights (all ≥ 0); null when every weight is 0 (nothing to split by). */
export function prepareWeights(weights: readonly Decimal[]): PreparedWeights | null {
  let places = 0;
  for (const w of weights) places = Math.max(places, w.decimalPlaces());
  // Whole weights (inhabitants, workstations, employees) are their own integers.
  if (places === 0) {
    const small = weights.map((w) => w.toNumber());
    const total = small.reduce((a, b) => a + b, 0);
    if (small.every((x) => Number.isSafeInteger(x) && x >= 0) && Number.isSafeInteger(total)) {
      if (total === 0) return null;
      return { ints: small.map(BigInt), total: BigInt(total), small: { ints: small, total } };
    }
  }
  const ints = weights.map((w) => BigInt(w.times(`1e${places}`).toFixed(0)));
  const total = ints.reduce((a, b) => a + b, 0n);
  if (total === 0n) return null;
  const isSmall = total <= BigInt(Number.MAX_SAFE_INTEGER);
  return { ints, total, small: isSmall ? { ints: ints.map(Number), total: Number(total) } : null };
}

/**
 * Splits `cents` (an integer) in proportion to `weights` (all ≥ 0). Returns null when every
 * weight is 0. A negative amount is split as its absolute value, then negated.
 */
export function allocateByKey(cents: number, weights: readonly Decimal[]): number[] | null {
  const prepared = prepareWeights(weights);
  return prepared === null ? null : splitCents(cents, prepared);
}

/** `allocateByKey` with prepared weights: the same split, exact in both branches. */
export function splitCents(cents: number, weights: PreparedWeights): number[] {
  const sign = cents < 0 ? -1 : 1;
  const whole = Math.abs(cents);
  const shares = splitSmall(whole, weights) ?? splitBig(whole, weights);
  return shares.map((s) => (s === 0 ? 0 : sign * s));
}

/** Shares and remainders in safe-integer arithmetic; null when a product could exceed 2^53. */
function splitSmall(whole: number, weights: PreparedWeights): number[] | null {
  const small = weights.small;
  if (small === null || !Number.isSafeInteger(whole * small.total)) return null;
  const shares: number[] = [];
  const remainders: number[] = [];
  let given = 0;
  for (const w of small.ints) {
    const product = whole * w;
    const share = floorDiv(product, small.total) as number;
    shares.push(share);
    remainders.push(product - share * small.total);
    given += share;
  }
  giveRemainingSmall(shares, remainders, whole - given);
  return shares;
}

/** Reused remainders of `splitCentsInto` (one split at a time; grown as needed). */
let scratch = new Float64Array(64);

/**
 * `splitCents(cents, weights)` added to `target`: member j's share to `target[at[j] + offset]`. The same
 * cents as splitCents (checked by the allocation tests), without the arrays it returns: the
 * ledger splits every shared party's cost per category and year, thousands of splits over
 * hundreds of members at national scale.
 */
export function splitCentsInto(
  cents: number,
  weights: PreparedWeights,
  target: Float64Array,
  at: readonly number[],
  offset: number,
): void {
  const small = weights.small;
  const whole = Math.abs(cents);
  if (small === null || !Number.isSafeInteger(whole * small.total)) {
    splitCents(cents, weights).forEach((share, j) => {
      const t = (at[j] as number) + offset;
      target[t] = (target[t] as number) + share;
    });
    return;
  }
  const sign = cents < 0 ? -1 : 1;
  const { ints, total } = small;
  const n = ints.length;
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
  const remainders = scratch;
  let given = 0;
  for (let j = 0; j < n; j += 1) {
    // whole × w ≤ whole × total < 2^53: exact; the float quotient is corrected to the floor.
    const product = whole * (ints[j] as number);
    let share = Math.floor(product / total);
    let r = product - share * total;
    if (r < 0) {
      share -= 1;
      r += total;
    } else if (r >= total) {
      share += 1;
      r -= total;
    }
    remainders[j] = r;
    given += share;
    const t = (at[j] as number) + offset;
    target[t] = (target[t] as number) + sign * share;
  }
  let left = whole - given;
  if (left <= 0) return;
  // The `left` largest remainders get a cent, ties by member order (as giveRemaining).
  const cut = left > SELECTION_MAX ? kthSmallest(remainders, n, n - left) : -1;
  if (cut >= 0) {
    let atCut = left;
    for (let j = 0; j < n; j += 1) if ((remainders[j] as number) > cut) atCut -= 1;
    for (let j = 0; j < n; j += 1) {
      const r = remainders[j] as number;
      if (r > cut || (r === cut && atCut-- > 0)) {
        const t = (at[j] as number) + offset;
        target[t] = (target[t] as number) + sign;
      }
    }
    return;
  }
  while (left > 0) {
    let best = -1;
    for (let j = 0; j < n; j += 1)
      if ((remainders[j] as number) >= 0 && (best < 0 || (remainders[j] as number) > (remainders[best] as number)))
        best = j;
    remainders[best] = -1;
    const t = (at[best] as number) + offset;
    target[t] = (target[t] as number) + sign;
    left -= 1;
  }
}

/** A copy of the remainders for `kthSmallest` to reorder (grown as needed). */
let selection = new Float64Array(64);

/**
 * The k-th smallest (from 0) of `values[0 … n − 1]`: the value a numeric sort would put at k,
 * found by quickselect on a copy (linear on average; a split over hundreds of members does
 * thousands of these per evaluation).
 */
export function kthSmallest(values: Float64Array, n: number, k: number): number {
  if (selection.length < n) selection = new Float64Array(Math.max(n, 2 * selection.length));
  const a = selection;
  a.set(values.subarray(0, n));
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    // Median of three as the pivot, then a three-way partition: < pivot, = pivot, > pivot.
    const x = a[lo] as number;
    const y = a[(lo + hi) >> 1] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i] as number;
      if (v < pivot) {
        a[i] = a[lt] as number;
        a[lt] = v;
        lt += 1;
        i += 1;
      } else if (v > pivot) {
        a[i] = a[gt] as number;
        a[gt] = v;
        gt -= 1;
      } else i += 1;
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
  return a[lo] as number;
}

function splitBig(whole: number, weights: PreparedWeights): number[] {
  const big = BigInt(whole);
  const shares: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const w of weights.ints) {
    const product = big * w;
    const share = product / weights.total;
    shares.push(share);
    remainders.push(product % weights.total);
    given += share;
  }
  const out = shares.map(Number);
  giveRemaining(out, remainders, Number(big - given), (a, b) => (a === b ? 0 : a > b ? 1 : -1));
  return out;
}

/**
 * The `left` remaining cents, one each, to the largest remainders; ties by member order (the
 * same as sorting by remainder, largest first, then member order, and taking the first `left`
 * members). `left` is below the number of members: a few are picked by selection, many by one
 * sort of the member indices, so a split over hundreds of members stays n log n, not n².
 */
function giveRemaining<T>(shares: number[], remainders: T[], left: number, compare: (a: T, b: T) => number): void {
  if (left <= 0) return;
  if (left > SELECTION_MAX) {
    const order = Array.from(remainders.keys());
    order.sort((a, b) => compare(remainders[b] as T, remainders[a] as T) || a - b);
    for (let j = 0; j < left; j += 1) {
      const best = order[j] as number;
      shares[best] = (shares[best] as number) + 1;
    }
    return;
  }
  const isGiven = new Array<boolean>(shares.length).fill(false);
  for (let j = 0; j < left; j += 1) {
    let best = -1;
    for (let i = 0; i < remainders.length; i += 1) {
      if (!isGiven[i] && (best < 0 || compare(remainders[i] as T, remainders[best] as T) > 0)) best = i;
    }
    isGiven[best] = true;
    shares[best] = (shares[best] as number) + 1;
  }
}

/**
 * `giveRemaining` for safe-integer remainders: the cut-off is the `left`-th largest remainder
 * (from a native numeric sort of a copy); every member above it gets a cent, and those at it
 * in member order until `left` are given — the same members as the sort by (remainder, order).
 */
function giveRemainingSmall(shares: number[], remainders: number[], left: number): void {
  if (left <= SELECTION_MAX) {
    giveRemaining(shares, remainders, left, (a, b) => a - b);
    return;
  }
  const sorted = Float64Array.from(remainders).sort();
  const cut = sorted[sorted.length - left] as number;
  let atCut = left;
  for (const r of remainders) if (r > cut) atCut -= 1;
  for (let i = 0; i < remainders.length; i += 1) {
    const r = remainders[i] as number;
    if (r > cut || (r === cut && atCut-- > 0)) shares[i] = (shares[i] as number) + 1;
  }
}

/** Up to this many remaining cents are given by repeated selection; more by a sort. */
const SELECTION_MAX = 8;
