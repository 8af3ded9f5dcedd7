/**
 * Decimal arithmetic for the engine: the only module that imports decimal.js.
 *
 * Amounts are computed as Decimals with 40 significant digits (spec §8 asks ≥ 28) and each
 * contribution is rounded to whole cents, half away from zero. Once rounded, amounts are
 * carried as integer cents in plain numbers, exact below 2^53 (≈ €90 trillion), for sums and
 * allocation. A cent amount leaves the engine as a decimal string (`Money`).
 */
import DecimalJs from 'decimal.js';
import type { Num } from './model-types';
import type { Money } from './result-types';

export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

const cache = new Map<string, Decimal>();

/** A Decimal of a file value (JSON number or decimal string); small values are cached. */
export function dec(value: Num | Decimal): Decimal {
  if (typeof value === 'object') return value;
  const key = typeof value === 'number' ? String(value) : value;
  let d = cache.get(key);
  if (d === undefined) {
    d = new Decimal(key);
    if (cache.size < 50_000) cache.set(key, d);
  }
  return d;
}

/** Rounds a euro amount to whole cents (half away from zero) and returns the integer cents. */
export function toCents(euros: Decimal): number {
  // toFixed rounds half away from zero (the clone's rounding mode); dropping the point of a
  // two-decimal string gives the cents exactly.
  return Number(euros.toFixed(2, Decimal.ROUND_HALF_UP).replace('.', ''));
}

/** A Decimal that counts cents, rounded half away from zero to whole cents. */
export function roundCents(cents: Decimal): number {
  return cents.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Integer cents as a decimal string with two decimals: 123456 → "1234.56", -5 → "-0.05". */
export function centsToMoney(cents: number): Money {
  if (cents === 0) return '0.00';
  if (!Number.isSafeInteger(cents)) throw new Error(`amount out of exact range: ${cents} cents`);
  const isNegative = cents < 0;
  const abs = String(Math.abs(cents)).padStart(3, '0');
  return `${isNegative ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/** A decimal string (or number) of euros as integer cents, rounded half away from zero. */
export function moneyToCents(value: Num): number {
  return toCents(dec(value));
}

/** Cents as a Decimal of euros. */
export function centsToDecimal(cents: number): Decimal {
  return new Decimal(cents).dividedBy(100);
}

/** A Decimal rounded to `places` decimals (half away from zero) as a plain string. */
export function decimalString(value: Decimal, places: number): string {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}

type ScaledRate = { units: number; scale: number } | null;
const scaledRates = new WeakMap<Decimal, ScaledRate>();

/** A rate as an integer over a power of ten (0.045 → 45 / 1000) when that is exact and small. */
function scaledRate(rate: Decimal): ScaledRate {
  let s = scaledRates.get(rate);
  if (s === undefined) {
    const places = rate.decimalPlaces();
    const scale = 10 ** places;
    const units = places <= 12 ? rate.times(scale).toNumber() : NaN;
    s = Number.isSafeInteger(units) && Number.isSafeInteger(scale) ? { units, scale } : null;
    scaledRates.set(rate, s);
  }
  return s;
}

/**
 * round(cents × rate) to whole cents, half away from zero — e.g. interest over a book value.
 * Exact: scaled-integer decimal arithmetic while every intermediate stays below 2^53, else
 * decimal.js. Both give the same result; the first is only faster.
 */
export function mulRoundCents(cents: number, rate: Decimal): number {
  const s = scaledRate(rate);
  if (s !== null) {
    const product = Math.abs(cents) * Math.abs(s.units);
    if (Number.isSafeInteger(product) && product + s.scale < Number.MAX_SAFE_INTEGER) {
      const rounded = floorDiv(product * 2 + s.scale, s.scale * 2);
      if (rounded !== null) return (cents < 0) !== (s.units < 0) ? -rounded : rounded;
    }
  }
  return new Decimal(cents).times(rate).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** floor(a / b) for non-negative safe integers, exact; null when an operand is not safe. */
function floorDiv(a: number, b: number): number | null {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return null;
  let q = Math.floor(a / b);
  let r = a - q * b;
  while (r < 0) { q -= 1; r += b; }
  while (r >= b) { q += 1; r -= b; }
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

export function exactGrowth(rate: Decimal): ExactGrowth {
  const places = rate.decimalPlaces();
  const scale = 10n ** BigInt(places);
  return { growth: scale + BigInt(rate.times(`1e${places}`).toFixed(0)), scale };
}

/** round(numerator / denominator) half away from zero, for BigInts (denominator > 0), as a number. */
export function roundRatio(numerator: bigint, denominator: bigint): number {
  const isNegative = numerator < 0n;
  const abs = isNegative ? -numerator : numerator;
  const q = (abs * 2n + denominator) / (denominator * 2n);
  return Number(isNegative ? -q : q);
}
