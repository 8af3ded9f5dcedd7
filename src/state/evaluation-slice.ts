/**
 * The state of heavy models' evaluations in the engine worker (evaluation-runs.ts), in the
 * store so that the screens re-render when the worker answers. Neither saved nor undone.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { ModelFile } from '../engine';
import type { AppState } from './types';

export type EvaluationRun = {
  /** The model the worker evaluates now, and the newer one waiting for it. */
  running: ModelFile | null;
  queued: ModelFile | null;
  /** The model whose evaluation the user cancelled: its results are not current until asked again. */
  cancelled: ModelFile | null;
  /** Per model id, the latest version of it with results: shown, marked, while a newer one is computed. */
  latest: Record<string, ModelFile>;
  /** Counts the derived figures the worker has answered (derived-runs.ts), so that their hooks re-render. */
  derivedAnswers: number;
};

export type EvaluationRunSlice = {
  evaluationRun: EvaluationRun;
  setEvaluationRun: (patch: Partial<EvaluationRun>) => void;
};

export const createEvaluationRunSlice: StateCreator<AppState, [], [], EvaluationRunSlice> = (set) => ({
  evaluationRun: { running: null, queued: null, cancelled: null, latest: {}, derivedAnswers: 0 },
  setEvaluationRun: (patch) => set((s) => ({ evaluationRun: { ...s.evaluationRun, ...patch } })),
});
