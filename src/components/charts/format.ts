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

/** Compact axis ticks: `€ 1,2 mln`, `€ 350k`, `€ 40` (nl) / `€1.2m` (en); plain numbers grouped. */
export function formatTick(v: number, unit: ValueUnit, locale: Locale): string {
  if (unit === 'number') return formatDecimal(String(Math.round(v * 100) / 100), locale, Number.isInteger(v) ? 0 : 1);
  const abs = Math.abs(v);
  const sign = v < 0 ? '−' : '';
  const euro = euroSign(locale);
  if (abs >= 1e6)
    return `${sign}${euro}${formatDecimal((abs / 1e6).toFixed(1), locale, 1)}${translate(chartMessages, locale, 'millions')}`;
  if (abs >= 1e3) return `${sign}${euro}${formatDecimal(String(Math.round(abs / 1e3)), locale, 0)}k`;
  return `${sign}${euro}${formatDecimal(String(Math.round(abs)), locale, 0)}`;
}
