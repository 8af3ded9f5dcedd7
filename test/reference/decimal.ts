/**
 * Decimal helpers of the independent reference (test/reference). A private decimal.js
 * constructor with 50 significant digits (spec §8 asks for at least 28) and rounding half away
 * from zero, so the reference never shares configuration with the engine.
 */
import Decimal from 'decimal.js';
import type { YearMap } from '../../src/engine';
import type { Num } from '../../src/engine/numeric';

export const Dec = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
export type Dec = Decimal;

export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);

/** A number or decimal string from a file as a decimal (JSON numbers via their shortest text). */
export function dec(x: Num | Dec): Dec {
  return new Dec(x);
}

/** Round to whole cents, half away from zero (spec §8). */
export function cents(x: Dec): Dec {
  return x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** A money string with two decimals, as the CLI document writes it ("-0.00" never appears). */
export function money(x: Dec): string {
  return x.isZero() ? '0.00' : x.toFixed(2);
}

export function sum(xs: readonly Dec[]): Dec {
  return xs.reduce((a, b) => a.plus(b), ZERO);
}

/**
 * The value of a year map in `year` (spec §1): the entry of the latest key ≤ year; `before`
 * when the year precedes every key (0 unless a rule says otherwise). A plain value holds for
 * all years.
 */
export function yearValue(map: YearMap | undefined, year: number, before: Dec = ZERO): Dec {
  if (map === undefined) return before;
  if (typeof map !== 'object') return dec(map);
  let best: number | null = null;
  for (const key of Object.keys(map)) {
    const y = Number(key);
    if (y <= year && (best === null || y > best)) best = y;
  }
  if (best === null) return before;
  return dec(map[String(best)] as Num);
}

/** The first year of a year map; a plain value holds from the beginning of time. */
export function firstYear(map: YearMap): number {
  if (typeof map !== 'object') return -Infinity;
  return Math.min(...Object.keys(map).map(Number));
}

/** Whether a select-style field (an id or a list of ids) is absent or names `id`. */
export function matchesField(field: string | readonly string[] | undefined, id: string): boolean {
  if (field === undefined) return true;
  return typeof field === 'string' ? field === id : field.includes(id);
}
