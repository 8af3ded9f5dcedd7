/**
 * The state of the uncertainty screen's worker runs: the Monte Carlo run and the tornado
 * results. Only what the screens show lives here; the runs themselves (workers, cancelling,
 * warm-up) are in uncertainty-monte-carlo.ts and uncertainty-sensitivity.ts. Neither field is
 * persisted (persistence writes models and settings only) nor undone (history keeps models only).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState, RunsSlice } from './types';

/** Tornado results kept (the oldest go first). */
const KEEP_SENSITIVITY = 24;

export const createRunsSlice: StateCreator<AppState, [], [], RunsSlice> = (set) => ({
  monteCarlo: { status: 'idle' },
  sensitivity: {},
  setMonteCarloRun: (run) => set(() => ({ monteCarlo: run })),
  putSensitivity: (key, state) =>
    set((s) => {
      const entries = { ...s.sensitivity, [key]: state };
      const keys = Object.keys(entries);
      for (const k of keys.slice(0, Math.max(0, keys.length - KEEP_SENSITIVITY))) delete entries[k];
      return { sensitivity: entries };
    }),
});
