/** The forecast break-even in one sentence (model-v3 §10.8), from the model's outlook. */
import type { BreakEven } from '../../engine';
import { forecastOutlook } from '../../model';
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
  const o = forecastOutlook(last, forecast, plan, lastComputedYear);
  if (o.kind === 'noData') return { sentence: { key: 'noForecast', vars: {} }, compare: null };
  if (o.kind === 'never') {
    return {
      sentence: { key: 'forecastNever', vars: { last: o.last, to: o.to, plan: '' } },
      compare: o.planYear === null ? null : { key: 'forecastNeverPlan', vars: { year: o.planYear } },
    };
  }
  return { sentence: { key: 'forecast', vars: { last: o.last, year: o.year } }, compare: compareOf(o.delta) };
}

function compareOf(d: number | null): Sentence {
  if (d === null) return { key: 'planNever', vars: {} };
  if (d === 0) return { key: 'sameAsPlan', vars: {} };
  if (d === 1) return { key: 'laterOne', vars: {} };
  if (d > 1) return { key: 'laterMany', vars: { count: d } };
  if (d === -1) return { key: 'earlierOne', vars: {} };
  return { key: 'earlierMany', vars: { count: -d } };
}
