/**
 * The Monte Carlo run of the uncertainty screen: started with a model, N and a seed, split
 * over the engine workers, with progress and cancel. One run at a time; starting a new one
 * cancels the old. The result remembers the model object it was computed for, so the screen
 * can say when the model has changed since.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ModelFile, MonteCarloSummary } from '../engine';
import { isCancelled } from '../worker/client';
import { monteCarloWorkerCount } from '../worker/create-worker';
import { runMonteCarloSplit } from '../worker/monte-carlo-split';
import { enginePool } from './uncertainty-workers';

export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;

type RunBase = { modelId: string; model: ModelFile; samples: number; seed: number };

export type MonteCarloRun =
  | { status: 'idle' }
  | (RunBase & { status: 'running'; done: number })
  | (RunBase & { status: 'done'; summary: MonteCarloSummary; elapsedMs: number; workers: number })
  | (RunBase & { status: 'cancelled' })
  | (RunBase & { status: 'error'; message: string });

export const monteCarloStore = createStore<{ run: MonteCarloRun }>()(() => ({ run: { status: 'idle' } }));

let token = 0;

/** Starts a run (cancelling one in progress); resolves when it has finished, failed or was cancelled. */
export async function startMonteCarlo(request: { modelId: string; model: ModelFile; samples: number; seed: number; workers?: number }): Promise<void> {
  const pool = enginePool();
  if (monteCarloStore.getState().run.status === 'running') pool.cancel('monteCarlo');
  const mine = ++token;
  const base: RunBase = { modelId: request.modelId, model: request.model, samples: request.samples, seed: request.seed };
  const workers = Math.min(request.workers ?? monteCarloWorkerCount(), request.samples < 200 ? 1 : 4);
  const set = (run: MonteCarloRun) => { if (mine === token) monteCarloStore.setState({ run }); };
  set({ ...base, status: 'running', done: 0 });
  const t0 = performance.now();
  try {
    const summary = await runMonteCarloSplit(pool.clients('monteCarlo', workers), { model: request.model, samples: request.samples, seed: request.seed },
      (done) => set({ ...base, status: 'running', done }));
    set({ ...base, status: 'done', summary, elapsedMs: Math.round(performance.now() - t0), workers });
  } catch (e) {
    if (isCancelled(e)) set({ ...base, status: 'cancelled' });
    else set({ ...base, status: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}

/** Starts the Monte Carlo workers ahead of a run (the screen calls this when it opens), so a run does not wait for them to load. */
export function warmMonteCarloWorkers(): void {
  enginePool().clients('monteCarlo', monteCarloWorkerCount());
}

/** Stops the run in progress at once (its workers are terminated). */
export function cancelMonteCarlo(): void {
  if (monteCarloStore.getState().run.status !== 'running') return;
  enginePool().cancel('monteCarlo');
}

export function useMonteCarloRun(): MonteCarloRun {
  return useStore(monteCarloStore, (s) => s.run);
}
