/**
 * Monte Carlo for the CLI over worker threads: each thread takes ranges of samples from a
 * shared counter until all are taken (so a thread that runs slower, on a busy core, takes
 * fewer), and the ranges are merged in order. Sample i always draws from stream (seed, i), so
 * the result is identical to a single-threaded run (tested).
 *
 * The threads run the engine as one JavaScript bundle, made by esbuild — the same plain
 * JavaScript the app's Web Workers run — and kept for the next run while its sources are
 * unchanged (`workerScript`). Starting each thread through tsx instead would transpile the
 * engine again per thread and keep every function's name at run time, which makes sampling
 * about 1.5× slower.
 *
 * `prepareMonteCarlo` starts everything that does not need the admitted model: the CLI calls it
 * with the file's name before it even loads the engine, so that building the bundle, starting
 * the threads, loading the model in them, planning the samples and V8's first compilation of the
 * sampling code (warm-up samples, discarded) all happen while the CLI's own thread loads the
 * engine and admits the model; calling the function it returns lets the threads run the samples.
 * This module loads no engine code before the run (only `import type` at the top).
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ModelFile, MonteCarloRaw } from '../engine';
import { CONTROL_WORDS, fingerprint, GO, HASH, LENGTH, RUN, type Job } from './monte-carlo-job';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workerEntry = fileURLToPath(new URL('./monte-carlo-worker.ts', import.meta.url));

/** The worker as a CommonJS script (eval'd by `new Worker(…, { eval: true })`), with the files it was made of. */
async function buildWorkerScript(): Promise<{ script: string; inputs: string[] }> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [workerEntry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (file === undefined) throw new Error('esbuild produced no worker script');
  return { script: file.text, inputs: Object.keys(out.metafile.inputs) };
}

/** Hashes of the files a script was made of (paths relative to the project), in order. */
const hashesOf = (inputs: readonly string[]): string[] =>
  inputs.map((input) =>
    createHash('sha256')
      .update(readFileSync(join(root, input)))
      .digest('hex'),
  );

type Cached = { inputs: string[]; hashes: string[]; script: string };

/**
 * The last worker script, kept in a directory of this user's own under the system's temporary
 * directory (only this user can write there, as for tsx's cache): used while every file it was
 * made of has the same content (≈ 2 ms to check), which saves esbuild's ≈ 0.2 s on every run.
 * Null when there is none, it is out of date or the directory is not safe.
 */
function cacheFile(): string | null {
  const uid = process.getuid?.() ?? -1;
  const dir = join(tmpdir(), `kantelpunt-${uid}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o077) !== 0) return null;
  } catch {
    return null;
  }
  const key = createHash('sha256').update(workerEntry).digest('hex').slice(0, 16);
  return join(dir, `monte-carlo-worker-${key}.json`);
}

async function workerScript(): Promise<string> {
  const file = cacheFile();
  if (file !== null) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as Cached;
      if (hashesOf(cached.inputs).every((h, i) => h === cached.hashes[i])) return cached.script;
    } catch {
      // none yet, or unreadable: build it
    }
  }
  const { script, inputs } = await buildWorkerScript();
  if (file !== null) {
    try {
      const entry: Cached = { inputs, hashes: hashesOf(inputs), script };
      writeFileSync(`${file}.${process.pid}`, JSON.stringify(entry), { mode: 0o600 });
      renameSync(`${file}.${process.pid}`, file);
    } catch {
      // a cache that cannot be written only costs the next run the build
    }
  }
  return script;
}

export const defaultThreads = (): number => Math.min(4, availableParallelism());

/**
 * V8 inlines less in the threads: a run is short, and the optimising compiler's work (≈ 0.8 s
 * of CPU per thread with V8's default inlining, on a background thread) competes for the same
 * cores as the sampling. Less inlining halves it; the code it makes samples as fast
 * (docs/performance.md). V8's flags are per process: the CLI's own thread compiles this way too.
 */
const LESS_INLINING = '--max-inlined-bytecode-size-cumulative=150';

/** Samples per range (fewer towards the end, `takeRange`): a few hundredths of a second of work. */
const CHUNK = 250;

/**
 * Warm-up samples per thread at most, while the CLI's thread is still admitting the model: by
 * then V8 samples at its full speed (the first 250 samples of a cold thread take ≈ 4× as long
 * as later ones). Their results are discarded.
 */
const WARM_UP = 1500;

/**
 * A run being prepared: call it once the model is admitted (with the file's bytes the CLI
 * admitted, when the threads read the file: they check they read the same); it resolves to the
 * run's raw figures.
 */
export type StartMonteCarlo = (admitted?: Uint8Array) => Promise<MonteCarloRaw>;

/**
 * Starts `threads` threads for `samples` samples of the model (given, or its file, which each
 * thread reads and loads); they plan and warm up, and sample once the returned function is called.
 * Null when the run is too small for threads (run it with `runMonteCarlo`).
 */
export function prepareMonteCarlo(
  source: Job['source'],
  samples: number,
  seed: number,
  threads = defaultThreads(),
): StartMonteCarlo | null {
  if (threads <= 1 || samples < 200) return null;
  setFlagsFromString(LESS_INLINING);
  const control = new SharedArrayBuffer(4 * CONTROL_WORDS);
  const job: Job = { source, samples, seed, chunk: CHUNK, threads, control, warmUp: WARM_UP };
  let isStarted = false;
  const workers: Worker[] = [];
  const parts = workerScript().then((script) =>
    Promise.all(
      [...Array(threads).keys()].map(
        () =>
          new Promise<MonteCarloRaw[]>((resolve, reject) => {
            const worker = new Worker(script, { eval: true });
            // A run that is never started (the model was refused) does not keep the CLI running.
            if (!isStarted) worker.unref();
            workers.push(worker);
            worker.once('error', reject);
            worker.once('message', (raws: MonteCarloRaw[]) => {
              resolve(raws);
              void worker.terminate();
            });
            worker.postMessage(job);
          }),
      ),
    ),
  );
  parts.catch(() => undefined); // reported by `start()`'s result
  return (admitted) => {
    if (isStarted) throw new Error('this Monte Carlo run was started already');
    isStarted = true;
    for (const worker of workers) worker.ref();
    const words = new Int32Array(control);
    if (admitted !== undefined) {
      words[LENGTH] = admitted.length;
      words[HASH] = fingerprint(admitted);
    }
    Atomics.store(words, GO, RUN);
    Atomics.notify(words, GO);
    return parts.then(async (ps) => {
      const { mergeMonteCarlo } = await import('../engine');
      return mergeMonteCarlo(ps.flat());
    });
  };
}

/** `samples` samples of `model` over `threads` threads (or on this thread when too few). */
export async function monteCarloParallel(
  model: ModelFile,
  samples: number,
  seed: number,
  threads = defaultThreads(),
): Promise<MonteCarloRaw> {
  const start = prepareMonteCarlo({ model }, samples, seed, threads);
  if (start !== null) return start();
  const { runMonteCarlo } = await import('../engine');
  return runMonteCarlo(model, { samples, seed });
}
