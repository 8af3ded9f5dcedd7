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
import type { ModelFile } from '../../src/engine';
import type { CliDocument } from '../../src/engine/results';
import { allocate, municipalitiesOf } from './allocate';
import { assumptionsOf, categoriesOf, contributionsOf, type Contribution } from './contributions';
import { cents, money, ONE, sum, ZERO, type Dec } from './decimal';
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

function horizonYear(model: ModelFile, params: Params, contributions: readonly Contribution[], year: number): YearFigures {
  const own = contributions.filter((c) => c.year === year);
  const municipalities = municipalitiesOf(model);
  const figures: YearFigures = {
    year,
    isExtrapolated: false,
    cost: zeroCost(),
    byOwner: zeroMap(model.parties.map((p) => p.id)),
    byCategory: zeroMap(categoriesOf(model).map((c) => c.id)),
    byParty: zeroMap(municipalities),
  };
  for (const c of own) {
    figures.cost = add(figures.cost, c.amount, c.isOneOff);
    addTo(figures.byOwner, c.owner, c.amount, c.isOneOff);
    addTo(figures.byCategory, c.category, c.amount, c.isOneOff);
    if (municipalities.includes(c.owner)) addTo(figures.byParty, c.owner, c.amount, c.isOneOff);
  }
  // Each shared party's cost per category, one-off and recurring split separately (§7).
  for (const shared of model.parties.filter((p) => p.kind === 'shared')) {
    for (const category of categoriesOf(model)) {
      const mine = own.filter((c) => c.owner === shared.id && c.category === category.id);
      for (const isOneOff of [true, false]) {
        const amount = sum(mine.filter((c) => c.isOneOff === isOneOff).map((c) => c.amount));
        for (const [member, part] of allocate(model, params, shared.id, category.id, year, amount)) {
          addTo(figures.byParty, member, part, isOneOff);
        }
      }
    }
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
  };
}

function seriesOf(model: ModelFile, params: Params, contributions: readonly Contribution[]): YearFigures[] {
  const { startYear, endYear } = model.horizon;
  const out: YearFigures[] = [];
  for (let y = startYear; y <= endYear; y += 1) out.push(horizonYear(model, params, contributions, y));
  // The extrapolation method and the horizon are model-wide (§5.3 setParam).
  if ((model.assumptions?.extrapolation ?? 'indexLast') === 'indexLast') {
    const last = out[out.length - 1] as YearFigures;
    const rate = assumptionsOf(model, params).indexDefault; // the scenario's own rate
    for (let y = endYear + 1; y <= (model.horizon.extrapolateTo ?? endYear); y += 1) out.push(extrapolatedYear(last, y, rate));
  }
  return out;
}

type BreakEven = { year: number; extrapolated: boolean } | null;
type Metrics = {
  savings: Dec[]; cumulative: Dec[]; breakEven: BreakEven; paybackYears: number | null;
  npv: Dec; npvExtended: Dec; investment: Dec;
};

/** Savings, break-even, payback, NPV and investment of §8 for one series against the baseline's. */
function metricsOf(
  model: ModelFile, years: readonly YearFigures[], scenario: readonly Cost[], baseline: readonly Cost[],
  discountRate: Dec, isBaseline: boolean,
): Metrics {
  const { startYear, endYear } = model.horizon;
  const savings = scenario.map((c, i) => (baseline[i] as Cost).total.minus(c.total));
  const cumulative: Dec[] = [];
  savings.reduce((acc, s) => { const next = acc.plus(s); cumulative.push(next); return next; }, ZERO);
  // First year whose cumulative savings are ≥ 0 and stay so in every later year.
  let k: number | null = cumulative.length;
  while (k > 0 && !(cumulative[k - 1] as Dec).isNegative()) k -= 1;
  if (k === cumulative.length) k = null;
  if (isBaseline) k = null;
  const breakEven: BreakEven = k === null ? null : { year: startYear + k, extrapolated: (years[k] as YearFigures).isExtrapolated };
  const paybackYears = k === null
    ? null
    : k === 0 ? 0 : ONE.times(k).plus((cumulative[k - 1] as Dec).neg().div(savings[k] as Dec)).toNumber();
  const discounted = savings.map((s, i) => s.div(ONE.plus(discountRate).pow(i)));
  const inHorizon = (i: number) => startYear + i <= endYear;
  return {
    savings,
    cumulative,
    breakEven,
    paybackYears,
    npv: cents(sum(discounted.filter((_, i) => inHorizon(i)))),
    npvExtended: cents(sum(discounted)),
    investment: sum(scenario.map((c, i) => (inHorizon(i) ? c.oneOff.minus((baseline[i] as Cost).oneOff) : ZERO))),
  };
}

const moneyRecord = (m: Map<string, Cost>) => Object.fromEntries([...m].map(([k, v]) => [k, money(v.total)]));
const costOf = (m: Map<string, Cost>, id: string) => m.get(id) ?? zeroCost();

/** The spec §9 document of a valid model, computed by the reference. */
export function referenceDocument(model: ModelFile): CliDocument {
  const resolved = resolveScenarios(model);
  const baseline = model.scenarios.find((s) => s.basedOn === null);
  if (baseline === undefined) throw new Error('reference: no baseline');
  const seriesById = new Map(model.scenarios.map((s) => {
    const r = resolved.get(s.id);
    if (r === undefined) throw new Error(`reference: unresolved ${s.id}`);
    return [s.id, { series: seriesOf(model, r.params, contributionsOf(model, r)), params: r.params }];
  }));
  const base = (seriesById.get(baseline.id) as { series: YearFigures[] }).series;
  return {
    scenarios: model.scenarios.map((s) => {
      const { series, params } = seriesById.get(s.id) as { series: YearFigures[]; params: Params };
      const isBaseline = s.basedOn === null;
      const discountRate = assumptionsOf(model, params).discountRate;
      const m = metricsOf(model, series, series.map((y) => y.cost), base.map((y) => y.cost), discountRate, isBaseline);
      const parties = Object.fromEntries(municipalitiesOf(model).map((id) => {
        const mine = series.map((y) => costOf(y.byParty, id));
        const pm = metricsOf(model, series, mine, base.map((y) => costOf(y.byParty, id)), discountRate, isBaseline);
        return [id, {
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
        }];
      }));
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
      };
    }),
  };
}
