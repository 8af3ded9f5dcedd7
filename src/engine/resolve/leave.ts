/**
 * Leaving a shared party (model-v3 §10.4, steps 1–3): the *exit variant before settlement* of a
 * scenario, made from `S` — the scenario resolved with every change except its `leave`s. The
 * shared party sheds the leaver's part (a scale on its lines and staff), the leaver's own ICT
 * follows its standalone path, and its re-entry lines and staff are added. Membership (step 2)
 * is the allocation's (calc/ledger.ts `allocate`, `Leaving`); the settlement (steps 4–5) is
 * booked on the ledger (results/exit.ts).
 *
 * Every entry this touches gets a fresh history marker (an object made per evaluation and per
 * kind of edit), so the contribution memo never mistakes it for an entry computed under other
 * shares or years, nor one edit of a line for another edit of the same line (S's line stopped
 * from E and the baseline's copy of it started at E share their line and earlier history).
 */
import { dec, ONE, ZERO, type Decimal } from '../numeric';
import { firstYear, type LeaveChange, type Num, type ReentryItem, type StaffEntry } from '../model';
import {
  editEach,
  type ResolveContext,
  type ResolvedLine,
  type ResolvedScenario,
  type ResolvedStaff,
} from './resolved';
import { lineCategory } from './scale';
import { ownerAt } from './select';
import { newStaff } from './staff';

/** model-v3 §10.4, defaults table: the shedding schedule when a leave gives none. */
export const DEFAULT_SHED: readonly Num[] = [0.2, 0.4, 0.6, 0.8, 1];

/** One leave to apply: the change, where it is in the file, and the leaver's weight share `w_c(y)` in `S`. */
export type LeaveInput = {
  change: LeaveChange;
  /** `scenarios[i].changes[j]`. */
  source: string;
  /** `w_c(y)`: the leaver's weight in the shared party's key for `c` in `y` over the members' sum, under `S` (0 when it is no member). */
  shareOf: (category: string, year: number) => Decimal;
};

/** `shed_c(k)`: entry k of the category's list (or the default list), the last carrying forward; 0 before the exit. */
export function shedFraction(change: LeaveChange, category: string, k: number): Decimal {
  if (k < 0) return ZERO;
  const list = change.shed?.byCategory?.[category] ?? change.shed?.default ?? DEFAULT_SHED;
  if (list.length === 0) return ZERO;
  return dec(list[Math.min(k, list.length - 1)] as Num);
}

const memoized = (f: (year: number) => Decimal): ((year: number) => Decimal) => {
  const memo = new Map<number, Decimal>();
  return (year) => {
    let v = memo.get(year);
    if (v === undefined) {
      v = f(year);
      memo.set(year, v);
    }
    return v;
  };
};

const zero = () => ZERO;

/** Step 1: the shared party's lines and staff scaled by 1 − w_c(y) × shed_c(y − E) from E on (model.md §5.3 semantics). */
function shed(state: ResolvedScenario, leave: LeaveInput, marker: object): void {
  const { change, shareOf, source } = leave;
  const X = change.shared;
  const E = change.from;
  const factorOf = (category: string) =>
    memoized((y) => ONE.minus(shareOf(category, y).times(shedFraction(change, category, y - E))));
  editEach(state.lines, (rl) => {
    if (rl.line.type === 'oneOff' || !rl.owners.some((o) => o.party === X)) return rl;
    const owners = rl.owners;
    const applies = (y: number) => y >= E && ownerAt(owners, y) === X;
    const rule = { applies, factorAt: factorOf(lineCategory(rl.line)), source };
    return { ...rl, scales: [...rl.scales, rule], history: [...rl.history, marker] };
  });
  editEach(state.staff, (st) => {
    if (st.party !== X) return st;
    const rule = { applies: (y: number) => y >= E, factorAt: factorOf(st.category), source };
    return { ...st, scales: [...st.scales, rule], history: [...st.history, marker] };
  });
}

/** Whether the leaver incurs a line's cost in some year from E on. */
const isIncurredFrom = (rl: ResolvedLine, m: string, E: number) =>
  ownerAt(rl.owners, E) === m || rl.owners.some((o) => o.from > E && o.party === m);

/**
 * Step 3, `standalone: "baseline"`: from E what the leaver incurs in S ends (its investments,
 * applications and one-off lines dated ≥ E drop; earlier investments keep their charges), and
 * the baseline's lines and staff of the leaver come back for the years from E on.
 */
function standaloneBaseline(
  state: ResolvedScenario,
  baseline: ResolvedScenario,
  m: string,
  E: number,
  source: string,
): void {
  const [stopped, readded, spliced] = [{}, {}, {}];
  const stop = { applies: (y: number) => y >= E, factorAt: zero, source };
  state.lines = state.lines.flatMap((rl): ResolvedLine[] => {
    const line = rl.line;
    if (line.type === 'investment' || line.type === 'application' || line.type === 'oneOff')
      return ownerAt(rl.owners, line.year) === m && line.year >= E ? [] : [rl];
    if (!isIncurredFrom(rl, m, E)) return [rl];
    const owners = rl.owners;
    const rule = { ...stop, applies: (y: number) => y >= E && ownerAt(owners, y) === m };
    return [{ ...rl, scales: [...rl.scales, rule], history: [...rl.history, stopped] }];
  });
  const before = { applies: (y: number) => y < E, factorAt: zero, source };
  for (const rl of baseline.lines) {
    const line = rl.line;
    if (line.party !== m) continue;
    if (line.type === 'investment' || line.type === 'application' || line.type === 'oneOff') {
      if (line.year >= E) state.lines.push({ ...rl, history: [...rl.history, readded] });
    } else state.lines.push({ ...rl, scales: [...rl.scales, before], history: [...rl.history, readded] });
  }
  // Staff: one entry per (leaver, group), S's before E and the baseline's from E.
  const groups = new Set([
    ...state.staff.filter((st) => st.party === m).map((st) => st.group),
    ...baseline.staff.filter((st) => st.party === m).map((st) => st.group),
  ]);
  for (const group of groups) {
    const i = state.staff.findIndex((st) => st.party === m && st.group === group);
    const s = i < 0 ? undefined : state.staff[i];
    const b = baseline.staff.find((st) => st.party === m && st.group === group);
    const merged = splice(s, b, E, spliced);
    if (i < 0) state.staff.push(merged);
    else state.staff[i] = merged;
  }
}

/** A staff entry that follows `before` in the years before `at` and `after` from `at` on (FTE 0 where one is missing). */
function splice(
  before: ResolvedStaff | undefined,
  after: ResolvedStaff | undefined,
  at: number,
  marker: object,
): ResolvedStaff {
  const base = (before ?? after) as ResolvedStaff;
  return {
    ...base,
    fteAt: (y) => (y < at ? (before?.fteAt(y) ?? ZERO) : (after?.fteAt(y) ?? ZERO)),
    hiredAt: (y) => (y < at ? (before?.hiredAt(y) ?? ZERO) : (after?.hiredAt(y) ?? ZERO)),
    scales: [
      ...(before?.scales ?? []).map((s) => ({ ...s, applies: (y: number) => y < at && s.applies(y) })),
      ...(after?.scales ?? []).map((s) => ({ ...s, applies: (y: number) => y >= at && s.applies(y) })),
    ],
    history: [...(before?.history ?? []), ...(after?.history ?? []), marker],
  };
}

/** Step 3, re-entry: lines are added; a staff entry sets the leaver's FTE of its group from max(E, its first key) (`setStaff` semantics). */
function reentry(ctx: ResolveContext, state: ResolvedScenario, change: LeaveChange): void {
  for (const item of change.reentry ?? []) {
    const marker = {};
    if ('type' in item) {
      state.lines.push({
        line: item,
        owners: [{ from: -Infinity, party: item.party }],
        endFrom: null,
        retire: false,
        scales: [],
        history: [],
      });
      continue;
    }
    const staff: StaffEntry = item satisfies Exclude<ReentryItem, { type: string }>;
    const from = Math.max(change.from, firstYear(staff.fte) ?? -Infinity);
    const i = state.staff.findIndex((st) => st.party === staff.party && st.group === staff.group);
    const category = ctx.groupCategory.get(staff.group);
    if (category === undefined) throw new Error(`unknown function group "${staff.group}"`);
    const fresh = newStaff({ ...staff, hiredShare: staff.hiredShare ?? 0 }, category);
    const entry = setFrom(i < 0 ? undefined : state.staff[i], fresh, from, staff.hiredShare !== undefined, marker);
    if (i < 0) state.staff.push(entry);
    else state.staff[i] = entry;
  }
}

/** `setStaff` from a given year: `next`'s FTE (and hired share when given) from `from`, `prior`'s before. */
function setFrom(
  prior: ResolvedStaff | undefined,
  next: ResolvedStaff,
  from: number,
  hasHired: boolean,
  marker: object,
): ResolvedStaff {
  const base = prior ?? { ...next, fteAt: () => ZERO, hiredAt: () => ZERO };
  const hired = hasHired || prior === undefined ? next.hiredAt : null;
  return {
    ...base,
    fteAt: (y) => (y >= from ? next.fteAt(y) : base.fteAt(y)),
    hiredAt: hired === null ? base.hiredAt : (y) => (y >= from ? hired(y) : base.hiredAt(y)),
    scales: base.scales.map((s) => ({ ...s, applies: (y: number) => y < from && s.applies(y) })),
    history: [...base.history, marker],
  };
}

/**
 * The exit variant before settlement (steps 1 and 3) of `s` — S, resolved without its leaves —
 * for its enabled leaves in file order. `baseline` is the resolved baseline (the standalone
 * path's lines and staff). A leaver with several leaves follows its standalone path once, from
 * the earliest exit year among its leaves that say `baseline`.
 */
export function exitVariant(
  ctx: ResolveContext,
  s: ResolvedScenario,
  baseline: ResolvedScenario,
  leaves: readonly LeaveInput[],
): ResolvedScenario {
  const state: ResolvedScenario = { ...s, lines: [...s.lines], staff: [...s.staff] };
  for (const leave of leaves) shed(state, leave, {});
  const standalone = new Map<string, LeaveInput>();
  for (const leave of leaves) {
    const { party, from } = leave.change;
    const known = standalone.get(party);
    if ((leave.change.standalone ?? 'baseline') === 'baseline' && (known === undefined || from < known.change.from))
      standalone.set(party, leave);
  }
  for (const [m, leave] of standalone) standaloneBaseline(state, baseline, m, leave.change.from, leave.source);
  for (const leave of leaves) reentry(ctx, state, leave.change);
  return state;
}
