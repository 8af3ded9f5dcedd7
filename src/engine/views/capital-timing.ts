/**
 * Timing, not saving (issue 14, item 4): the part of a scenario's accrual saving in a category
 * that is only a shift in time between capital charges and the payments behind them. A longer
 * depreciation term, another interest rate or another depreciation start changes the charges
 * of the same investments but not what is paid for them; the budget then shows a "saving" the
 * treasury never sees.
 *
 * Per scenario, category and computed year y (startYear … L; L is extrapolateTo under
 * computeThrough, else endYear):
 *
 *   timing(y) = (baseline capital − baseline outlays) − (scenario capital − scenario outlays)
 *
 * where capital is the sum of the category's contributions of kind `charge` (interest +
 * depreciation) and `disinvestment` (a retirement write-off), and outlays are `lineOutlays`
 * (model-v3 §10.3: the amount of each investment in the year it is made). Both are summed over
 * all owners before allocation. Opex, staff and one-off lines are the same in the accrual and
 * the cash view, so timing(y) = accrual saving(y) − cash saving(y) in that category, to the
 * cent: positive means the budget shows more saving than the payments do. Integer cents, exact;
 * works for every model version (no cash view needed). Frozen extrapolated years (indexLast,
 * indexLastByCategory) are derived from endYear totals, not from lines, and are not covered.
 */
import {
  contributionsOf,
  createContext,
  createEvaluationCache,
  type EvaluationCache,
  forEachContribution,
  lineOutlays,
} from '../calc';
import { centsToMoney } from '../numeric';
import type { Money, ModelFile } from '../model';
import { resolveWithParams } from '../results';

export type CapitalTiming = {
  /** The computed years startYear … L the figures are given for. */
  years: number[];
  /**
   * Per scenario id: per category with a non-zero effect in some year, the effect per year
   * (euro strings, savings sign; the baseline has none), and the sum over categories per year.
   */
  scenarios: Record<string, { byCategory: Record<string, Money[]>; total: Money[] }>;
};

/** Cents per category and year of `capital − outlays` for one scenario. */
type Net = Map<string, number[]>;

/** Capital charges and write-offs minus investment outlays, per category and computed year, of every scenario (integer cents). */
function netCapital(model: ModelFile, cache: EvaluationCache): { years: number[]; nets: Map<string, Net> } {
  const ctx = createContext(model, cache);
  const n = ctx.endYear - ctx.startYear + 1;
  const nets = new Map<string, Net>();
  for (const [id, { r, params }] of resolveWithParams(ctx, cache)) {
    const net: Net = new Map();
    const add = (category: string, year: number, cents: number) => {
      const i = year - ctx.startYear;
      if (i < 0 || i >= n) return;
      let row = net.get(category);
      if (row === undefined) {
        row = new Array<number>(n).fill(0);
        net.set(category, row);
      }
      row[i] = (row[i] as number) + cents;
    };
    forEachContribution(ctx, cache, r, params, (cs) => {
      for (const c of contributionsOf(cs))
        if (c.kind === 'charge' || c.kind === 'disinvestment') add(c.category, c.year, c.cents);
    });
    for (const rl of r.lines) for (const c of lineOutlays(ctx, params, rl)) add(c.category, c.year, -c.cents);
    nets.set(id, net);
  }
  return { years: Array.from({ length: n }, (_, i) => ctx.startYear + i), nets };
}

/**
 * The capital-charge timing effect of every scenario against the baseline, per category and
 * computed year: (baseline charges + write-offs − outlays) − (scenario's), integer cents as
 * euro strings. Equals the category's accrual saving minus its cash saving. Categories whose
 * effect is 0 in every year are left out.
 */
export function capitalTiming(model: ModelFile, cache: EvaluationCache = createEvaluationCache()): CapitalTiming {
  const { years, nets } = netCapital(model, cache);
  const baseline = model.scenarios.find((s) => s.basedOn === null);
  const base = (baseline && nets.get(baseline.id)) ?? new Map<string, number[]>();
  const scenarios: CapitalTiming['scenarios'] = {};
  for (const s of model.scenarios) {
    const own = nets.get(s.id) ?? new Map<string, number[]>();
    const byCategory: Record<string, Money[]> = {};
    const total = years.map(() => 0);
    for (const category of new Set([...base.keys(), ...own.keys()])) {
      const [b, o] = [base.get(category), own.get(category)];
      const cents = years.map((_, i) => (b?.[i] ?? 0) - (o?.[i] ?? 0));
      cents.forEach((c, i) => {
        total[i] = (total[i] as number) + c;
      });
      if (cents.some((c) => c !== 0)) byCategory[category] = cents.map(centsToMoney);
    }
    scenarios[s.id] = { byCategory, total: total.map(centsToMoney) };
  }
  return { years, scenarios };
}
