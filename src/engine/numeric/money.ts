/**
 * Decimal arithmetic for the engine: the only module that imports decimal.js.
 *
 * Amounts are computed as Decimals with 40 significant digits (spec §8 asks ≥ 28) and each
 * contribution is rounded to whole cents, half away from zero. Once rounded, amounts are
 * carried as integer cents in plain numbers, exact below 2^53 (≈ €90 trillion), for sums and
 * allocation. A cent amount leaves the engine as a decimal string (`Money`).
 */
import DecimalJs from 'decimal.js';

/** A decimal as found in a file: a JSON number or a decimal string such as "1234.56". */
export type Num = number | string;

/** An amount in euros as a decimal string with two decimals ("1234.56", "-0.05"): how money crosses every boundary. */
export type Money = string;

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

const cache = new Map<string, Decimal>();
const numberCache = new Map<number, Decimal>();

/** A Decimal of a file value (JSON number or decimal string); values are cached, up to 10,000 at a time. */
export function dec(value: Num | Decimal): Decimal {
  if (typeof value === 'object') return value;
  if (typeof value === 'number') {
    let d = numberCache.get(value);
    if (d === undefined) {
      d = new Decimal(String(value));
      remember(numberCache, value, d);
    }
    return d;
  }
  let d = cache.get(value);
  if (d === undefined) {
    d = new Decimal(value);
    remember(cache, value, d);
  }
  return d;
}

/**
 * Caches a parsed value, emptying the cache when it is full: the values of the moment (a Monte
 * Carlo sample's, read several times each) stay cached however many came before.
 */
function remember<K>(c: Map<K, Decimal>, key: K, d: Decimal): void {
  if (c.size >= 10_000) c.clear();
  c.set(key, d);
}

/** Rounds a euro amount to whole cents (half away from zero) and returns the integer cents. */
export function toCents(euros: Decimal): number {
  return centsFromDigits(euros) ?? centsByString(euros);
}

function centsByString(euros: Decimal): number {
  // toFixed rounds half away from zero (the clone's rounding mode); dropping the point of a
  // two-decimal string gives the cents exactly.
  return Number(euros.toFixed(2, Decimal.ROUND_HALF_UP).replace('.', ''));
}

/**
 * The same rounding read straight from decimal.js's documented representation (`d`: base-1e7
 * words aligned to the decimal point, `e`: exponent of the first digit, `s`: sign), for a
 * positive amount below €9·10^13 (so the cents stay exact): integer arithmetic on the words,
 * no string. Null otherwise (the string route then decides).
 */
function centsFromDigits(x: Decimal): number | null {
  const d = x.d;
  if (x.s !== 1 || !x.isFinite()) return null;
  const first = Math.floor(x.e / 7);
  if (first > 1) return null;
  if (first < -1) return 0;
  let euros = 0;
  for (let i = 0; i <= first; i += 1) euros = euros * 1e7 + (d[i] ?? 0);
  if (euros >= 9e13) return null;
  const fraction = d[first + 1] ?? 0;
  const cents = euros * 100 + Math.floor(fraction / 1e5);
  // Half away from zero: the third decimal decides, whatever follows.
  return fraction % 1e5 >= 50_000 ? cents + 1 : cents;
}

/** A Decimal that counts cents, rounded half away from zero to whole cents. */
export function roundCents(cents: Decimal): number {
  return cents.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Whether a Decimal is exactly 1 (read from its words; cheaper than `eq`). */
export function isOne(x: Decimal): boolean {
  const d = x.d;
  return x.s === 1 && x.e === 0 && d.length === 1 && d[0] === 1;
}

/**
 * a × b as decimal.js computes it (rounded to 40 significant digits). A factor of exactly 1
 * returns the other operand when that has at most 35 digits (five words), so nothing to round.
 */
export function times(a: Decimal, b: Decimal): Decimal {
  if (isOne(b) && hasFewDigits(a)) return a;
  if (isOne(a) && hasFewDigits(b)) return b;
  return a.times(b);
}

const hasFewDigits = (x: Decimal) => x.isFinite() && x.d.length <= 5;

/** Integer cents as a decimal string with two decimals: 123456 → "1234.56", -5 → "-0.05". */
export function centsToMoney(cents: number): Money {
  if (cents === 0) return '0.00';
  if (!Number.isSafeInteger(cents)) throw new Error(`amount out of exact range: ${cents} cents`);
  const abs = cents < 0 ? -cents : cents;
  const part = abs % 100;
  // Integer arithmetic: (abs − part) / 100 is exact.
  return `${cents < 0 ? '-' : ''}${(abs - part) / 100}.${part < 10 ? '0' : ''}${part}`;
}

/** A decimal string (or number) of euros as integer cents, rounded half away from zero. */
export function moneyToCents(value: Num): number {
  return toCents(dec(value));
}

/** A Decimal rounded to `places` decimals (half away from zero) as a plain string. */
export function decimalString(value: Decimal, places: number): string {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}

/**
 * `compute` memoised per rate object: rates are few and asked for again and again. A plain Map
 * (cheaper to look up than a WeakMap), emptied when it grows large.
 */
function perRate<T extends object | null>(compute: (rate: Decimal) => T): (rate: Decimal) => T {
  const memo = new Map<Decimal, T>();
  return (rate) => {
    let v = memo.get(rate);
    if (v !== undefined) return v;
    v = compute(rate);
    if (memo.size >= 10_000) memo.clear();
    memo.set(rate, v);
    return v;
  };
}

type ScaledRate = { units: number; scale: number } | null;

/** A rate as an integer over a power of ten (0.045 → 45 / 1000) when that is exact and small. */
const scaledRate = perRate((rate): ScaledRate => {
  const places = rate.decimalPlaces();
  const scale = 10 ** places;
  const units = places <= 12 ? rate.times(scale).toNumber() : NaN;
  return Number.isSafeInteger(units) && Number.isSafeInteger(scale) ? { units, scale } : null;
});

/**
 * round(cents × rate) to whole cents, half away from zero — e.g. interest over a book value —
 * with the rate prepared once (a charge plan multiplies each year's book value by it).
 * Exact: scaled-integer decimal arithmetic while every intermediate stays below 2^53, else
 * decimal.js. Both give the same result; the first is only faster.
 */
export const rateMultiplier = perRate((rate): ((cents: number) => number) => {
  const s = scaledRate(rate);
  return (cents) => multiply(cents, rate, s);
});

function multiply(cents: number, rate: Decimal, s: ScaledRate): number {
  if (s !== null) {
    const product = Math.abs(cents) * Math.abs(s.units);
    if (Number.isSafeInteger(product) && product + s.scale < Number.MAX_SAFE_INTEGER) {
      const rounded = floorDiv(product * 2 + s.scale, s.scale * 2);
      if (rounded !== null) return cents < 0 !== s.units < 0 ? -rounded : rounded;
    }
  }
  return new Decimal(cents).times(rate).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * 1 − (1 + rate)^−years, the annuity's denominator, per rate and term: the same for every
 * investment a party makes (a recurring line's every year).
 */
const annuityDenominators = perRate((): Map<number, Decimal> => new Map());

export function annuityDenominator(rate: Decimal, years: number): Decimal {
  const byYears = annuityDenominators(rate);
  let d = byYears.get(years);
  if (d === undefined) {
    d = ONE.minus(ONE.plus(rate).pow(-years));
    byYears.set(years, d);
  }
  return d;
}

/** floor(a / b) for non-negative safe integers, exact; null when an operand is not safe. */
export function floorDiv(a: number, b: number): number | null {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return null;
  let q = Math.floor(a / b);
  let r = a - q * b;
  while (r < 0) {
    q -= 1;
    r += b;
  }
  while (r >= b) {
    q += 1;
    r -= b;
  }
  return q;
}

/** round(cents / n) to whole cents, half away from zero, for a positive integer n. */
export function divRoundCents(cents: number, n: number): number {
  const abs = Math.abs(cents);
  const q = floorDiv(abs * 2 + n, n * 2);
  const v = q ?? new Decimal(abs).dividedBy(n).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  return cents < 0 ? -v : v;
}

/** A rate as an exact fraction: 1 + rate = growth / scale (BigInt), e.g. 0.03 → 103 / 100. */
export type ExactGrowth = { growth: bigint; scale: bigint };

export const exactGrowth = perRate((rate): ExactGrowth => {
  const places = rate.decimalPlaces();
  const scale = 10n ** BigInt(places);
  return { growth: scale + BigInt(rate.times(`1e${places}`).toFixed(0)), scale };
});

/**
 * round(x) half away from zero, for a float x within `maxError` of the exact value it stands
 * for: the rounding of x when no error that small could move the value across a half (the
 * exact value then rounds the same), else null — the caller then rounds the exact value
 * (`roundRatio`). Saves the BigInt route in all but the rare near-ties.
 */
export function roundIfClear(x: number, maxError: number): number | null {
  const a = x < 0 ? -x : x;
  if (!(a + maxError < 2 ** 51)) return null; // NaN and Infinity too
  const whole = Math.floor(a);
  const fraction = a - whole; // exact
  if (Math.abs(fraction - 0.5) <= maxError + 1e-9) return null;
  const r = fraction > 0.5 ? whole + 1 : whole;
  return x < 0 && r !== 0 ? -r : r;
}

/** round(numerator / denominator) half away from zero, for BigInts (denominator > 0), as a number. */
export function roundRatio(numerator: bigint, denominator: bigint): number {
  const isNegative = numerator < 0n;
  const abs = isNegative ? -numerator : numerator;
  const q = (abs * 2n + denominator) / (denominator * 2n);
  return Number(isNegative ? -q : q);
}
