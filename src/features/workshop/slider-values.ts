/** Values of a workshop control: snapped to its step, within its min and max, as decimal strings. */
import type { WorkshopControl } from '../../engine';

const decimals = (v: string) => (v.split('.')[1] ?? '').length;

/** The value at `x` snapped to the control's grid (min + k·step) and clamped to [min, max]. */
export function snapValue(c: WorkshopControl, x: number): string {
  const min = Number(c.min);
  const max = Number(c.max);
  const step = Number(c.step);
  const k = Math.round((Math.min(max, Math.max(min, x)) - min) / step);
  const v = Math.min(max, min + k * step);
  const digits = Math.max(decimals(String(c.min)), decimals(String(c.step)), decimals(String(c.max)));
  return v
    .toFixed(digits)
    .replace(/\.?0+$/, (m) => (digits > 0 ? '' : m))
    .replace(/^-0$/, '0');
}

/** One step up or down from the current value. */
export function stepValue(c: WorkshopControl, value: string, direction: 1 | -1): string {
  return snapValue(c, Number(value) + direction * Number(c.step));
}
