/**
 * An independent, deliberately simple reference implementation of the calculation rules of
 * `../shared/spec/model.md` §3–§8, written from the spec text and the documented choices of
 * docs/engine.md — not from the engine's code. It imports only types from src/engine and
 * computes with its own decimal.js constructor (50 digits): resolve each scenario by applying
 * its changes in order, round every contribution to cents, sum per year, allocate each shared
 * party's cost per category (one-off and recurring apart), extrapolate, and derive savings,
 * break-even, payback, NPV and investment, for the whole and per municipality. The result has
 * the shape of the CLI document (spec §9), so test/reference/differential.test.ts can compare
 * it with the engine's to the cent. Slow on purpose: no caches, no integer-cent shortcuts.
 */
import type { ModelFile, Num } from '../../src/engine';
import type { CliDocument } from '../../src/engine/results';
import { municipalitiesOf } from './allocate';
import { allocateYear, scenarioViews, type ExitRow, type Removal, type TransitionRow } from './decision';
import type { Actuals, DecisionParty } from './decision-types';
import { assumptionsOf, categoriesOf, indexRate, lastComputedYear, type Contribution } from './contributions';
import { cents, dec, Dec, money, ONE, sum, yearValue, ZERO } from './decimal';
import { resolveScenarios, type Params } from './resolve';

/** A cost split into its one-off part and the rest. */
type Cost = { total: Dec; oneOff: Dec };

type YearFigures = {
  year: number;
  isExtrapolated: boolean;
  cost: Cost;
  byOwner: Map<string, Cost>;
  byCategory: Map<string, Cost>;
  /** Per municipality after allocation. */
  byParty: Map<string, Cost>;
  /** Per owner and category ("owner category"), and per municipality and category after allocation. */
  cells: Map<string, Cost>;
  partyCells: Map<string, Cost>;
};

const zeroCost = (): Cost => ({ total: ZERO, oneOff: ZERO });
const add = (a: Cost, amount: Dec, isOneOff: boolean): Cost => ({
  total: a.total.plus(amount),
  oneOff: isOneOff ? a.oneOff.plus(amount) : a.oneOff,
});
const zeroMap = (ids: readonly string[]) => new Map(ids.map((id) => [id, zeroCost()]));
const addTo = (map: Map<string, Cost>, id: string, amount: Dec, isOneOff: boolean) => {
  map.set(id, add(map.get(id) ?? zeroCost(), amount, isOneOff));
};

function horizonYear(
  model: ModelFile,
  params: Params,
  contributions: readonly Contribution[],
  year: number,
  removals: readonly Removal[],
): YearFigures {
  const own = contributions.filter((c) => c.year === year);
  const municipalities = municipalitiesOf(model);
  const figures: YearFigures = {
    year,
    isExtrapolated: false,
    cost: zeroCost(),
    byOwner: zeroMap(model.parties.map((p) => p.id)),
    byCategory: zeroMap(categoriesOf(model).map((c) => c.id)),
    byParty: zeroMap(municipalities),
    cells: new Map(),
    partyCells: new Map(),
  };
  for (const c of own) {
    figures.cost = add(figures.cost, c.amount, c.isOneOff);
    addTo(figures.byOwner, c.owner, c.amount, c.isOneOff);
    addTo(figures.byCategory, c.category, c.amount, c.isOneOff);
    addTo(figures.cells, `${c.owner} ${c.category}`, c.amount, c.isOneOff);
    if (municipalities.includes(c.owner)) {
      addTo(figures.byParty, c.owner, c.amount, c.isOneOff);
      addTo(figures.partyCells, `${c.owner} ${c.category}`, c.amount, c.isOneOff);
    }
  }
  // Each shared party's cost per category, one-off and recurring split separately (§7); a
  // leaver out of the keys from its `from` on (model-v3 §10.4).
  for (const part of allocateYear(model, params, own, year, removals)) {
    addTo(figures.byParty, part.member, part.amount, part.isOneOff);
    addTo(figures.partyCells, `${part.member} ${part.category}`, part.amount, part.isOneOff);
  }
  return figures;
}

/** Extrapolated year (§8, docs choice 13): each figure is its own recurring value in endYear, indexed and rounded. */
function extrapolatedYear(last: YearFigures, year: number, rate: Dec): YearFigures {
  const factor = ONE.plus(rate).pow(year - last.year);
  const grow = (c: Cost): Cost => ({ total: cents(c.total.minus(c.oneOff).times(factor)), oneOff: ZERO });
  const growMap = (m: Map<string, Cost>) => new Map([...m].map(([k, v]) => [k, grow(v)]));
  return {
    year,
    isExtrapolated: true,
    cost: grow(last.cost),
    byOwner: growMap(last.byOwner),
    byCategory: growMap(last.byCategory),
    byParty: growMap(last.byParty),
    cells: new Map(),
    partyCells: new Map(),
  };
}

/**
 * indexLastByCategory (model-v3 §10.1): each (owner, category) recurring cost of endYear grown at
 * its category's index rate and rounded; totals, byOwner and byCategory are sums of those; per
 * municipality the same on its allocated recurring cost per category.
 */
function extrapolatedByCategory(model: ModelFile, params: Params, last: YearFigures, year: number): YearFigures {
  const settings = assumptionsOf(model, params);
  const grown = (key: string, c: Cost) => {
    const category = key.slice(key.indexOf(' ') + 1);
    const factor = ONE.plus(indexRate(model, settings, category)).pow(year - last.year);
    return cents(c.total.minus(c.oneOff).times(factor));
  };
  const figures: YearFigures = {
    year,
    isExtrapolated: true,
    cost: zeroCost(),
    byOwner: new Map([...last.byOwner.keys()].map((k) => [k, zeroCost()])),
    byCategory: new Map([...last.byCategory.keys()].map((k) => [k, zeroCost()])),
    byParty: new Map([...last.byParty.keys()].map((k) => [k, zeroCost()])),
    cells: new Map(),
    partyCells: new Map(),
  };
  for (const [key, c] of last.cells) {
    const amount = grown(key, c);
    const [owner, category] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
    figures.cost = add(figures.cost, amount, false);
    addTo(figures.byOwner, owner, amount, false);
    addTo(figures.byCategory, category, amount, false);
  }
  for (const [key, c] of last.partyCells) addTo(figures.byParty, key.slice(0, key.indexOf(' ')), grown(key, c), false);
  return figures;
}

/** The yearly figures of one scenario from its contributions (accrual or cash), with the file's extrapolation. */
function seriesOf(
  model: ModelFile,
  params: Params,
  contributions: readonly Contribution[],
  removals: readonly Removal[],
): YearFigures[] {
  const { startYear, endYear } = model.horizon;
  const extrapolateTo = model.horizon.extrapolateTo ?? endYear;
  const method = model.assumptions?.extrapolation ?? 'indexLast';
  const out: YearFigures[] = [];
  // computeThrough: every rule applied to every year up to extrapolateTo (model-v3 §10.1).
  const last = lastComputedYear(model);
  for (let y = startYear; y <= last; y += 1)
    out.push({ ...horizonYear(model, params, contributions, y, removals), isExtrapolated: y > endYear });
  // The extrapolation method and the horizon are model-wide (§5.3 setParam).
  const end = out[endYear - startYear] as YearFigures;
  if (method === 'indexLast') {
    const rate = assumptionsOf(model, params).indexDefault; // the scenario's own rate
    for (let y = endYear + 1; y <= extrapolateTo; y += 1) out.push(extrapolatedYear(end, y, rate));
  } else if ((method as string) === 'indexLastByCategory') {
    for (let y = endYear + 1; y <= extrapolateTo; y += 1) out.push(extrapolatedByCategory(model, params, end, y));
  }
  return out;
}

type BreakEven = { year: number; extrapolated: boolean } | null;
type Metrics = {
  savings: Dec[];
  cumulative: Dec[];
  breakEven: BreakEven;
  paybackYears: number | null;
  npv: Dec;
  npvExtended: Dec;
  investment: Dec;
};

/** Savings, break-even, payback, NPV and investment of §8 for one series against the baseline's. */
function metricsOf(
  model: ModelFile,
  years: readonly YearFigures[],
  scenario: readonly Cost[],
  baseline: readonly Cost[],
  discountRate: Dec,
  isBaseline: boolean,
): Metrics {
  const { startYear, endYear } = model.horizon;
  const savings = scenario.map((c, i) => (baseline[i] as Cost).total.minus(c.total));
  const cumulative: Dec[] = [];
  savings.reduce((acc, s) => {
    const next = acc.plus(s);
    cumulative.push(next);
    return next;
  }, ZERO);
  // First year whose cumulative savings are ≥ 0 and stay so in every later year.
  let k: number | null = cumulative.length;
  while (k > 0 && !(cumulative[k - 1] as Dec).isNegative()) k -= 1;
  if (k === cumulative.length) k = null;
  if (isBaseline) k = null;
  const breakEven: BreakEven =
    k === null ? null : { year: startYear + k, extrapolated: (years[k] as YearFigures).isExtrapolated };
  const paybackYears =
    k === null
      ? null
      : k === 0
        ? 0
        : ONE.times(k)
            .plus((cumulative[k - 1] as Dec).neg().div(savings[k] as Dec))
            .toNumber();
  const discounted = savings.map((s, i) => s.div(ONE.plus(discountRate).pow(i)));
  const inHorizon = (i: number) => startYear + i <= endYear;
  const isComputed = (i: number) => startYear + i <= lastComputedYear(model); // L (model-v3)
  return {
    savings,
    cumulative,
    breakEven,
    paybackYears,
    npv: cents(sum(discounted.filter((_, i) => inHorizon(i)))),
    npvExtended: cents(sum(discounted)),
    investment: sum(scenario.map((c, i) => (isComputed(i) ? c.oneOff.minus((baseline[i] as Cost).oneOff) : ZERO))),
  };
}

const moneyRecord = (m: Map<string, Cost>) => Object.fromEntries([...m].map(([k, v]) => [k, money(v.total)]));
const costOf = (m: Map<string, Cost>, id: string) => m.get(id) ?? zeroCost();

/**
 * The nominal discount rate of every NPV (model-v3 §10.3): from `discountRealRate` when given,
 * (1 + real) × (1 + the baseline's indexation.default) − 1; else the scenario's discountRate.
 */
function discountRateOf(model: ModelFile, params: Params, baseline: Params): Dec {
  const real = (model.assumptions as { discountRealRate?: Num } | undefined)?.discountRealRate;
  if (real === undefined) return assumptionsOf(model, params).discountRate;
  return ONE.plus(dec(real))
    .times(ONE.plus(assumptionsOf(model, baseline).indexDefault))
    .minus(ONE);
}

type Run = {
  series: YearFigures[];
  cash: YearFigures[];
  params: Params;
  exits: ExitRow[];
  transition: TransitionRow[] | null;
};

/** The cash part of the document (model-v3 §10.3, §10.9) for one cost series against the baseline's. */
function cashDocument(
  model: ModelFile,
  years: readonly YearFigures[],
  mine: readonly Cost[],
  base: readonly Cost[],
  rate: Dec,
  isBaseline: boolean,
) {
  const m = metricsOf(model, years, mine, base, rate, isBaseline);
  return {
    years: years.map((y, i) => ({
      year: y.year,
      total: money((mine[i] as Cost).total),
      oneOff: money((mine[i] as Cost).oneOff),
      recurring: money((mine[i] as Cost).total.minus((mine[i] as Cost).oneOff)),
      savings: money(m.savings[i] as Dec),
      cumulativeSavings: money(m.cumulative[i] as Dec),
    })),
    breakEven: m.breakEven,
    paybackYears: m.paybackYears,
    npv: money(m.npv),
    npvExtended: money(m.npvExtended),
  };
}

/**
 * The council's budget (model-v3 §10.7) of a municipality with a `budget`, per year up to L:
 * structural and incidental gap, their total, and the shortfall on the taakstelling.
 */
function budgetDocument(
  model: ModelFile,
  params: Params,
  id: string,
  series: readonly YearFigures[],
  base: readonly YearFigures[],
  isBaseline: boolean,
) {
  const budget = (params.parties[id] as DecisionParty | undefined)?.budget;
  if (budget === undefined) return {};
  const rows = series
    .filter((y) => y.year <= lastComputedYear(model))
    .map((y, i) => {
      const mine = costOf(y.byParty, id);
      const recurring = mine.total.minus(mine.oneOff);
      const baseCost = costOf((base[i] as YearFigures).byParty, id);
      const structural = recurring.minus(yearValue(budget.ict, y.year));
      const reserve = dec(budget.reserve?.[String(y.year)] ?? 0);
      // A reserve funds one-off cost, never more.
      const incidental = mine.oneOff.minus(Dec.min(reserve, Dec.max(ZERO, mine.oneOff)));
      const target = yearValue(budget.target, y.year);
      const saved = baseCost.total.minus(baseCost.oneOff).minus(recurring);
      const shortfall = isBaseline || !target.greaterThan(0) ? ZERO : Dec.max(ZERO, target.minus(saved));
      return {
        year: y.year,
        structural: money(structural),
        incidental: money(incidental),
        total: money(structural.plus(incidental)),
        targetShortfall: money(shortfall),
      };
    });
  return { budget: rows };
}

/**
 * Realisation (model-v3 §10.8) of a municipality on the scenario the actuals name: plan,
 * variance and realised savings per year with an actual, and the forecast break-even of the
 * series that takes the actual where there is one and the plan elsewhere.
 */
function actualsDocument(
  model: ModelFile,
  actuals: Actuals,
  id: string,
  series: readonly YearFigures[],
  base: readonly YearFigures[],
  isBaseline: boolean,
) {
  const actualOf = (year: number) => {
    const entry = actuals.years[String(year)]?.[id];
    return entry === undefined ? null : dec(entry.total);
  };
  let cumulative = ZERO;
  const rows = [];
  for (const [i, y] of series.entries()) {
    const actual = actualOf(y.year);
    if (actual === null || y.year > lastComputedYear(model)) continue;
    const plan = costOf(y.byParty, id).total;
    const realised = costOf((base[i] as YearFigures).byParty, id).total.minus(actual);
    cumulative = cumulative.plus(realised);
    rows.push({
      year: y.year,
      actual: money(actual),
      plan: money(plan),
      variance: money(actual.minus(plan)),
      realisedSavings: money(realised),
      cumulativeRealisedSavings: money(cumulative),
    });
  }
  const forecast = series.map((y) => {
    const actual = y.year <= lastComputedYear(model) ? actualOf(y.year) : null;
    return actual === null ? costOf(y.byParty, id) : { total: actual, oneOff: ZERO };
  });
  const m = metricsOf(
    model,
    series,
    forecast,
    base.map((y) => costOf(y.byParty, id)),
    ZERO,
    isBaseline,
  );
  return { actuals: rows, forecastBreakEven: m.breakEven };
}

/** The spec §9 document of a valid model, computed by the reference (with model-v3 §10.9 for version-3 files). */
export function referenceDocument(model: ModelFile): CliDocument {
  const resolved = resolveScenarios(model);
  const baseline = model.scenarios.find((s) => s.basedOn === null);
  if (baseline === undefined) throw new Error('reference: no baseline');
  const isV3 = model.version >= 3;
  const resolvedBaseline = resolved.get(baseline.id);
  if (resolvedBaseline === undefined) throw new Error('reference: unresolved baseline');
  const runs = new Map(
    model.scenarios.map((s): [string, Run] => {
      const r = resolved.get(s.id);
      if (r === undefined) throw new Error(`reference: unresolved ${s.id}`);
      const { views, removals, exits, transition } = scenarioViews(model, r, resolvedBaseline);
      return [
        s.id,
        {
          series: seriesOf(model, r.params, views.accrual, removals),
          cash: seriesOf(model, r.params, views.cash, removals),
          params: r.params,
          exits,
          transition,
        },
      ];
    }),
  );
  const actuals = (model as { actuals?: Actuals }).actuals;
  const baseRun = runs.get(baseline.id) as Run;
  const base = baseRun.series;
  return {
    scenarios: model.scenarios.map((s) => {
      const { series, cash, params, exits, transition } = runs.get(s.id) as Run;
      const isBaseline = s.basedOn === null;
      const discountRate = discountRateOf(model, params, baseRun.params);
      const m = metricsOf(
        model,
        series,
        series.map((y) => y.cost),
        base.map((y) => y.cost),
        discountRate,
        isBaseline,
      );
      const parties = Object.fromEntries(
        municipalitiesOf(model).map((id) => {
          const mine = series.map((y) => costOf(y.byParty, id));
          const pm = metricsOf(
            model,
            series,
            mine,
            base.map((y) => costOf(y.byParty, id)),
            discountRate,
            isBaseline,
          );
          const cashOf = (ys: readonly YearFigures[]) => ys.map((y) => costOf(y.byParty, id));
          return [
            id,
            {
              breakEven: pm.breakEven,
              paybackYears: pm.paybackYears,
              npv: money(pm.npv),
              npvExtended: money(pm.npvExtended),
              investment: money(pm.investment),
              years: series.map((y, i) => ({
                year: y.year,
                extrapolated: y.isExtrapolated,
                total: money((mine[i] as Cost).total),
                oneOff: money((mine[i] as Cost).oneOff),
                savings: money(pm.savings[i] as Dec),
                cumulativeSavings: money(pm.cumulative[i] as Dec),
              })),
              ...(isV3
                ? {
                    cash: cashDocument(model, cash, cashOf(cash), cashOf(baseRun.cash), discountRate, isBaseline),
                    ...budgetDocument(model, params, id, series, base, isBaseline),
                    ...(actuals !== undefined && actuals.scenario === s.id
                      ? actualsDocument(model, actuals, id, series, base, isBaseline)
                      : {}),
                  }
                : {}),
            },
          ];
        }),
      );
      return {
        id: s.id,
        name: s.name,
        basedOn: s.basedOn,
        years: series.map((y, i) => ({
          year: y.year,
          extrapolated: y.isExtrapolated,
          total: money(y.cost.total),
          oneOff: money(y.cost.oneOff),
          recurring: money(y.cost.total.minus(y.cost.oneOff)),
          byParty: moneyRecord(y.byParty),
          byOwner: moneyRecord(y.byOwner),
          byCategory: moneyRecord(y.byCategory),
          savings: money(m.savings[i] as Dec),
          cumulativeSavings: money(m.cumulative[i] as Dec),
        })),
        breakEven: m.breakEven,
        paybackYears: m.paybackYears,
        npv: money(m.npv),
        npvExtended: money(m.npvExtended),
        investment: money(m.investment),
        parties,
        ...(isV3
          ? {
              exits: exits.map((e) => ({
                party: e.party,
                shared: e.shared,
                from: e.from,
                decisionYear: e.decisionYear,
                method: e.method,
                terms: e.terms.map((t) => ({ year: t.year, amount: money(t.amount) })),
                total: money(e.total),
              })),
              ...(transition !== null
                ? {
                    staffTransition: transition.map((row) => ({
                      group: row.group,
                      year: row.year,
                      reduction: row.reduction.toNumber(),
                      hired: row.hired.toNumber(),
                      attrition: row.attrition.toNumber(),
                      surplus: row.surplus.toNumber(),
                      cost: money(row.cost),
                    })),
                  }
                : {}),
              cash: cashDocument(
                model,
                cash,
                cash.map((y) => y.cost),
                baseRun.cash.map((y) => y.cost),
                discountRate,
                isBaseline,
              ),
            }
          : {}),
      };
    }),
  } as CliDocument;
}
