/**
 * Workshop mode keeps its what-if values in a temporary layer over the active model, not in
 * the model itself: a room can try anything without touching the adviser's model or its undo
 * history, and snapshots keep the variants worth comparing. "Keep in model" writes the current
 * values into the model as one ordinary, undoable edit. The layer lives in memory per model
 * (not persisted, not in undo): closing the tab ends the workshop, the model stays as it was.
 */
import type { StateCreator } from 'zustand/vanilla';
import { inputWriter, readInput, type InputPath, type ModelFile } from '../engine';
import { randomId } from '../model/ids';
import { remapKeys } from '../model/input-path-remap';
import { evaluationOf, type EvaluationState } from './evaluation';
import type { AppState, Snapshot, WhatIfValues, WorkshopSession, WorkshopSlice } from './types';

export const EMPTY_WORKSHOP_SESSION: WorkshopSession = { values: {}, snapshots: [] };
const EMPTY_VALUES: WhatIfValues = {};

/** The what-if paths of a model's workshop (values and snapshots): `updateModel` follows them through an edit. */
export function workshopPaths(sessions: AppState['workshop'], modelId: string): InputPath[] {
  const s = sessions[modelId];
  return s ? [...Object.keys(s.values), ...s.snapshots.flatMap((x) => Object.keys(x.values))] : [];
}

/**
 * The sessions with one model's what-if values and snapshots carried through `moved` (an edit,
 * its undo or redo moved or removed input paths), as the model's ranges and controls are.
 * Snapshots keep their figures as they were computed. Unchanged sessions come back as they were.
 */
export function remapWorkshop(
  sessions: AppState['workshop'],
  modelId: string,
  moved: Readonly<Record<InputPath, InputPath | null>>,
): AppState['workshop'] {
  const s = sessions[modelId];
  if (!s || Object.keys(moved).length === 0) return sessions;
  const next: WorkshopSession = {
    values: remapKeys(s.values, moved),
    snapshots: s.snapshots.map((x) => ({ ...x, values: remapKeys(x.values, moved) })),
  };
  return { ...sessions, [modelId]: next };
}

/** The model with `values` written in, in one copy; paths the model no longer has are left out. */
export function withValues(model: ModelFile, values: WhatIfValues): ModelFile {
  const present = Object.entries(values).filter(([path]) => readInput(model, path) !== null);
  return present.length === 0
    ? model
    : inputWriter(
        model,
        present.map(([path]) => path),
      )(present.map(([, value]) => value));
}

const layered = new WeakMap<ModelFile, WeakMap<WhatIfValues, ModelFile>>();

/** The model with the what-if values written in (paths the model no longer has are left out), memoised by identity. */
export function whatIfModel(model: ModelFile, values: WhatIfValues): ModelFile {
  if (Object.keys(values).length === 0) return model;
  let perModel = layered.get(model);
  if (!perModel) {
    perModel = new WeakMap();
    layered.set(model, perModel);
  }
  const hit = perModel.get(values);
  if (hit) return hit;
  const out = withValues(model, values);
  perModel.set(values, out);
  return out;
}

/** Snapshot figures of an evaluation (snapshots, tests and the screen's "now" column); null without one. */
export function snapshotFigures(state: EvaluationState): Pick<Snapshot, 'years' | 'endYear' | 'scenarios'> | null {
  const ev = state.evaluation;
  if (!ev) return null;
  const end = ev.years.indexOf(ev.endYear);
  return {
    years: ev.years,
    endYear: ev.endYear,
    scenarios: ev.scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      isBaseline: s.id === ev.baselineId,
      breakEven: s.breakEven,
      npv: s.npv,
      investment: s.investment,
      cumulativeSavings: s.years[end]?.cumulativeSavings ?? '0.00',
      totals: s.years.map((y) => y.total),
      cumulative: s.years.map((y) => y.cumulativeSavings),
    })),
  };
}

export const createWorkshopSlice: StateCreator<AppState, [], [], WorkshopSlice> = (set, get) => {
  const update = (modelId: string, fn: (s: WorkshopSession) => WorkshopSession) =>
    set((st) => ({ workshop: { ...st.workshop, [modelId]: fn(st.workshop[modelId] ?? EMPTY_WORKSHOP_SESSION) } }));
  const resetWhatIf = (modelId: string) => update(modelId, (s) => ({ ...s, values: EMPTY_VALUES }));
  return {
    workshop: {},
    setWhatIf: (modelId, path, value) => update(modelId, (s) => ({ ...s, values: { ...s.values, [path]: value } })),
    resetWhatIf,
    takeSnapshot: (modelId, model, label) => {
      const values = get().workshop[modelId]?.values ?? EMPTY_VALUES;
      const f = snapshotFigures(evaluationOf(whatIfModel(model, values)));
      if (!f) return false;
      update(modelId, (s) => ({ ...s, snapshots: [...s.snapshots, { id: randomId('snap'), label, values, ...f }] }));
      return true;
    },
    removeSnapshot: (modelId, snapshotId) =>
      update(modelId, (s) => ({ ...s, snapshots: s.snapshots.filter((x) => x.id !== snapshotId) })),
    renameSnapshot: (modelId, snapshotId, label) => {
      const name = label.trim();
      if (name === '') return;
      update(modelId, (s) => ({
        ...s,
        snapshots: s.snapshots.map((x) => (x.id === snapshotId ? { ...x, label: name } : x)),
      }));
    },
    keepInModel: (modelId, label, values) => {
      const chosen = values ?? get().workshop[modelId]?.values ?? EMPTY_VALUES;
      if (Object.keys(chosen).length === 0) return;
      get().updateModel(modelId, (draft) => withValues(draft, chosen), label);
      resetWhatIf(modelId);
    },
  };
};
