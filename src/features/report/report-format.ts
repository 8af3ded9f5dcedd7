/** Number texts of the report: money in whole euros or × €1,000 from decimal strings, FTE, percentages, dates. */
import { formatDecimal, formatMoney, formatPercent, intlLocale, type Locale } from '../../i18n';

/** Money in whole euros; the euro sign stays with its number (a no-break space) in running text. */
export const euros = (v: string, locale: Locale): string => formatMoney(v, locale).replace('€ ', '€\u00a0');
export const thousands = (v: string, locale: Locale): string => formatMoney(v, locale, 'thousands');
export const fteText = (v: string, locale: Locale): string => formatDecimal(v, locale, 1);
export const percent = (fraction: string | number, locale: Locale, digits = 1): string =>
  formatPercent(String(fraction), locale, digits);

export function longDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
