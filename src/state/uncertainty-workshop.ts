/**
 * The workshop's actions and hook over the store's workshop slice (workshop-slice.ts): the
 * what-if layer of each model, its snapshots, and "keep in model".
 */
import type { InputPath, ModelFile } from '../engine';
import type { EvaluationState } from './evaluation';
import { evaluationOf, NO_EVALUATION } from './evaluation';
import { useWhatIfEvaluation } from './evaluation-runs';
import { selectActiveModel, useEvaluationState } from './selectors';
import { appStore, useAppStore } from './store';
import type { Snapshot, WhatIfValues } from './types';
import { EMPTY_WORKSHOP_SESSION, whatIfModel } from './workshop-slice';

export { snapshotFigures, whatIfModel } from './workshop-slice';
export type { Snapshot, SnapshotScenario, WhatIfValues, WorkshopSession } from './types';

export function setWhatIf(modelId: string, path: InputPath, value: string): void {
  appStore.getState().setWhatIf(modelId, path, value);
}

export function resetWhatIf(modelId: string): void {
  appStore.getState().resetWhatIf(modelId);
}

/** Keeps the current variant's values and figures; returns false when the model cannot be evaluated. */
export function takeSnapshot(modelId: string, model: ModelFile, label: string): boolean {
  return appStore.getState().takeSnapshot(modelId, model, label);
}

export function removeSnapshot(modelId: string, snapshotId: string): void {
  appStore.getState().removeSnapshot(modelId, snapshotId);
}

/** Names a snapshot (a variant); an empty name keeps the old one. */
export function renameSnapshot(modelId: string, snapshotId: string, label: string): void {
  appStore.getState().renameSnapshot(modelId, snapshotId, label);
}

/** Writes the what-if values (or a snapshot's) into the model as one undoable edit and clears the layer. */
export function keepInModel(modelId: string, label: string, values?: WhatIfValues): void {
  appStore.getState().keepInModel(modelId, label, values);
}

/** The workshop of the active model: its what-if values, snapshots, the layered model and its results. */
export function useWorkshop(): {
  modelId: string | null;
  model: ModelFile | null;
  values: WhatIfValues;
  snapshots: Snapshot[];
  whatIf: ModelFile | null;
  evaluation: EvaluationState;
} {
  const modelId = useAppStore((s) => s.activeModelId);
  const model = useAppStore(selectActiveModel);
  const session = useAppStore((s) => (modelId ? s.workshop[modelId] : undefined)) ?? EMPTY_WORKSHOP_SESSION;
  const whatIf = model ? whatIfModel(model, session.values) : null;
  // Without what-if values the layer is the model itself: its results as every screen has them
  // (a heavy model's from the worker, not evaluated here on the page).
  const own = useEvaluationState();
  // A heavy model's layer is evaluated in the worker (evaluation-runs.ts), a light one's here.
  const inWorker = useWhatIfEvaluation(modelId, model, whatIf === model ? null : whatIf, own);
  return {
    modelId,
    model,
    values: session.values,
    snapshots: session.snapshots,
    whatIf,
    evaluation: whatIf === model && model !== null ? own : whatIf ? (inWorker ?? evaluationOf(whatIf)) : NO_EVALUATION,
  };
}
