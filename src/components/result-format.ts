/** Short texts for headline results, shared by the screens that show a scenario's outcome. */
import type { BreakEven } from '../engine';
import { formatDecimal, type Locale } from '../i18n/format';

export function breakEvenText(b: BreakEven, isBaseline: boolean, extrapolateTo: number, locale: Locale): string {
  if (isBaseline) return '—';
  if (b === null) return locale === 'nl' ? `niet vóór ${extrapolateTo + 1}` : `not before ${extrapolateTo + 1}`;
  const suffix = b.isExtrapolated ? (locale === 'nl' ? ' (geëxtrapoleerd)' : ' (extrapolated)') : '';
  return `${b.year}${suffix}`;
}

export function paybackText(years: number | null, locale: Locale): string {
  if (years === null) return '—';
  // A display value (not money): one decimal is what councils quote.
  return `${formatDecimal(years.toFixed(1), locale, 1)} ${locale === 'nl' ? 'jaar' : 'years'}`;
}
