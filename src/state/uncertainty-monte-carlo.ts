/**
 * The Monte Carlo run of the uncertainty screen: started with a model, N and a seed, split
 * over the engine workers, with progress and cancel. One run at a time; starting a new one
 * cancels the old. The result remembers the model object it was computed for, so the screen
 * can say when the model has changed since. The run's state is the store's `monteCarlo`
 * (runs-slice.ts); the workers and their warm-up bookkeeping stay here, beside the pool.
 */
import type { ModelFile } from '../engine';
import { isCancelled, type EngineClient } from '../worker/client';
import { monteCarloWorkerCount } from '../worker/create-worker';
import { runMonteCarloSplit } from '../worker/monte-carlo-split';
import { appStore, useAppStore } from './store';
import type { MonteCarloRun } from './types';
import { enginePool } from './uncertainty-workers';

export type { MonteCarloRun } from './types';

export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;

type RunBase = { modelId: string; model: ModelFile; samples: number; seed: number };

const currentRun = (): MonteCarloRun => appStore.getState().monteCarlo;

/** The number of the latest run: an older run's late answers are dropped. */
let token = 0;

/** Starts a run (cancelling one in progress); resolves when it has finished, failed or was cancelled. */
export async function startMonteCarlo(request: {
  modelId: string;
  model: ModelFile;
  samples: number;
  seed: number;
  workers?: number;
}): Promise<void> {
  const pool = enginePool();
  if (currentRun().status === 'running') pool.cancel('monteCarlo');
  const mine = ++token;
  const base: RunBase = {
    modelId: request.modelId,
    model: request.model,
    samples: request.samples,
    seed: request.seed,
  };
  const workers = Math.min(request.workers ?? monteCarloWorkerCount(), request.samples < 200 ? 1 : 4);
  const set = (run: MonteCarloRun) => {
    if (mine === token) appStore.getState().setMonteCarloRun(run);
  };
  set({ ...base, status: 'running', done: 0 });
  const t0 = performance.now();
  try {
    const clients = pool.clients('monteCarlo', workers);
    const summary = await runMonteCarloSplit(
      clients,
      { model: request.model, samples: request.samples, seed: request.seed },
      (done) => set({ ...base, status: 'running', done }),
      (c, n) => sampled.set(c, (sampled.get(c) ?? 0) + n),
    );
    set({ ...base, status: 'done', summary, elapsedMs: Math.round(performance.now() - t0), workers });
    if (mine === token) warmMonteCarloWorkers(request.model);
  } catch (e) {
    if (isCancelled(e)) set({ ...base, status: 'cancelled' });
    else set({ ...base, status: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * Samples a worker should have run, in warm-up or in runs, before V8 has optimised the engine's
 * sampling code: until then a worker samples at a fraction of its speed (measured in Chromium:
 * a first 10,000-sample run took ≈ 1.5 s where the next took ≈ 1.0 s).
 */
const WARM_SAMPLES = 2000;
const WARM_CHUNK = 250;
const sampled = new WeakMap<EngineClient, number>();
const warming = new WeakSet<EngineClient>();
let warmUps = 0;

/**
 * Starts the Monte Carlo workers ahead of a run (the screen calls this when it opens), so a run
 * does not wait for them to load; with a model that has ranges, each worker that has not yet
 * sampled `WARM_SAMPLES` also samples it in the background (results discarded), in chunks of
 * one sampling plan. It stops as soon as a run starts (a run waits at most for the chunk in
 * progress, ≈ 0.05–0.2 s) and goes on after a run that was too short to warm the workers.
 */
export function warmMonteCarloWorkers(model?: ModelFile): void {
  const clients = enginePool().clients('monteCarlo', monteCarloWorkerCount());
  if (model === undefined || (model.uncertainty?.inputs.length ?? 0) === 0) return;
  for (const client of clients) {
    if (warming.has(client) || (sampled.get(client) ?? 0) >= WARM_SAMPLES) continue;
    warming.add(client);
    const runId = `warm-up-${(warmUps += 1)}`;
    void (async () => {
      try {
        while ((sampled.get(client) ?? 0) < WARM_SAMPLES) {
          if (currentRun().status === 'running' || !client.isAlive()) return;
          await client.call('monteCarloPart', { model, samples: WARM_CHUNK, seed: 0, from: 0, to: WARM_CHUNK, runId });
          sampled.set(client, (sampled.get(client) ?? 0) + WARM_CHUNK);
        }
      } catch {
        // cancelled or a model the engine refuses: nothing to warm
      } finally {
        warming.delete(client);
      }
    })();
  }
}

/** Stops the run in progress at once (its workers are terminated). */
export function cancelMonteCarlo(): void {
  if (currentRun().status !== 'running') return;
  enginePool().cancel('monteCarlo');
}

export function useMonteCarloRun(): MonteCarloRun {
  return useAppStore((s) => s.monteCarlo);
}
