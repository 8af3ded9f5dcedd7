/**
 * What a checked table does to the baseline of one party, as a recipe for `useUpdateModel`
 * (one undo step). Costs: per category one yearly cost line (nominal amounts, not indexed)
 * replaces the party's baseline yearly cost lines of that category; the first keeps its id, so
 * levers that name it keep working. Staff: the FTE of the function group follow the table;
 * the hired share is kept. Years the table leaves out take the value of the year before; years
 * before its first year get nothing.
 */
import type { ModelFile, OpexLine, StaffEntry } from '../../engine';
import { baselineOf } from '../../state';
import { canonical, horizonYears, newLineId, toNum, writeActuals, type ActualEdit } from '../../model';
import type { ImportRow, ParsedTable } from './parse-table';

export type PlanItem = { id: string; label: string; replaces: number; isNew: boolean };

/** Per horizon year from the table's first year on: the value of the latest table year ≤ that year. */
export function carried(row: ImportRow, years: (number | null)[], horizon: number[]): Map<number, string> {
  const given = years
    .map((y, i) => [y, row.values[i]] as const)
    .filter((p): p is readonly [number, string] => p[0] !== null && p[1] !== null && p[1] !== undefined)
    .sort((a, b) => a[0] - b[0]);
  const out = new Map<number, string>();
  let current: string | null = null;
  let k = 0;
  for (const y of horizon) {
    while (k < given.length && (given[k] as readonly [number, string])[0] <= y) {
      current = (given[k] as readonly [number, string])[1];
      k += 1;
    }
    if (current !== null) out.set(y, current);
  }
  return out;
}

const opexOf = (m: ModelFile, partyId: string, category: string): OpexLine[] =>
  (baselineOf(m)?.lines ?? []).filter(
    (l): l is OpexLine => l.type === 'opex' && l.party === partyId && l.category === category,
  );

/** What confirming would change, for the preview. */
export function describePlan(model: ModelFile, partyId: string, table: ParsedTable): PlanItem[] {
  return table.rows
    .filter((r) => r.id !== null)
    .map((r) => {
      const id = r.id as string;
      if (table.kind === 'actuals') {
        const n = Object.values(model.actuals?.years ?? {}).filter(
          (y) => y[partyId]?.[id as 'total'] !== undefined,
        ).length;
        return { id, label: r.label, replaces: n, isNew: n === 0 };
      }
      if (table.kind === 'costs') {
        const n = opexOf(model, partyId, id).length;
        return { id, label: r.label, replaces: n, isNew: n === 0 };
      }
      const exists = (baselineOf(model)?.staff ?? []).some((s) => s.party === partyId && s.group === id);
      return { id, label: r.label, replaces: exists ? 1 : 0, isNew: !exists };
    });
}

function costLine(
  model: ModelFile,
  id: string,
  partyId: string,
  category: string,
  values: Map<number, string>,
  note: string,
): OpexLine {
  const years = [...values.keys()];
  const first = years[0] as number;
  const amount = values.get(first) as string;
  const line: OpexLine = { type: 'opex', id, party: partyId, category, amount: toNum(amount), indexed: false, note };
  if (first > model.horizon.startYear) line.from = first;
  const overrides: Record<string, string | number> = {};
  for (const [y, v] of values) if (y !== first && canonical(v) !== canonical(amount)) overrides[String(y)] = toNum(v);
  if (Object.keys(overrides).length > 0) line.overrides = overrides;
  return line;
}

function staffMap(values: Map<number, string>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  let previous: string | null = null;
  for (const [y, v] of values) {
    if (previous !== null && canonical(v) === previous) continue;
    out[String(y)] = toNum(v);
    previous = canonical(v);
  }
  return out;
}

/** Applies a checked table (no problems) to a draft of the model. */
export function applyTable(m: ModelFile, partyId: string, table: ParsedTable, note: string): void {
  if (table.kind === 'actuals') {
    applyActuals(m, partyId, table);
    return;
  }
  const base = baselineOf(m);
  if (!base) return;
  const horizon = horizonYears(m.horizon);
  for (const row of table.rows) {
    if (row.id === null) continue;
    const values = carried(row, table.years, horizon);
    if (values.size === 0) continue;
    if (table.kind === 'costs') {
      base.lines ??= [];
      const old = opexOf(m, partyId, row.id);
      const id = old[0]?.id ?? newLineId(m, `${partyId}-${row.id}`);
      const line = costLine(m, id, partyId, row.id, values, note);
      const at = old[0] ? base.lines.indexOf(old[0]) : -1;
      base.lines = base.lines.filter((l) => !old.includes(l as OpexLine));
      if (at >= 0) base.lines.splice(Math.min(at, base.lines.length), 0, line);
      else base.lines.push(line);
    } else {
      base.staff ??= [];
      const entry = base.staff.find((s) => s.party === partyId && s.group === row.id);
      if (entry) entry.fte = staffMap(values);
      else base.staff.push({ party: partyId, group: row.id, fte: staffMap(values) } satisfies StaffEntry);
    }
  }
}

/**
 * A table of realised figures: each year's value is written to the municipality's actuals
 * (model-v3 §10.8); an empty cell leaves that year as it is. Nothing is carried forward.
 */
function applyActuals(m: ModelFile, partyId: string, table: ParsedTable): void {
  const edits: ActualEdit[] = [];
  for (const row of table.rows) {
    if (row.id !== 'total' && row.id !== 'fte') continue;
    const field = row.id;
    row.values.forEach((value, i) => {
      const year = table.years[i];
      if (year !== null && year !== undefined && value !== null)
        edits.push({ year, field, value: canonical(value) ?? value });
    });
  }
  writeActuals(m, partyId, edits);
}
