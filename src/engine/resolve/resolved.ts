/**
 * What resolution produces (spec §5): lines and staff entries as they stand in a scenario, the
 * scale rules applied to them, and the resolved scenario. Types and one helper shared by
 * resolve, scale and staff, so those files import downward only.
 */
import type { Decimal } from '../numeric';
import type { Line, ModelFile, Scenario, StaffEntry } from '../model';
import type { ParamSource } from './params';
import type { OwnerSegment } from './select';

export type ScaleRule = {
  /** Whether the rule touches the cost of this year (or an investment made in it). */
  applies: (year: number) => boolean;
  factorAt: (year: number) => Decimal;
  /** Where the rule comes from, for the trace: `s3.changes[2]`. */
  source: string;
};

/** A line as it stands in a scenario, with what changes did to it. */
export type ResolvedLine = {
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

/** A staff entry (spec §5.2) as it stands in a scenario: FTE and hired share per year, after `setStaff` replacements and `scale` rules. */
export type ResolvedStaff = {
  party: string;
  group: string;
  category: string;
  fteAt: (year: number) => Decimal;
  hiredAt: (year: number) => Decimal;
  scales: ScaleRule[];
  /** The file entry (for notes and the trace). */
  entry: StaffEntry;
  /** The file object the entry comes from: the staff entry, or the setStaff change that created it. */
  origin: object;
  /** Every change that touched the entry, in order: with `entry` it determines the entry (cache key). */
  history: readonly object[];
};

export type ResolvedScenario = {
  scenario: Scenario;
  lines: ResolvedLine[];
  staff: ResolvedStaff[];
  paramSource: ParamSource;
};

export type ResolveContext = { model: ModelFile; groupCategory: Map<string, string> };

/**
 * Replaces each entry by what `edit` returns, in place: a scenario's lines and staff in
 * resolution are its own copies (resolveOne), so no other scenario sees the edit.
 */
export function editEach<T>(xs: T[], edit: (x: T) => T): void {
  for (let i = 0; i < xs.length; i += 1) xs[i] = edit(xs[i] as T);
}
