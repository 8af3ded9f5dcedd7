/**
 * Year maps (spec §1): `{ "2013": 10, "2016": 12 }` — the value for a year is the entry of the
 * latest key ≤ that year (carry forward); before the first key it is `before` (0 unless a rule
 * says otherwise). A plain value holds for all years.
 */
import { dec, ZERO, type Decimal } from '../numeric';
import type { Num, YearMap } from './model-types';

export type CompiledYearMap = {
  /** Sorted years; empty for a constant. */
  years: number[];
  values: Decimal[];
  constant: Decimal | null;
  before: Decimal;
};

const compiled = new WeakMap<object, CompiledYearMap>();
/** Compiled plain values (before = 0), by value; compiled maps are never changed after. */
const constantsBeforeZero = new Map<Num, CompiledYearMap>();

/** Compiles a year map once (memoised per object) for repeated look-ups. */
export function compileYearMap(map: YearMap | undefined, before: Decimal = ZERO): CompiledYearMap {
  if (map === undefined) return { years: [], values: [], constant: before, before };
  if (typeof map !== 'object') {
    // A plain value (a hired share of 0, a factor of 1): the same compiled map every time.
    const byValue = before === ZERO ? constantsBeforeZero : null;
    const known = byValue?.get(map);
    if (known !== undefined) return known;
    const c: CompiledYearMap = { years: [], values: [], constant: dec(map), before };
    if (byValue !== null && byValue.size < 10_000) byValue.set(map, c);
    return c;
  }
  const hit = compiled.get(map);
  if (hit && hit.before === before) return hit;
  // Year keys are array indices, which objects list in ascending order: sorted only when not.
  const keys = Object.keys(map);
  if (!isAscending(keys)) keys.sort((a, b) => Number(a) - Number(b));
  const years = keys.map(Number);
  const values = keys.map((k) => dec((map as Record<string, Num>)[k] as Num));
  const result = { years, values, constant: null, before };
  compiled.set(map, result);
  return result;
}

function isAscending(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i += 1) if (!(Number(keys[i - 1]) < Number(keys[i]))) return false;
  return true;
}

/** The value of a compiled year map in a year. */
export function valueAt(map: CompiledYearMap, year: number): Decimal {
  if (map.constant !== null) return map.constant;
  const { years, values } = map;
  let found = map.before;
  for (let i = 0; i < years.length; i += 1) {
    if ((years[i] as number) > year) break;
    found = values[i] as Decimal;
  }
  return found;
}

/** The first year a year map names, or null for a plain value (which holds for all years). */
export function firstYear(map: YearMap): number | null {
  if (typeof map !== 'object') return null;
  let first: number | null = null;
  for (const key of Object.keys(map)) {
    const y = Number(key);
    if (first === null || y < first) first = y;
  }
  return first;
}
