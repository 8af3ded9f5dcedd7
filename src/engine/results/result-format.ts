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
 *
 * The getter and setter are one pair per key name for the whole program, and `make` waits in a
 * non-enumerable symbol-keyed record on the target. (A getter made per call, closing over
 * `make`, ends up in the hidden class V8 gives the object, which lives in the old generation:
 * every young object `make` reaches — most of an evaluation — then survived each scavenge until
 * the next full collection. Scavenges took a third of the renewal bench model's time: session 9.)
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
  let makers = (target as Lazy)[MAKERS];
  if (makers === undefined) {
    makers = {};
    Object.defineProperty(target, MAKERS, { value: makers, enumerable: false, configurable: true, writable: true });
  }
  makers[key] = make;
  Object.defineProperty(target, key, accessorsOf(key));
}

/** Where `defineLazy` keeps the builders of a target's properties not yet read. */
const MAKERS = Symbol('lazy builders');

type Lazy = { [MAKERS]?: Record<string, (() => unknown) | undefined> };

/**
 * The one getter and setter of each lazy property name (a handful of names in all), as the
 * property descriptor `defineLazy` passes (one object per name, never changed).
 */
const accessors = new Map<
  string,
  { enumerable: true; configurable: true; get: (this: Lazy) => unknown; set: (this: Lazy, value: unknown) => void }
>();

function accessorsOf(key: string) {
  let pair = accessors.get(key);
  if (pair === undefined) {
    const settle = (target: Lazy, value: unknown) => {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      const makers = target[MAKERS];
      if (makers !== undefined) makers[key] = undefined;
    };
    pair = {
      enumerable: true,
      configurable: true,
      get(this: Lazy): unknown {
        const make = this[MAKERS]?.[key];
        if (make === undefined) throw new Error(`lazy property "${key}" has no builder`);
        const value = make();
        // A frozen object cannot take the data property; it builds again on the next read.
        if (Object.isExtensible(this) || Object.getOwnPropertyDescriptor(this, key)?.configurable === true)
          settle(this, value);
        return value;
      },
      set(this: Lazy, value: unknown) {
        settle(this, value);
      },
    };
    accessors.set(key, pair);
  }
  return pair;
}

/**
 * Whether a result's per-category, per-municipality and staff records are built on first read:
 * from 200 municipality-years per scenario (10 municipalities over 20 years; the bench's large
 * and renewal models, 12 × 20, and the national one, 342 × 31). Smaller results, such as the
 * example's (3 × 13), are built at once: their readers read them whole.
 */
export const isLazyResult = (municipalities: number, years: number): boolean => municipalities * years >= 200;
