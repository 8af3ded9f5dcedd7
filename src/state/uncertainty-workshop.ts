/**
 * Workshop mode keeps its what-if values in a temporary layer over the active model, not in
 * the model itself: a room can try anything without touching the adviser's model or its undo
 * history, and snapshots keep the variants worth comparing. "Keep in model" writes the current
 * values into the model as one ordinary, undoable edit. The layer lives in memory per model
 * (not persisted): closing the tab ends the workshop, the model stays as it was.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { inputWriter, readInput, type BreakEven, type InputPath, type Money, type ModelFile } from '../engine';
import { evaluationOf, type EvaluationState } from './evaluation';
import { randomId } from '../model';
import { remapKeys, watchInputPaths } from '../model';
import { appStore, useAppStore } from './store';

export type WhatIfValues = Readonly<Record<InputPath, string>>;

export type SnapshotScenario = {
  id: string;
  name: string;
  isBaseline: boolean;
  breakEven: BreakEven;
  npv: Money;
  investment: Money;
  /** Cumulative savings at the end of the horizon. */
  cumulativeSavings: Money;
  totals: Money[];
  cumulative: Money[];
};

export type Snapshot = { id: string; label: string; values: WhatIfValues; years: number[]; endYear: number; scenarios: SnapshotScenario[] };

export type WorkshopSession = { values: WhatIfValues; snapshots: Snapshot[] };

const EMPTY_SESSION: WorkshopSession = { values: {}, snapshots: [] };
const EMPTY_VALUES: WhatIfValues = {};

export const workshopStore = createStore<{ sessions: Record<string, WorkshopSession> }>()(() => ({ sessions: {} }));

function update(modelId: string, fn: (s: WorkshopSession) => WorkshopSession): void {
  workshopStore.setState((st) => ({ sessions: { ...st.sessions, [modelId]: fn(st.sessions[modelId] ?? EMPTY_SESSION) } }));
}

// What-if values and snapshots are keyed by input path: an edit that moves a lever (or deletes
// one) moves (or drops) them with it, as it does the model's ranges and controls; undo moves
// them back. Snapshots keep their figures as they were computed.
watchInputPaths({
  paths: (modelId) => {
    const s = workshopStore.getState().sessions[modelId];
    return s ? [...Object.keys(s.values), ...s.snapshots.flatMap((x) => Object.keys(x.values))] : [];
  },
  moved: (modelId, moved) => {
    if (!workshopStore.getState().sessions[modelId]) return;
    update(modelId, (s) => ({
      values: remapKeys(s.values, moved),
      snapshots: s.snapshots.map((x) => ({ ...x, values: remapKeys(x.values, moved) })),
    }));
  },
});

const layered = new WeakMap<ModelFile, WeakMap<WhatIfValues, ModelFile>>();

/** The model with `values` written in, in one copy; paths the model no longer has are left out. */
function withValues(model: ModelFile, values: WhatIfValues): ModelFile {
  const present = Object.entries(values).filter(([path]) => readInput(model, path) !== null);
  return present.length === 0 ? model : inputWriter(model, present.map(([path]) => path))(present.map(([, value]) => value));
}

/** The model with the what-if values written in (paths the model no longer has are left out). */
export function whatIfModel(model: ModelFile, values: WhatIfValues): ModelFile {
  if (Object.keys(values).length === 0) return model;
  let perModel = layered.get(model);
  if (!perModel) { perModel = new WeakMap(); layered.set(model, perModel); }
  const hit = perModel.get(values);
  if (hit) return hit;
  const out = withValues(model, values);
  perModel.set(values, out);
  return out;
}

export function setWhatIf(modelId: string, path: InputPath, value: string): void {
  update(modelId, (s) => ({ ...s, values: { ...s.values, [path]: value } }));
}

export function resetWhatIf(modelId: string): void {
  update(modelId, (s) => ({ ...s, values: EMPTY_VALUES }));
}

function figures(state: EvaluationState): Pick<Snapshot, 'years' | 'endYear' | 'scenarios'> | null {
  const ev = state.evaluation;
  if (!ev) return null;
  const end = ev.years.indexOf(ev.endYear);
  return {
    years: ev.years,
    endYear: ev.endYear,
    scenarios: ev.scenarios.map((s) => ({
      id: s.id, name: s.name, isBaseline: s.id === ev.baselineId, breakEven: s.breakEven, npv: s.npv, investment: s.investment,
      cumulativeSavings: s.years[end]?.cumulativeSavings ?? '0.00',
      totals: s.years.map((y) => y.total), cumulative: s.years.map((y) => y.cumulativeSavings),
    })),
  };
}

/** Keeps the current variant's values and figures; returns false when the model cannot be evaluated. */
export function takeSnapshot(modelId: string, model: ModelFile, label: string): boolean {
  const values = workshopStore.getState().sessions[modelId]?.values ?? EMPTY_VALUES;
  const f = figures(evaluationOf(whatIfModel(model, values)));
  if (!f) return false;
  update(modelId, (s) => ({ ...s, snapshots: [...s.snapshots, { id: randomId('snap'), label, values, ...f }] }));
  return true;
}

export function removeSnapshot(modelId: string, snapshotId: string): void {
  update(modelId, (s) => ({ ...s, snapshots: s.snapshots.filter((x) => x.id !== snapshotId) }));
}

/** Writes the what-if values (or a snapshot's) into the model as one undoable edit and clears the layer. */
export function keepInModel(modelId: string, label: string, values?: WhatIfValues): void {
  const chosen = values ?? workshopStore.getState().sessions[modelId]?.values ?? EMPTY_VALUES;
  if (Object.keys(chosen).length === 0) return;
  appStore.getState().updateModel(modelId, (draft) => withValues(draft, chosen), label);
  resetWhatIf(modelId);
}

/** The workshop of the active model: its what-if values, snapshots, the layered model and its results. */
export function useWorkshop(): { modelId: string | null; model: ModelFile | null; values: WhatIfValues; snapshots: Snapshot[]; whatIf: ModelFile | null; evaluation: EvaluationState } {
  const modelId = useAppStore((s) => s.activeModelId);
  const model = useAppStore((s) => (s.activeModelId ? s.models[s.activeModelId]?.model ?? null : null));
  const session = useStore(workshopStore, (s) => (modelId ? s.sessions[modelId] : undefined)) ?? EMPTY_SESSION;
  const whatIf = model ? whatIfModel(model, session.values) : null;
  return {
    modelId, model, values: session.values, snapshots: session.snapshots, whatIf,
    evaluation: whatIf ? evaluationOf(whatIf) : { evaluation: null, errors: [] },
  };
}

/** Snapshot figures of an evaluation (for tests and the screen's "now" column). */
export function snapshotFigures(state: EvaluationState): Pick<Snapshot, 'years' | 'endYear' | 'scenarios'> | null {
  return figures(state);
}
