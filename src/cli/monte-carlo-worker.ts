/** A worker thread of `npm run calc -- --monte-carlo`: runs one sample range and posts the raw figures. */
import { parentPort, workerData } from 'node:worker_threads';
import { runMonteCarlo, type ModelFile } from '../engine';

type Job = { model: ModelFile; samples: number; seed: number; from: number; to: number };

const job = workerData as Job;
const raw = runMonteCarlo(job.model, { samples: job.samples, seed: job.seed, from: job.from, to: job.to });
parentPort?.postMessage(raw);
