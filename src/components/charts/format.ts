/** Value formats for the charts: exact table/tooltip texts from decimal strings, compact axis ticks. */
import { euroSign, formatDecimal, formatMoney, type Locale } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import { chartMessages } from './messages';

/** A value as given to a chart: a decimal string (money, FTE), a number, or null for a gap. */
export type ChartValue = string | number | null;

/**
 * How values are shown in tooltips and the table: money (`€ 1.234.567`), money × €1,000
 * (`1.235`), × €1,000 rounded to €50,000 like the 2013 report (`1.250`), or a plain number.
 * Money values are always given in euros; the axis shows compact euros for all money units.
 */
export type ValueUnit = 'money' | 'thousands' | 'thousands50' | 'number';

/** The number Chart.js plots (a display value only; tables and tooltips use the exact string). */
export function toPlot(v: ChartValue): number | null {
  if (v === null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

/** The exact text of a value for tables and tooltips. `digits` applies to `number`. */
export function formatValue(v: ChartValue, unit: ValueUnit, locale: Locale, digits = 0): string {
  if (v === null || v === '') return '—';
  const s = String(v);
  if (unit === 'money') return formatMoney(s, locale, 'euro');
  if (unit === 'thousands' || unit === 'thousands50') return formatMoney(s, locale, unit);
  return formatDecimal(s, locale, digits);
}

/** The fewest decimals (at most 3) that show every value of `values` exactly. */
function decimalsFor(values: readonly number[]): number {
  for (let d = 0; d < 3; d += 1)
    if (values.every((x) => Math.abs(x * 10 ** d - Math.round(x * 10 ** d)) < 1e-6)) return d;
  return 3;
}

/**
 * Compact axis ticks in one style per axis and language: money in millions as soon as the axis
 * reaches € 100.000 (`€ 0,5 mln`, `€ 1,25 mln` / `€0.5M`), otherwise in whole euros
 * (`€ 40.000` / `€40,000`) — never `€ 500k` beside `mln`. `scale` is every tick value of the
 * axis (Chart.js passes them to the tick callback), so all ticks share the unit and decimals.
 * Plain numbers are grouped.
 */
export function formatTick(v: number, unit: ValueUnit, locale: Locale, scale: readonly number[] = [v]): string {
  if (unit === 'number') return formatDecimal(String(Math.round(v * 100) / 100), locale, Number.isInteger(v) ? 0 : 1);
  const abs = Math.abs(v);
  const sign = v < 0 ? '−' : '';
  const euro = euroSign(locale);
  const top = Math.max(abs, ...scale.map((x) => Math.abs(x)));
  if (abs === 0) return `${euro}0`;
  if (top >= 1e5) {
    const digits = Math.max(1, decimalsFor(scale.map((x) => x / 1e6)));
    return `${sign}${euro}${formatDecimal((abs / 1e6).toFixed(digits), locale, digits)}${translate(chartMessages, locale, 'millions')}`;
  }
  return `${sign}${euro}${formatDecimal(String(Math.round(abs)), locale, 0)}`;
}

/** A Chart.js tick callback in that style: `(value, index, ticks)` with all the axis' ticks. */
export function tickCallback(unit: ValueUnit, locale: Locale) {
  return (v: number | string, _index: number, ticks: readonly { value: number }[]): string =>
    formatTick(
      Number(v),
      unit,
      locale,
      ticks.map((t) => t.value),
    );
}
