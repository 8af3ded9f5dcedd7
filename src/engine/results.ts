/**
 * Turns a scenario's cent series into the public result (spec §8, §9): money as decimal
 * strings, savings against the baseline, break-even, payback, NPV and investment, overall and
 * per municipality on its allocated cost.
 */
import type { ModelContext } from './context';
import type { ScenarioRun } from './evaluate';
import { metricsOf, sumOf } from './metrics';
import { centsToMoney } from './money';
import type { Money, PartyCase, ScenarioResult, StaffYear, YearFigures } from './result-types';
import { factorIn } from './scale';
import type { Series } from './summary';

const money = (series: Series | undefined, i: number): Money => centsToMoney(series?.[i] ?? 0);

function moneyMap(map: Map<string, Series>, i: number, keys?: readonly string[]): Record<string, Money> {
  const out: Record<string, Money> = {};
  for (const k of keys ?? map.keys()) out[k] = money(map.get(k), i);
  return out;
}

function nestedMoney(map: Map<string, Map<string, Series>>, i: number): Record<string, Record<string, Money>> {
  const out: Record<string, Record<string, Money>> = {};
  for (const [k, inner] of map) out[k] = moneyMap(inner, i);
  return out;
}

export function scenarioResult(ctx: ModelContext, run: ScenarioRun, base: ScenarioRun, isBaseline: boolean): ScenarioResult {
  const { summary: s, params } = run;
  const nHorizon = ctx.layout.nYears;
  const overall = metricsOf(base.summary.total, s.total, s.years, nHorizon, params.discountRate, isBaseline);
  const years: YearFigures[] = s.years.map((year, i) => ({
    year,
    isExtrapolated: s.isExtrapolated[i] as boolean,
    total: money(s.total, i),
    oneOff: money(s.oneOff, i),
    recurring: centsToMoney((s.total[i] as number) - (s.oneOff[i] as number)),
    byParty: moneyMap(s.byParty, i, ctx.layout.municipalities),
    byOwner: moneyMap(s.byOwner, i, ctx.layout.parties),
    byCategory: moneyMap(s.byCategory, i, ctx.layout.categories),
    byPartyCategory: nestedMoney(s.byPartyCategory, i),
    byOwnerCategory: nestedMoney(s.byOwnerCategory, i),
    savings: centsToMoney(overall.savings[i] as number),
    cumulativeSavings: centsToMoney(overall.cumulative[i] as number),
  }));
  const parties: Record<string, PartyCase> = {};
  for (const m of ctx.layout.municipalities) parties[m] = partyCase(ctx, run, base, m, isBaseline);
  return {
    id: run.resolved.scenario.id,
    name: run.resolved.scenario.name,
    basedOn: run.resolved.scenario.basedOn,
    years,
    breakEven: overall.breakEven,
    paybackYears: overall.paybackYears,
    npv: overall.npv,
    npvExtended: overall.npvExtended,
    investment: centsToMoney(isBaseline ? 0 : sumOf(s.oneOff, nHorizon) - sumOf(base.summary.oneOff, nHorizon)),
    parties,
    staff: staffYears(ctx, run),
  };
}

function partyCase(ctx: ModelContext, run: ScenarioRun, base: ScenarioRun, m: string, isBaseline: boolean): PartyCase {
  const s = run.summary;
  const nHorizon = ctx.layout.nYears;
  const total = s.byParty.get(m) ?? [];
  const oneOff = s.partyOneOff.get(m) ?? [];
  const metrics = metricsOf(base.summary.byParty.get(m) ?? [], total, s.years, nHorizon, run.params.discountRate, isBaseline);
  const perCategory = s.byPartyCategory.get(m) ?? new Map<string, Series>();
  return {
    breakEven: metrics.breakEven,
    paybackYears: metrics.paybackYears,
    npv: metrics.npv,
    npvExtended: metrics.npvExtended,
    investment: centsToMoney(isBaseline ? 0 : sumOf(oneOff, nHorizon) - sumOf(base.summary.partyOneOff.get(m) ?? [], nHorizon)),
    years: s.years.map((year, i) => ({
      year,
      isExtrapolated: s.isExtrapolated[i] as boolean,
      total: money(total, i),
      oneOff: money(oneOff, i),
      recurring: centsToMoney((total[i] ?? 0) - (oneOff[i] ?? 0)),
      byCategory: moneyMap(perCategory, i),
      savings: centsToMoney(metrics.savings[i] as number),
      cumulativeSavings: centsToMoney(metrics.cumulative[i] as number),
    })),
  };
}

/** FTE per party × function group per horizon year, after staff scales (decimal strings). */
function staffYears(ctx: ModelContext, run: ScenarioRun): StaffYear[] {
  const out: StaffYear[] = [];
  for (let year = ctx.startYear; year <= ctx.endYear; year += 1) {
    const byPartyGroup: Record<string, Record<string, string>> = {};
    for (const st of run.resolved.staff) {
      let fte = st.fteAt(year);
      if (st.scales.length > 0) fte = fte.times(factorIn(st.scales, year));
      (byPartyGroup[st.party] ??= {})[st.group] = fte.toString();
    }
    out.push({ year, byPartyGroup });
  }
  return out;
}
