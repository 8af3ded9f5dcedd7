/**
 * Contributions (spec §5.1, §5.2, §6, §8): what one line or staff entry costs in each year of
 * the horizon, each rounded to whole cents when computed. The evaluator sums them; the trace
 * lists them.
 */
import { capitalSchedule, bookValueAtStart, type Method } from './capital';
import { exactKernel, type Kernel, type Q } from './kernel';
import { dec, ONE, type Decimal } from './money';
import type { ApplicationLine, InvestmentLine, OpexLine, RecurringInvestmentLine } from './model-types';
import { indexAt, partyParams, termOf, type Params } from './params';
import type { RLine } from './resolve';
import { factorIn, lineCategory } from './scale';
import { ownerAt } from './select';
import type { RStaff } from './staff';
import { valueAt } from './year-map';

export type ContributionKind = 'opex' | 'charge' | 'staff' | 'oneOff' | 'disinvestment';

export type Contribution = {
  owner: string;
  category: string;
  year: number;
  /** Integer cents. */
  cents: number;
  isOneOff: boolean;
  kind: ContributionKind;
  /** For capital charges and disinvestments: the year the investment was made. */
  investYear?: number;
};

export type ProjectContext = {
  startYear: number;
  endYear: number;
  municipalities: string[];
  indexMemo: Map<string, Decimal>;
  /** The arithmetic of the contributions: exact (decimal.js) unless a fast run asks otherwise. */
  kernel: Kernel;
};

const isInHorizon = (ctx: ProjectContext, y: number) => y >= ctx.startYear && y <= ctx.endYear;

/** Every contribution of a line in a scenario evaluated with `params`. */
export function lineContributions(ctx: ProjectContext, params: Params, rl: RLine): Contribution[] {
  const out: Contribution[] = [];
  const line = rl.line;
  switch (line.type) {
    case 'opex': opex(ctx, params, rl, line, out); break;
    case 'oneOff': {
      const isEnded = rl.endFrom !== null && line.year >= rl.endFrom;
      const cents = ctx.kernel.cents(ctx.kernel.of(dec(line.amount)));
      if (!isEnded && isInHorizon(ctx, line.year) && cents !== 0) {
        out.push({ owner: line.party, category: line.category, year: line.year, cents, isOneOff: true, kind: 'oneOff' });
      }
      break;
    }
    case 'investment':
    case 'application': investment(ctx, params, rl, line, out); break;
    case 'recurringInvestment': recurring(ctx, params, rl, line, out); break;
  }
  return out;
}

function opex(ctx: ProjectContext, params: Params, rl: RLine, line: OpexLine, out: Contribution[]): void {
  const K = ctx.kernel;
  const first = Math.max(line.from ?? ctx.startYear, ctx.startYear);
  const last = Math.min(line.to ?? ctx.endYear, ctx.endYear, (rl.endFrom ?? Infinity) - 1);
  const amount = K.of(dec(line.amount));
  const isIndexed = line.indexed !== false;
  for (let y = first; y <= last; y += 1) {
    const override = line.overrides?.[String(y)];
    let base = override !== undefined ? K.of(dec(override)) : isIndexed ? K.mul(amount, K.of(indexAt(params, ctx.indexMemo, line.category, y))) : amount;
    if (rl.scales.length > 0) base = K.mul(base, K.of(factorIn(rl.scales, y)));
    const cents = K.cents(base);
    if (cents !== 0) out.push({ owner: ownerAt(rl.owners, y), category: line.category, year: y, cents, isOneOff: false, kind: 'opex' });
  }
}

/** The amount (cents) of an investment or application line after project costs and scales. */
export function investmentAmount(params: Params, rl: RLine, line: InvestmentLine | ApplicationLine, K: Kernel = exactKernel): number {
  let amount = line.type === 'application'
    ? K.mul(K.of(dec(line.purchase)), K.of(ONE.plus(params.projectCostRate[line.project])))
    : K.of(dec(line.amount));
  if (rl.scales.length > 0) amount = K.mul(amount, K.of(factorIn(rl.scales, line.year)));
  return K.cents(amount);
}

function investment(ctx: ProjectContext, params: Params, rl: RLine, line: InvestmentLine | ApplicationLine, out: Contribution[]): void {
  if (rl.endFrom !== null && line.year >= rl.endFrom) return;
  const owner = ownerAt(rl.owners, line.year);
  const amount = investmentAmount(params, rl, line, ctx.kernel);
  const category = lineCategory(line);
  const years = line.years ?? termOf(params, owner, category);
  const method = (line.type === 'investment' ? line.method : undefined) ?? params.depreciationMethod;
  const schedule = charges(ctx, params, owner, line.year, amount, years, method, rl.endFrom, category, out);
  if (rl.retire && rl.endFrom !== null && isInHorizon(ctx, rl.endFrom)) {
    const bookValue = bookValueAtStart(schedule, amount, rl.endFrom);
    if (bookValue !== 0) {
      out.push({ owner, category, year: rl.endFrom, cents: bookValue, isOneOff: true, kind: 'disinvestment', investYear: line.year });
    }
  }
}

function recurring(ctx: ProjectContext, params: Params, rl: RLine, line: RecurringInvestmentLine, out: Contribution[]): void {
  const last = Math.min(line.to, (rl.endFrom ?? Infinity) - 1);
  const method = params.depreciationMethod;
  const lag = params.depreciationStart === 'nextYear' ? 1 : 0;
  for (let y = line.from; y <= last; y += 1) {
    if (y + lag > ctx.endYear) break;
    const owner = ownerAt(rl.owners, y);
    const years = termOf(params, owner, line.category);
    if (y + lag + years - 1 < ctx.startYear) continue;
    const amount = ctx.kernel.cents(recurringBase(ctx, params, rl, line, y));
    charges(ctx, params, owner, y, amount, years, method, null, line.category, out);
  }
}

/** The amount of the investment a recurring line makes in a year, before rounding. */
export function recurringBase(ctx: ProjectContext, params: Params, rl: RLine, line: RecurringInvestmentLine, y: number): Q {
  const K = ctx.kernel;
  let base = line.perInhabitant !== undefined
    ? K.mul(K.of(dec(line.perInhabitant)), K.of(inhabitantsOf(ctx, params, line.party, y)))
    : K.of(dec(line.amount ?? 0));
  if (line.indexed === true) base = K.mul(base, K.of(indexAt(params, ctx.indexMemo, line.category, y)));
  if (rl.scales.length > 0) base = K.mul(base, K.of(factorIn(rl.scales, y)));
  return base;
}

/** Inhabitants of a municipality in a year; for a shared party the sum over all municipalities. */
export function inhabitantsOf(ctx: ProjectContext, params: Params, party: string, year: number): Decimal {
  const p = partyParams(params, party);
  if (p.kind === 'municipality') return valueAt(p.inhabitants, year);
  let sum = dec(0);
  for (const m of ctx.municipalities) sum = sum.plus(valueAt(partyParams(params, m).inhabitants, year));
  return sum;
}

function charges(
  ctx: ProjectContext, params: Params, owner: string, investYear: number, amount: number, years: number,
  method: Method, endFrom: number | null, category: string, out: Contribution[],
) {
  const first = investYear + (params.depreciationStart === 'nextYear' ? 1 : 0);
  const rate = partyParams(params, owner).interestRate;
  const schedule = capitalSchedule(amount, years, rate, method, first);
  for (const c of schedule) {
    if (!isInHorizon(ctx, c.year) || (endFrom !== null && c.year >= endFrom)) continue;
    const cents = c.interest + c.depreciation;
    if (cents !== 0) out.push({ owner, category, year: c.year, cents, isOneOff: false, kind: 'charge', investYear });
  }
  return schedule;
}

/** Every contribution of a staff entry: fte × ((1 − h)·own + h·hired) × index × scales, per year. */
export function staffContributions(ctx: ProjectContext, params: Params, st: RStaff): Contribution[] {
  const K = ctx.kernel;
  const out: Contribution[] = [];
  const { own, hired } = costPerFte(params, st.party, st.group);
  const [ownQ, hiredQ] = [K.of(own), K.of(hired)];
  for (let y = ctx.startYear; y <= ctx.endYear; y += 1) {
    const fte = st.fteAt(y);
    if (fte.isZero()) continue;
    const h = K.of(st.hiredAt(y));
    const rate = K.add(K.mul(K.sub(K.one, h), ownQ), K.mul(h, hiredQ));
    let cost = K.mul(K.mul(K.of(fte), rate), K.of(indexAt(params, ctx.indexMemo, st.category, y)));
    if (st.scales.length > 0) cost = K.mul(cost, K.of(factorIn(st.scales, y)));
    const cents = K.cents(cost);
    if (cents !== 0) out.push({ owner: st.party, category: st.category, year: y, cents, isOneOff: false, kind: 'staff' });
  }
  return out;
}

/** Cost per FTE (own, hired) of a party for a function group: byGroup where given, else the party's. */
export function costPerFte(params: Params, party: string, group: string): { own: Decimal; hired: Decimal } {
  const c = partyParams(params, party).costPerFte;
  const g = c.byGroup?.[group];
  return { own: dec(g?.own ?? c.own ?? 0), hired: dec(g?.hired ?? c.hired ?? 0) };
}
