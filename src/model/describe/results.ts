/** Short texts for headline results, shared by the screens, the report and the workshop. */
import type { BreakEven } from '../../engine';
import { formatDecimal, type Locale } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import { describeMessages } from './messages';

/** The break-even year: `2016`, `2019 (geëxtrapoleerd)`, `niet vóór 2024`; `—` for the baseline. */
export function breakEvenText(b: BreakEven, isBaseline: boolean, extrapolateTo: number, locale: Locale): string {
  if (isBaseline) return '—';
  if (b === null) return translate(describeMessages, locale, 'notBefore', { year: extrapolateTo + 1 });
  return b.isExtrapolated ? translate(describeMessages, locale, 'extrapolated', { year: b.year }) : String(b.year);
}

/** The payback period in years with one decimal: `3,4 jaar`; `—` when it never pays back. */
export function paybackText(years: number | null, locale: Locale): string {
  if (years === null) return '—';
  // A display value (not money): one decimal is what councils quote.
  return translate(describeMessages, locale, 'paybackYears', { years: formatDecimal(years.toFixed(1), locale, 1) });
}
