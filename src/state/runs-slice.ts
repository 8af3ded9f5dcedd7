/**
 * The state of the uncertainty screen's worker runs: the Monte Carlo run and the tornado
 * results. Only what the screens show lives here; the runs themselves (workers, cancelling,
 * warm-up) are in uncertainty-monte-carlo.ts and uncertainty-sensitivity.ts; the Uittreden
 * screen's sweeps and method comparisons (`exitRuns`) in exit-runs.ts. No field is
 * persisted (persistence writes models and settings only) nor undone (history keeps models only).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState, RunsSlice } from './types';

/** Tornado results kept (the oldest go first). */
const KEEP_SENSITIVITY = 24;
/** Exit runs kept (the oldest go first). */
const KEEP_EXIT_RUNS = 16;

function keepLast<T>(entries: Record<string, T>, n: number): Record<string, T> {
  const keys = Object.keys(entries);
  for (const k of keys.slice(0, Math.max(0, keys.length - n))) delete entries[k];
  return entries;
}

export const createRunsSlice: StateCreator<AppState, [], [], RunsSlice> = (set) => ({
  monteCarlo: { status: 'idle' },
  sensitivity: {},
  exitRuns: {},
  setMonteCarloRun: (run) => set(() => ({ monteCarlo: run })),
  putSensitivity: (key, state) =>
    set((s) => {
      const entries = { ...s.sensitivity, [key]: state };
      const keys = Object.keys(entries);
      for (const k of keys.slice(0, Math.max(0, keys.length - KEEP_SENSITIVITY))) delete entries[k];
      return { sensitivity: entries };
    }),
  putExitRun: (key, state) =>
    set((s) => {
      const entries = { ...s.exitRuns };
      // A key written again moves to the end, so a long-lived result is not dropped as old.
      delete entries[key];
      entries[key] = state;
      return { exitRuns: keepLast(entries, KEEP_EXIT_RUNS) };
    }),
});
