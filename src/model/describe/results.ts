/** Short texts for headline results, shared by the screens, the report and the workshop. */
import type { BreakEven } from '../../engine';
import { formatDecimal, type Locale } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import { describeMessages } from './messages';

/** The years of a scenario's (or one municipality's) result, as far as their cumulative savings go. */
type SavingsYears = readonly { cumulativeSavings: string }[];

/**
 * A scenario (or one municipality's case) whose cumulative savings are 0 in every year does not
 * differ from the baseline: there is nothing to pay back. The engine gives it break-even in the
 * first year and a payback of 0 years (spec §8: the first year with cumulative savings ≥ 0,
 * payback 0 when it never costs more); the screens, the report and the exports show "—" instead
 * of "2026, 0,0 jaar" (issue 20).
 */
export function hasNoSavings(cumulativeSavings: readonly string[]): boolean {
  return cumulativeSavings.every((c) => Number(c) === 0);
}

/** The cumulative savings of a scenario's or a municipality's years. */
export const cumulativeOf = (years: SavingsYears): string[] => years.map((y) => y.cumulativeSavings);

const isWithoutSavings = (years: SavingsYears | undefined): boolean =>
  years !== undefined && hasNoSavings(cumulativeOf(years));

/**
 * The break-even year: `2016`, `2019 (geëxtrapoleerd)`, `niet vóór 2024`; `—` for the baseline
 * and, given the result's years, for a result without savings in any year.
 */
export function breakEvenText(
  b: BreakEven,
  isBaseline: boolean,
  extrapolateTo: number,
  locale: Locale,
  years?: SavingsYears,
): string {
  if (isBaseline || isWithoutSavings(years)) return '—';
  if (b === null) return translate(describeMessages, locale, 'notBefore', { year: extrapolateTo + 1 });
  return b.isExtrapolated ? translate(describeMessages, locale, 'extrapolated', { year: b.year }) : String(b.year);
}

/**
 * The payback period in years with one decimal: `3,4 jaar`; `—` when it never pays back and,
 * given the result's years, when there are no savings in any year (nothing to pay back).
 */
export function paybackText(payback: number | null, locale: Locale, years?: SavingsYears): string {
  if (payback === null || isWithoutSavings(years)) return '—';
  // A display value (not money): one decimal is what councils quote.
  return translate(describeMessages, locale, 'paybackYears', { years: formatDecimal(payback.toFixed(1), locale, 1) });
}
