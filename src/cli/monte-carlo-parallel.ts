/**
 * Monte Carlo for the CLI over worker threads: the sample range is split over the cores and
 * the parts merged. Sample i always draws from stream (seed, i), so the result is identical to
 * a single-threaded run (tested).
 *
 * The threads run the engine as one JavaScript bundle, made in memory by esbuild — the same
 * plain JavaScript the app's Web Workers run. Starting each thread through tsx instead would
 * transpile the engine again per thread and keep every function's name at run time, which
 * makes sampling about 1.5× slower. `startMonteCarloThreads` builds the bundle and starts the
 * threads ahead (the CLI calls it first, so that both happen while it reads, validates and
 * evaluates the model), as the app starts its workers before a run.
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

export const defaultThreads = (): number => Math.min(4, availableParallelism());

type Thread = { worker: Worker; failed: Promise<never> };

let started: Promise<Thread[]> | null = null;

/** Builds the worker script and starts `threads` threads that wait for their sample range. */
export function startMonteCarloThreads(threads = defaultThreads()): Promise<Thread[]> {
  started ??= workerScript().then((script) => [...Array(threads).keys()].map(() => {
    const worker = new Worker(script, { eval: true });
    worker.unref(); // a thread that is never given a range does not keep the CLI running
    const failed = new Promise<never>((_, reject) => { worker.once('error', reject); });
    failed.catch(() => undefined); // reported when the thread is given its range
    return { worker, failed };
  }));
  return started;
}

export async function monteCarloParallel(model: ModelFile, samples: number, seed: number, threads = defaultThreads()): Promise<MonteCarloRaw> {
  if (threads <= 1 || samples < 200) return runMonteCarlo(model, { samples, seed });
  const ready = await startMonteCarloThreads(threads);
  started = null;
  if (ready.length < threads) throw new Error(`${threads} threads asked for, ${ready.length} started`);
  const size = Math.ceil(samples / threads);
  const parts = await Promise.all(ready.slice(0, threads).map(({ worker, failed }, t) => {
    const from = t * size;
    const to = Math.min(samples, from + size);
    const done = new Promise<MonteCarloRaw>((resolve) => {
      worker.once('message', (raw: MonteCarloRaw) => { resolve(raw); void worker.terminate(); });
      worker.ref();
      worker.postMessage({ model, samples, seed, from, to });
    });
    return Promise.race([done, failed]);
  }));
  for (const { worker } of ready.slice(threads)) void worker.terminate();
  return mergeMonteCarlo(parts);
}
