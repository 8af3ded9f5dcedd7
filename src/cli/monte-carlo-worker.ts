/** A worker thread of `npm run calc -- --monte-carlo`: waits for one sample range, runs it and posts the raw figures. */
import { parentPort } from 'node:worker_threads';
import { runMonteCarlo, type ModelFile } from '../engine';

type Job = { model: ModelFile; samples: number; seed: number; from: number; to: number };

parentPort?.once('message', (job: Job) => {
  parentPort?.postMessage(runMonteCarlo(job.model, { samples: job.samples, seed: job.seed, from: job.from, to: job.to }));
});
