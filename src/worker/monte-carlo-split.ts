/**
 * A Monte Carlo run split over several engine workers: each runs a consecutive sample range,
 * the first merges the parts (`mergeMonteCarlo`) and summarises them. Sample i always draws from
 * stream (seed, i), so the summary does not depend on how many workers there were.
 */
import type { ModelFile, MonteCarloSummary } from '../engine';
import type { EngineClient } from './client';

export type MonteCarloRequest = { model: ModelFile; samples: number; seed: number };

/** Splits [0, samples) into at most `count` consecutive, non-empty ranges of near-equal size. */
export function splitSamples(samples: number, count: number): { from: number; to: number }[] {
  const n = Math.max(1, Math.min(count, samples));
  const size = Math.ceil(samples / n);
  const ranges: { from: number; to: number }[] = [];
  for (let from = 0; from < samples; from += size) ranges.push({ from, to: Math.min(samples, from + size) });
  return ranges;
}

/** Runs the samples over the given clients; `onProgress` gets the samples done in all of them. */
export async function runMonteCarloSplit(
  clients: readonly EngineClient[], request: MonteCarloRequest, onProgress?: (done: number, total: number) => void,
): Promise<MonteCarloSummary> {
  const first = clients[0];
  if (first === undefined) throw new Error('no engine worker');
  const ranges = splitSamples(request.samples, clients.length);
  const done = ranges.map(() => 0);
  const parts = await Promise.all(ranges.map((range, i) => (clients[i] as EngineClient).call(
    'monteCarloPart',
    { ...request, ...range },
    { onProgress: (d) => { done[i] = d; onProgress?.(done.reduce((a, b) => a + b, 0), request.samples); } },
  )));
  return first.call('summarizeMonteCarlo', { parts });
}
