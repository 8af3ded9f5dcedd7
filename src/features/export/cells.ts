/**
 * The export's table model: sheets of typed cells. Money and other numbers stay decimal
 * strings here (as the engine and the model file give them); only the writers turn them into
 * spreadsheet numbers (xlsx) or Dutch number text (CSV), at the very boundary.
 */
import type { Num, YearMap } from '../../engine';
import { canonical, yearValue } from '../../state';

/** How a number is shown: euros with cents, a whole number, a year, FTE, a rate (fraction shown as %), a plain decimal. */
export type NumberKind = 'money' | 'int' | 'year' | 'fte' | 'rate' | 'decimal';

export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: string; format: NumberKind }
  | null;

export type Sheet = { id: string; name: string; header: string[]; rows: Cell[][]; widths?: number[] };

export const text = (value: string | undefined | null): Cell => (value === undefined || value === null || value === '' ? null : { kind: 'text', value });
export const money = (value: string): Cell => ({ kind: 'number', value, format: 'money' });
export const num = (value: string | null, format: NumberKind): Cell => (value === null ? null : { kind: 'number', value, format });
export const year = (value: number | undefined): Cell => (value === undefined ? null : { kind: 'number', value: String(value), format: 'year' });
export const yes = (value: boolean, words: { yes: string; no: string }): Cell => text(value ? words.yes : words.no);

/** A value from a model file (JSON number or decimal string) as a number cell; absent stays empty. */
export const fileNum = (value: Num | undefined, format: NumberKind): Cell => num(value === undefined ? null : canonical(value), format);

/** The value of a year map in a year (carry forward), as a number cell. */
export const mapNum = (map: YearMap | undefined, y: number, format: NumberKind): Cell => (map === undefined ? null : num(yearValue(map, y), format));

/** A number typed by a JS value the engine gives as a number (payback years); display only. */
export const jsNum = (value: number | null, format: NumberKind): Cell => (value === null ? null : { kind: 'number', value: String(value), format });

const DANGEROUS = /^[=+\-@\t\r]/;
const NUMERIC_TEXT = /^[-+]?\d+(?:[.,]\d+)?$/;

/**
 * Text that a spreadsheet could take for a formula (`=`, `+`, `-`, `@`, tab, CR at the start)
 * gets a leading apostrophe, so it is shown and kept as text; plain numeric text is left alone.
 */
export function neutralise(value: string): string {
  return DANGEROUS.test(value) && !NUMERIC_TEXT.test(value) ? `'${value}` : value;
}

/**
 * A decimal string as a spreadsheet number. The nearest double is exact to the cent for every
 * amount the engine allows (below 2^53 cents), so a reader rounding to cents gets the engine's
 * figure back.
 */
export function toSpreadsheetNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${value}`);
  return n;
}

/** Exact ratio a / b of two decimal strings as a decimal string with `digits` decimals (half away from zero); null when b is 0. */
export function ratio(a: string, b: string, digits = 6): string | null {
  const [an, as] = scaled(a);
  const [bn, bs] = scaled(b);
  if (bn === 0n) return null;
  // a/b = (an / 10^as) / (bn / 10^bs); scaled by 10^digits.
  let numerator = an * 10n ** BigInt(bs + digits);
  let denominator = bn * 10n ** BigInt(as);
  if (denominator < 0n) { numerator = -numerator; denominator = -denominator; }
  const isNegative = numerator < 0n;
  const abs = isNegative ? -numerator : numerator;
  const q = (abs * 2n + denominator) / (2n * denominator);
  const s = q.toString().padStart(digits + 1, '0');
  const body = digits > 0 ? `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}` : s;
  return `${isNegative && q !== 0n ? '-' : ''}${body}`;
}

/** Exact sum of decimal strings. */
export function sumDecimals(values: readonly string[]): string {
  let scale = 0;
  const parts = values.map((v) => { const p = scaled(v); scale = Math.max(scale, p[1]); return p; });
  let total = 0n;
  for (const [n, s] of parts) total += n * 10n ** BigInt(scale - s);
  const isNegative = total < 0n;
  const digits = (isNegative ? -total : total).toString().padStart(scale + 1, '0');
  const body = scale > 0 ? `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}` : digits;
  return `${isNegative ? '-' : ''}${body}`;
}

function scaled(value: string): [bigint, number] {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) throw new Error(`not a decimal: ${value}`);
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2]}${frac}`);
  return [m[1] === '-' ? -n : n, frac.length];
}
