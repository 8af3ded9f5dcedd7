/**
 * Edits of the `actuals` and `goals` sections (model-v3 §10.8, docs/model-v3.md), as recipes on
 * an immer draft. Writing either raises the file to version 3 in the same edit.
 */
import { lastActualYear, type ActualsSection, type Goal, type ModelFile } from '../engine';
import { toNum } from './numbers';
import { withRequiredVersion } from './version';

/** The last year an actual may be given for: endYear, or extrapolateTo under computeThrough (model-v3 `L`). */
export { lastActualYear };

/** The scenario the actuals are held against: the file's, else the first scenario that is not the baseline. */
export function actualsScenarioOf(model: ModelFile): string | null {
  if (model.actuals) return model.actuals.scenario;
  return (model.scenarios.find((s) => s.basedOn !== null) ?? model.scenarios[0])?.id ?? null;
}

function ensureActuals(m: ModelFile): ActualsSection {
  m.actuals ??= { scenario: actualsScenarioOf(m) ?? '', years: {} };
  return m.actuals;
}

/** Holds the actuals against another scenario (creates the section when there is none). */
export function setActualsScenario(m: ModelFile, scenario: string): void {
  ensureActuals(m).scenario = scenario;
  withRequiredVersion(m);
}

/**
 * One cell of a municipality's actuals: `value` a canonical decimal string, or '' to clear it.
 * Clearing a total clears the year's entry of that municipality (its FTE too).
 */
export type ActualEdit = { year: number; field: 'total' | 'fte'; value: string };

/**
 * Writes edits of one municipality's actuals: totals first, then FTE; an FTE for a year
 * without a total is not written (a total is required). Returns the FTE edits left out.
 */
export function writeActuals(m: ModelFile, party: string, edits: readonly ActualEdit[]): ActualEdit[] {
  const actuals = ensureActuals(m);
  const skipped: ActualEdit[] = [];
  const ordered = [...edits.filter((e) => e.field === 'total'), ...edits.filter((e) => e.field === 'fte')];
  for (const e of ordered) {
    const key = String(e.year);
    const year = actuals.years[key];
    const entry = year?.[party];
    if (e.field === 'total') {
      if (e.value === '') {
        if (year) delete year[party];
      } else (actuals.years[key] ??= {})[party] = { ...entry, total: toNum(e.value) };
    } else if (!entry) {
      if (e.value !== '') skipped.push(e);
    } else if (e.value === '') delete entry.fte;
    else entry.fte = toNum(e.value);
  }
  for (const [key, year] of Object.entries(actuals.years))
    if (Object.keys(year).length === 0) delete actuals.years[key];
  withRequiredVersion(m);
  return skipped;
}

/** Adds a goal (the caller gives it a unique id). */
export function addGoal(m: ModelFile, goal: Goal): void {
  (m.goals ??= []).push(goal);
  withRequiredVersion(m);
}

/** Removes a goal; the section goes when it is empty. */
export function removeGoal(m: ModelFile, id: string): void {
  m.goals = (m.goals ?? []).filter((g) => g.id !== id);
  if (m.goals.length === 0) delete m.goals;
}
