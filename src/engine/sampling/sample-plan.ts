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
import { createContext, type IndexMemo, type ModelContext, lineKey, staffKey, addToYearSums, type YearSums, lineContributions, staffContributions, type Contribution } from '../calc';
import { createFastKernel, exactKernel, type Decimal } from '../numeric';
import { inputBounds, inputKeys, keyWriter, readInput, toInputValue, writeInput, type Change, type InputPath, type Line, type ModelFile, type Num, type Scenario, type StaffEntry } from '../model';
import { outcomesFromTotals, type Outcomes, extendSeries, extrapolationFactors, type GrowthFactor } from '../results';
import { compileParams, type Params, type ParamSource, isSameHistory, resolveScenarios, type ResolvedScenario, type ResolveMemo, type ResolveMemoEntry, type ResolvedLine, type ResolvedStaff } from '../resolve';

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

type Resolution = { resolved: Map<string, ResolvedScenario>; params: Map<string, Params> };

function resolveWithParams(ctx: ModelContext, model: ModelFile, memo?: ResolveMemo): Resolution {
  const resolved = resolveScenarios({ model, groupCategory: ctx.groupCategory }, memo);
  const params = new Map<string, Params>();
  const bySource = new Map<ParamSource, Params>();
  for (const [id, r] of resolved) {
    let p = bySource.get(r.paramSource);
    if (p === undefined) {
      p = compileParams(r.paramSource, model, ctx.layout.categories, ctx.personnelCategories);
      bySource.set(r.paramSource, p);
    }
    params.set(id, p);
  }
  return { resolved, params };
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
function scaleValueOf(model: ModelFile, changed: ModelFile, path: InputPath): { source: string; base: object; other: object } | null {
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
  const scales = rl.scales.map((s) => (s.source !== source ? s : { ...s, factorAt: (y: number) => { isRead = true; return s.factorAt(y); } }));
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
  ctx: ModelContext, model: ModelFile, base: Resolution, path: InputPath, slotOf: Map<Line, LineSlot>, reach: Reach,
): boolean {
  const changed = writeInput(model, path, otherValue(model, path));
  const other = resolveWithParams(ctx, changed);
  const scale = scaleValueOf(model, changed, path);
  for (const [id, b] of base.resolved) {
    const o = other.resolved.get(id);
    const [pb, po] = [base.params.get(id) as Params, other.params.get(id) as Params];
    if (o === undefined || o.lines.length !== b.lines.length || o.staff.length !== b.staff.length) return false;
    const r = reach.get(id) as { lines: Set<LineSlot>; units: Set<StaffUnit> };
    for (let j = 0; j < b.lines.length; j += 1) {
      const [x, y] = [b.lines[j] as ResolvedLine, o.lines[j] as ResolvedLine];
      const isSameKey = lineKey(pb, x) === lineKey(po, y);
      if (x.line !== y.line || !isSameHistory(x.history, y.history) || !isSameKey) {
        const isUnread = scale !== null && x.line === y.line && isSameKey
          && isSameHistoryBut(x.history, y.history, scale.base, scale.other) && !readsScale(ctx, po, y, scale.source);
        if (isUnread) continue;
        const slot = slotOf.get(x.line);
        if (slot === undefined) return false;
        r.lines.add(slot);
      }
    }
    for (let j = 0; j < b.staff.length; j += 1) {
      const [x, y] = [b.staff[j] as ResolvedStaff, o.staff[j] as ResolvedStaff];
      if (x.party !== y.party || x.group !== y.group) return false;
      if (x.origin !== y.origin || x.entry !== y.entry || !isSameHistory(x.history, y.history) || staffKey(pb, x) !== staffKey(po, y)) {
        r.units.add(unitOf(x.party, x.group));
      }
    }
  }
  return true;
}

/** Which file objects a pruned model keeps, per scenario: its lines (with their slots), staff and changes by index. */
type Keep = { lines: number[]; lineSlots: LineSlot[]; staff: number[]; changes: number[]; changeSlots: (LineSlot | null)[] }[];

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
    case 'addLine': return lines.has(slot);
    case 'addStaff': return units.has(unitOf(c.staff.party, c.staff.group));
    case 'setStaff': return units.has(unitOf(c.party, c.group));
    default: return true;
  }
}

const pick = <T>(xs: readonly T[] | undefined, at: readonly number[]): T[] => at.map((k) => (xs as readonly T[])[k] as T);

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
  const list = field === 'lines' ? kept?.lines : field === 'staff' ? kept?.staff : field === 'changes' ? kept?.changes : undefined;
  if (list === undefined) return keys;
  const at = list.indexOf(k);
  return at < 0 ? null : [root, si, field, at, ...keys.slice(4)];
}

/**
 * Plans the evaluation of samples of `model` in which the inputs at `paths` vary. `isExact`
 * evaluates the varying entries with the exact kernel (for checking); by default they are
 * computed in float64 (kernel.ts), within €1 per yearly total of the exact engine.
 */
export function createSamplePlan(model: ModelFile, paths: readonly InputPath[], options: { isExact?: boolean } = {}): SamplePlan {
  const exactCtx = createContext(model);
  const base = resolveWithParams(exactCtx, model);
  const { slotOf, units: allUnits } = fileIndex(model);
  const reachOf = (lines: Iterable<LineSlot>, units: Iterable<StaffUnit>): Reach =>
    new Map([...base.resolved.keys()].map((id) => [id, { lines: new Set(lines), units: new Set(units) }]));
  let reach = reachOf([], []);
  // An input that changes the structure (not expected of a number) makes every entry vary.
  if (!paths.every((path) => addReach(exactCtx, model, base, path, slotOf, reach))) reach = reachOf(slotOf.values(), allUnits);
  const lines = new Set([...reach.values()].flatMap((r) => [...r.lines]));
  const units = new Set([...reach.values()].flatMap((r) => [...r.units]));
  const keep = keepOf(model, lines, units);
  const n = exactCtx.layout.nYears;
  const start = exactCtx.startYear;
  const reachedIn = (id: string) => reach.get(id) as { lines: Set<LineSlot>; units: Set<StaffUnit> };
  // Staff units by party and group, so that a look-up builds no string.
  const unitNames = new Map<string, Map<string, StaffUnit>>();
  for (const u of allUnits) {
    const [party, group] = u.split('|') as [string, string];
    if (!unitNames.has(party)) unitNames.set(party, new Map());
    unitNames.get(party)?.set(group, u);
  }
  /** Whether an entry varies in a scenario; `slots` names the line objects of the model it comes from. */
  const isReached = (r: { lines: Set<LineSlot>; units: Set<StaffUnit> }, entry: ResolvedLine | ResolvedStaff, slots: Map<Line, LineSlot>): boolean =>
    ('line' in entry ? r.lines.has(slots.get(entry.line) ?? '') : r.units.has(unitNames.get(entry.party)?.get(entry.group) ?? ''));

  // The constant part: in each scenario, every entry no input reaches there, exactly, once.
  const constant = new Map<string, YearSums>();
  for (const [id, r] of base.resolved) {
    const params = base.params.get(id) as Params;
    const sums: YearSums = { rec: new Float64Array(n), one: new Float64Array(n) };
    const reached = reachedIn(id);
    for (const rl of r.lines) if (!isReached(reached, rl, slotOf)) addToYearSums(sums, start, lineContributions(exactCtx, params, rl, false));
    for (const st of r.staff) if (!isReached(reached, st, slotOf)) addToYearSums(sums, start, staffContributions(exactCtx, params, st));
    constant.set(id, sums);
  }

  const kernel = options.isExact === true ? exactKernel : createFastKernel();
  const memo: IndexMemo = { powers: new Map(), indexTables: new WeakMap() };
  const baselineId = model.scenarios.find((s) => s.basedOn === null)?.id ?? '';
  const factorMemo = new Map<Decimal, GrowthFactor[]>();
  const years = Array.from({ length: n }, (_, i) => start + i);

  // Samples are written into the pruned model, made once. Its structure — which lines and
  // staff entries each scenario resolves to, in which order — does not depend on the values of
  // numbers, so whether an entry varies is known by its position.
  const { model: prunedModel, slotOf: prunedSlots } = pruned(model, keep);
  const write = keyWriter(prunedModel, paths.map((path) => prunedKeys(model, keep, path)));
  const prunedResolved = resolveScenarios({ model: prunedModel, groupCategory: exactCtx.groupCategory });
  const varies = new Map([...prunedResolved].map(([id, r]) => {
    const reached = reachedIn(id);
    return [id, { lines: r.lines.map((rl) => isReached(reached, rl, prunedSlots)), staff: r.staff.map((st) => isReached(reached, st, prunedSlots)) }];
  }));

  // Only the previous sample's resolutions are kept, in a new Map per sample: a long-lived Map
  // emptied each time would keep every sample's objects alive in the young generation (its old
  // tables' references count as roots until a full collection).
  let previous = new Map<Scenario, ResolveMemoEntry>();

  const outcomes = (values: readonly Num[]): Outcomes => {
    const m = write(values);
    const ctx: ModelContext = { ...exactCtx, model: m, kernel, memo };
    const [before, current] = [previous, new Map<Scenario, ResolveMemoEntry>()];
    const { resolved, params } = resolveWithParams(ctx, m, { get: (s) => before.get(s), set: (s, e) => current.set(s, e) });
    previous = current;
    // Entries a child shares with its parent (same object, same parameters) are computed once.
    const done = new Map<ResolvedLine | ResolvedStaff, { params: Params; cs: Contribution[] }>();
    const contributionsOf = (entry: ResolvedLine | ResolvedStaff, p: Params): Contribution[] => {
      const hit = done.get(entry);
      if (hit !== undefined && hit.params === p) return hit.cs;
      const cs = 'line' in entry ? lineContributions(ctx, p, entry, false) : staffContributions(ctx, p, entry);
      done.set(entry, { params: p, cs });
      return cs;
    };
    let allYears = years;
    const scenarios = model.scenarios.map((s) => {
      const r = resolved.get(s.id) as ResolvedScenario;
      const p = params.get(s.id) as Params;
      const c = constant.get(s.id) as YearSums;
      const sums: YearSums = { rec: c.rec.slice(), one: c.one.slice() };
      const v = varies.get(s.id) as { lines: boolean[]; staff: boolean[] };
      if (r.lines.length !== v.lines.length || r.staff.length !== v.staff.length) throw new Error('sampling plan: a sample changed the model’s structure');
      // The pruned model also holds entries that vary only in other scenarios: skipped here.
      for (let j = 0; j < r.lines.length; j += 1) if (v.lines[j] === true) addToYearSums(sums, start, contributionsOf(r.lines[j] as ResolvedLine, p));
      for (let j = 0; j < r.staff.length; j += 1) if (v.staff[j] === true) addToYearSums(sums, start, contributionsOf(r.staff[j] as ResolvedStaff, p));
      let factors = factorMemo.get(p.extrapolationRate);
      if (factors === undefined) {
        factors = extrapolationFactors(ctx.layout, ctx.extrapolateTo, p.extrapolationRate, ctx.isExtrapolating);
        factorMemo.set(p.extrapolationRate, factors);
      }
      const totals = extendSeries(sums.rec, sums.one, factors);
      if (totals.length !== allYears.length) allYears = totals.map((_, i) => start + i);
      return { id: s.id, totals, discountRate: p.discountRate };
    });
    return outcomesFromTotals({ years: allYears, nHorizon: n, scenarios }, baselineId);
  };

  return {
    outcomes,
    reach: { lines: lines.size, staffUnits: units.size, ofLines: slotOf.size, ofStaffUnits: allUnits.size },
    reachByScenario: new Map([...reach].map(([id, r]) => [id, { lines: r.lines.size, staffUnits: r.units.size }])),
  };
}
