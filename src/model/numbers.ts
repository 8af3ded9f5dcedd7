/**
 * Values as the model file holds them (`Num`: a JSON number or a decimal string) and year maps,
 * edited the way a spreadsheet user expects: changing one year changes only that year.
 */
import type { Num, YearMap } from '../engine';
import { parseUserNumber } from '../i18n/format';

/** A canonical decimal string of a stored value ("0.1", "155000"), or null when it is not a number. */
export function canonical(v: Num | undefined | null): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? parseUserNumber(String(v), { locale: 'en' }) : null;
  return parseUserNumber(v, { locale: 'en' });
}

/** Stores a canonical decimal string as a JSON number when that is exact, else as the string. */
export function toNum(s: string): Num {
  const n = Number(s);
  return Number.isFinite(n) && canonical(n) === s ? n : s;
}

export function isPlain(map: YearMap | undefined): map is Num {
  return typeof map === 'number' || typeof map === 'string';
}

function sortedKeys(map: Record<string, Num>): number[] {
  return Object.keys(map)
    .map(Number)
    .filter(Number.isInteger)
    .sort((a, b) => a - b);
}

/** The value of a year map in a year: the latest key ≤ year (carry forward), 0 before the first key. */
export function yearValue(map: YearMap | undefined, year: number): string {
  if (map === undefined) return '0';
  if (isPlain(map)) return canonical(map) ?? '0';
  let out = '0';
  for (const k of sortedKeys(map)) if (k <= year) out = canonical(map[String(k)]) ?? '0';
  return out;
}

/** Whether the map has its own entry for this year (as opposed to a carried-forward value). */
export function isExplicit(map: YearMap | undefined, year: number): boolean {
  return map !== undefined && !isPlain(map) && Object.hasOwn(map, String(year));
}

/**
 * Sets one year; later years without a value of their own follow it (carry forward, as the
 * file format reads a year map). Entries that repeat the value before them are dropped, but
 * the first entry always stays: for `setStaff` it marks the year the new table starts. A plain
 * value stays plain while it is the only value; it becomes a map keyed at the first of `years`.
 */
export function setYearValue(map: YearMap | undefined, year: number, value: string, years: readonly number[]): YearMap {
  const base: Record<string, Num> =
    map === undefined ? {} : isPlain(map) ? { [String(Math.min(year, ...years))]: map } : { ...map };
  base[String(year)] = toNum(value);
  const out: Record<string, Num> = {};
  let previous: string | null = null;
  for (const k of sortedKeys(base)) {
    const v = canonical(base[String(k)]);
    if (previous !== null && v === previous) continue;
    out[String(k)] = base[String(k)] as Num;
    previous = v;
  }
  const keys = Object.keys(out);
  if (isPlain(map) && keys.length === 1) return out[keys[0] as string] as Num;
  return out;
}

/** A plain value for all years, or the first entry of a map (for a single-value input). */
export function firstValue(map: YearMap | undefined): string {
  if (map === undefined) return '';
  if (isPlain(map)) return canonical(map) ?? '';
  const first = sortedKeys(map)[0];
  return first === undefined ? '' : (canonical(map[String(first)]) ?? '');
}

/**
 * A single-value input edited where the file holds a year map (e.g. a hired share that steps
 * down in 2017): the new value replaces the map's first entry and the later steps stay, so an
 * edit in a one-value field never throws away what the file says for later years.
 */
export function withFirstValue(map: YearMap | undefined, value: Num): YearMap {
  if (map === undefined || isPlain(map)) return value;
  const first = sortedKeys(map)[0];
  if (first === undefined) return value;
  return { ...map, [String(first)]: value };
}

/** Whether a year map holds more than one value (a one-value field then shows only its first). */
export function hasSteps(map: YearMap | undefined): boolean {
  return map !== undefined && !isPlain(map) && Object.keys(map).length > 1;
}

export function horizonYears(h: { startYear: number; endYear: number }): number[] {
  const out: number[] = [];
  for (let y = h.startYear; y <= h.endYear; y += 1) out.push(y);
  return out;
}
