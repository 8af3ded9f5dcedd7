/**
 * The trace of a figure (every number traceable): the contributions behind one cell of the
 * results — a scenario's total in a year, a municipality's (after allocation), an owner's
 * (before allocation), optionally narrowed to a category. The items add up to the figure.
 */
import { allocateByKey, centsToMoney, exactDecimal, exactKernel, roundCents, Decimal } from '../numeric';
import {
  indexAt,
  type ModelContext,
  membersOf,
  weightOf,
  costPerFte,
  inhabitantsOf,
  investmentAmount,
  lineContributions,
  recurringAmount,
  staffContributions,
  type Contribution,
} from '../calc';
import { runScenarios, type ScenarioRun } from '../results';
import type { ModelFile, Money } from '../model';
import {
  allocationKeyOf,
  depreciationStartOf,
  partyParams,
  termOf,
  type ResolvedLine,
  factorProduct,
  lineCategory,
  type ResolvedStaff,
} from '../resolve';

export type TraceQuery = { scenarioId: string; year: number; party?: string; owner?: string; category?: string };

export type TraceRule =
  | 'opex'
  | 'charge'
  | 'staff'
  | 'oneOff'
  | 'disinvestment'
  | 'allocation'
  | 'extrapolation'
  /** model-v3 §10.5, §10.6: friction by rule, VAT. */
  | 'friction'
  | 'vat';

export type TraceItem = {
  rule: TraceRule;
  /** A short English label; the UI builds its own text from `rule` and `detail`. */
  label: string;
  lineId?: string;
  /** The party the source belongs to (line or staff party; the shared party for allocation). */
  party: string;
  owner: string;
  category: string;
  isOneOff: boolean;
  amount: Money;
  /** The inputs of the rule, as decimal strings or numbers (what the UI shows as "how"). */
  detail: Record<string, string | number | boolean>;
  note?: string;
};

export type Trace = { total: Money; items: TraceItem[]; isExtrapolated: boolean };

/** Every contribution of a scenario run, with the line or staff entry it comes from (in order). */
function allContributions(ctx: ModelContext, run: ScenarioRun): Map<Contribution, ResolvedLine | ResolvedStaff> {
  const out = new Map<Contribution, ResolvedLine | ResolvedStaff>();
  for (const rl of run.resolved.lines) for (const c of lineContributions(ctx, run.params, rl)) out.set(c, rl);
  for (const st of run.resolved.staff) for (const c of staffContributions(ctx, run.params, st)) out.set(c, st);
  return out;
}

/** Lists the contributions behind a figure of the evaluation of `model`. */
export function explainFigure(model: ModelFile, query: TraceQuery): Trace {
  const { ctx, runs } = runScenarios(model);
  const run = runs.get(query.scenarioId);
  if (run === undefined) throw new Error(`unknown scenario "${query.scenarioId}"`);
  if (query.year > ctx.endYear) return extrapolated(ctx, run, query, model);
  const matches = (c: Contribution) =>
    c.year === query.year && (query.category === undefined || c.category === query.category);
  const sources = allContributions(ctx, run);
  const contributions = [...sources.keys()].filter(matches);
  const items: TraceItem[] = [];
  const viewParty = query.party ?? query.owner;
  for (const c of contributions) {
    if (viewParty === undefined || c.owner === viewParty)
      items.push(itemOf(ctx, run, c, sources.get(c) as ResolvedLine | ResolvedStaff));
  }
  // Friction by rule and VAT (model-v3 §10.5, §10.6): computed from the whole scenario, not a line.
  const decided = (run.decisionEntries ?? []).filter(matches);
  for (const c of decided) {
    if (viewParty !== undefined && c.owner !== viewParty) continue;
    const rule = c.kind === 'vat' ? 'vat' : 'friction';
    items.push({
      rule,
      label: rule === 'vat' ? 'VAT (model-v3 §10.6)' : 'friction by rule (model-v3 §10.5)',
      party: c.owner,
      owner: c.owner,
      category: c.category,
      isOneOff: c.isOneOff,
      amount: centsToMoney(c.cents),
      detail: {},
    });
  }
  contributions.push(...decided);
  if (query.party !== undefined) items.push(...allocatedShares(ctx, run, contributions, query.party));
  const total = items.reduce((sum, i) => sum + Number(i.amount.replace('.', '')), 0);
  // Under computeThrough a year after the plan is computed by the rules, yet still extrapolated (model-v3 §10.1).
  return { total: centsToMoney(total), items, isExtrapolated: query.year > ctx.planEndYear };
}

function itemOf(ctx: ModelContext, run: ScenarioRun, c: Contribution, src: ResolvedLine | ResolvedStaff): TraceItem {
  const base = { owner: c.owner, category: c.category, isOneOff: c.isOneOff, amount: centsToMoney(c.cents) };
  if ('line' in src) {
    // The trace explains accrual cost: its contributions never carry the cash view's `outlay`.
    return {
      ...base,
      rule: c.kind as Exclude<typeof c.kind, 'outlay' | 'friction' | 'vat'>,
      label: `${src.line.type} ${src.line.id}`,
      lineId: src.line.id,
      party: src.line.party,
      detail: lineDetail(ctx, run, src, c),
      ...(src.line.note ? { note: src.line.note } : {}),
    };
  }
  const { own, hired } = costPerFte(run.params, src.party, src.group);
  return {
    ...base,
    rule: 'staff',
    label: `staff ${src.party}/${src.group}`,
    party: src.party,
    detail: {
      group: src.group,
      fte: src.fteAt(c.year).toString(),
      hiredShare: src.hiredAt(c.year).toString(),
      costPerFteOwn: own.toString(),
      costPerFteHired: hired.toString(),
      index: indexAt(ctx.memo, run.params, src.category, c.year).toString(),
      factor: exactDecimal(factorProduct(exactKernel, src.scales, c.year)).toString(),
      scales: src.scales
        .filter((s) => s.applies(c.year))
        .map((s) => s.source)
        .join(', '),
    },
    ...(src.entry.note ? { note: src.entry.note } : {}),
  };
}

function lineDetail(ctx: ModelContext, run: ScenarioRun, rl: ResolvedLine, c: Contribution): TraceItem['detail'] {
  const line = rl.line;
  const scales = rl.scales
    .filter((s) => s.applies(c.investYear ?? c.year))
    .map((s) => s.source)
    .join(', ');
  if (c.kind === 'opex' && line.type === 'opex') {
    const override = line.overrides?.[String(c.year)];
    return {
      amount: String(line.amount),
      isIndexed: line.indexed !== false,
      ...(override !== undefined ? { override: String(override) } : {}),
      index: indexAt(ctx.memo, run.params, line.category, c.year).toString(),
      factor: exactDecimal(factorProduct(exactKernel, rl.scales, c.year)).toString(),
      scales,
    };
  }
  if ((c.kind === 'charge' || c.kind === 'disinvestment') && c.investYear !== undefined) {
    const category = lineCategory(line);
    const amount =
      line.type === 'investment' || line.type === 'application'
        ? centsToMoney(investmentAmount(run.params, rl, line))
        : line.type === 'recurringInvestment'
          ? centsToMoney(recurringAmount(ctx, run.params, rl, line, c.investYear))
          : '';
    // A recurring investment per inhabitant: the quantity it used (issue 20), so the amount can be recomputed by hand.
    const perInhabitant: TraceItem['detail'] =
      line.type === 'recurringInvestment' && line.perInhabitant !== undefined
        ? {
            perInhabitant: String(line.perInhabitant),
            inhabitants: inhabitantsOf(ctx, run.params, line.party, c.investYear).toString(),
          }
        : {};
    return {
      investYear: c.investYear,
      ...(amount ? { investment: amount } : {}),
      ...perInhabitant,
      years:
        line.type === 'investment' || line.type === 'application'
          ? (line.years ?? termOf(run.params, c.owner, category))
          : termOf(run.params, c.owner, category),
      interestRate: partyParams(run.params, c.owner).interestRate.toString(),
      method: line.type === 'investment' && line.method ? line.method : run.params.depreciationMethod,
      start: depreciationStartOf(run.params, c.owner),
      scales,
    };
  }
  return line.type === 'oneOff' ? { amount: String(line.amount) } : { scales };
}

function allocatedShares(
  ctx: ModelContext,
  run: ScenarioRun,
  contributions: Contribution[],
  party: string,
): TraceItem[] {
  const items: TraceItem[] = [];
  for (const s of ctx.layout.shared) {
    const byCategory = new Map<string, { rec: number; one: number }>();
    for (const c of contributions) {
      if (c.owner !== s) continue;
      const t = byCategory.get(c.category) ?? { rec: 0, one: 0 };
      if (c.isOneOff) t.one += c.cents;
      else t.rec += c.cents;
      byCategory.set(c.category, t);
    }
    for (const [category, t] of byCategory) {
      const key = allocationKeyOf(run.params, s, category);
      const members = membersOf(ctx.layout, key);
      const j = members.indexOf(party);
      if (j < 0) continue;
      const year = contributions[0]?.year ?? ctx.startYear;
      const weights = members.map((m) => weightOf(run.params, key, m, year));
      const totalWeight = weights.reduce((a, w) => a.plus(w), new Decimal(0));
      for (const [isOneOff, amount] of [
        [false, t.rec],
        [true, t.one],
      ] as const) {
        if (amount === 0) continue;
        const share = (allocateByKey(amount, weights) as number[])[j] as number;
        items.push({
          rule: 'allocation',
          label: `share of ${s}`,
          party: s,
          owner: s,
          category,
          isOneOff,
          amount: centsToMoney(share),
          detail: {
            basis: key?.basis ?? 'inhabitants',
            weight: (weights[j] as Decimal).toString(),
            totalWeight: totalWeight.toString(),
            sharedAmount: centsToMoney(amount),
            members: members.join(', '),
          },
        });
      }
    }
  }
  return items;
}

function extrapolated(ctx: ModelContext, run: ScenarioRun, query: TraceQuery, model: ModelFile): Trace {
  const s = run.summary;
  const i = s.years.indexOf(query.year);
  if (i < 0) throw new Error(`year ${query.year} is outside the results`);
  // The recurring part of the same figure in the last horizon year, from its own trace.
  const endTrace = explainFigure(model, { ...query, year: ctx.endYear });
  const recurringEnd = endTrace.items.reduce(
    (sum, item) => (item.isOneOff ? sum : sum + Number(item.amount.replace('.', ''))),
    0,
  );
  if (ctx.extrapolation === 'indexLastByCategory') return byCategoryTrace(ctx, run, query, endTrace.items);
  const factor = new Decimal(1).plus(run.params.extrapolationRate).pow(query.year - ctx.endYear);
  const value = roundCents(new Decimal(recurringEnd).times(factor));
  return {
    total: centsToMoney(value),
    isExtrapolated: true,
    items: [
      {
        rule: 'extrapolation',
        label: `recurring ${ctx.endYear} × growth`,
        party: query.party ?? query.owner ?? '',
        owner: query.owner ?? '',
        category: query.category ?? '',
        isOneOff: false,
        amount: centsToMoney(value),
        detail: {
          recurringEndYear: centsToMoney(recurringEnd),
          rate: run.params.extrapolationRate.toString(),
          years: query.year - ctx.endYear,
          factor: factor.toString(),
        },
      },
    ],
  };
}

/**
 * An extrapolated year under indexLastByCategory (model-v3 §10.1): one item per cell the engine
 * grows — (owner, category) for the whole and owner views, category for a municipality's
 * allocated cost — each its recurring endYear cost × (1 + its category's rate)^k, rounded.
 */
function byCategoryTrace(
  ctx: ModelContext,
  run: ScenarioRun,
  query: TraceQuery,
  endItems: readonly TraceItem[],
): Trace {
  const k = query.year - ctx.endYear;
  const cells = new Map<string, { owner: string; category: string; cents: number }>();
  for (const item of endItems) {
    if (item.isOneOff) continue;
    const key = query.party !== undefined ? item.category : `${item.owner} ${item.category}`;
    const cell = cells.get(key) ?? {
      owner: query.party !== undefined ? query.party : item.owner,
      category: item.category,
      cents: 0,
    };
    cell.cents += Number(item.amount.replace('.', ''));
    cells.set(key, cell);
  }
  let total = 0;
  const items: TraceItem[] = [...cells.values()].map((c) => {
    const rate = run.params.indexRates.get(c.category) ?? run.params.extrapolationRate;
    const factor = new Decimal(1).plus(rate).pow(k);
    const value = roundCents(new Decimal(c.cents).times(factor));
    total += value;
    return {
      rule: 'extrapolation',
      label: `recurring ${ctx.endYear} × growth of ${c.category}`,
      party: query.party ?? c.owner,
      owner: c.owner,
      category: c.category,
      isOneOff: false,
      amount: centsToMoney(value),
      detail: { recurringEndYear: centsToMoney(c.cents), rate: rate.toString(), years: k, factor: factor.toString() },
    };
  });
  return { total: centsToMoney(total), isExtrapolated: true, items };
}
