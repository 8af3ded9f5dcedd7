/**
 * A worker thread of `npm run calc -- --monte-carlo`: waits for its job, plans the samples once,
 * then takes ranges of `chunk` samples from the shared counter until none are left, and posts
 * the raw figures of each range it ran.
 */
import { parentPort } from 'node:worker_threads';
import { monteCarloSampler, type ModelFile, type MonteCarloRaw } from '../engine';

export type Job = { model: ModelFile; samples: number; seed: number; chunk: number; next: SharedArrayBuffer };

parentPort?.once('message', (job: Job) => {
  const sampler = monteCarloSampler(job.model, { seed: job.seed });
  const next = new Int32Array(job.next);
  const parts: MonteCarloRaw[] = [];
  for (let from = Atomics.add(next, 0, job.chunk); from < job.samples; from = Atomics.add(next, 0, job.chunk)) {
    parts.push(sampler.run(from, Math.min(job.samples, from + job.chunk)));
  }
  parentPort?.postMessage(parts);
});
