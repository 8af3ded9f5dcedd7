/**
 * The entries that vary in a sample, summed (sample-plan.ts, step 4): each entry's contributions
 * go straight into its own year sums as they are computed — no contribution objects — which are
 * then added to its scenario's. An entry's sums are written again in every sample (one pair of
 * arrays per scenario and position for the plan's life). Cents are integers, so the sums do not
 * depend on the order they are added in: the same figures as adding the contributions one by one.
 * Under indexLastByCategory the scenario's sums also keep the last year's cents per category and
 * owner: there the contributions are listed and added as before (`addToYearSums`).
 */
import {
  addToYearSums,
  type Contribution,
  entryInto,
  lineContributions,
  type ModelContext,
  type Sink,
  staffContributions,
  type YearSums,
} from '../calc';
import type { Params, ResolvedLine, ResolvedScenario, ResolvedStaff } from '../resolve';

/** One entry's recurring and one-off cents per computed year (index 0 = `start`), as a sink that adds into them. */
type EntrySums = Sink & { start: number; rec: Float64Array; one: Float64Array };

function add(this: EntrySums, _owner: string, _category: string, year: number, cents: number, isOneOff: boolean): void {
  const target = isOneOff ? this.one : this.rec;
  const i = year - this.start;
  // A year outside the computed ones is not summed (as `addToYearSums` drops it).
  if (i >= 0 && i < target.length) target[i] = (target[i] as number) + cents;
}

const entrySums = (start: number, n: number): EntrySums => ({
  start,
  rec: new Float64Array(n),
  one: new Float64Array(n),
  add,
});

/** An entry's contributions in one sample: its sums, or (under indexLastByCategory) its list. */
type Computed = EntrySums | readonly Contribution[];

/** A scenario's varying entries in one sample, by the position of its resolved lines and staff (undefined: not computed). */
export type SampleEntries = {
  r: ResolvedScenario;
  params: Params;
  lines: (Computed | undefined)[];
  staff: (Computed | undefined)[];
};

/** The sums a plan writes its entries into, per scenario and position, made when first needed. */
export type EntryScratch = Map<string, { lines: EntrySums[]; staff: EntrySums[] }>;

function addEntry(sums: YearSums, start: number, e: Computed): void {
  if (Array.isArray(e)) {
    addToYearSums(sums, start, e as readonly Contribution[]);
    return;
  }
  const { rec, one } = e as EntrySums;
  for (let i = 0; i < rec.length; i += 1) {
    sums.rec[i] = (sums.rec[i] as number) + (rec[i] as number);
    sums.one[i] = (sums.one[i] as number) + (one[i] as number);
  }
}

/** The contributions of one entry, computed (into `scratch` when the sums keep no cells). */
function compute(
  ctx: ModelContext,
  p: Params,
  entry: ResolvedLine | ResolvedStaff,
  sums: YearSums,
  scratch: EntrySums[],
  j: number,
): Computed {
  if (sums.cells !== null)
    return 'line' in entry ? lineContributions(ctx, p, entry, false) : staffContributions(ctx, p, entry);
  const e = (scratch[j] ??= entrySums(ctx.startYear, sums.rec.length));
  const { rec, one } = e;
  for (let i = 0; i < rec.length; i += 1) rec[i] = one[i] = 0;
  entryInto(ctx, p, entry, e);
  return e;
}

/**
 * Adds the contributions of the entries that vary in a scenario (`v`, by position) to `sums`;
 * the pruned model also holds entries that vary only in other scenarios, skipped here. An entry
 * a child kept from its parent under the same parameters is the parent's, computed once:
 * resolution copies the parent's entries in order and replaces or appends, so a kept one is at
 * the same position.
 */
export function addVarying(
  ctx: ModelContext,
  at: { r: ResolvedScenario; params: Params; v: { lines: boolean[]; staff: boolean[] } },
  parent: SampleEntries | undefined,
  sums: YearSums,
  scratch: EntryScratch,
): SampleEntries {
  const { r, params: p, v } = at;
  const same = parent !== undefined && parent.params === p ? parent : null;
  let own = scratch.get(r.scenario.id);
  if (own === undefined) {
    own = { lines: [], staff: [] };
    scratch.set(r.scenario.id, own);
  }
  const out: SampleEntries = { r, params: p, lines: new Array(r.lines.length), staff: new Array(r.staff.length) };
  for (let j = 0; j < r.lines.length; j += 1) {
    if (v.lines[j] !== true) continue;
    const rl = r.lines[j] as ResolvedLine;
    const e = (same?.r.lines[j] === rl ? same.lines[j] : undefined) ?? compute(ctx, p, rl, sums, own.lines, j);
    out.lines[j] = e;
    addEntry(sums, ctx.startYear, e);
  }
  for (let j = 0; j < r.staff.length; j += 1) {
    if (v.staff[j] !== true) continue;
    const st = r.staff[j] as ResolvedStaff;
    const e = (same?.r.staff[j] === st ? same.staff[j] : undefined) ?? compute(ctx, p, st, sums, own.staff, j);
    out.staff[j] = e;
    addEntry(sums, ctx.startYear, e);
  }
  return out;
}
