/**
 * Formatting cent series as the public result's decimal strings, once per distinct series in
 * an evaluation: a model's scenarios repeat most series of their parents (every party and
 * category a change does not touch), and views repeat each other (a recurring series equal to
 * its total, savings of 0), so a series is formatted once and its strings are reused. The
 * strings are the same as `centsToMoney` gives; only the work is shared.
 */
import { centsToMoney } from '../numeric';
import type { Money } from '../model';
import type { ResolvedStaff } from '../resolve';
import type { Series } from './summary';

/** Per-year strings of one series. */
export type Strings = readonly Money[];

/** Series formatted per key, in key order, to build one record per year from. */
export type Formatted = { keys: string[]; strings: Strings[] };

export type ResultFormat = {
  /** Integer cents → Money. */
  money: (cents: number) => Money;
  /** Series already formatted, by a hash of their values (equal hashes are compared). */
  series: Map<number, { series: Series | undefined; strings: Strings }[]>;
  /** FTE strings per resolved staff entry and horizon year (shared by scenarios). */
  staff: WeakMap<ResolvedStaff, string[]>;
};

export function createResultFormat(): ResultFormat {
  return { money: centsToMoney, series: new Map(), staff: new WeakMap() };
}

function isSameSeries(a: Series | undefined, b: Series | undefined, n: number): boolean {
  if (a === b) return true;
  for (let i = 0; i < n; i += 1) if ((a?.[i] ?? 0) !== (b?.[i] ?? 0)) return false;
  return true;
}

/** A 32-bit hash of a series' first n values (a missing series hashes as zeros). */
function hashOf(series: Series | undefined, n: number): number {
  let h = 0;
  for (let i = 0; i < n; i += 1) {
    const x = series?.[i] ?? 0;
    h = (Math.imul(h, 31) + (x | 0) + ((x / 4294967296) | 0)) | 0;
  }
  return h;
}

/** The strings of a series' first n values (a missing series is all zeros), formatted once per evaluation. */
export function formatSeries(f: ResultFormat, series: Series | undefined, n: number): Strings {
  const h = hashOf(series, n);
  let candidates = f.series.get(h);
  if (candidates === undefined) {
    candidates = [];
    f.series.set(h, candidates);
  }
  for (const c of candidates) if (isSameSeries(c.series, series, n)) return c.strings;
  const strings: Money[] = new Array<Money>(n);
  for (let i = 0; i < n; i += 1) strings[i] = f.money(series?.[i] ?? 0);
  candidates.push({ series, strings });
  return strings;
}

/** Formats the series of `keys` in `map`. */
export function formatAll(f: ResultFormat, map: Map<string, Series>, keys: Iterable<string>, n: number): Formatted {
  const out: Formatted = { keys: [], strings: [] };
  for (const k of keys) {
    out.keys.push(k);
    out.strings.push(formatSeries(f, map.get(k), n));
  }
  return out;
}

/** Per outer key, the formatted inner map. */
export type NestedFormatted = { keys: string[]; inner: Formatted[] };

/** `formatAll` for each inner map. */
export function formatNested(f: ResultFormat, map: Map<string, Map<string, Series>>, n: number): NestedFormatted {
  const out: NestedFormatted = { keys: [], inner: [] };
  map.forEach((inner, k) => {
    out.keys.push(k);
    out.inner.push(formatAll(f, inner, inner.keys(), n));
  });
  return out;
}

/** One year's record of formatted series: `{ key: money }` in key order. */
export function recordAt(formatted: Formatted, i: number): Record<string, Money> {
  const out: Record<string, Money> = {};
  const { keys, strings } = formatted;
  for (let j = 0; j < keys.length; j += 1) out[keys[j] as string] = (strings[j] as Strings)[i] as Money;
  return out;
}

export function nestedAt(formatted: NestedFormatted, i: number): Record<string, Record<string, Money>> {
  const out: Record<string, Record<string, Money>> = {};
  const { keys, inner } = formatted;
  for (let j = 0; j < keys.length; j += 1) out[keys[j] as string] = recordAt(inner[j] as Formatted, i);
  return out;
}

/**
 * Defines `target[key]` as an own, enumerable property whose value `make` builds when it is
 * first read (then kept as a plain data property; a write replaces it). The per-category
 * records of a year (per municipality and per owner) are most of a large model's result — 2.6
 * million properties for the national bench model — and most readers never look at most of
 * them (the CLI document at none), so they are built on first read. Reading gives the same
 * records, strings and key order as building them at once; `JSON.stringify`, spreading,
 * `structuredClone` and `Object.keys` see an ordinary property. `isLazy` false builds it at
 * once: for a small model, whose readers read everything, the accessor costs more than it saves.
 */
export function defineLazy<T extends object, K extends keyof T & string>(
  target: T,
  key: K,
  make: () => T[K],
  isLazy = true,
): void {
  if (!isLazy) {
    target[key] = make();
    return;
  }
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(this: T): T[K] {
      const value = make();
      // A frozen object cannot take the data property; it builds again on the next read.
      if (Object.isExtensible(this) || Object.getOwnPropertyDescriptor(this, key)?.configurable === true)
        Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(this: T, value: T[K]) {
      Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

/**
 * Whether a result's per-category, per-municipality and staff records are built on first read:
 * from 200 municipality-years per scenario (10 municipalities over 20 years; the bench's large
 * and renewal models, 12 × 20, and the national one, 342 × 31). Smaller results, such as the
 * example's (3 × 13), are built at once: their readers read them whole.
 */
export const isLazyResult = (municipalities: number, years: number): boolean => municipalities * years >= 200;
