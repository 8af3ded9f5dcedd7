/**
 * Scenario resolution (spec §5): a scenario starts from its fully resolved parent and applies
 * its own lines, staff and changes in order. Resolved lines and staff entries are immutable:
 * a change that touches one makes a new object, so a child shares every untouched entry with
 * its parent (which lets the evaluator reuse their contributions).
 */
import {
  modelError,
  type Change,
  type Line,
  type Scenario,
  type Select,
  type StaffEntry,
  type TransferChange,
} from '../model';
import { initialParamSource, setParam, type ParamSource } from './params';
import {
  editEach,
  type ResolveContext,
  type ResolvedLine,
  type ResolvedScenario,
  type ResolvedStaff,
} from './resolved';
import { applyScale, lineCategory } from './scale';
import { matchesList, ownerAt } from './select';
import { applySetStaff, newStaff } from './staff';

/** Whether two entries were touched by the very same changes, in order (identity). */
export function isSameHistory(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Resolved scenarios kept between evaluations: a scenario object whose parent resolved to the
 * same lines and staff (and, for the baseline, whose model function groups and categories are
 * the same objects) resolves to the same lines and staff, so they are reused. Its parameters
 * depend only on the parent's (or the model's parties and assumptions) and its own `setParam`
 * changes: when those inputs changed, only the parameters are applied again.
 */
export type ResolveMemo = {
  get: (scenario: Scenario) => ResolveMemoEntry | undefined;
  set: (scenario: Scenario, entry: ResolveMemoEntry) => unknown;
};
export type ResolveMemoEntry = {
  parent: ResolvedScenario | null;
  structure: readonly unknown[];
  params: readonly unknown[];
  resolved: ResolvedScenario;
};

/** Resolves every scenario, parents before children. Throws a ModelError on cycles or unknown parents. */
export function resolveScenarios(ctx: ResolveContext, memo?: ResolveMemo): Map<string, ResolvedScenario> {
  const structure = [ctx.model.functionGroups, ctx.model.categories];
  const paramDeps = [ctx.model.parties, ctx.model.assumptions];
  const byId = new Map(ctx.model.scenarios.map((s, i) => [s.id, { s, i }]));
  const done = new Map<string, ResolvedScenario>();
  const visiting: string[] = [];
  const visit = (id: string): ResolvedScenario => {
    const known = done.get(id);
    if (known) return known;
    const entry = byId.get(id);
    if (!entry) throw modelError([{ path: 'scenarios', message: `unknown scenario "${id}"` }]);
    if (visiting.includes(id)) {
      const cycle = [...visiting.slice(visiting.indexOf(id)), id].join(' → ');
      throw modelError([{ path: `scenarios[${entry.i}].basedOn`, message: `cycle: ${cycle}` }]);
    }
    visiting.push(id);
    const parent = entry.s.basedOn === null ? null : visit(entry.s.basedOn);
    visiting.pop();
    const resolved = reuseOrResolve(ctx, memo, entry.s, parent, structure, paramDeps);
    done.set(id, resolved);
    return resolved;
  };
  for (const s of ctx.model.scenarios) visit(s.id);
  return done;
}

const isSameList = (a: readonly unknown[], b: readonly unknown[]) => a.every((x, i) => x === b[i]);

function reuseOrResolve(
  ctx: ResolveContext,
  memo: ResolveMemo | undefined,
  scenario: Scenario,
  parent: ResolvedScenario | null,
  structure: readonly unknown[],
  params: readonly unknown[],
): ResolvedScenario {
  const hit = memo?.get(scenario);
  const isSameStructure =
    hit !== undefined &&
    isSameList(hit.structure, structure) &&
    (hit.parent === parent ||
      (hit.parent !== null &&
        parent !== null &&
        hit.parent.lines === parent.lines &&
        hit.parent.staff === parent.staff));
  if (!isSameStructure) {
    const resolved = resolveOne(ctx, scenario, parent);
    memo?.set(scenario, { parent, structure, params, resolved });
    return resolved;
  }
  const isSameParams = hit.parent === parent && isSameList(hit.params, params);
  const resolved = isSameParams ? hit.resolved : { ...hit.resolved, paramSource: paramSourceOf(ctx, scenario, parent) };
  memo?.set(scenario, isSameParams ? hit : { parent, structure, params, resolved });
  return resolved;
}

/** A scenario's parameters: its parent's (the model's for the baseline) with its own setParam changes applied. */
function paramSourceOf(ctx: ResolveContext, scenario: Scenario, parent: ResolvedScenario | null): ParamSource {
  let source = parent ? parent.paramSource : initialParamSource(ctx.model);
  for (const change of scenario.changes ?? []) {
    if (change.op === 'setParam' && change.enabled !== false) source = setParam(source, change.path, change.value);
  }
  return source;
}

function resolveOne(ctx: ResolveContext, scenario: Scenario, parent: ResolvedScenario | null): ResolvedScenario {
  const state: ResolvedScenario = {
    scenario,
    lines: parent ? [...parent.lines] : [],
    staff: parent ? [...parent.staff] : [],
    paramSource: parent ? parent.paramSource : initialParamSource(ctx.model),
  };
  for (const line of scenario.lines ?? []) state.lines.push(newLine(line));
  for (const entry of scenario.staff ?? []) addStaff(ctx, state, entry);
  (scenario.changes ?? []).forEach((change, i) => {
    if (change.enabled !== false) applyChange(ctx, state, change, `${scenario.id}.changes[${i}]`);
  });
  return state;
}

function newLine(line: Line): ResolvedLine {
  return {
    line,
    owners: [{ from: -Infinity, party: line.party }],
    endFrom: null,
    retire: false,
    scales: [],
    history: [],
  };
}

/** The party and group of each staff entry of a scenario in resolution, by its staff list (built on the first addStaff). */
const staffPairs = new WeakMap<ResolvedStaff[], Set<string>>();
const staffPair = (s: { party: string; group: string }) => `${s.party}\u0000${s.group}`;

function addStaff(ctx: ResolveContext, state: ResolvedScenario, entry: StaffEntry): void {
  // A set instead of a scan of the list per entry: a baseline's staff at national scale is ≈ 1,200 entries.
  let pairs = staffPairs.get(state.staff);
  if (pairs === undefined) {
    pairs = new Set(state.staff.map(staffPair));
    staffPairs.set(state.staff, pairs);
  }
  const pair = staffPair(entry);
  if (pairs.has(pair)) throw new Error(`staff for ${entry.party}/${entry.group} exists already`);
  pairs.add(pair);
  state.staff.push(newStaff(entry, categoryOfGroup(ctx, entry.group)));
}

export function categoryOfGroup(ctx: ResolveContext, group: string): string {
  const category = ctx.groupCategory.get(group);
  if (category === undefined) throw new Error(`unknown function group "${group}"`);
  return category;
}

function applyChange(ctx: ResolveContext, state: ResolvedScenario, change: Change, source: string): void {
  switch (change.op) {
    case 'addLine':
      state.lines.push(newLine(change.line));
      return;
    case 'addStaff':
      addStaff(ctx, state, change.staff);
      return;
    case 'endLine': {
      editEach(state.lines, (rl) => {
        if (rl.line.id !== change.id) return rl;
        if (rl.endFrom !== null && rl.endFrom <= change.from) return rl;
        return { ...rl, endFrom: change.from, retire: change.retire === true, history: [...rl.history, change] };
      });
      return;
    }
    case 'setStaff': {
      const i = state.staff.findIndex((s) => s.party === change.party && s.group === change.group);
      const category = categoryOfGroup(ctx, change.group);
      if (i < 0) {
        staffPairs.get(state.staff)?.add(staffPair(change));
        state.staff.push({
          ...newStaff(
            { party: change.party, group: change.group, fte: change.fte, hiredShare: change.hiredShare ?? 0 },
            category,
          ),
          origin: change,
        });
      } else state.staff[i] = applySetStaff(state.staff[i] as ResolvedStaff, change);
      return;
    }
    case 'transfer': {
      editEach(state.lines, (rl) => (isTransferred(rl, change.select, change.from) ? transferLine(rl, change) : rl));
      return;
    }
    case 'scale':
      applyScale(state, change, source);
      return;
    case 'setParam':
      state.paramSource = setParam(state.paramSource, change.path, change.value);
      return;
    case 'leave':
      // leave (model-v3 §10.4): a scenario resolves to S, without its leaves; the exit variant is
      // made from S when the scenario is evaluated (leave.ts, results/exit.ts).
      return;
    case 'staffTransition':
      // Priced after resolution, on the resolved staff (model-v3 §10.5; results/decision.ts).
      return;
  }
}

function isTransferred(rl: ResolvedLine, select: Select, from: number): boolean {
  const t = rl.line.type;
  if (t !== 'opex' && t !== 'recurringInvestment') return false;
  if (select.group !== undefined) return false;
  if (select.party !== undefined && ownerAt(rl.owners, from) !== select.party) return false;
  if (!matchesList(select.category, lineCategory(rl.line))) return false;
  return select.lineIds === undefined || select.lineIds.includes(rl.line.id);
}

function transferLine(rl: ResolvedLine, change: TransferChange): ResolvedLine {
  const kept = rl.owners.filter((seg) => seg.from < change.from);
  return { ...rl, owners: [...kept, { from: change.from, party: change.to }], history: [...rl.history, change] };
}
