/** The forecast break-even of realised figures against the plan's (model-v3 §10.8), as words need it. */
import type { BreakEven } from '../engine';

export type ForecastOutlook =
  /** No actual yet. */
  | { kind: 'noData' }
  /** The series with the actuals never breaks even before the last computed year is over. */
  | { kind: 'never'; last: number; to: number; planYear: number | null }
  /** It breaks even in `year`; `delta` years after the plan's (null when the plan never does). */
  | { kind: 'forecast'; last: number; year: number; isExtrapolated: boolean; delta: number | null };

/** `last`: the last year with an actual (null: none); `lastComputedYear`: L or extrapolateTo. */
export function forecastOutlook(
  last: number | null,
  forecast: BreakEven,
  plan: BreakEven,
  lastComputedYear: number,
): ForecastOutlook {
  if (last === null) return { kind: 'noData' };
  if (forecast === null) return { kind: 'never', last, to: lastComputedYear + 1, planYear: plan?.year ?? null };
  return {
    kind: 'forecast',
    last,
    year: forecast.year,
    isExtrapolated: forecast.isExtrapolated,
    delta: plan === null ? null : forecast.year - plan.year,
  };
}
