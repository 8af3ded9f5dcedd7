/**
 * Headline figures of each scenario that the evaluation does not carry itself (results:
 * overview): total cost and savings summed over the horizon and up to the last extrapolated
 * year, and the savings as a share of the baseline's total cost over the same years — the
 * report's "the saving of 3.0 over 2013–2018 is only ≈ 1.35 % of total cost".
 */
import { Decimal, centsToMoney, decimalString, moneyToCents } from '../numeric';
import type { Evaluation, Money, YearFigures } from '../model';

export type SpanFigures = {
  /** Σ of the scenario's total cost over the span. */
  cost: Money;
  /** Σ of the baseline's total cost over the span. */
  baselineCost: Money;
  /** Σ of the savings (baseline − scenario) over the span. */
  savings: Money;
  /** savings / baselineCost as a fraction with 6 decimals; null when the baseline costs nothing. */
  savingsShare: string | null;
};

export type KeyFigures = {
  scenarioId: string;
  /** [startYear, endYear]. */
  horizon: SpanFigures;
  /** [startYear, last year], extrapolated years included (equal to `horizon` without extrapolation). */
  extended: SpanFigures;
};

function span(years: YearFigures[], base: YearFigures[]): SpanFigures {
  const sum = (ys: YearFigures[]) => ys.reduce((a, y) => a + moneyToCents(y.total), 0);
  const cost = sum(years);
  const baselineCost = sum(base);
  const savings = baselineCost - cost;
  return {
    cost: centsToMoney(cost),
    baselineCost: centsToMoney(baselineCost),
    savings: centsToMoney(savings),
    savingsShare: baselineCost === 0 ? null : decimalString(new Decimal(savings).dividedBy(baselineCost), 6),
  };
}

/** Key figures of every scenario of an evaluation, in its order (the baseline has savings 0). */
export function keyFiguresOf(e: Evaluation): KeyFigures[] {
  const baseline = e.scenarios.find((s) => s.id === e.baselineId);
  if (baseline === undefined) throw new Error('evaluation without its baseline');
  return e.scenarios.map((s) => ({
    scenarioId: s.id,
    horizon: span(
      s.years.filter((y) => !y.isExtrapolated),
      baseline.years.filter((y) => !y.isExtrapolated),
    ),
    extended: span(s.years, baseline.years),
  }));
}
