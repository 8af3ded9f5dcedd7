/**
 * A sampling plan: the outcomes of many models that differ from one model only in the values
 * of some inputs (Monte Carlo samples), computed without evaluating the whole model each time.
 *
 * The plan finds, once, which lines and staff entries each varied input can reach — by
 * changing the input and asking the engine's own resolution and cache keys (cache-keys.ts)
 * which entries come out different. Every other entry costs the same in every sample: its
 * contributions are summed once, exactly, into constant yearly sums per scenario. The model
 * is *pruned* once to the reachable lines and staff entries (and every change, which simply
 * finds less to act on); per sample the sampled values are written into the pruned model,
 * which is evaluated by the same resolution, parameters and contribution code as
 * `evaluateModel`, in the plan's kernel; its yearly sums are added to the constants, extended
 * and turned into outcomes as in `outcomesOf`.
 *
 * Why pruning is exact: resolution treats each line on its own (transfer, scale and endLine act
 * per line; addLine only appends), and staff entries per (party, function group) — so staff is
 * kept or dropped per (party, group) as a whole, with every setStaff and addStaff for it.
 * Tests check plan against whole-model evaluation on every fixture.
 */
import {
  createContext,
  createEvaluationCache,
  type ModelContext,
  lineKey,
  staffKey,
  addToYearSums,
  copyYearSums,
  type YearSums,
  lineContributions,
  staffContributions,
} from '../calc';
import { createFastKernel, exactKernel, type Kernel } from '../numeric';
import { addVarying, type EntryScratch, type SampleEntries } from './sample-sums';
import { sampleWriter } from './sample-writer';
import {
  inputBounds,
  inputKeys,
  inputWriter,
  readInput,
  toInputValue,
  writeInput,
  type Change,
  type InputPath,
  type Line,
  type ModelFile,
  type Num,
  type Scenario,
  type StaffEntry,
} from '../model';
import {
  type GrowthMemo,
  newYearSums,
  npvRate,
  outcomesFromTotals,
  outcomesOf,
  type Outcomes,
  type Resolution,
  resolveWithParams,
  type ScenarioTotals,
  usesDecisionRules,
  yearTotals,
} from '../results';
import {
  type Params,
  isSameHistory,
  resolveScenarios,
  type ResolveMemoEntry,
  type ResolvedLine,
  type ResolvedStaff,
} from '../resolve';

export type SamplePlan = {
  /** The outcomes of the plan's model with `values[i]` written at the plan's `paths[i]` (and nothing else changed). */
  outcomes: (values: readonly Num[]) => Outcomes;
  /** How many of the model's lines and staff units (party × group) a sample re-evaluates. */
  reach: { lines: number; staffUnits: number; ofLines: number; ofStaffUnits: number };
  /** The same per scenario: how many of its entries vary. */
  reachByScenario: Map<string, { lines: number; staffUnits: number }>;
};

/** Where a line comes from in the file: `si:lines:k` or `si:changes:k` (addLine). */
type LineSlot = string;
/** A staff unit: `party|group`. */
type StaffUnit = string;

const unitOf = (party: string, group: string): StaffUnit => `${party}|${group}`;

/** Every line object of the file by its slot, and every staff unit the file names. */
function fileIndex(model: ModelFile): { slotOf: Map<Line, LineSlot>; units: Set<StaffUnit> } {
  const slotOf = new Map<Line, LineSlot>();
  const units = new Set<StaffUnit>();
  model.scenarios.forEach((s, si) => {
    (s.lines ?? []).forEach((l, k) => slotOf.set(l, `${si}:lines:${k}`));
    (s.staff ?? []).forEach((e) => units.add(unitOf(e.party, e.group)));
    (s.changes ?? []).forEach((c, k) => {
      if (c.op === 'addLine') slotOf.set(c.line, `${si}:changes:${k}`);
      if (c.op === 'addStaff') units.add(unitOf(c.staff.party, c.staff.group));
      if (c.op === 'setStaff') units.add(unitOf(c.party, c.group));
    });
  });
  return { slotOf, units };
}

/** A value for `path` other than the file's (to see what the input reaches), within its bounds. */
function otherValue(model: ModelFile, path: InputPath): string {
  const base = readInput(model, path);
  if (base === null) throw new Error(`no number at "${path}"`);
  const bounds = inputBounds(path);
  const v = Number(base);
  for (const candidate of [v === 0 ? 1 : v * 1.5, v * 0.5, v + 1]) {
    const s = toInputValue(candidate, bounds);
    if (Number(s) !== v) return s;
  }
  return String(v + 1);
}

/** Per scenario: the lines (by slot) and staff units whose cost varies. */
type Reach = Map<string, { lines: Set<LineSlot>; units: Set<StaffUnit> }>;

/**
 * The scale change whose factor values an input sets (its reduction, a phase-in or a factor): its
 * source as the resolution names it, and the change object in the model and in `changed`.
 * Such a value matters to a line only in the years the scale applies to, and which years those
 * are does not depend on it.
 */
function scaleValueOf(
  model: ModelFile,
  changed: ModelFile,
  path: InputPath,
): { source: string; base: object; other: object } | null {
  const [root, si, field, k, what] = inputKeys(model, path) ?? [];
  if (root !== 'scenarios' || field !== 'changes' || typeof si !== 'number' || typeof k !== 'number') return null;
  if (what !== 'reduction' && what !== 'phaseIn' && what !== 'factor') return null;
  const scenario = model.scenarios[si];
  const [base, other] = [scenario?.changes?.[k], changed.scenarios[si]?.changes?.[k]];
  if (scenario === undefined || base?.op !== 'scale' || other === undefined) return null;
  return { source: `${scenario.id}.changes[${k}]`, base, other };
}

/** Whether two histories are the same but for one change (`a` where `b` has `bChange`). */
function isSameHistoryBut(a: readonly object[], b: readonly object[], aChange: object, bChange: object): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i] || (x === aChange && b[i] === bChange));
}

/** Whether a line's contributions read a factor of the scale named `source` (in some year it applies to). */
function readsScale(ctx: ModelContext, params: Params, rl: ResolvedLine, source: string): boolean {
  let isRead = false;
  const scales = rl.scales.map((s) =>
    s.source !== source
      ? s
      : {
          ...s,
          factorAt: (y: number) => {
            isRead = true;
            return s.factorAt(y);
          },
        },
  );
  lineContributions(ctx, params, { ...rl, scales }, false);
  return isRead;
}

/**
 * Per scenario, the lines (by slot) and staff units an input reaches: entries whose origin,
 * history or parameter key differ when the input's value changes — except lines that a scale's
 * value reaches only in years the scale does not apply to (an investment made before it starts).
 * Adds them to `reach`; false when the structure changed (every entry is then re-evaluated).
 */
function addReach(
  ctx: ModelContext,
  base: Resolution,
  path: InputPath,
  slotOf: Map<Line, LineSlot>,
  reach: Reach,
): boolean {
  const model = ctx.model;
  const changed = writeInput(model, path, otherValue(model, path));
  const other = resolveWithParams({ ...ctx, model: changed });
  const scale = scaleValueOf(model, changed, path);
  for (const [id, { r: b, params: pb }] of base) {
    const { r: o, params: po } = other.get(id) ?? {};
    if (o === undefined || po === undefined || o.lines.length !== b.lines.length || o.staff.length !== b.staff.length)
      return false;
    const r = reach.get(id) as { lines: Set<LineSlot>; units: Set<StaffUnit> };
    for (let j = 0; j < b.lines.length; j += 1) {
      const [x, y] = [b.lines[j] as ResolvedLine, o.lines[j] as ResolvedLine];
      const isSameKey = lineKey(pb, x) === lineKey(po, y);
      if (x.line !== y.line || !isSameHistory(x.history, y.history) || !isSameKey) {
        const isUnread =
          scale !== null &&
          x.line === y.line &&
          isSameKey &&
          isSameHistoryBut(x.history, y.history, scale.base, scale.other) &&
          !readsScale(ctx, po, y, scale.source);
        if (isUnread) continue;
        const slot = slotOf.get(x.line);
        if (slot === undefined) return false;
        r.lines.add(slot);
      }
    }
    for (let j = 0; j < b.staff.length; j += 1) {
      const [x, y] = [b.staff[j] as ResolvedStaff, o.staff[j] as ResolvedStaff];
      if (x.party !== y.party || x.group !== y.group) return false;
      if (
        x.origin !== y.origin ||
        x.entry !== y.entry ||
        !isSameHistory(x.history, y.history) ||
        staffKey(pb, x) !== staffKey(po, y)
      ) {
        r.units.add(unitOf(x.party, x.group));
      }
    }
  }
  return true;
}

/** Which file objects a pruned model keeps, per scenario: its lines (with their slots), staff and changes by index. */
type Keep = {
  lines: number[];
  lineSlots: LineSlot[];
  staff: number[];
  changes: number[];
  changeSlots: (LineSlot | null)[];
}[];

function keepOf(model: ModelFile, lines: Set<LineSlot>, units: Set<StaffUnit>): Keep {
  return model.scenarios.map((s, si) => {
    const keptLines = (s.lines ?? []).flatMap((_, k) => (lines.has(`${si}:lines:${k}`) ? [k] : []));
    const keptChanges = (s.changes ?? []).flatMap((c, k) => (isKept(c, `${si}:changes:${k}`, lines, units) ? [k] : []));
    return {
      lines: keptLines,
      lineSlots: keptLines.map((k) => `${si}:lines:${k}`),
      staff: (s.staff ?? []).flatMap((e, k) => (units.has(unitOf(e.party, e.group)) ? [k] : [])),
      changes: keptChanges,
      changeSlots: keptChanges.map((k) => (s.changes?.[k]?.op === 'addLine' ? `${si}:changes:${k}` : null)),
    };
  });
}

function isKept(c: Change, slot: LineSlot, lines: Set<LineSlot>, units: Set<StaffUnit>): boolean {
  switch (c.op) {
    case 'addLine':
      return lines.has(slot);
    case 'addStaff':
      return units.has(unitOf(c.staff.party, c.staff.group));
    case 'setStaff':
      return units.has(unitOf(c.party, c.group));
    default:
      return true;
  }
}

const pick = <T>(xs: readonly T[] | undefined, at: readonly number[]): T[] =>
  at.map((k) => (xs as readonly T[])[k] as T);

/** The model with only the kept objects, and the slot of each kept line object in it. */
function pruned(model: ModelFile, keep: Keep): { model: ModelFile; slotOf: Map<Line, LineSlot> } {
  const slotOf = new Map<Line, LineSlot>();
  const scenarios = model.scenarios.map((s, si): Scenario => {
    const k = keep[si] as Keep[number];
    const changes = pick<Change>(s.changes, k.changes);
    changes.forEach((c, j) => {
      const slot = k.changeSlots[j];
      if (slot != null && c.op === 'addLine') slotOf.set(c.line, slot);
    });
    const out: Scenario = { ...s, changes };
    if (s.lines !== undefined) {
      const lines = pick<Line>(s.lines, k.lines);
      lines.forEach((line, j) => slotOf.set(line, k.lineSlots[j] as LineSlot));
      out.lines = lines;
    }
    if (s.staff !== undefined) out.staff = pick<StaffEntry>(s.staff, k.staff);
    return out;
  });
  return { model: { ...model, scenarios }, slotOf };
}

/**
 * The keys of `path` (of `model`) in the pruned model: list positions of lines, staff and changes
 * renumbered to the kept ones; null when the path lies in an entry the plan dropped (no input
 * of the plan reaches it, so its value changes nothing).
 */
function prunedKeys(model: ModelFile, keep: Keep, path: InputPath): (string | number)[] | null {
  const keys = inputKeys(model, path);
  if (keys === null) throw new Error(`no number at "${path}"`);
  const [root, si, field, k] = keys;
  if (root !== 'scenarios' || typeof si !== 'number' || field === undefined || typeof k !== 'number') return keys;
  const kept = keep[si];
  const list =
    field === 'lines' ? kept?.lines : field === 'staff' ? kept?.staff : field === 'changes' ? kept?.changes : undefined;
  if (list === undefined) return keys;
  const at = list.indexOf(k);
  return at < 0 ? null : [root, si, field, at, ...keys.slice(4)];
}

type Reached = { lines: Set<LineSlot>; units: Set<StaffUnit> };

/** Step 1's result: the base model's resolution, its line slots and staff units, and what the inputs reach. */
type ReachStep = {
  base: Resolution;
  slotOf: Map<Line, LineSlot>;
  allUnits: Set<StaffUnit>;
  reach: Reach;
  lines: Set<LineSlot>;
  units: Set<StaffUnit>;
};

/** Step 1, reach: per scenario, the lines and staff units some input reaches (`addReach`), and their union. */
function reachStep(ctx: ModelContext, paths: readonly InputPath[]): ReachStep {
  const base = resolveWithParams(ctx);
  const { slotOf, units: allUnits } = fileIndex(ctx.model);
  const reachOf = (lines: Iterable<LineSlot>, units: Iterable<StaffUnit>): Reach =>
    new Map([...base.keys()].map((id) => [id, { lines: new Set(lines), units: new Set(units) }]));
  let reach = reachOf([], []);
  // An input that changes the structure (not expected of a number) makes every entry vary.
  if (!paths.every((path) => addReach(ctx, base, path, slotOf, reach))) reach = reachOf([...slotOf.values()], allUnits);
  const lines = new Set([...reach.values()].flatMap((r) => [...r.lines]));
  const units = new Set([...reach.values()].flatMap((r) => [...r.units]));
  return { base, slotOf, allUnits, reach, lines, units };
}

/** Whether an entry varies in a scenario; `slots` names the line objects of the model it comes from. */
type IsReached = (r: Reached, entry: ResolvedLine | ResolvedStaff, slots: Map<Line, LineSlot>) => boolean;

function reachTest(allUnits: Set<StaffUnit>): IsReached {
  // Staff units by party and group, so that a look-up builds no string.
  const unitNames = new Map<string, Map<string, StaffUnit>>();
  for (const u of allUnits) {
    const [party, group] = u.split('|') as [string, string];
    if (!unitNames.has(party)) unitNames.set(party, new Map());
    unitNames.get(party)?.set(group, u);
  }
  return (r, entry, slots) =>
    'line' in entry
      ? r.lines.has(slots.get(entry.line) ?? '')
      : r.units.has(unitNames.get(entry.party)?.get(entry.group) ?? '');
}

/** Step 2, constants: in each scenario, the year sums of every entry no input reaches there — exactly, once. */
function constantStep(ctx: ModelContext, step: ReachStep, isReached: IsReached): Map<string, YearSums> {
  const constant = new Map<string, YearSums>();
  for (const [id, { r, params }] of step.base) {
    const sums = newYearSums(ctx);
    const reached = step.reach.get(id) as Reached;
    for (const rl of r.lines)
      if (!isReached(reached, rl, step.slotOf))
        addToYearSums(sums, ctx.startYear, lineContributions(ctx, params, rl, false));
    for (const st of r.staff)
      if (!isReached(reached, st, step.slotOf)) addToYearSums(sums, ctx.startYear, staffContributions(ctx, params, st));
    constant.set(id, sums);
  }
  return constant;
}

/** Step 3's result: writes a sample's values into the pruned model; per scenario, which of its resolved entries vary (by position). */
type PrunedStep = {
  write: (values: readonly Num[]) => ModelFile;
  varies: Map<string, { lines: boolean[]; staff: boolean[] }>;
};

/**
 * Step 3, the pruned model, made once. Its structure — which lines and staff entries each
 * scenario resolves to, in which order — does not depend on the values of numbers, so whether
 * an entry varies is known by its position.
 */
function prunedStep(ctx: ModelContext, paths: readonly InputPath[], step: ReachStep, isReached: IsReached): PrunedStep {
  const model = ctx.model;
  const keep = keepOf(model, step.lines, step.units);
  const { model: prunedModel, slotOf: prunedSlots } = pruned(model, keep);
  const write = sampleWriter(
    prunedModel,
    paths.map((path) => prunedKeys(model, keep, path)),
  );
  const prunedResolved = resolveScenarios({ model: prunedModel, groupCategory: ctx.groupCategory });
  const varies = new Map(
    [...prunedResolved].map(([id, r]) => {
      const reached = step.reach.get(id) as Reached;
      return [
        id,
        {
          lines: r.lines.map((rl) => isReached(reached, rl, prunedSlots)),
          staff: r.staff.map((st) => isReached(reached, st, prunedSlots)),
        },
      ];
    }),
  );
  return { write, varies };
}

/**
 * Step 4, per sample: the values written into the pruned model, which is resolved with its
 * parameters (the shared pipeline, in the plan's kernel); the entries that vary in a scenario
 * are added to its constants and the totals extended and turned into outcomes.
 */
function sampleStep(
  exactCtx: ModelContext,
  kernel: Kernel,
  constant: Map<string, YearSums>,
  prunedPlan: PrunedStep,
): (values: readonly Num[]) => Outcomes {
  const { model, startYear: start } = exactCtx;
  const n = exactCtx.layout.nYears;
  // The plan's own memo, for its index factors (its samples' contributions are not kept).
  const memo = createEvaluationCache();
  const baselineId = model.scenarios.find((s) => s.basedOn === null)?.id ?? '';
  const growth: GrowthMemo = new Map();
  const years = Array.from({ length: n }, (_, i) => start + i);
  // Only the previous sample's resolutions are kept, in a new Map per sample: a long-lived Map
  // emptied each time would keep every sample's objects alive in the young generation (its old
  // tables' references count as roots until a full collection).
  let previous = new Map<Scenario, ResolveMemoEntry>();
  const scratch: EntryScratch = new Map();
  return (values) => {
    const ctx: ModelContext = { ...exactCtx, model: prunedPlan.write(values), kernel, memo };
    const [before, current] = [previous, new Map<Scenario, ResolveMemoEntry>()];
    const resolved = resolveWithParams(ctx, {
      resolved: { get: (s) => before.get(s), set: (s, e) => current.set(s, e) },
    });
    previous = current;
    // Parents first (the resolution's order), so that a child finds the entries its parent computed.
    const done = new Map<string, SampleEntries>();
    const byId = new Map<string, ScenarioTotals>();
    let allYears = years;
    for (const [id, { r, params: p }] of resolved) {
      const sums: YearSums = copyYearSums(constant.get(id) as YearSums);
      const v = prunedPlan.varies.get(id) as { lines: boolean[]; staff: boolean[] };
      if (r.lines.length !== v.lines.length || r.staff.length !== v.staff.length)
        throw new Error('sampling plan: a sample changed the model’s structure');
      const basedOn = r.scenario.basedOn;
      done.set(
        id,
        addVarying(ctx, { r, params: p, v }, basedOn === null ? undefined : done.get(basedOn), sums, scratch),
      );
      const totals = yearTotals(ctx, p, sums, growth);
      if (totals.length !== allYears.length) allYears = totals.map((_, i) => start + i);
      byId.set(id, {
        id,
        totals,
        discountRate: npvRate(ctx, p, (resolved.get(baselineId) as { params: Params }).params),
      });
    }
    const scenarios = model.scenarios.map((s) => byId.get(s.id) as ScenarioTotals);
    return outcomesFromTotals({ years: allYears, nHorizon: exactCtx.layout.nPlan, scenarios }, baselineId);
  };
}

/**
 * Plans the evaluation of samples of `model` in which the inputs at `paths` vary. `isExact`
 * evaluates the varying entries with the exact kernel (for checking); by default they are
 * computed in float64 (kernel.ts), within €1 per yearly total of the exact engine.
 */
export function createSamplePlan(
  model: ModelFile,
  paths: readonly InputPath[],
  options: { isExact?: boolean } = {},
): SamplePlan {
  const exactCtx = createContext(model, createEvaluationCache());
  const step = reachStep(exactCtx, paths);
  const isReached = reachTest(step.allUnits);
  const constant = constantStep(exactCtx, step, isReached);
  const prunedPlan = prunedStep(exactCtx, paths, step, isReached);
  const kernel = options.isExact === true ? exactKernel : createFastKernel();
  // Friction by rule and VAT (model-v3 §10.5, §10.6) depend on every scenario's staff and
  // allocation: such a model's samples are evaluated whole, exactly (slower, never different).
  const write = usesDecisionRules(model) ? inputWriter(model, paths) : null;
  const cache = createEvaluationCache();
  return {
    outcomes:
      write === null
        ? sampleStep(exactCtx, kernel, constant, prunedPlan)
        : (values) => outcomesOf(write(values), cache),
    reach: {
      lines: step.lines.size,
      staffUnits: step.units.size,
      ofLines: step.slotOf.size,
      ofStaffUnits: step.allUnits.size,
    },
    reachByScenario: new Map([...step.reach].map(([id, r]) => [id, { lines: r.lines.size, staffUnits: r.units.size }])),
  };
}
