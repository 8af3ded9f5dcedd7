/**
 * The decision rules of model-v3 §10.4–§10.6 in the independent reference, written from the spec
 * text alone (not from the engine): the staff transition's friction (§10.5), the exit variant of a
 * `leave` — shedding, membership, the leaver's own ICT, reentry — and its settlement (§10.4), and
 * VAT on a shared party's charges (§10.6). Simple direct loops over exact decimals; every
 * contribution is rounded to cents when it is made.
 */
import type { ModelFile, StaffEntry } from '../../src/engine';
import { allocate, municipalitiesOf, weightShare } from './allocate';
import {
  categoriesOf,
  categoryGroup,
  contributionsOf,
  costPerFteOf,
  indexOf,
  lastComputedYear,
  scaleFactor,
  type Contribution,
} from './contributions';
import { cents, dec, ONE, sum, yearValue, ZERO, type Dec } from './decimal';
import type { DecisionParty, LeaveChange, StaffTransitionChange } from './decision-types';
import {
  applySetStaff,
  DEFAULT_FUNCTION_GROUPS,
  groupCategory,
  lineCategory,
  newLine,
  type Params,
  type RefLine,
  type RefScenario,
  type RefStaff,
  type Scale,
} from './resolve';

/** A leaver taken out of a shared party's keys from `from` on (§10.4 step 2). */
export type Removal = { shared: string; party: string; from: number };

/** One allocated part: what `member` bears of `shared`'s cost in `category`. */
export type Part = { member: string; shared: string; category: string; amount: Dec; isOneOff: boolean };

const years = (model: ModelFile): number[] => {
  const out: number[] = [];
  for (let y = model.horizon.startYear; y <= lastComputedYear(model); y += 1) out.push(y);
  return out;
};
const max = (a: Dec, b: Dec) => (a.greaterThan(b) ? a : b);
const min = (a: Dec, b: Dec) => (a.lessThan(b) ? a : b);

/**
 * The allocation of every shared party's cost of one year (model.md §7): per owner, category,
 * splitting key, left-out members and one-off/recurring part, summed, then split once.
 */
export function allocateYear(
  model: ModelFile,
  params: Params,
  contributions: readonly Contribution[],
  year: number,
  removals: readonly Removal[],
): Part[] {
  const groups = new Map<string, { c: Contribution; amount: Dec }>();
  for (const c of contributions) {
    if (c.year !== year || params.parties[c.owner]?.kind !== 'shared') continue;
    const keyCategory = c.keyCategory === undefined ? c.category : c.keyCategory;
    const id = [
      c.owner,
      c.category,
      keyCategory ?? '(default)',
      [...(c.exclude ?? [])].sort().join(','),
      c.isOneOff,
    ].join('|');
    const g = groups.get(id);
    groups.set(id, { c: g?.c ?? c, amount: (g?.amount ?? ZERO).plus(c.amount) });
  }
  const out: Part[] = [];
  for (const { c, amount } of groups.values()) {
    const removed = removals.filter((r) => r.shared === c.owner && year >= r.from).map((r) => r.party);
    const parts = allocate(model, params, c.owner, c.category, year, amount, {
      key: c.keyCategory === undefined ? c.category : c.keyCategory,
      exclude: [...(c.exclude ?? []), ...removed],
    });
    for (const [member, part] of parts)
      out.push({ member, shared: c.owner, category: c.category, amount: part, isOneOff: c.isOneOff });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// §10.6 VAT

/**
 * VAT of one view (accrual or cash) from its final contributions and allocation: `charged` on
 * each municipality's allocated cost from the shared party (not `exit`), less what it recovers;
 * `exempt` on the shared party's own non-deductible purchases, split by the key of their category.
 */
export function vatOf(
  model: ModelFile,
  params: Params,
  staff: readonly RefStaff[],
  contributions: readonly Contribution[],
  removals: readonly Removal[],
): Contribution[] {
  const out: Contribution[] = [];
  const push = (c: Contribution) => {
    if (!c.amount.isZero()) out.push(c);
  };
  const shared = Object.values(params.parties).filter((p) => p.kind === 'shared');
  for (const x of shared) {
    const vat = (x as DecisionParty).vat;
    const regime = vat?.regime ?? 'none';
    if (regime === 'none') continue;
    const rate = dec(vat?.rate ?? 0.21);
    for (const y of years(model)) {
      if (regime === 'charged') {
        const mine = contributions.filter((c) => c.owner === x.id);
        const parts = allocateYear(model, params, mine, y, removals);
        for (const m of municipalitiesOf(model)) {
          const compensable = yearValue((params.parties[m] as DecisionParty | undefined)?.vat?.compensable, y, ONE);
          for (const isOneOff of [false, true]) {
            const base = sum(
              parts
                .filter((p) => p.member === m && p.category !== 'exit' && p.isOneOff === isOneOff)
                .map((p) => p.amount),
            );
            const v = cents(rate.times(base));
            push({ owner: m, category: 'vat', year: y, amount: v.minus(cents(v.times(compensable))), isOneOff });
          }
        }
      } else {
        const inputShare = dec(vat?.inputShare ?? 1);
        for (const { id: c } of categoriesOf(model)) {
          if (c === 'vat' || c === 'exit' || c === 'friction') continue;
          const bases: [Dec, boolean][] = [];
          if (categoryGroup(model, c) === 'personnel') {
            // The hired part of X's staff cost in c, per staff entry and year.
            let hiredCost = ZERO;
            for (const s of staff) {
              if (s.party !== x.id || groupCategory(model, s.group) !== c) continue;
              const { hired } = costPerFteOf(x, s.group);
              hiredCost = hiredCost.plus(
                cents(
                  s
                    .fte(y)
                    .times(s.hiredShare(y))
                    .times(hired)
                    .times(indexOf(model, params, c, y))
                    .times(scaleFactor(s.scales, y)),
                ),
              );
            }
            bases.push([hiredCost, false]);
          } else {
            const own = contributions.filter(
              (k) => k.owner === x.id && k.category === c && k.year === y && !k.isWriteOff,
            );
            for (const isOneOff of [false, true])
              bases.push([sum(own.filter((k) => k.isOneOff === isOneOff).map((k) => k.amount)), isOneOff]);
          }
          for (const [p, isOneOff] of bases)
            push({
              owner: x.id,
              category: 'vat',
              year: y,
              amount: cents(rate.times(inputShare).times(p)),
              isOneOff,
              keyCategory: c,
            });
        }
      }
    }
  }
  return out;
}

export type Evaluated = { accrual: Contribution[]; cash: Contribution[] };

/** Contributions of lines and staff, plus extra contributions (friction, settlement), plus VAT of both views. */
export function evaluateState(
  model: ModelFile,
  params: Params,
  lines: readonly RefLine[],
  staff: readonly RefStaff[],
  extra: Evaluated,
  removals: readonly Removal[],
): Evaluated {
  const base = contributionsOf(model, { lines, staff, params });
  const accrual = [...base.accrual, ...extra.accrual];
  const cash = [...base.cash, ...extra.cash];
  return {
    accrual: [...accrual, ...vatOf(model, params, staff, accrual, removals)],
    cash: [...cash, ...vatOf(model, params, staff, cash, removals)],
  };
}

// ---------------------------------------------------------------------------------------------
// §10.5 Staff transition

export type TransitionRow = {
  group: string;
  year: number;
  reduction: Dec;
  hired: Dec;
  attrition: Dec;
  surplus: Dec;
  cost: Dec;
};

/** Own and hired FTE of (party, group) in a year, summed over the party's entries. */
function fteOf(staff: readonly RefStaff[], party: string, group: string, year: number) {
  let own = ZERO;
  let hired = ZERO;
  for (const s of staff) {
    if (s.party !== party || s.group !== group) continue;
    const fte = s.fte(year);
    const h = s.hiredShare(year);
    own = own.plus(fte.times(ONE.minus(h)));
    hired = hired.plus(fte.times(h));
  }
  return { own, hired };
}

/** Friction of a scenario's (own or inherited) staff transition on its staff S against the baseline's. */
export function frictionOf(
  model: ModelFile,
  scenario: RefScenario,
  baseline: RefScenario,
): { extra: Evaluated; rows: TransitionRow[] } | null {
  const st: StaffTransitionChange | null = scenario.staffTransition;
  if (st === null) return null;
  const params = scenario.params;
  const groups = st.groups ?? (model.functionGroups ?? DEFAULT_FUNCTION_GROUPS).map((g) => g.id);
  const months = dec(st.monthsOfSalary ?? 24);
  const notice = dec(st.hiredNoticeMonths ?? 2);
  const attrition = dec(st.attrition ?? 0);
  const perPerson = dec(st.perPerson ?? 0);
  const bearer = st.bearer ?? 'origin';
  const parties = model.parties.map((p) => p.id);
  const start = model.horizon.startYear;
  const extra: Evaluated = { accrual: [], cash: [] };
  const rows: TransitionRow[] = [];
  for (const g of groups) {
    const category = groupCategory(model, g);
    let maxRd = ZERO;
    let maxHd = ZERO;
    for (const y of years(model)) {
      const b = parties.map((p) => fteOf(baseline.staff, p, g, y));
      const s = parties.map((p) => fteOf(scenario.staff, p, g, y));
      const ownB = sum(b.map((x) => x.own));
      const hiredB = sum(b.map((x) => x.hired));
      const ownS = sum(s.map((x) => x.own));
      const hiredS = sum(s.map((x) => x.hired));
      const rd = max(ZERO, ownB.plus(hiredB).minus(ownS).minus(hiredS));
      const n = max(ZERO, rd.minus(maxRd));
      maxRd = max(maxRd, rd);
      const hd = max(ZERO, hiredB.minus(hiredS));
      const nh = min(n, max(ZERO, hd.minus(maxHd)));
      maxHd = max(maxHd, hd);
      const o = n.minus(nh);
      const a = min(o, attrition.times(ownB).times(months).div(12));
      const u = o.minus(a);
      // Origins: the parties whose own (hired) FTE of g fell this year, in proportion to the fall.
      const before = (p: string) =>
        y === start ? fteOf(baseline.staff, p, g, start) : fteOf(scenario.staff, p, g, y - 1);
      const d = parties.map((p, i) => max(ZERO, before(p).own.minus((s[i] as { own: Dec }).own)));
      const dh = parties.map((p, i) => max(ZERO, before(p).hired.minus((s[i] as { hired: Dec }).hired)));
      const sumD = sum(d);
      const sumDh = sum(dh);
      let total = ZERO;
      parties.forEach((p, i) => {
        const { own, hired } = costPerFteOf(params.parties[p] as NonNullable<Params['parties'][string]>, g);
        const index = indexOf(model, params, category, y);
        const nhP = sumDh.isZero() ? ZERO : nh.times(dh[i] as Dec).div(sumDh);
        const uP = sumD.isZero() ? ZERO : u.times(d[i] as Dec).div(sumD);
        const cost = cents(nhP.times(hired).times(notice).div(12).times(index)).plus(
          cents(uP.times(own.times(months).div(12).times(index).plus(perPerson))),
        );
        if (cost.isZero()) return;
        total = total.plus(cost);
        const owner = bearer === 'origin' ? p : bearer;
        const booked = st.booking === 'decisionYear' ? (st.decisionYear as number) : y;
        extra.accrual.push({ owner, category: 'friction', year: booked, amount: cost, isOneOff: true });
        extra.cash.push({ owner, category: 'friction', year: y, amount: cost, isOneOff: true });
      });
      if (n.greaterThan(0) || !total.isZero())
        rows.push({ group: g, year: y, reduction: n, hired: nh, attrition: a, surplus: u, cost: total });
    }
  }
  return { extra, rows };
}

// ---------------------------------------------------------------------------------------------
// §10.4 Leaving a shared party

/** `shed_c(k)`: entry k of the category's list or the default, the last entry carrying forward. */
function shedFraction(leave: LeaveChange, category: string, k: number): Dec {
  const list = leave.shed?.byCategory?.[category] ?? leave.shed?.default ?? [0.2, 0.4, 0.6, 0.8, 1];
  if (list.length === 0) return ZERO;
  return dec(list[Math.min(k, list.length - 1)] as number);
}

const isLine = (entry: object): boolean => 'type' in entry;

/** Staff of the leaver under `standalone: "baseline"`: S's until E, the baseline's from E (one entry per group). */
function standaloneStaff(staff: readonly RefStaff[], base: readonly RefStaff[], m: string, e: number): RefStaff[] {
  const before = (s: Scale): Scale => ({ applies: (y) => y < e && s.applies(y), factor: s.factor });
  const after = (s: Scale): Scale => ({ applies: (y) => y >= e && s.applies(y), factor: s.factor });
  const out = staff.map((s): RefStaff => {
    if (s.party !== m) return s;
    const b = base.find((x) => x.party === m && x.group === s.group);
    return {
      party: s.party,
      group: s.group,
      fte: (y) => (y < e ? s.fte(y) : b ? b.fte(y) : ZERO),
      hiredShare: (y) => (y < e || !b ? s.hiredShare(y) : b.hiredShare(y)),
      scales: [...s.scales.map(before), ...(b ? b.scales.map(after) : [])],
    };
  });
  for (const b of base) {
    if (b.party !== m || staff.some((s) => s.party === m && s.group === b.group)) continue;
    out.push({ ...b, fte: (y) => (y < e ? ZERO : b.fte(y)), scales: b.scales.map(after) });
  }
  return out;
}

/** The exit variant before settlement (§10.4 steps 1–3): lines, staff and the members removed. */
export function exitVariant(
  model: ModelFile,
  scenario: RefScenario,
  baseline: RefScenario,
): { lines: RefLine[]; staff: RefStaff[]; removals: Removal[] } {
  let lines: RefLine[] = [...scenario.lines];
  let staff: RefStaff[] = [...scenario.staff];
  const removals: Removal[] = [];
  const params = scenario.params;
  for (const leave of scenario.leaves) {
    const { party: m, shared: x, from: e } = leave;
    // 1. Shedding: a scale on X per category c with factor 1 − w_c(y) × shed_c(y − E), from E.
    const factor = (c: string) => (y: number) =>
      ONE.minus(weightShare(model, params, x, c, m, y).times(shedFraction(leave, c, y - e)));
    lines = lines.map((l) => {
      if (l.line.type === 'oneOff') return l;
      const owner = l.owner;
      const scale: Scale = { applies: (y) => y >= e && owner(y) === x, factor: factor(lineCategory(l.line)) };
      return { ...l, scales: [...l.scales, scale] };
    });
    staff = staff.map((s) =>
      s.party !== x
        ? s
        : { ...s, scales: [...s.scales, { applies: (y) => y >= e, factor: factor(groupCategory(model, s.group)) }] },
    );
    // 2. Membership.
    removals.push({ shared: x, party: m, from: e });
    // 3. The leaver's own ICT.
    if ((leave.standalone ?? 'baseline') === 'baseline') {
      lines = lines.map((l) => ({ ...l, cuts: [...(l.cuts ?? []), { party: m, from: e }] }));
      const reAdded = baseline.lines.filter((l) => l.line.party === m).map((l) => ({ ...l, onlyFrom: e }));
      lines = [...lines, ...reAdded];
      staff = standaloneStaff(staff, baseline.staff, m, e);
    }
    for (const entry of leave.reentry ?? []) {
      if (isLine(entry)) {
        lines.push(newLine(entry as RefLine['line']));
      } else {
        const s = entry as StaffEntry;
        const first = typeof s.fte === 'object' ? Math.min(...Object.keys(s.fte).map(Number)) : -Infinity;
        staff = applySetStaff(
          {
            op: 'setStaff',
            party: s.party,
            group: s.group,
            fte: s.fte,
            ...(s.hiredShare !== undefined ? { hiredShare: s.hiredShare } : {}),
          },
          staff,
          Math.max(e, first),
        );
      }
    }
  }
  return { lines, staff, removals };
}

export type ExitRow = {
  party: string;
  shared: string;
  from: number;
  decisionYear: number;
  method: string;
  terms: { year: number; amount: Dec }[];
  total: Dec;
};

/** Recurring cost of owner `x` in category `c` and year `y` of a view. */
const ownRecurring = (cs: readonly Contribution[], x: string, c: string, y: number) =>
  sum(cs.filter((k) => k.owner === x && k.category === c && k.year === y && !k.isOneOff).map((k) => k.amount));

/** The settlement of each leave (§10.4 steps 4–5): terms, and the bookings of both views. */
export function settlementOf(
  model: ModelFile,
  scenario: RefScenario,
  evaluatedS: Evaluated,
  beforeSettlement: Evaluated,
): { extra: Evaluated; exits: ExitRow[] } {
  const params = scenario.params;
  const last = lastComputedYear(model);
  const extra: Evaluated = { accrual: [], cash: [] };
  const exits: ExitRow[] = [];
  const partsS = new Map<number, Part[]>();
  const partsOf = (y: number) => {
    if (!partsS.has(y)) partsS.set(y, allocateYear(model, params, evaluatedS.accrual, y, []));
    return partsS.get(y) as Part[];
  };
  for (const leave of scenario.leaves) {
    const { party: m, shared: x, from: e } = leave;
    const d = e - (leave.noticeYears ?? 1);
    /** C_c(y): m's allocated recurring cost of X's category c under S (year L's beyond L). */
    const allocatedC = (c: string, y: number) =>
      sum(
        partsOf(Math.min(y, last))
          .filter((p) => p.member === m && p.shared === x && p.category === c && !p.isOneOff)
          .map((p) => p.amount),
      );
    const categories = categoriesOf(model).map((c) => c.id);
    // Terms: [k, amount, per category (directDamage) or null].
    const terms: { k: number; amount: Dec; byCategory: Map<string, Dec> | null }[] = [];
    const s = leave.settlement;
    if (s.method === 'tapered') {
      const base = sum(categories.map((c) => allocatedC(c, e - 1)));
      (s.factors ?? [1, 0.8, 0.6, 0.4, 0.2]).forEach((f, k) =>
        terms.push({ k, amount: cents(dec(f).times(base)), byCategory: null }),
      );
    } else if (s.method === 'directDamage') {
      for (let k = 0; k < (s.years ?? 5); k += 1) {
        const y = Math.min(e + k, last);
        const byCategory = new Map<string, Dec>();
        for (const c of categories) {
          const shed = ownRecurring(evaluatedS.accrual, x, c, y).minus(ownRecurring(beforeSettlement.accrual, x, c, y));
          byCategory.set(c, max(ZERO, cents(allocatedC(c, y).minus(shed))));
        }
        terms.push({ k, amount: sum([...byCategory.values()]), byCategory });
      }
    } else if (s.method === 'fixed') {
      terms.push({ k: 0, amount: cents(dec(s.amount)), byCategory: null });
    }
    const total = sum(terms.map((t) => t.amount));
    exits.push({
      party: m,
      shared: x,
      from: e,
      decisionYear: d,
      method: s.method,
      terms: terms.map((t) => ({ year: e + t.k, amount: t.amount })),
      total,
    });
    // Bookings: the leaver pays, X receives the same amounts, split over the remaining members.
    const book = (view: Contribution[], year: number, t: (typeof terms)[number]) => {
      if (!t.amount.isZero()) view.push({ owner: m, category: 'exit', year, amount: t.amount, isOneOff: true });
      const receipts: [Dec, string | null][] =
        t.byCategory === null ? [[t.amount, null]] : [...t.byCategory].map(([c, a]) => [a, c]);
      for (const [amount, key] of receipts) {
        if (amount.isZero()) continue;
        view.push({
          owner: x,
          category: 'exit',
          year,
          amount: amount.neg(),
          isOneOff: true,
          keyCategory: key,
          exclude: [m],
        });
      }
    };
    for (const t of terms) {
      const paid = Math.min(e + t.k, last);
      book(extra.cash, paid, t);
      book(extra.accrual, leave.booking === 'asPaid' ? paid : d, t);
    }
  }
  return { extra, exits };
}

/** Everything a scenario costs under the decision rules: its views, exits and staff-transition rows. */
export function scenarioViews(
  model: ModelFile,
  scenario: RefScenario,
  baseline: RefScenario,
): { views: Evaluated; removals: Removal[]; exits: ExitRow[]; transition: TransitionRow[] | null } {
  const friction = frictionOf(model, scenario, baseline);
  const frictionExtra = friction?.extra ?? { accrual: [], cash: [] };
  const params = scenario.params;
  const evaluatedS = evaluateState(model, params, scenario.lines, scenario.staff, frictionExtra, []);
  if (scenario.leaves.length === 0)
    return { views: evaluatedS, removals: [], exits: [], transition: friction?.rows ?? null };
  const variant = exitVariant(model, scenario, baseline);
  const before = evaluateState(model, params, variant.lines, variant.staff, frictionExtra, variant.removals);
  const settlement = settlementOf(model, scenario, evaluatedS, before);
  const views = evaluateState(
    model,
    params,
    variant.lines,
    variant.staff,
    {
      accrual: [...frictionExtra.accrual, ...settlement.extra.accrual],
      cash: [...frictionExtra.cash, ...settlement.extra.cash],
    },
    variant.removals,
  );
  return { views, removals: variant.removals, exits: settlement.exits, transition: friction?.rows ?? null };
}
