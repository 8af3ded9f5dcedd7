/** The forecast break-even in one sentence (model-v3 §10.8), from a municipality's case. */
import type { BreakEven } from '../../engine';
import type { ActualsKey } from './messages';

export type Sentence = { key: ActualsKey; vars: Record<string, string | number> };

/**
 * "Met de realisatie tot en met 2016 is de investering naar verwachting in 2022 terugverdiend,
 * een jaar later dan begroot." `last` is the last year with an actual (null: none yet).
 */
export function forecastSentence(
  last: number | null,
  forecast: BreakEven,
  plan: BreakEven,
  lastComputedYear: number,
): { sentence: Sentence; compare: Sentence | null } {
  if (last === null) return { sentence: { key: 'noForecast', vars: {} }, compare: null };
  if (forecast === null) {
    return {
      sentence: { key: 'forecastNever', vars: { last, to: lastComputedYear + 1, plan: '' } },
      compare: plan === null ? null : { key: 'forecastNeverPlan', vars: { year: plan.year } },
    };
  }
  let compare: Sentence;
  if (plan === null) compare = { key: 'planNever', vars: {} };
  else {
    const d = forecast.year - plan.year;
    if (d === 0) compare = { key: 'sameAsPlan', vars: {} };
    else if (d === 1) compare = { key: 'laterOne', vars: {} };
    else if (d > 1) compare = { key: 'laterMany', vars: { count: d } };
    else if (d === -1) compare = { key: 'earlierOne', vars: {} };
    else compare = { key: 'earlierMany', vars: { count: -d } };
  }
  return { sentence: { key: 'forecast', vars: { last, year: forecast.year } }, compare };
}
