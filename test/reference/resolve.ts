/**
 * Scenario resolution of the independent reference (spec §5, docs/engine.md "Choices"):
 * inheritance, then the enabled changes in order. Everything a change does is kept as a
 * function of the year, built from the state as it stood when the change was applied, so
 * "a reduction applies to what exists when it is applied" holds by construction. Resolved
 * entries are never mutated: a change maps an entry to a new object.
 */
import type {
  Change,
  FunctionGroup,
  Line,
  ModelFile,
  Party,
  ScaleChange,
  Select,
  StaffEntry,
  TransferChange,
} from '../../src/engine';
import { dec, firstYear, matchesField, ONE, yearValue, ZERO, type Dec } from './decimal';
import type { DecisionChange, LeaveChange, StaffTransitionChange } from './decision-types';

/** One `scale` as it touches one entry: in which years it applies and its factor there. */
export type Scale = { applies: (year: number) => boolean; factor: (year: number) => Dec };

export type RefLine = {
  line: Line;
  /** Who incurs the line in a year (changed by `transfer`). */
  owner: (year: number) => string;
  scales: readonly Scale[];
  /** From `endLine`: no cost from `from` on; `retire` charges the book value then. */
  end: { from: number; retire: boolean } | null;
  /**
   * A leaver's own line under `standalone: "baseline"` (model-v3 §10.4 step 3): what it incurs
   * as `party` from `from` on ends (opex and new investments of the years ≥ from; investment,
   * application and oneOff lines dated ≥ from drop).
   */
  cuts?: readonly { party: string; from: number }[];
  /** A baseline line re-added for the leaver (§10.4 step 3): only its years / its dates ≥ onlyFrom count. */
  onlyFrom?: number;
};

export type RefStaff = {
  party: string;
  group: string;
  fte: (year: number) => Dec;
  hiredShare: (year: number) => Dec;
  scales: readonly Scale[];
};

/** Assumptions and parties of a scenario as plain file data, after its `setParam`s. */
export type Params = { assumptions: Record<string, unknown>; parties: Record<string, Party> };

export type RefScenario = {
  id: string;
  lines: readonly RefLine[];
  staff: readonly RefStaff[];
  params: Params;
  /** Its own enabled `staffTransition`, else the one it inherits (model-v3 §10.5), else null. */
  staffTransition: StaffTransitionChange | null;
  /** Its enabled `leave` changes, kept aside: `lines`/`staff` are the scenario S without them (§10.4). */
  leaves: readonly LeaveChange[];
};

export const DEFAULT_FUNCTION_GROUPS: readonly FunctionGroup[] = [
  { id: 'management', label: 'Management', category: 'personnel' },
  { id: 'businessOffice', label: 'Bedrijfsbureau', category: 'personnel' },
  { id: 'infoAdvice', label: 'Informatieadvies, innovatie en projecten', category: 'personnel' },
  { id: 'functionalMgmt', label: 'Functioneel beheer', category: 'personnel' },
  { id: 'technicalMgmt', label: 'Technisch beheer', category: 'personnel' },
  { id: 'cio', label: 'CIO-office', category: 'cioOffice' },
];

/** The category a line is charged to: an application line always goes to `applications`. */
export function lineCategory(line: Line): string {
  return line.type === 'application' ? 'applications' : line.category;
}

export function groupCategory(model: ModelFile, group: string): string {
  const found = (model.functionGroups ?? DEFAULT_FUNCTION_GROUPS).find((g) => g.id === group);
  if (found === undefined) throw new Error(`reference: unknown function group ${group}`);
  return found.category;
}

export function newLine(line: Line): RefLine {
  return { line, owner: () => line.party, scales: [], end: null };
}

export function newStaff(entry: StaffEntry): RefStaff {
  return {
    party: entry.party,
    group: entry.group,
    fte: (y) => yearValue(entry.fte, y),
    hiredShare: (y) => yearValue(entry.hiredShare, y),
    scales: [],
  };
}

/** `factor` map (1 before its first key), or 1 − reduction × phaseIn (phaseIn 0 before its first key; 1 when absent). */
function scaleFactor(change: ScaleChange): (year: number) => Dec {
  const { factor, reduction, phaseIn } = change;
  if (factor !== undefined) return (y) => yearValue(factor, y, ONE);
  const r = dec(reduction ?? 0);
  return (y) => ONE.minus(r.times(phaseIn === undefined ? ONE : yearValue(phaseIn, y, ZERO)));
}

/** Static part of a select for a line: scale/transfer never touch staff-only selects (`group`). */
function selectsLine(select: Select, line: Line): boolean {
  return (
    select.group === undefined &&
    matchesField(select.category, lineCategory(line)) &&
    (select.lineIds === undefined || select.lineIds.includes(line.id))
  );
}

function applyScale(model: ModelFile, change: ScaleChange, lines: readonly RefLine[], staff: readonly RefStaff[]) {
  const { select } = change;
  const from = change.from ?? -Infinity;
  const factor = scaleFactor(change);
  const scaledLines = lines.map((l) => {
    if (l.line.type === 'oneOff' || !selectsLine(select, l.line)) return l;
    const ownerThen = l.owner; // the owner per year as it stands now (docs/engine.md choice 7)
    const applies = (y: number) => y >= from && (select.party === undefined || ownerThen(y) === select.party);
    return { ...l, scales: [...l.scales, { applies, factor }] };
  });
  const scaledStaff = staff.map((s) => {
    const isMatch =
      select.lineIds === undefined &&
      (select.party === undefined || select.party === s.party) &&
      matchesField(select.group, s.group) &&
      matchesField(select.category, groupCategory(model, s.group));
    return isMatch ? { ...s, scales: [...s.scales, { applies: (y: number) => y >= from, factor }] } : s;
  });
  return { lines: scaledLines, staff: scaledStaff };
}

function applyTransfer(change: TransferChange, lines: readonly RefLine[]): RefLine[] {
  const { select, to, from } = change;
  return lines.map((l) => {
    const isMovable = l.line.type === 'opex' || l.line.type === 'recurringInvestment';
    if (!isMovable || !selectsLine(select, l.line) || l.owner(from) !== select.party) return l;
    const before = l.owner;
    return { ...l, owner: (y: number) => (y >= from ? to : before(y)) };
  });
}

export function applySetStaff(
  change: Extract<Change, { op: 'setStaff' }>,
  staff: readonly RefStaff[],
  from = firstYear(change.fte),
): RefStaff[] {
  const { fte, hiredShare } = change;
  const index = staff.findIndex((s) => s.party === change.party && s.group === change.group);
  if (index < 0) {
    const created = newStaff({
      party: change.party,
      group: change.group,
      fte,
      ...(hiredShare !== undefined ? { hiredShare } : {}),
    });
    // A new entry has no FTE before `from` (a plain-number map would otherwise hold for all years).
    return [...staff, { ...created, fte: (y) => (y >= from ? created.fte(y) : ZERO) }];
  }
  const old = staff[index] as RefStaff;
  const replaced: RefStaff = {
    party: old.party,
    group: old.group,
    fte: (y) => (y >= from ? yearValue(fte, y) : old.fte(y)),
    hiredShare:
      hiredShare === undefined ? old.hiredShare : (y) => (y >= from ? yearValue(hiredShare, y) : old.hiredShare(y)),
    // Scales applied before keep working on the years before the new map only (docs choice 8).
    scales: old.scales.map((s) => ({ applies: (y: number) => y < from && s.applies(y), factor: s.factor })),
  };
  return staff.map((s, i) => (i === index ? replaced : s));
}

function setPath(params: Params, path: string, value: unknown): void {
  const keys = path.split('.');
  const head = keys.shift();
  if (head !== 'assumptions' && head !== 'parties') throw new Error(`reference: setParam path ${path}`);
  let target: Record<string, unknown> =
    head === 'assumptions' ? params.assumptions : (params.parties as unknown as Record<string, unknown>);
  while (keys.length > 1) {
    const key = keys.shift() as string;
    const next = target[key];
    if (next === undefined || next === null || typeof next !== 'object') target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[keys[0] as string] = structuredClone(value);
}

type State = { lines: readonly RefLine[]; staff: readonly RefStaff[] };

function applyChange(model: ModelFile, state: State, change: Change, params: Params): State {
  switch (change.op) {
    case 'addLine':
      return { ...state, lines: [...state.lines, newLine(change.line)] };
    case 'addStaff':
      return { ...state, staff: [...state.staff, newStaff(change.staff)] };
    case 'endLine':
      return {
        ...state,
        lines: state.lines.map((l) => {
          if (l.line.id !== change.id) return l;
          // Ending a line twice keeps the earlier end (docs choice 9).
          if (l.end !== null && l.end.from <= change.from) return l;
          return { ...l, end: { from: change.from, retire: change.retire === true } };
        }),
      };
    case 'setStaff':
      return { ...state, staff: applySetStaff(change, state.staff) };
    case 'transfer':
      return { ...state, lines: applyTransfer(change, state.lines) };
    case 'scale':
      return applyScale(model, change, state.lines, state.staff);
    case 'setParam':
      // For the whole scenario wherever it stands (docs choice 10): params are only read
      // when the resolved scenario is evaluated.
      setPath(params, change.path, change.value);
      return state;
    default:
      // staffTransition and leave are applied by ./decision.ts (see resolveScenarios).
      return state;
  }
}

/** Every scenario of the model resolved, by id. Throws on a cycle. */
export function resolveScenarios(model: ModelFile): Map<string, RefScenario> {
  const done = new Map<string, RefScenario>();
  const visiting = new Set<string>();
  const resolve = (id: string): RefScenario => {
    const ready = done.get(id);
    if (ready) return ready;
    if (visiting.has(id)) throw new Error(`reference: cycle at scenario ${id}`);
    visiting.add(id);
    const scenario = model.scenarios.find((s) => s.id === id);
    if (scenario === undefined) throw new Error(`reference: unknown scenario ${id}`);
    const parent: RefScenario =
      scenario.basedOn === null
        ? {
            id: '',
            lines: [],
            staff: [],
            staffTransition: null,
            leaves: [],
            params: {
              assumptions: { ...(model.assumptions ?? {}) },
              parties: Object.fromEntries(model.parties.map((p) => [p.id, p])),
            },
          }
        : resolve(scenario.basedOn);
    const params: Params = structuredClone(parent.params);
    let state: State = {
      lines: [...parent.lines, ...(scenario.lines ?? []).map(newLine)],
      staff: [...parent.staff, ...(scenario.staff ?? []).map(newStaff)],
    };
    // staffTransition is evaluated after every other change except leave, and leave comes last
    // (model-v3 §10.4, §10.5): both are kept aside here and applied by ./decision.ts.
    let staffTransition = parent.staffTransition;
    const leaves: LeaveChange[] = [];
    for (const change of scenario.changes ?? []) {
      if (change.enabled === false) continue;
      const decision = change as unknown as DecisionChange;
      if (decision.op === 'staffTransition') staffTransition = decision;
      else if (decision.op === 'leave') leaves.push(decision);
      else state = applyChange(model, state, change, params);
    }
    const resolved: RefScenario = { id, ...state, params, staffTransition, leaves };
    visiting.delete(id);
    done.set(id, resolved);
    return resolved;
  };
  for (const s of model.scenarios) resolve(s.id);
  return done;
}
