/**
 * Monte Carlo for the CLI over worker threads: the sample range is split over the cores and
 * the parts merged. Sample i always draws from stream (seed, i), so the result is identical to
 * a single-threaded run (tested).
 *
 * The threads run the engine as one JavaScript bundle, made in memory by esbuild when a run
 * starts (≈ 0.1 s, counted in `elapsedMs`) — the same plain JavaScript the app's Web Workers
 * run. Starting each thread through tsx instead would transpile the engine again per thread
 * and keep every function's name at run time, which makes sampling about 1.5× slower.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { mergeMonteCarlo, runMonteCarlo, type ModelFile, type MonteCarloRaw } from '../engine';

const workerEntry = fileURLToPath(new URL('./monte-carlo-worker.ts', import.meta.url));

/** The worker as a CommonJS script (eval'd by `new Worker(…, { eval: true })`). */
async function workerScript(): Promise<string> {
  const out = await build({
    entryPoints: [workerEntry], bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (file === undefined) throw new Error('esbuild produced no worker script');
  return file.text;
}

export async function monteCarloParallel(model: ModelFile, samples: number, seed: number, threads = Math.min(4, availableParallelism())): Promise<MonteCarloRaw> {
  if (threads <= 1 || samples < 200) return runMonteCarlo(model, { samples, seed });
  const script = await workerScript();
  const size = Math.ceil(samples / threads);
  const parts = await Promise.all([...Array(threads).keys()].map((t) => {
    const from = t * size;
    const to = Math.min(samples, from + size);
    return new Promise<MonteCarloRaw>((resolve, reject) => {
      const worker = new Worker(script, { eval: true, workerData: { model, samples, seed, from, to } });
      worker.once('message', (raw: MonteCarloRaw) => { resolve(raw); void worker.terminate(); });
      worker.once('error', reject);
    });
  }));
  return mergeMonteCarlo(parts);
}
