/** How inputs and their ranges read in the uncertainty screen. */
import type { Distribution, Num } from '../../engine';
import { formatInputValue, roundForInput, type InputUnit } from '../../model';
import { inputBounds } from '../../engine';
import type { NumberRule } from '../../components/grid';

/** An input value as the screen shows it (35,0%, € 75.000). */
export const formatInput = formatInputValue;

/** The number rule of a field for this input: percent, whole, and the input's valid range. */
export function ruleFor(
  path: string,
  unit: InputUnit,
  extra: { isOptional?: boolean; min?: number; max?: number } = {},
): NumberRule {
  const b = inputBounds(path);
  const min = Math.max(b.min === null ? -Infinity : Number(b.min), extra.min ?? -Infinity);
  const max = Math.min(b.max === null ? Infinity : Number(b.max), extra.max ?? Infinity);
  return {
    isPercent: unit === 'percent',
    isInteger: unit === 'integer',
    isOptional: extra.isOptional,
    min: Number.isFinite(min) ? min : undefined,
    max: Number.isFinite(max) ? max : undefined,
  };
}

export const numText = (v: Num | undefined): string => (v === undefined ? '' : String(v));

/** The low and high end a distribution describes (for converting between kinds). */
function ends(d: Distribution, base: number): { low: number; high: number; centre: number | undefined } {
  if (d.kind === 'normal') {
    const mean = Number(d.mean ?? base);
    return {
      low: d.low !== undefined ? Number(d.low) : mean - 2 * Number(d.sd),
      high: d.high !== undefined ? Number(d.high) : mean + 2 * Number(d.sd),
      centre: d.mean === undefined ? undefined : mean,
    };
  }
  return {
    low: Number(d.low),
    high: Number(d.high),
    centre: d.kind === 'uniform' || d.mode === undefined ? undefined : Number(d.mode),
  };
}

/** The same range as another kind of distribution, keeping its ends and centre where it can. */
export function convertDistribution(
  d: Distribution,
  kind: Distribution['kind'],
  path: string,
  base: number,
): Distribution {
  const e = ends(d, base);
  const r = (x: number) => roundForInput(path, x);
  switch (kind) {
    case 'triangular':
    case 'pert':
      return e.centre === undefined
        ? { kind, low: r(e.low), high: r(e.high) }
        : { kind, low: r(e.low), mode: r(e.centre), high: r(e.high) };
    case 'uniform':
      return { kind, low: r(e.low), high: r(e.high) };
    case 'normal': {
      const sd = r(Math.abs(e.high - e.low) / 4);
      const positive = Number(sd) > 0 ? sd : r(Math.max(Math.abs(base) * 0.1, 0.0001));
      return e.centre === undefined ? { kind, sd: positive } : { kind, mean: r(e.centre), sd: positive };
    }
  }
}

/** Whether low ≤ mode ≤ high (low < high) holds, with the model's value as the default mode. */
export function isOrdered(d: Distribution, base: number): boolean {
  if (d.kind === 'normal') return d.low === undefined || d.high === undefined || Number(d.low) < Number(d.high);
  const low = Number(d.low);
  const high = Number(d.high);
  if (!(low < high)) return false;
  if (d.kind === 'uniform') return true;
  const mode = Number(d.mode ?? base);
  return low <= mode && mode <= high;
}
