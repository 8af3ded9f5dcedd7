/**
 * Monte Carlo for the CLI over worker threads: the sample range is split over the cores and
 * the parts merged. Sample i always draws from stream (seed, i), so the result is identical to
 * a single-threaded run (tested).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { mergeMonteCarlo, runMonteCarlo, type ModelFile, type MonteCarloRaw } from '../engine';

// The worker is TypeScript run by tsx (like the CLI itself): register tsx's loader in the thread first.
const workerUrl = new URL('./monte-carlo-worker.ts', import.meta.url).href;
const BOOTSTRAP = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); });`;

export async function monteCarloParallel(model: ModelFile, samples: number, seed: number, threads = Math.min(4, availableParallelism())): Promise<MonteCarloRaw> {
  if (threads <= 1 || samples < 200) return runMonteCarlo(model, { samples, seed });
  const size = Math.ceil(samples / threads);
  const parts = await Promise.all([...Array(threads).keys()].map((t) => {
    const from = t * size;
    const to = Math.min(samples, from + size);
    return new Promise<MonteCarloRaw>((resolve, reject) => {
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { model, samples, seed, from, to } });
      worker.once('message', (raw: MonteCarloRaw) => { resolve(raw); void worker.terminate(); });
      worker.once('error', reject);
    });
  }));
  return mergeMonteCarlo(parts);
}
