/**
 * Realised figures against the plan (model-v3 §10.8): per municipality and year with an actual,
 * the plan (the chosen scenario's allocated total), the variance, the realised savings against
 * the baseline and their running sum; and the forecast break-even of the series that takes the
 * actual where there is one and the plan elsewhere, by the break-even rule of spec §8.
 */
import { dec, moneyToCents } from '../numeric';
import type { ActualYear, BreakEven, ModelFile, Money, PartyCase, ScenarioResult } from '../model';
import { breakEvenIndex, savingsOf } from './metrics';
import type { ScenarioRun, Series, Summary } from './summary';

/** What `actuals` adds to one municipality's case in the scenario they name. */
export type ActualsCase = { actuals: ActualYear[]; forecastBreakEven: BreakEven };

/**
 * The actuals of every municipality: `plan` and `base` are the named scenario's and the
 * baseline's summaries, `nPlan` the number of years of the detailed plan (a break-even after
 * them is flagged extrapolated). The baseline itself never breaks even (spec §8): when the
 * actuals name it, `forecastBreakEven` is null.
 */
export function actualsCases(
  model: ModelFile,
  plan: Summary,
  base: Summary,
  municipalities: readonly string[],
  nPlan: number,
  isBaseline: boolean,
  money: (cents: number) => Money,
): Map<string, ActualsCase> {
  const out = new Map<string, ActualsCase>();
  const years = Object.keys(model.actuals?.years ?? {})
    .map(Number)
    .sort((a, b) => a - b);
  for (const m of municipalities) {
    const planned: Series = plan.byParty.get(m) ?? [];
    const baseline: Series = base.byParty.get(m) ?? [];
    const forecast = plan.years.map((_, i) => planned[i] ?? 0);
    const actuals: ActualYear[] = [];
    let cumulative = 0;
    for (const year of years) {
      const figures = model.actuals?.years[String(year)]?.[m];
      const i = plan.years.indexOf(year);
      if (figures === undefined || i < 0) continue;
      const actual = moneyToCents(figures.total);
      const planCents = planned[i] ?? 0;
      const realised = (baseline[i] ?? 0) - actual;
      cumulative += realised;
      forecast[i] = actual;
      actuals.push({
        year,
        actual: money(actual),
        plan: money(planCents),
        variance: money(actual - planCents),
        realisedSavings: money(realised),
        cumulativeRealisedSavings: money(cumulative),
        ...(figures.fte !== undefined ? { fte: dec(figures.fte).toString() } : {}),
      });
    }
    out.set(m, { actuals, forecastBreakEven: isBaseline ? null : breakEvenOf(baseline, forecast, plan.years, nPlan) });
  }
  return out;
}

/** Break-even (spec §8) of `series` against `baseline`, flagged extrapolated after the plan's years. */
function breakEvenOf(baseline: Series, series: Series, years: readonly number[], nPlan: number): BreakEven {
  const k = breakEvenIndex(savingsOf(baseline, series).cumulative);
  return k < 0 ? null : { year: years[k] as number, isExtrapolated: k >= nPlan };
}

/**
 * Adds `actuals` and `forecastBreakEven` to every municipality of the scenario the model's
 * `actuals` name (model-v3 §10.8); nothing when the model has none.
 */
export function addActuals(
  model: ModelFile,
  scenarios: ScenarioResult[],
  runs: ReadonlyMap<string, ScenarioRun>,
  baselineId: string,
  nPlan: number,
  money: (cents: number) => Money,
): void {
  const id = model.actuals?.scenario;
  const result = scenarios.find((s) => s.id === id);
  const run = id === undefined ? undefined : runs.get(id);
  const base = runs.get(baselineId);
  if (result === undefined || run === undefined || base === undefined) return;
  const municipalities = Object.keys(result.parties);
  const cases = actualsCases(model, run.summary, base.summary, municipalities, nPlan, id === baselineId, money);
  for (const [m, c] of cases) Object.assign(result.parties[m] as PartyCase, c);
}
