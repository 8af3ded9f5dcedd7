/**
 * Monte Carlo for the CLI over worker threads: each thread takes ranges of samples from a
 * shared counter until all are taken (so a thread that runs slower, on a busy core, takes
 * fewer), and the ranges are merged in order. Sample i always draws from stream (seed, i), so
 * the result is identical to a single-threaded run (tested).
 *
 * The threads run the engine as one JavaScript bundle, made in memory by esbuild — the same
 * plain JavaScript the app's Web Workers run. Starting each thread through tsx instead would
 * transpile the engine again per thread and keep every function's name at run time, which
 * makes sampling about 1.5× slower. `startMonteCarloThreads` builds the bundle and starts the
 * threads ahead (the CLI calls it first, so that both happen while it reads, validates and
 * evaluates the model), as the app starts its workers before a run.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { mergeMonteCarlo, runMonteCarlo, type ModelFile, type MonteCarloRaw } from '../engine';
import type { Job } from './monte-carlo-worker';

const workerEntry = fileURLToPath(new URL('./monte-carlo-worker.ts', import.meta.url));

/** The worker as a CommonJS script (eval'd by `new Worker(…, { eval: true })`). */
async function workerScript(): Promise<string> {
  const out = await build({
    entryPoints: [workerEntry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (file === undefined) throw new Error('esbuild produced no worker script');
  return file.text;
}

export const defaultThreads = (): number => Math.min(4, availableParallelism());

type Thread = { worker: Worker; failed: Promise<never> };

let started: Promise<Thread[]> | null = null;

/**
 * V8 inlines less in the threads: a run is short, and the optimising compiler's work (≈ 0.8 s
 * of CPU per thread with V8's default inlining, on a background thread) competes for the same
 * cores as the sampling. Less inlining halves it; the code it makes samples as fast
 * (docs/performance.md). V8's flags are per process: the CLI's own thread compiles this way too.
 */
const LESS_INLINING = '--max-inlined-bytecode-size-cumulative=150';

/** Builds the worker script and starts `threads` threads that wait for their sample range. */
export function startMonteCarloThreads(threads = defaultThreads()): Promise<Thread[]> {
  setFlagsFromString(LESS_INLINING);
  started ??= workerScript().then((script) =>
    [...Array(threads).keys()].map(() => {
      const worker = new Worker(script, { eval: true });
      worker.unref(); // a thread that is never given a range does not keep the CLI running
      const failed = new Promise<never>((_, reject) => {
        worker.once('error', reject);
      });
      failed.catch(() => undefined); // reported when the thread is given its range
      return { worker, failed };
    }),
  );
  return started;
}

export async function monteCarloParallel(
  model: ModelFile,
  samples: number,
  seed: number,
  threads = defaultThreads(),
): Promise<MonteCarloRaw> {
  if (threads <= 1 || samples < 200) return runMonteCarlo(model, { samples, seed });
  const ready = await startMonteCarloThreads(threads);
  started = null;
  if (ready.length < threads) throw new Error(`${threads} threads asked for, ${ready.length} started`);
  // Ranges of 250 samples: small enough that the threads finish within ≈ 0.05 s of each other.
  const job: Job = { model, samples, seed, chunk: 250, next: new SharedArrayBuffer(4) };
  const parts = await Promise.all(
    ready.slice(0, threads).map(({ worker, failed }) => {
      const done = new Promise<MonteCarloRaw[]>((resolve) => {
        worker.once('message', (raws: MonteCarloRaw[]) => {
          resolve(raws);
          void worker.terminate();
        });
        worker.ref();
        worker.postMessage(job);
      });
      return Promise.race([done, failed]);
    }),
  );
  for (const { worker } of ready.slice(threads)) void worker.terminate();
  return mergeMonteCarlo(parts.flat());
}
