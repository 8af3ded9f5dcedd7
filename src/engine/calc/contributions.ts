/**
 * Contributions (spec §5.1, §5.2, §6, §8): what one line or staff entry costs in each year of
 * the horizon, each rounded to whole cents when computed. The evaluator sums them; the trace
 * lists them.
 */
import {
  addBefore,
  centsOfProduct,
  type Contribution,
  type Entry,
  isInHorizon,
  listSink,
  packSink,
  type Prefix,
  type ProjectContext,
  scaleIn,
  type Sink,
} from './contribution-core';
import { dec, type Decimal } from '../numeric';
import type { OpexLine } from '../model';
import { indexIn, indexOf } from './indexation';
import { partyParams, type Params, type ResolvedLine, ownerAt, type ResolvedStaff } from '../resolve';
import { investment, recurring } from './investments';

export type { Contribution, ContributionKind, ProjectContext } from './contribution-core';
export { investmentAmount, inhabitantsOf, recurringAmount } from './investments';

/**
 * Every contribution of a line in a scenario evaluated with `params`. `isDetailed` false (the
 * evaluator) sums a recurring investment's charges per owner and year instead of listing each
 * investment year's apart: the same cents in fewer contributions.
 */
export function lineContributions(
  ctx: ProjectContext,
  params: Params,
  rl: ResolvedLine,
  isDetailed = true,
): Contribution[] {
  const out = listSink();
  lineInto(ctx, params, rl, isDetailed, out);
  return out.list;
}

/**
 * The evaluator's contributions of a line (`isDetailed` false), packed (contribution-core.ts
 * `Packed`). With a `prefix`, the years before `prefix.from` are its sibling's (an investment
 * made before it: the sibling's whole entry). A recurring investment writes the amount it
 * invests in each year into `amounts` (from its line's `from`; NaN: none), for later siblings.
 */
export function lineEntry(
  ctx: ProjectContext,
  params: Params,
  rl: ResolvedLine,
  prefix: Prefix | null = null,
  amounts: number[] | null = null,
): Entry {
  const line = rl.line;
  const isInvestment = line.type === 'investment' || line.type === 'application';
  if (prefix !== null && (prefix.from === Infinity || (isInvestment && line.year < prefix.from))) return prefix.entry;
  const out = packSink(ctx.startYear, ctx.endYear - ctx.startYear + 1);
  lineInto(ctx, params, rl, false, out, prefix, amounts);
  return out.finish();
}

/** The evaluator's contributions (`isDetailed` false) of a line or staff entry, into `out` as they are computed. */
export function entryInto(ctx: ProjectContext, params: Params, entry: ResolvedLine | ResolvedStaff, out: Sink): void {
  if ('line' in entry) lineInto(ctx, params, entry, false, out);
  else staffInto(ctx, params, entry, out);
}

function lineInto(
  ctx: ProjectContext,
  params: Params,
  rl: ResolvedLine,
  isDetailed: boolean,
  out: Sink,
  prefix: Prefix | null = null,
  amounts: number[] | null = null,
): void {
  const line = rl.line;
  switch (line.type) {
    case 'opex':
      opex(ctx, params, rl, line, out, prefix);
      break;
    case 'oneOff': {
      const isEnded = rl.endFrom !== null && line.year >= rl.endFrom;
      const cents = ctx.kernel.cents(ctx.kernel.ofNum(line.amount));
      if (!isEnded && isInHorizon(ctx, line.year) && cents !== 0)
        out.add(line.party, line.category, line.year, cents, true, 'oneOff');
      break;
    }
    case 'investment':
    case 'application':
      investment(ctx, params, rl, line, out);
      break;
    case 'recurringInvestment':
      recurring(ctx, params, rl, line, out, isDetailed, prefix, amounts);
      break;
  }
}

function opex(
  ctx: ProjectContext,
  params: Params,
  rl: ResolvedLine,
  line: OpexLine,
  out: Sink,
  prefix: Prefix | null,
): void {
  const K = ctx.kernel;
  if (prefix !== null) addBefore(prefix.entry, prefix.from, out);
  const first = Math.max(line.from ?? ctx.startYear, ctx.startYear, prefix?.from ?? -Infinity);
  const last = Math.min(line.to ?? ctx.endYear, ctx.endYear, (rl.endFrom ?? Infinity) - 1);
  const amount = K.ofNum(line.amount);
  const isIndexed = line.indexed !== false;
  const overrides = line.overrides;
  const ix = isIndexed ? indexOf(params, line.category) : null;
  for (let y = first; y <= last; y += 1) {
    const override = overrides === undefined ? undefined : overrides[String(y)];
    const index = override === undefined && ix !== null ? indexIn(K, ctx.memo, ix, y) : null;
    const cents = centsOfProduct(
      K,
      override !== undefined ? K.ofNum(override) : amount,
      index,
      scaleIn(K, rl.scales, y),
    );
    if (cents !== 0) out.add(ownerAt(rl.owners, y), line.category, y, cents, false, 'opex');
  }
}

/** Every contribution of a staff entry: fte × ((1 − h)·own + h·hired) × index × scales, per year. */
export function staffContributions(ctx: ProjectContext, params: Params, st: ResolvedStaff): Contribution[] {
  const out = listSink();
  staffInto(ctx, params, st, out);
  return out.list;
}

/** `staffContributions`, packed (the evaluator's form). */
export function staffEntry(
  ctx: ProjectContext,
  params: Params,
  st: ResolvedStaff,
  prefix: Prefix | null = null,
): Entry {
  if (prefix !== null && prefix.from === Infinity) return prefix.entry;
  const out = packSink(ctx.startYear, ctx.endYear - ctx.startYear + 1);
  if (prefix !== null) addBefore(prefix.entry, prefix.from, out);
  staffInto(ctx, params, st, out, prefix?.from ?? ctx.startYear);
  return out.finish();
}

function staffInto(ctx: ProjectContext, params: Params, st: ResolvedStaff, out: Sink, from = ctx.startYear): void {
  const K = ctx.kernel;
  const { own, hired } = costPerFte(params, st.party, st.group);
  const ownQ = K.of(own);
  const hiredQ = K.of(hired);
  // FTE and hired share change in few years: their products are recomputed only then.
  let lastHired: Decimal | null = null;
  let lastFte: Decimal | null = null;
  let rate = K.one;
  let fteCost = K.one;
  const ix = indexOf(params, st.category);
  for (let y = Math.max(from, ctx.startYear); y <= ctx.endYear; y += 1) {
    const fte = st.fteAt(y);
    if (fte.isZero()) continue;
    const hired = st.hiredAt(y);
    if (hired !== lastHired) {
      const h = K.of(hired);
      rate = K.add(K.mul(K.sub(K.one, h), ownQ), K.mul(h, hiredQ));
      lastHired = hired;
      lastFte = null;
    }
    if (fte !== lastFte) {
      fteCost = K.mul(K.of(fte), rate);
      lastFte = fte;
    }
    const cents = centsOfProduct(K, fteCost, indexIn(K, ctx.memo, ix, y), scaleIn(K, st.scales, y));
    if (cents !== 0) out.add(st.party, st.category, y, cents, false, 'staff');
  }
}

/** Cost per FTE (own, hired) of a party for a function group: byGroup where given, else the party's. */
export function costPerFte(params: Params, party: string, group: string): { own: Decimal; hired: Decimal } {
  const c = partyParams(params, party).costPerFte;
  const g = c.byGroup?.[group];
  return { own: dec(g?.own ?? c.own ?? 0), hired: dec(g?.hired ?? c.hired ?? 0) };
}
