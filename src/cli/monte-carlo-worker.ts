/**
 * A worker thread of `npm run calc -- --monte-carlo`. It gets its job as soon as it starts —
 * the model, or its file, which it reads and loads itself — and plans the samples while the
 * CLI's thread is still loading the engine and admitting the model. Until the run may start it
 * warms up (samples whose results it discards, so that V8 has compiled the sampling code by
 * then); then it takes ranges of samples from the shared counter (`takeRange`) until none are left,
 * and posts the raw figures of each range it ran.
 */
import { parentPort } from 'node:worker_threads';
import { loadModelBytes, MAX_MODEL_BYTES, monteCarloSampler, type ModelFile, type MonteCarloRaw } from '../engine';
import { fingerprint, GO, HASH, LENGTH, readCapped, takeRange, WAITING, type Job } from './monte-carlo-job';

/** Warm-up samples between two looks at the GO word. */
const WARM_STEP = 10;

parentPort?.once('message', (job: Job) => {
  const control = new Int32Array(job.control);
  let model: ModelFile;
  let bytes: Uint8Array | null = null;
  if ('model' in job.source) model = job.source.model;
  else {
    bytes = readCapped(job.source.file, MAX_MODEL_BYTES);
    const loaded = loadModelBytes(bytes);
    // The CLI's thread admits the file itself and reports why it refuses it; this thread is then never run.
    if (!loaded.ok) throw new Error('the model file is not valid');
    model = loaded.model;
  }
  const sampler = monteCarloSampler(model, { seed: job.seed });
  for (let k = 0; k < job.warmUp && Atomics.load(control, GO) === WAITING; k += WARM_STEP)
    sampler.run(k, k + WARM_STEP);
  Atomics.wait(control, GO, WAITING);
  if (bytes !== null && (control[LENGTH] !== bytes.length || control[HASH] !== fingerprint(bytes)))
    throw new Error('the model file changed while it was read');
  const parts: MonteCarloRaw[] = [];
  for (let range = takeRange(control, job); range !== null; range = takeRange(control, job)) {
    parts.push(sampler.run(range[0], range[1]));
  }
  const buffers = parts.flatMap((p) =>
    [p.totals, p.breakEvenIndex, p.npv, p.cumulativeAtEnd].flat().map((a) => a.buffer as ArrayBuffer),
  );
  parentPort?.postMessage(parts, buffers);
});
