/** Texts of metric values (money or a year) in the uncertainty screen. */
import type { Money, SensitivityMetric } from '../../engine';
import { formatChance, formatMoney, translate, type Locale } from '../../i18n';
import { uncertaintyMessages } from './messages';

export function metricText(v: Money | number | null, metric: SensitivityMetric, never: string, locale: Locale): string {
  if (v === null) return never;
  if (metric === 'breakEvenYear') return String(v);
  return formatMoney(String(v), locale);
}

/** A swing: cents for money metrics, years for break-even. */
export function swingText(swing: number, metric: SensitivityMetric, locale: Locale): string {
  if (metric === 'breakEvenYear')
    return translate(uncertaintyMessages, locale, swing === 1 ? 'swingYear' : 'swingYears', { n: swing });
  const cents = String(Math.round(swing));
  const euros = cents.length > 2 ? `${cents.slice(0, -2)}.${cents.slice(-2)}` : `0.${cents.padStart(2, '0')}`;
  return formatMoney(euros, locale);
}

/** A probability (0–1) as a percentage: 0,734 → "73,4%", never 99,96% as "100%" (formatChance). */
export function chanceText(p: number, locale: Locale): string {
  return formatChance(p, locale);
}
