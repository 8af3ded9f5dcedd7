/**
 * `npm run calc -- <model.json> [--time] [--monte-carlo N --seed S]`: evaluates a model file
 * and prints the spec §9 document on stdout (exit 0). An invalid file prints one message per
 * line, each with its JSON path, on stderr (exit 2). `--time` also evaluates the model 20 times
 * after a warm-up (≥ 30 runs and ≥ 300 ms) and prints `{"medianMs": …, "runs": 20}` on stderr. `--monte-carlo N` adds a
 * `monteCarlo` section (N samples of the model's uncertainty ranges, seed `--seed`, default 1).
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type * as Engine from '../engine';
import { readCapped } from './monte-carlo-job';
import { prepareMonteCarlo } from './monte-carlo-parallel';

const USAGE = 'usage: npm run calc -- <model.json> [--time] [--monte-carlo N] [--seed S]';
/** The most samples a run may draw: the cap of the file format's `uncertainty.samples`. */
const MAX_SAMPLES = 1_000_000;

type Args = { file: string; isTimed: boolean; samples: number | null; seed: number };

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let isTimed = false;
  let samples: number | null = null;
  let seed = 1;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--time') isTimed = true;
    else if (a === '--monte-carlo' || a === '--seed') {
      const v = Number(argv[i + 1]);
      if (!Number.isSafeInteger(v) || v < (a === '--seed' ? 0 : 1))
        fail([`${a} takes a whole number${a === '--seed' ? '' : ' ≥ 1'}`, USAGE]);
      if (a === '--monte-carlo' && v > MAX_SAMPLES)
        fail([
          `--monte-carlo takes at most ${MAX_SAMPLES.toLocaleString('en-US')} samples (found ${argv[i + 1]})`,
          USAGE,
        ]);
      if (a === '--seed') seed = v;
      else samples = v;
      i += 1;
    } else if (a.startsWith('--')) fail([`unknown option ${a}`, USAGE]);
    else files.push(a);
  }
  if (files.length !== 1) fail([USAGE]);
  return { file: files[0] as string, isTimed, samples, seed };
}

function fail(lines: string[], code = 2): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(code);
}

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function main(argv: string[]): Promise<void> {
  const { file, isTimed, samples, seed } = parseArgs(argv);
  // The Monte Carlo threads start first: they read the file, plan and warm up while this thread
  // loads the engine and admits the model (monte-carlo-parallel.ts). Only a regular file can be
  // read twice: from a pipe or device the threads are given the admitted model instead.
  const early = samples !== null && isRegularFile(file) ? prepareMonteCarlo({ file }, samples, seed) : null;
  const engine: typeof Engine = await import('../engine');
  const { admitModel, evaluateModel, formatValidationError, isModelError, MAX_MODEL_BYTES } = engine;
  let bytes: Uint8Array;
  try {
    bytes = readCapped(file, MAX_MODEL_BYTES);
  } catch (e) {
    fail([`(file): cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`]);
  }
  if (bytes.length > MAX_MODEL_BYTES)
    fail([`(file): ${file} is too large (more than ${MAX_MODEL_BYTES.toLocaleString('en-US')} bytes)`]);
  try {
    // The same verdict as the app's: decode, parse, upgrade, validate and evaluate (admit.ts).
    const admitted = admitModel(bytes);
    if (!admitted.ok) fail(admitted.errors.map(formatValidationError));
    const model = admitted.model;
    const document: Record<string, unknown> = { ...engine.toCliDocument(admitted.evaluation) };
    if (samples !== null) {
      const t0 = performance.now();
      const start = early ?? prepareMonteCarlo({ model }, samples, seed);
      const raw =
        start === null
          ? engine.runMonteCarlo(model, { samples, seed })
          : await start(early === null ? undefined : bytes);
      const summary = engine.summarizeMonteCarlo(raw);
      document.monteCarlo = { ...summary, elapsedMs: Math.round(performance.now() - t0) };
    }
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    if (isTimed) {
      // Warm up like the bench does, so the timed runs measure the optimised engine.
      const w0 = performance.now();
      for (let i = 0; i < 30 || performance.now() - w0 < 300; i += 1) evaluateModel(model, { isValidated: true });
      const times: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        const t0 = performance.now();
        evaluateModel(model, { isValidated: true });
        times.push(performance.now() - t0);
      }
      process.stderr.write(`${JSON.stringify({ medianMs: Number(median(times).toFixed(3)), runs: 20 })}\n`);
    }
  } catch (e) {
    if (isModelError(e)) fail(e.errors.map(formatValidationError));
    fail([`(engine): ${(e as Error).message}`], 1);
  }
}

// A reader that stops early (`npm run calc -- m.json | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
void main(process.argv.slice(2));
