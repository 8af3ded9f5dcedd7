/**
 * Scenario resolution (spec §5): a scenario starts from its fully resolved parent and applies
 * its own lines, staff and changes in order. Resolved lines and staff entries are immutable:
 * a change that touches one makes a new object, so a child shares every untouched entry with
 * its parent (which lets the evaluator reuse their contributions).
 */
import { modelError } from './errors';
import type { Change, Line, ModelFile, Scenario, Select, StaffEntry, TransferChange } from './model-types';
import { initialParamSource, setParam, type ParamSource } from './params';
import { applyScale, lineCategory, type ScaleRule } from './scale';
import { matchesList, ownerAt, type OwnerSegment } from './select';
import { applySetStaff, newStaff, type RStaff } from './staff';

/** A line as it stands in a scenario, with what changes did to it. */
export type RLine = {
  line: Line;
  /** Who incurs the line's cost from which year on; the first segment starts at −∞. */
  owners: OwnerSegment[];
  /** The line costs nothing from this year on (endLine). */
  endFrom: number | null;
  retire: boolean;
  scales: ScaleRule[];
  /** Every change that touched the line, in order: with `line` it determines the entry (cache key). */
  history: readonly object[];
};

/** Whether two entries were touched by the very same changes, in order (identity). */
export function isSameHistory(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

export type ResolvedScenario = {
  scenario: Scenario;
  lines: RLine[];
  staff: RStaff[];
  paramSource: ParamSource;
};

export type ResolveContext = { model: ModelFile; groupCategory: Map<string, string> };

/**
 * Resolved scenarios kept between evaluations: a scenario object whose parent resolved to the
 * same object (and, for the baseline, whose model parties, assumptions and function groups are
 * the same objects) resolves to the same result, so it is reused.
 */
export type ResolveMemo = WeakMap<Scenario, { parent: ResolvedScenario | null; deps: readonly unknown[]; resolved: ResolvedScenario }>;

/** Resolves every scenario, parents before children. Throws a ModelError on cycles or unknown parents. */
export function resolveScenarios(ctx: ResolveContext, memo?: ResolveMemo): Map<string, ResolvedScenario> {
  const deps = [ctx.model.parties, ctx.model.assumptions, ctx.model.functionGroups, ctx.model.categories];
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
    const hit = memo?.get(entry.s);
    const isReusable = hit !== undefined && hit.parent === parent && hit.deps.every((d, i) => d === deps[i]);
    const resolved = isReusable ? hit.resolved : resolveOne(ctx, entry.s, parent);
    if (!isReusable) memo?.set(entry.s, { parent, deps, resolved });
    done.set(id, resolved);
    return resolved;
  };
  for (const s of ctx.model.scenarios) visit(s.id);
  return done;
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

function newLine(line: Line): RLine {
  return { line, owners: [{ from: -Infinity, party: line.party }], endFrom: null, retire: false, scales: [], history: [] };
}

function addStaff(ctx: ResolveContext, state: ResolvedScenario, entry: StaffEntry): void {
  if (state.staff.some((s) => s.party === entry.party && s.group === entry.group)) {
    throw new Error(`staff for ${entry.party}/${entry.group} exists already`);
  }
  state.staff.push(newStaff(entry, categoryOfGroup(ctx, entry.group)));
}

export function categoryOfGroup(ctx: ResolveContext, group: string): string {
  const category = ctx.groupCategory.get(group);
  if (category === undefined) throw new Error(`unknown function group "${group}"`);
  return category;
}

function applyChange(ctx: ResolveContext, state: ResolvedScenario, change: Change, source: string): void {
  switch (change.op) {
    case 'addLine': state.lines.push(newLine(change.line)); return;
    case 'addStaff': addStaff(ctx, state, change.staff); return;
    case 'endLine': {
      state.lines = state.lines.map((rl) => {
        if (rl.line.id !== change.id) return rl;
        if (rl.endFrom !== null && rl.endFrom <= change.from) return rl;
        return { ...rl, endFrom: change.from, retire: change.retire === true, history: [...rl.history, change] };
      });
      return;
    }
    case 'setStaff': {
      const i = state.staff.findIndex((s) => s.party === change.party && s.group === change.group);
      const category = categoryOfGroup(ctx, change.group);
      if (i < 0) state.staff.push({ ...newStaff({ party: change.party, group: change.group, fte: change.fte, hiredShare: change.hiredShare ?? 0 }, category), origin: change });
      else state.staff[i] = applySetStaff(state.staff[i] as RStaff, change);
      return;
    }
    case 'transfer': {
      state.lines = state.lines.map((rl) => (isTransferred(rl, change.select, change.from) ? transferLine(rl, change) : rl));
      return;
    }
    case 'scale': applyScale(ctx, state, change, source); return;
    case 'setParam': state.paramSource = setParam(state.paramSource, change.path, change.value); return;
  }
}

function isTransferred(rl: RLine, select: Select, from: number): boolean {
  const t = rl.line.type;
  if (t !== 'opex' && t !== 'recurringInvestment') return false;
  if (select.group !== undefined) return false;
  if (select.party !== undefined && ownerAt(rl.owners, from) !== select.party) return false;
  if (!matchesList(select.category, lineCategory(rl.line))) return false;
  return select.lineIds === undefined || select.lineIds.includes(rl.line.id);
}

function transferLine(rl: RLine, change: TransferChange): RLine {
  const kept = rl.owners.filter((seg) => seg.from < change.from);
  return { ...rl, owners: [...kept, { from: change.from, party: change.to }], history: [...rl.history, change] };
}
