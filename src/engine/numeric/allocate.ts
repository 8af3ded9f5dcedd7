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

/** Reused per-member scratch of `splitCentsInto` (one split at a time; grown as needed). */
let shareScratch = new Float64Array(64);
let remainderScratch = new Float64Array(64);
let bucketScratch = new Int32Array(64);
let countScratch = new Int32Array(64);
const tiedScratch: number[] = [];

/**
 * `splitCents(cents, weights)` added to `target`: member j's share to `target[at[j] + offset]`. The same
 * cents as splitCents (checked by the allocation tests), without the arrays it returns: the
 * ledger splits every shared party's cost per category and year, thousands of splits over
 * hundreds of members at national scale.
 *
 * The remaining cents go to the largest remainders without sorting or selecting them: each
 * remainder r (0 ≤ r < total) falls in bucket ⌊r × n / total⌋ of n (a bucket never holds a
 * larger remainder than a bucket above it); counting from the top bucket finds the bucket c in
 * which the cut-off lies. Every member above c gets a cent (an integer compare, no branch), and
 * only the few members in c are sorted, by remainder and then member order, for what is left.
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
  if (shareScratch.length < n) {
    const size = Math.max(n, 2 * shareScratch.length);
    shareScratch = new Float64Array(size);
    remainderScratch = new Float64Array(size);
    bucketScratch = new Int32Array(size);
    countScratch = new Int32Array(size);
  } else countScratch.fill(0, 0, n);
  const shares = shareScratch;
  const remainders = remainderScratch;
  const buckets = bucketScratch;
  const counts = countScratch;
  // whole / total once, times each weight (a multiplication per member instead of a division):
  // within a few roundings of whole × w / total, so less than 1 from it.
  const perWeight = whole / total;
  const scale = n / total;
  const top = n - 1;
  let given = 0;
  for (let j = 0; j < n; j += 1) {
    // whole × w ≤ whole × total < 2^53: exact; the float quotient is corrected to the floor.
    const w = ints[j] as number;
    const product = whole * w;
    let share = Math.floor(perWeight * w);
    let r = product - share * total;
    if (r < 0) {
      share -= 1;
      r += total;
    } else if (r >= total) {
      share += 1;
      r -= total;
    }
    shares[j] = share;
    remainders[j] = r;
    given += share;
    const b = Math.min(Math.floor(r * scale), top);
    buckets[j] = b;
    counts[b] = (counts[b] as number) + 1;
  }
  const left = whole - given;
  // The cut-off bucket c: `above` remainders lie in the buckets above it, fewer than `left`.
  let c = top;
  let above = 0;
  if (left <= 0) c = n;
  else
    while (above + (counts[c] as number) < left) {
      above += counts[c] as number;
      c -= 1;
    }
  const tied = tiedScratch;
  tied.length = 0;
  for (let j = 0; j < n; j += 1) {
    const b = buckets[j] as number;
    // (c − b) >>> 31 is 1 when b > c, else 0.
    const t = (at[j] as number) + offset;
    target[t] = (target[t] as number) + sign * ((shares[j] as number) + ((c - b) >>> 31));
    if (b === c) tied.push(j);
  }
  // The members of bucket c with the largest remainders (ties: member order) get what is left.
  if (left - above > 0) {
    tied.sort((x, y) => (remainders[y] as number) - (remainders[x] as number) || x - y);
    for (let i = 0; i < left - above; i += 1) {
      const t = (at[tied[i] as number] as number) + offset;
      target[t] = (target[t] as number) + sign;
    }
  }
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
