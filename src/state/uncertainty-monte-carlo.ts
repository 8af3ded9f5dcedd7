/**
 * The Monte Carlo run of the uncertainty screen: started with a model, N and a seed, split
 * over the engine workers, with progress and cancel. One run at a time; starting a new one
 * cancels the old. The result remembers the model object it was computed for, so the screen
 * can say when the model has changed since.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ModelFile, MonteCarloSummary } from '../engine';
import { isCancelled, type EngineClient } from '../worker/client';
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

/** Samples a new worker runs ahead of any run, in chunks: what V8 needs to optimise the engine's sampling code. */
const WARM_CHUNK = 250;
const WARM_CHUNKS = 6;
const warmed = new WeakSet<EngineClient>();

/**
 * Starts the Monte Carlo workers ahead of a run (the screen calls this when it opens), so a run
 * does not wait for them to load; with a model that has ranges, each new worker also samples it
 * a little in the background (results discarded), because the first thousand or so samples of
 * a fresh worker run at a third of the speed while V8 optimises the code. It stops as soon as a
 * run starts; a run waits at most for the chunk in progress (≈ 0.1–0.3 s).
 */
export function warmMonteCarloWorkers(model?: ModelFile): void {
  const clients = enginePool().clients('monteCarlo', monteCarloWorkerCount());
  if (model === undefined || (model.uncertainty?.inputs.length ?? 0) === 0) return;
  for (const client of clients) {
    if (warmed.has(client)) continue;
    warmed.add(client);
    void (async () => {
      for (let i = 0; i < WARM_CHUNKS; i += 1) {
        if (monteCarloStore.getState().run.status === 'running' || !client.isAlive()) return;
        try {
          await client.call('monteCarloPart', { model, samples: WARM_CHUNK, seed: i, from: 0, to: WARM_CHUNK });
        } catch {
          return; // cancelled or a model the engine refuses: nothing to warm
        }
      }
    })();
  }
}

/** Stops the run in progress at once (its workers are terminated). */
export function cancelMonteCarlo(): void {
  if (monteCarloStore.getState().run.status !== 'running') return;
  enginePool().cancel('monteCarlo');
}

export function useMonteCarloRun(): MonteCarloRun {
  return useStore(monteCarloStore, (s) => s.run);
}
