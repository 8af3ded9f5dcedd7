/**
 * Turns a scenario's cent series into the public result (spec §8, §9): money as decimal
 * strings, savings against the baseline, break-even, payback, NPV and investment, overall and
 * per municipality on its allocated cost.
 */
import type { ModelContext } from '../calc';
import type { ScenarioRun, Series, Summary } from './summary';
import { metricsOf, sumOf, type Metrics } from './metrics';
import {
  createResultFormat,
  defineLazy,
  formatAll,
  isLazyResult,
  formatNested,
  formatSeries,
  nestedAt,
  recordAt,
  type Formatted,
  type NestedFormatted,
  type ResultFormat,
  type Strings,
} from './result-format';
import type { BudgetYear, CashCase, Money, Party, PartyCase, ScenarioResult, StaffYear, YearFigures } from '../model';
import type { Decimal } from '../numeric';
import { npvRate } from './pipeline';
import { exitResults } from './exit';
import { factorProduct, type ResolvedStaff } from '../resolve';
import { exactDecimal, exactKernel } from '../numeric';
import { budgetYears } from './budget';

/** The money figures of a business case per year, each series formatted once. */
type CaseStrings = { total: Strings; oneOff: Strings; recurring: Strings; savings: Strings; cumulative: Strings };

function caseStrings(f: ResultFormat, total: Series, oneOff: Series, metrics: Metrics, n: number): CaseStrings {
  const recurring: Series = new Array<number>(n);
  for (let i = 0; i < n; i += 1) recurring[i] = (total[i] ?? 0) - (oneOff[i] ?? 0);
  return {
    total: formatSeries(f, total, n),
    oneOff: formatSeries(f, oneOff, n),
    recurring: formatSeries(f, recurring, n),
    savings: formatSeries(f, metrics.savings, n),
    cumulative: formatSeries(f, metrics.cumulative, n),
  };
}

export function scenarioResult(
  ctx: ModelContext,
  run: ScenarioRun,
  base: ScenarioRun,
  isBaseline: boolean,
  f: ResultFormat = createResultFormat(),
): ScenarioResult {
  const { summary: s, params } = run;
  const { layout } = ctx;
  // NPV and the extrapolated flag count the plan's years; the investment every computed year (model-v3).
  const { nPlan, nYears } = layout;
  const n = s.years.length;
  const rate = npvRate(ctx, params, base.params);
  const overall = metricsOf(base.summary.total, s.total, s.years, nPlan, rate, isBaseline);
  const figures = caseStrings(f, s.total, s.oneOff, overall, n);
  const isLazy = isLazyResult(layout.municipalities.length, n);
  const byCategory = formatAll(f, s.byCategory, layout.categories, n);
  // Formatted on the first read of a year's record (defineLazy below).
  let byParty: Formatted | null = null;
  let byOwner: Formatted | null = null;
  let byPartyCategory: NestedFormatted | null = null;
  let byOwnerCategory: NestedFormatted | null = null;
  const years: YearFigures[] = s.years.map((year, i) => {
    // The record is built key by key in its final order, the lazy keys added as accessors where
    // they stand (not written as `{}` first and redefined): redefining a data property as an
    // accessor turns the object into a dictionary, one hidden class of its own and a slow path
    // for every define; added in the same order every time, the records share their hidden
    // classes (session 11). The key order is the result's (JSON, CLI output).
    const figuresOfYear = {
      year,
      isExtrapolated: s.isExtrapolated[i] as boolean,
      total: figures.total[i] as Money,
      oneOff: figures.oneOff[i] as Money,
      recurring: figures.recurring[i] as Money,
    } as YearFigures;
    // Built on first read (defineLazy): most of a large model's result. A record of hundreds of
    // municipalities is a dictionary-mode object, so even the per-party totals are left to readers.
    defineLazy(
      figuresOfYear,
      'byParty',
      () => recordAt((byParty ??= formatAll(f, s.byParty, layout.municipalities, n)), i),
      isLazy,
    );
    defineLazy(
      figuresOfYear,
      'byOwner',
      () => recordAt((byOwner ??= formatAll(f, s.byOwner, layout.parties, n)), i),
      isLazy,
    );
    figuresOfYear.byCategory = recordAt(byCategory, i);
    defineLazy(
      figuresOfYear,
      'byPartyCategory',
      () => nestedAt((byPartyCategory ??= formatNested(f, s.byPartyCategory, n)), i),
      isLazy,
    );
    defineLazy(
      figuresOfYear,
      'byOwnerCategory',
      () => nestedAt((byOwnerCategory ??= formatNested(f, s.byOwnerCategory, n)), i),
      isLazy,
    );
    figuresOfYear.savings = figures.savings[i] as Money;
    figuresOfYear.cumulativeSavings = figures.cumulative[i] as Money;
    return figuresOfYear;
  });
  const parties: Record<string, PartyCase> = {};
  // model-v3 §10.7: the municipalities with a budget, by id (version-3 files only).
  const budgets = new Map(ctx.model.version < 3 ? [] : ctx.model.parties.map((p) => [p.id, p]));
  for (const m of layout.municipalities)
    parties[m] = partyCase(ctx, run, base, m, isBaseline, f, rate, isLazy, budgets.get(m));
  return {
    id: run.resolved.scenario.id,
    name: run.resolved.scenario.name,
    basedOn: run.resolved.scenario.basedOn,
    years,
    breakEven: overall.breakEven,
    paybackYears: overall.paybackYears,
    npv: overall.npv,
    npvExtended: overall.npvExtended,
    investment: f.money(isBaseline ? 0 : sumOf(s.oneOff, nYears) - sumOf(base.summary.oneOff, nYears)),
    parties,
    staff: staffYears(ctx, run, f, isLazy),
    ...(run.cash && base.cash
      ? {
          cash: cashCase(f, run.cash, run.cash.total, run.cash.oneOff, base.cash.total, nPlan, rate, isBaseline),
          exits: exitResults(f, run.exits ?? []),
        }
      : {}),
    // model-v3 §10.5: the staff-transition table, when the scenario has or inherits a rule.
    ...(run.staffTransition
      ? {
          staffTransition: run.staffTransition.map((row) => ({
            group: row.group,
            year: row.year,
            reduction: row.reduction.toNumber(),
            hired: row.hired.toNumber(),
            attrition: row.attrition.toNumber(),
            surplus: row.surplus.toNumber(),
            cost: f.money(row.cents),
          })),
        }
      : {}),
  };
}

/** The cash view of one business case (model-v3 §10.3, §10.9): payments, savings, break-even, payback and NPVs. */
function cashCase(
  f: ResultFormat,
  s: Summary,
  total: Series,
  oneOff: Series,
  baseTotal: Series,
  nPlan: number,
  rate: Decimal,
  isBaseline: boolean,
): CashCase {
  const n = s.years.length;
  const metrics = metricsOf(baseTotal, total, s.years, nPlan, rate, isBaseline);
  const figures = caseStrings(f, total, oneOff, metrics, n);
  return {
    years: s.years.map((year, i) => ({
      year,
      total: figures.total[i] as Money,
      oneOff: figures.oneOff[i] as Money,
      recurring: figures.recurring[i] as Money,
      savings: figures.savings[i] as Money,
      cumulativeSavings: figures.cumulative[i] as Money,
    })),
    breakEven: metrics.breakEven,
    paybackYears: metrics.paybackYears,
    npv: metrics.npv,
    npvExtended: metrics.npvExtended,
  };
}

function partyCase(
  ctx: ModelContext,
  run: ScenarioRun,
  base: ScenarioRun,
  m: string,
  isBaseline: boolean,
  f: ResultFormat,
  rate: Decimal,
  isLazy: boolean,
  party: Party | undefined,
): PartyCase {
  const s = run.summary;
  const { nPlan, nYears } = ctx.layout;
  const n = s.years.length;
  const total = s.byParty.get(m) ?? [];
  const oneOff = s.partyOneOff.get(m) ?? [];
  const metrics = metricsOf(base.summary.byParty.get(m) ?? [], total, s.years, nPlan, rate, isBaseline);
  const result: PartyCase = {
    breakEven: metrics.breakEven,
    paybackYears: metrics.paybackYears,
    npv: metrics.npv,
    npvExtended: metrics.npvExtended,
    investment: f.money(isBaseline ? 0 : sumOf(oneOff, nYears) - sumOf(base.summary.partyOneOff.get(m) ?? [], nYears)),
  } as PartyCase;
  // A municipality's yearly figures are built on first read (defineLazy): hundreds of
  // municipalities × years × scenarios at national scale, of which a reader shows a few. Added
  // where the key stands, before the keys after it (as in scenarioResult: no redefinition).
  defineLazy(
    result,
    'years',
    () => {
      const figures = caseStrings(f, total, oneOff, metrics, n);
      const perCategory = s.byPartyCategory.get(m) ?? new Map<string, Series>();
      const byCategory = formatAll(f, perCategory, perCategory.keys(), n);
      return s.years.map((year, i) => ({
        year,
        isExtrapolated: s.isExtrapolated[i] as boolean,
        total: figures.total[i] as Money,
        oneOff: figures.oneOff[i] as Money,
        recurring: figures.recurring[i] as Money,
        byCategory: recordAt(byCategory, i),
        savings: figures.savings[i] as Money,
        cumulativeSavings: figures.cumulative[i] as Money,
      }));
    },
    isLazy,
  );
  if (run.cash && base.cash)
    result.cash = cashCase(
      f,
      run.cash,
      run.cash.byParty.get(m) ?? [],
      run.cash.partyOneOff.get(m) ?? [],
      base.cash.byParty.get(m) ?? [],
      nPlan,
      rate,
      isBaseline,
    );
  const budget = budgetOf(ctx, run, base, m, isBaseline, f, party);
  if (budget.budget !== undefined) result.budget = budget.budget;
  return result;
}

/** model-v3 §10.7: the budget rows of a municipality with a budget, in version-3 files. */
function budgetOf(
  ctx: ModelContext,
  run: ScenarioRun,
  base: ScenarioRun,
  m: string,
  isBaseline: boolean,
  f: ResultFormat,
  party: Party | undefined,
): { budget?: BudgetYear[] } {
  if (party?.budget === undefined) return {};
  const [s, b] = [run.summary, base.summary];
  const budget = budgetYears(
    party,
    ctx.startYear,
    ctx.layout.nYears,
    s.byParty.get(m) ?? [],
    s.partyOneOff.get(m) ?? [],
    b.byParty.get(m) ?? [],
    b.partyOneOff.get(m) ?? [],
    isBaseline,
    f.money,
  );
  return budget ? { budget } : {};
}

/** FTE per party × function group per horizon year, after staff scales (decimal strings). */
function staffYears(ctx: ModelContext, run: ScenarioRun, f: ResultFormat, isLazy: boolean): StaffYear[] {
  // Each year's record is built on first read (defineLazy), its strings once per entry.
  let perEntry: (readonly [ResolvedStaff, string[]])[] | null = null;
  const out: StaffYear[] = [];
  for (let year = ctx.startYear; year <= ctx.endYear; year += 1) {
    // `byPartyGroup` added as the accessor, not written first and redefined (see scenarioResult).
    const staffYear = { year } as StaffYear;
    defineLazy(
      staffYear,
      'byPartyGroup',
      () => {
        perEntry ??= run.resolved.staff.map((st) => [st, fteStrings(ctx, st, f)] as const);
        const byPartyGroup: Record<string, Record<string, string>> = {};
        for (const [st, strings] of perEntry)
          (byPartyGroup[st.party] ??= {})[st.group] = strings[year - ctx.startYear] as string;
        return byPartyGroup;
      },
      isLazy,
    );
    out.push(staffYear);
  }
  return out;
}

/** A staff entry's FTE per horizon year as strings; scenarios share untouched entries. */
function fteStrings(ctx: ModelContext, st: ResolvedStaff, f: ResultFormat): string[] {
  let strings = f.staff.get(st);
  if (strings === undefined) {
    strings = [];
    for (let year = ctx.startYear; year <= ctx.endYear; year += 1) {
      let fte = st.fteAt(year);
      if (st.scales.length > 0) fte = fte.times(exactDecimal(factorProduct(exactKernel, st.scales, year)));
      strings.push(fte.toString());
    }
    f.staff.set(st, strings);
  }
  return strings;
}
