/**
 * Friction cost by rule (model-v3 §10.5): for each selected function group and computed year,
 * the FTE reduction against the baseline that is new this year, the hired part of it ended
 * early, the own part absorbed by natural attrition and the own surplus that stays on the
 * payroll; their cost for the parties whose FTE fell (the origins), one rounding per product,
 * booked in category `friction` as one-off cost.
 *
 * FTE are the staff tables' FTE (`fte × (1 − h)` own, `fte × h` hired) without scale factors: a
 * scale lowers cost but is no reduction. Everything here is exact decimal arithmetic (the
 * friction of a sampled model is not part of the fast kernel's route).
 */
import { STAFF_TRANSITION_DEFAULTS as D, type FunctionGroup, type StaffTransitionChange } from '../model';
import { dec, Decimal, toCents, ZERO } from '../numeric';
import type { Params, ResolvedStaff } from '../resolve';
import type { Contribution } from './contribution-core';
import { costPerFte } from './contributions';
import { indexAt, type IndexMemo } from './indexation';

/** One row of a scenario's staff-transition table (model-v3 §10.5 Results); FTE exact, cost in cents. */
export type StaffTransitionRow = {
  group: string;
  year: number;
  reduction: Decimal;
  hired: Decimal;
  attrition: Decimal;
  surplus: Decimal;
  /** The cost of the year's reduction summed over its origins, in the year it is incurred. */
  cents: number;
};

/** What a scenario's rule produces: the accrual booking, the same cost as incurred (cash), and the table. */
export type StaffTransitionResult = {
  /** Owner = origin or bearer, year = decisionYear or the year incurred. */
  booked: Contribution[];
  /** Owner as booked, year = the year incurred (the cash view, model-v3 §10.3). */
  incurred: Contribution[];
  rows: StaffTransitionRow[];
};

export type StaffTransitionContext = {
  startYear: number;
  /** The last computed year L. */
  endYear: number;
  memo: IndexMemo;
  functionGroups: readonly FunctionGroup[];
  groupCategory: Map<string, string>;
  /** Parties in file order (the order origins are listed in). */
  parties: readonly string[];
};

/** Own and hired FTE of an entry in a year (0 without an entry). */
function ownHired(st: ResolvedStaff | undefined, y: number): [Decimal, Decimal] {
  if (st === undefined) return [ZERO, ZERO];
  const fte = st.fteAt(y);
  const hired = fte.times(st.hiredAt(y));
  return [fte.minus(hired), hired];
}

const max0 = (x: Decimal) => (x.isNegative() ? ZERO : x);
const sum = (xs: readonly Decimal[]) => xs.reduce((a, b) => a.plus(b), ZERO);

/** The staff entries of one function group, by party, in file party order (baseline or scenario). */
function entriesOf(staff: readonly ResolvedStaff[], group: string): Map<string, ResolvedStaff> {
  return new Map(staff.filter((st) => st.group === group).map((st) => [st.party, st]));
}

/**
 * The friction of a scenario under `rule` (its own `staffTransition`, or the nearest ancestor's):
 * `baseline` and `scenario` are the resolved staff of the baseline and of this scenario after
 * its other changes, `params` this scenario's parameters (cost per FTE, index rates).
 */
export function staffTransition(
  ctx: StaffTransitionContext,
  rule: StaffTransitionChange,
  baseline: readonly ResolvedStaff[],
  scenario: readonly ResolvedStaff[],
  params: Params,
): StaffTransitionResult {
  const out: StaffTransitionResult = { booked: [], incurred: [], rows: [] };
  const groups = rule.groups ?? ctx.functionGroups.map((g) => g.id);
  for (const group of groups) groupTransition(ctx, rule, group, baseline, scenario, params, out);
  return out;
}

function groupTransition(
  ctx: StaffTransitionContext,
  rule: StaffTransitionChange,
  group: string,
  baseStaff: readonly ResolvedStaff[],
  scenStaff: readonly ResolvedStaff[],
  params: Params,
  out: StaffTransitionResult,
): void {
  const months = dec(rule.monthsOfSalary ?? D.monthsOfSalary);
  const notice = dec(rule.hiredNoticeMonths ?? D.hiredNoticeMonths);
  const attrition = dec(rule.attrition ?? D.attrition);
  const perPerson = dec(rule.perPerson ?? D.perPerson);
  const bearer = rule.bearer ?? D.bearer;
  const category = ctx.groupCategory.get(group) as string;
  const base = entriesOf(baseStaff, group);
  const scen = entriesOf(scenStaff, group);
  const parties = ctx.parties.filter((p) => base.has(p) || scen.has(p));
  // own_s,p(startYear − 1) = own_b,p(startYear); the same for hired FTE.
  let prev = parties.map((p) => ownHired(base.get(p), ctx.startYear));
  let [maxRd, maxHd] = [ZERO, ZERO];
  for (let y = ctx.startYear; y <= ctx.endYear; y += 1) {
    const b = parties.map((p) => ownHired(base.get(p), y));
    const s = parties.map((p) => ownHired(scen.get(p), y));
    const [ownB, hiredB] = [sum(b.map((x) => x[0])), sum(b.map((x) => x[1]))];
    const [ownS, hiredS] = [sum(s.map((x) => x[0])), sum(s.map((x) => x[1]))];
    const rd = max0(ownB.plus(hiredB).minus(ownS).minus(hiredS));
    const n = max0(rd.minus(maxRd));
    maxRd = Decimal.max(maxRd, rd);
    const hd = max0(hiredB.minus(hiredS));
    const nh = Decimal.min(n, max0(hd.minus(maxHd)));
    maxHd = Decimal.max(maxHd, hd);
    const o = n.minus(nh);
    const a = Decimal.min(o, attrition.times(ownB).times(months).div(12));
    const u = o.minus(a);
    // Origins: the parties whose own (hired) FTE of the group fell this year, in proportion to the fall.
    const d = s.map((x, i) => max0((prev[i] as [Decimal, Decimal])[0].minus(x[0])));
    const dh = s.map((x, i) => max0((prev[i] as [Decimal, Decimal])[1].minus(x[1])));
    prev = s;
    const [sumD, sumDh] = [sum(d), sum(dh)];
    let cents = 0;
    const index = n.isZero() ? ZERO : indexAt(ctx.memo, params, category, y);
    parties.forEach((p, i) => {
      const { own, hired } = costPerFte(params, p, group);
      const hiredPart =
        nh.isZero() || sumDh.isZero()
          ? 0
          : toCents(
              nh
                .times(dh[i] as Decimal)
                .div(sumDh)
                .times(hired)
                .times(notice)
                .div(12)
                .times(index),
            );
      const ownPart =
        u.isZero() || sumD.isZero()
          ? 0
          : toCents(
              u
                .times(d[i] as Decimal)
                .div(sumD)
                .times(own.times(months).div(12).times(index).plus(perPerson)),
            );
      const cost = hiredPart + ownPart;
      if (cost === 0) return;
      cents += cost;
      const owner = bearer === 'origin' ? p : bearer;
      const booked = rule.booking === 'decisionYear' ? (rule.decisionYear as number) : y;
      const c = { owner, category: 'friction', isOneOff: true, kind: 'friction' } as const;
      out.booked.push({ ...c, cents: cost, year: booked });
      out.incurred.push({ ...c, cents: cost, year: y });
    });
    if (n.isZero() && cents === 0) continue;
    out.rows.push({ group, year: y, reduction: n, hired: nh, attrition: a, surplus: u, cents });
  }
}

/**
 * The staffTransition rule a scenario is evaluated with (model-v3 §10.5): its own enabled one,
 * else its nearest ancestor's; null when neither has one. `byId` holds every scenario.
 */
export function staffTransitionRule(
  scenarios: ReadonlyMap<string, { basedOn: string | null; changes?: readonly { op: string }[] }>,
  id: string,
): StaffTransitionChange | null {
  const seen = new Set<string>();
  for (let at: string | null = id; at !== null && !seen.has(at);) {
    seen.add(at);
    const s = scenarios.get(at);
    if (s === undefined) return null;
    const own = s.changes?.find((c) => c.op === 'staffTransition' && (c as StaffTransitionChange).enabled !== false) as
      StaffTransitionChange | undefined;
    if (own !== undefined) return own;
    at = s.basedOn;
  }
  return null;
}
