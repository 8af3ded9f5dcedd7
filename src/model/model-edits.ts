/**
 * Edits that touch several parts of a model at once, as plain functions on a draft (used in
 * `updateModel` recipes). Each keeps the model valid: removing a party also removes what
 * refers to it, so no dangling reference is left behind.
 */
import type { AllocationKey, Line, ModelFile, Party, Scenario, Select } from '../engine';
import { cloneJson } from './draft';
import { uniqueId } from './ids';
import { changeRefersTo } from './changes';

/**
 * An edit of a model: mutates the draft (a copy-on-write draft, `draft.ts`: untouched parts stay
 * the model's own objects) or returns a replacement. A draft is valid only during the recipe and
 * cannot be given to `structuredClone` (use `cloneJson`).
 */
export type Recipe = (draft: ModelFile) => ModelFile | void;

export function allLines(m: ModelFile): Line[] {
  const out: Line[] = [];
  for (const s of m.scenarios) {
    out.push(...(s.lines ?? []));
    for (const c of s.changes ?? []) if (c.op === 'addLine') out.push(c.line);
  }
  return out;
}

/** The first year any line refers to (existing assets may predate the horizon), and the horizon's years. */
export function yearsOf(m: ModelFile): { horizon: number[]; all: number[] } {
  let first = m.horizon.startYear;
  for (const l of allLines(m)) {
    const y = l.type === 'opex' ? l.from : l.type === 'recurringInvestment' ? l.from : l.year;
    if (typeof y === 'number' && y < first) first = y;
  }
  const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
  return { horizon: range(m.horizon.startYear, m.horizon.endYear), all: range(first, m.horizon.endYear) };
}

export type PartyReferences = { lines: number; staff: number; changes: number };

export function partyReferences(m: ModelFile, id: string): PartyReferences {
  const r = { lines: 0, staff: 0, changes: 0 };
  for (const s of m.scenarios) {
    r.lines += (s.lines ?? []).filter((l) => l.party === id).length;
    r.staff += (s.staff ?? []).filter((x) => x.party === id).length;
    r.changes += (s.changes ?? []).filter((c) => changeRefersTo(c, id)).length;
  }
  return r;
}

function dropFromKey(key: AllocationKey | undefined, id: string): void {
  if (!key) return;
  if (key.members) key.members = key.members.filter((x) => x !== id);
  if (key.shares) delete key.shares[id];
}

/** A removed municipality's realised figures and goals go with it (model-v3 §10.8). */
function dropPartyFromActuals(m: ModelFile, id: string): void {
  for (const year of Object.values(m.actuals?.years ?? {})) delete year[id];
  if (m.goals) m.goals = m.goals.filter((g) => g.party !== id);
}

/** Removes a party and every line, staff entry, change and allocation share that refers to it. */
export function removeParty(m: ModelFile, id: string): void {
  const removedLineIds = new Set(
    allLines(m)
      .filter((l) => l.party === id)
      .map((l) => l.id),
  );
  m.parties = m.parties.filter((p) => p.id !== id);
  // The legal forms of a removed shared party go with it; a removed host is replaced by the first municipality left.
  if (m.legalForm?.shared === id) delete m.legalForm;
  const host = m.parties.find((p) => p.kind === 'municipality')?.id;
  for (const f of m.legalForm?.forms ?? []) {
    if (f.host !== id) continue;
    if (host === undefined) delete f.host;
    else f.host = host;
  }
  for (const p of m.parties) {
    dropFromKey(p.allocation?.default, id);
    for (const key of Object.values(p.allocation?.byCategory ?? {})) dropFromKey(key, id);
  }
  for (const s of m.scenarios) {
    if (s.lines) s.lines = s.lines.filter((l) => l.party !== id);
    if (s.staff) s.staff = s.staff.filter((x) => x.party !== id);
    if (s.changes)
      s.changes = s.changes.filter((c) => !changeRefersTo(c, id) && !(c.op === 'endLine' && removedLineIds.has(c.id)));
  }
  dropPartyFromActuals(m, id);
}

export function addParty(m: ModelFile, kind: Party['kind'], name: string): string {
  const id = uniqueId(
    name.toLowerCase(),
    m.parties.map((p) => p.id),
  );
  const like = m.parties.find((p) => p.kind === kind) ?? m.parties[0];
  const party: Party = { id, name, kind };
  if (like?.depreciationYears) party.depreciationYears = { ...like.depreciationYears };
  if (like?.costPerFte) party.costPerFte = cloneJson(like.costPerFte);
  if (like?.interestRate !== undefined) party.interestRate = like.interestRate;
  if (kind === 'municipality') Object.assign(party, { inhabitants: 0, workstations: 0, employees: 0 });
  else party.allocation = { default: { basis: 'inhabitants' } };
  m.parties.push(party);
  return id;
}

/**
 * Moves a scenario's change (lever) from `index` by `delta` places. Ranges and workshop
 * controls on levers follow through `updateModel` (`input-path-remap.ts`), not here.
 */
export function moveChange(m: ModelFile, scenarioId: string, index: number, delta: number): void {
  const list = m.scenarios.find((s) => s.id === scenarioId)?.changes;
  const to = index + delta;
  if (!list || index < 0 || index >= list.length || to < 0 || to >= list.length) return;
  const [item] = list.splice(index, 1);
  if (item) list.splice(to, 0, item);
}

/** Deletes a scenario's change (lever); `updateModel` removes the ranges and controls on it in the same step. */
export function removeChange(m: ModelFile, scenarioId: string, index: number): void {
  m.scenarios.find((s) => s.id === scenarioId)?.changes?.splice(index, 1);
}

export function childrenOf(m: ModelFile, id: string): Scenario[] {
  return m.scenarios.filter((s) => s.basedOn === id);
}

/** A scenario and everything based on it, directly or not. */
export function descendantsOf(m: ModelFile, id: string): Set<string> {
  const out = new Set<string>([id]);
  let isGrowing = true;
  while (isGrowing) {
    isGrowing = false;
    for (const s of m.scenarios)
      if (s.basedOn && out.has(s.basedOn) && !out.has(s.id)) {
        out.add(s.id);
        isGrowing = true;
      }
  }
  return out;
}

export function lineIdsOf(m: ModelFile): string[] {
  return allLines(m).map((l) => l.id);
}

export function newLineId(m: ModelFile, base: string): string {
  return uniqueId(base, lineIdsOf(m));
}

export function asList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** A select's list field back in the model's form: absent when empty, a string when one. */
export function fromList(v: string[]): string | string[] | undefined {
  return v.length === 0 ? undefined : v.length === 1 ? v[0] : v;
}

export function setSelectList(sel: Select, field: 'category' | 'group', values: string[]): void {
  const v = fromList(values);
  if (v === undefined) delete sel[field];
  else sel[field] = v;
}
