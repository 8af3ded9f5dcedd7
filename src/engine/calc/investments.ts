/**
 * Contributions of investments (spec §5.1, §6): the capital charges of `investment` and
 * `application` lines, with the disinvestment of a retired one, and of `recurringInvestment`
 * lines, which invest every year.
 */
import { chargePlan, emptyChargePlan, type ChargePlan } from './capital';
import {
  centsOfProduct,
  type Contribution,
  isInHorizon,
  listSink,
  type Prefix,
  type ProjectContext,
  scaleIn,
  type Sink,
} from './contribution-core';
import { exactKernel, type Kernel, type Q, dec, type Decimal } from '../numeric';
import {
  type ApplicationLine,
  type DepreciationStart,
  type InvestmentLine,
  type RecurringInvestmentLine,
  valueAt,
} from '../model';
import { indexIn, indexOf, type IndexOf } from './indexation';
import {
  depreciationStartOf,
  partyParams,
  termOf,
  type Params,
  type ResolvedLine,
  lineCategory,
  ownerAt,
} from '../resolve';

/** The amount (cents) of an investment or application line after project costs and scales. */
export function investmentAmount(
  params: Params,
  rl: ResolvedLine,
  line: InvestmentLine | ApplicationLine,
  K: Kernel = exactKernel,
): number {
  const [amount, projectCosts] =
    line.type === 'application'
      ? [K.ofNum(line.purchase), K.of(params.projectCostFactor[line.project])]
      : [K.ofNum(line.amount), null];
  return centsOfProduct(K, amount, projectCosts, scaleIn(K, rl.scales, line.year));
}

export function investment(
  ctx: ProjectContext,
  params: Params,
  rl: ResolvedLine,
  line: InvestmentLine | ApplicationLine,
  out: Sink,
): void {
  if (rl.endFrom !== null && line.year >= rl.endFrom) return;
  const owner = ownerAt(rl.owners, line.year);
  const amount = investmentAmount(params, rl, line, ctx.kernel);
  const category = lineCategory(line);
  const years = line.years ?? termOf(params, owner, category);
  const method = (line.type === 'investment' ? line.method : undefined) ?? params.depreciationMethod;
  const rate = partyParams(params, owner).interestRate;
  const start = depreciationStartOf(params, owner);
  const plan = chargePlan(amount, years, rate, method, undefined, start);
  charges(ctx, { owner, category, investYear: line.year, lag: lagOf(start) }, plan, rl.endFrom, out);
  if (rl.retire && rl.endFrom !== null && isInHorizon(ctx, rl.endFrom)) {
    const k = rl.endFrom - (line.year + lagOf(start));
    // Book value at the start of endFrom: the amount before depreciation starts, 0 after the term.
    const bookValue = k < 0 ? amount : k < plan.length ? (plan.bookValueStart[k] as number) : 0;
    if (bookValue !== 0) out.add(owner, category, rl.endFrom, bookValue, true, 'disinvestment', line.year);
  }
}

/**
 * The plan every recurring investment's yearly plans are written into: each is used up before
 * the next is made, and `recurring` calls nothing that makes another.
 */
const recurringPlan = emptyChargePlan();

/**
 * A recurring investment's charges: one investment per year, each charged over its term.
 * `isDetailed` false sums the charges per owner and year (what the evaluator books, exactly the
 * same cents); true lists each investment year's charge apart (the trace). With a `prefix`
 * carrying amounts, the investments of the years before `prefix.from` take their amounts from
 * it; `amounts`, when given, receives each year's amount (from the line's `from`; NaN: none).
 */
export function recurring(
  ctx: ProjectContext,
  params: Params,
  rl: ResolvedLine,
  line: RecurringInvestmentLine,
  out: Sink,
  isDetailed: boolean,
  prefix: Prefix | null = null,
  amounts: number[] | null = null,
): void {
  const last = Math.min(recurringTo(ctx, line), (rl.endFrom ?? Infinity) - 1);
  const known = prefix?.amounts ?? null;
  const knownTo = known === null ? -Infinity : (prefix as Prefix).from;
  if (amounts !== null) {
    // Sized at once, not pushed: growing an array by pushes allocates it several times.
    amounts.length = 0;
    if (last >= line.from) {
      amounts.length = last - line.from + 1;
      amounts.fill(NaN);
    }
  }
  const method = params.depreciationMethod;
  const sums = isDetailed ? null : new Map<string, number[]>();
  // Successive years often invest the same amount on the same terms: the plan is reused. Each
  // plan is used up before the next is made, so all are written into one.
  const plan = recurringPlan;
  let plannedAmount = NaN;
  let plannedYears = 0;
  let plannedRate: Decimal | null = null;
  let plannedStart: DepreciationStart | null = null;
  let plannedCount = 0;
  const memo: BaseMemo = {
    amount: null,
    inhabitants: null,
    base: ctx.kernel.one,
    index: line.indexed === true ? indexOf(params, line.category) : null,
  };
  // The owner's term, rate and row, looked up again only when the owner changes (a transfer).
  let terms: {
    owner: string;
    years: number;
    rate: Decimal;
    start: DepreciationStart;
    lag: number;
    row: number[] | null;
  } | null = null;
  for (let y = line.from; y <= last; y += 1) {
    const owner = ownerAt(rl.owners, y);
    if (terms === null || terms.owner !== owner) {
      const start = depreciationStartOf(params, owner);
      terms = {
        owner,
        years: termOf(params, owner, line.category),
        rate: partyParams(params, owner).interestRate,
        start,
        lag: lagOf(start),
        row: sums === null ? null : rowOf(ctx, sums, owner),
      };
    }
    const { years, rate, start, lag } = terms;
    if (y + lag > ctx.endYear) continue;
    if (y + lag + years - (start === 'halfYear' ? 0 : 1) < ctx.startYear) continue;
    const knownAmount = y < knownTo ? (known as readonly number[])[y - line.from] : undefined;
    const amount =
      knownAmount !== undefined && !Number.isNaN(knownAmount)
        ? knownAmount
        : recurringCents(ctx, params, rl, line, y, memo);
    if (amounts !== null) amounts[y - line.from] = amount;
    // Only the years of the term up to the horizon's end are computed: later years need fewer.
    const count = ctx.endYear - (y + lag) + 1;
    if (
      plannedAmount !== amount ||
      plannedYears !== years ||
      plannedRate !== rate ||
      plannedStart !== start ||
      plannedCount < count
    ) {
      chargePlan(amount, years, rate, method, plan, start, count);
      plannedAmount = amount;
      plannedYears = years;
      plannedRate = rate;
      plannedStart = start;
      plannedCount = count;
    }
    if (terms.row === null) charges(ctx, { owner, category: line.category, investYear: y, lag }, plan, null, out);
    else addCharges(ctx, y + lag, plan, terms.row);
  }
  if (sums !== null) {
    for (const [owner, row] of sums) {
      for (let i = 0; i < row.length; i += 1) {
        const cents = row[i] as number;
        if (cents !== 0) out.add(owner, line.category, ctx.startYear + i, cents, false, 'charge');
      }
    }
  }
}

function rowOf(ctx: ProjectContext, sums: Map<string, number[]>, owner: string): number[] {
  let row = sums.get(owner);
  if (row === undefined) {
    row = new Array<number>(ctx.endYear - ctx.startYear + 1).fill(0);
    sums.set(owner, row);
  }
  return row;
}

/** Adds the charges of an investment first charged in `first` within the horizon to `row` (cents per horizon year). */
function addCharges(ctx: ProjectContext, first: number, plan: ChargePlan, row: number[]): void {
  for (let k = Math.max(0, ctx.startYear - first); k < plan.length && first + k <= ctx.endYear; k += 1) {
    const i = first + k - ctx.startYear;
    row[i] = (row[i] as number) + (plan.interest[k] as number) + (plan.depreciation[k] as number);
  }
}

/**
 * What a recurring line's yearly amount starts from, kept between its years: the fixed amount,
 * or perInhabitant × inhabitants of the last year asked (inhabitants change in few years), and
 * the line's index when it is indexed.
 */
type BaseMemo = { amount: Q | null; inhabitants: Decimal | null; base: Q; index: IndexOf | null };

/** The amount (cents) of the investment a recurring line makes in a year. */
function recurringCents(
  ctx: ProjectContext,
  params: Params,
  rl: ResolvedLine,
  line: RecurringInvestmentLine,
  y: number,
  memo: BaseMemo,
): number {
  const K = ctx.kernel;
  let base = (memo.amount ??= K.ofNum(line.amount ?? 0));
  if (line.perInhabitant !== undefined) {
    const inhabitants = inhabitantsOf(ctx, params, line.party, y);
    if (memo.inhabitants !== inhabitants && (memo.inhabitants === null || !inhabitants.eq(memo.inhabitants))) {
      [memo.inhabitants, memo.base] = [inhabitants, K.mul(K.ofNum(line.perInhabitant), K.of(inhabitants))];
    }
    base = memo.base;
  }
  const index = memo.index === null ? null : indexIn(K, ctx.memo, memo.index, y);
  return centsOfProduct(K, base, index, scaleIn(K, rl.scales, y));
}

/** The amount (cents) a recurring line invests in year `y`, after index and scales (what the trace shows). */
export function recurringAmount(
  ctx: ProjectContext,
  params: Params,
  rl: ResolvedLine,
  line: RecurringInvestmentLine,
  y: number,
): number {
  return recurringCents(ctx, params, rl, line, y, {
    amount: null,
    inhabitants: null,
    base: ctx.kernel.one,
    index: line.indexed === true ? indexOf(params, line.category) : null,
  });
}

/**
 * The sum of every municipality's inhabitants per parameters, municipalities and year: a pure
 * memo (docs/engine.md, "Module-level state"), freed with the parameters. A shared party's
 * per-inhabitant line asks it in every year it invests.
 */
const allInhabitants = new WeakMap<Params, { municipalities: readonly string[]; byYear: Map<number, Decimal> }>();

/** Inhabitants of a municipality in a year; for a shared party the sum over all municipalities. */
export function inhabitantsOf(ctx: ProjectContext, params: Params, party: string, year: number): Decimal {
  const p = partyParams(params, party);
  if (p.kind === 'municipality') return valueAt(p.inhabitants, year);
  let known = allInhabitants.get(params);
  if (known === undefined || known.municipalities !== ctx.municipalities) {
    known = { municipalities: ctx.municipalities, byYear: new Map() };
    allInhabitants.set(params, known);
  }
  let sum = known.byYear.get(year);
  if (sum === undefined) {
    sum = dec(0);
    for (const m of ctx.municipalities) sum = sum.plus(valueAt(partyParams(params, m).inhabitants, year));
    known.byYear.set(year, sum);
  }
  return sum;
}

/** Years from an investment to its first charge (spec §6; model-v3 §10.2): 1 for nextYear, else 0. */
export const lagOf = (start: DepreciationStart) => (start === 'nextYear' ? 1 : 0);

/**
 * The last year a recurring investment invests: its `to`, or under computeThrough the last
 * computed year when `to` is the horizon's endYear and the line does not say `toIsFinal`
 * (model-v3 §10.1: a replacement cycle written to the end of the plan runs on).
 */
export function recurringTo(ctx: ProjectContext, line: RecurringInvestmentLine): number {
  return ctx.isComputingThrough && line.to === ctx.planEndYear && line.toIsFinal !== true ? ctx.endYear : line.to;
}

/**
 * The cash view of an investment line (model-v3 §10.3): the amount paid in the year each
 * investment is made, within [startYear, L], to the investment's owner and category — one-off
 * for `investment` and `application`, recurring for each year of a `recurringInvestment`. No
 * charges and no disinvestment; an investment its line ended in or before its year is not made.
 */
export function lineOutlays(ctx: ProjectContext, params: Params, rl: ResolvedLine): Contribution[] {
  const line = rl.line;
  const out = listSink();
  const stop = rl.endFrom ?? Infinity;
  if (line.type === 'investment' || line.type === 'application') {
    if (line.year < stop && isInHorizon(ctx, line.year)) {
      const cents = investmentAmount(params, rl, line, ctx.kernel);
      if (cents !== 0)
        out.add(ownerAt(rl.owners, line.year), lineCategory(line), line.year, cents, true, 'outlay', line.year);
    }
  } else if (line.type === 'recurringInvestment') {
    const memo: BaseMemo = {
      amount: null,
      inhabitants: null,
      base: ctx.kernel.one,
      index: line.indexed === true ? indexOf(params, line.category) : null,
    };
    const last = Math.min(recurringTo(ctx, line), stop - 1, ctx.endYear);
    for (let y = Math.max(line.from, ctx.startYear); y <= last; y += 1) {
      const cents = recurringCents(ctx, params, rl, line, y, memo);
      if (cents !== 0) out.add(ownerAt(rl.owners, y), line.category, y, cents, false, 'outlay', y);
    }
  }
  return out.list;
}

/** The capital charges of one investment (interest + depreciation per year) within the horizon and before `endFrom`. */
function charges(
  ctx: ProjectContext,
  of: { owner: string; category: string; investYear: number; lag: number },
  plan: ChargePlan,
  endFrom: number | null,
  out: Sink,
): void {
  const first = of.investYear + of.lag;
  const until = Math.min(ctx.endYear, endFrom === null ? Infinity : endFrom - 1);
  for (let k = Math.max(0, ctx.startYear - first); k < plan.length && first + k <= until; k += 1) {
    const cents = (plan.interest[k] as number) + (plan.depreciation[k] as number);
    if (cents !== 0) out.add(of.owner, of.category, first + k, cents, false, 'charge', of.investYear);
  }
}
