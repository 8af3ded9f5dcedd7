/**
 * The council's budget (model-v3 §10.7): per scenario, municipality with a `budget` and year
 * up to L, the structural and incidental effect against the approved ICT budget and the part
 * of the taakstelling the scenario's structural savings do not meet.
 */
import { compileYearMap, type BudgetYear, type Money, type Party, valueAt, type YearMap } from '../model';
import { dec, toCents } from '../numeric';
import type { Series } from './summary';

/** A reserve withdrawal holds in its own year only (absent years 0); a plain number in every year. */
function reserveAt(reserve: YearMap | undefined, year: number): number {
  if (reserve === undefined) return 0;
  if (typeof reserve !== 'object') return toCents(dec(reserve));
  const v = reserve[String(year)];
  return v === undefined ? 0 : toCents(dec(v));
}

/**
 * The budget rows of municipality `party` in one scenario: `total`/`oneOff` its allocated cost
 * per computed year (index 0 = startYear; the first `nYears` are used), `baseRecurring` the
 * baseline's recurring allocated cost. Money as decimal strings.
 */
export function budgetYears(
  party: Party,
  startYear: number,
  nYears: number,
  total: Series,
  oneOff: Series,
  baseTotal: Series,
  baseOneOff: Series,
  isBaseline: boolean,
  money: (cents: number) => Money,
): BudgetYear[] | undefined {
  const budget = party.budget;
  if (budget === undefined) return undefined;
  const ict = compileYearMap(budget.ict);
  const target = compileYearMap(budget.target ?? 0);
  const out: BudgetYear[] = [];
  for (let i = 0; i < nYears; i += 1) {
    const year = startYear + i;
    const one = oneOff[i] ?? 0;
    const recurring = (total[i] ?? 0) - one;
    const structural = recurring - toCents(valueAt(ict, year));
    const incidental = one - Math.min(reserveAt(budget.reserve, year), Math.max(0, one));
    const goal = toCents(valueAt(target, year));
    const saved = (baseTotal[i] ?? 0) - (baseOneOff[i] ?? 0) - recurring;
    const shortfall = isBaseline || goal <= 0 ? 0 : Math.max(0, goal - saved);
    out.push({
      year,
      structural: money(structural),
      incidental: money(incidental),
      total: money(structural + incidental),
      targetShortfall: money(shortfall),
    });
  }
  return out;
}
