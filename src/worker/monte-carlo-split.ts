/**
 * A Monte Carlo run split over several engine workers: the samples are cut into ranges of
 * `RANGE` (smaller towards the end) and each worker takes the next range as soon as it is done
 * with one (so a worker on a busier core takes fewer); the first worker merges the parts
 * (`mergeMonteCarlo`) and summarises them. Sample i always draws from stream (seed, i), so the
 * summary does not depend on how many workers there were or which ran what.
 */
import type { ModelFile, MonteCarloSummary } from '../engine';
import type { EngineClient } from './client';
import type { MonteCarloPart } from './protocol';

export type MonteCarloRequest = { model: ModelFile; samples: number; seed: number };

/** Samples per range: a few hundredths of a second of work, so the workers finish close together. */
export const RANGE = 500;

/** The smallest range `sampleRanges` cuts towards the end (each range costs a message each way). */
const MIN_RANGE = 100;

/**
 * [0, samples) as consecutive ranges of at most `size` samples. Given the number of `workers`,
 * the ranges get smaller towards the end (a quarter of what is left per worker, at least
 * `MIN_RANGE`), so that the workers finish close together instead of one waiting for the
 * other's last whole range.
 */
export function sampleRanges(samples: number, size = RANGE, workers?: number): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  for (let from = 0; from < samples;) {
    const n =
      workers === undefined ? size : Math.max(MIN_RANGE, Math.min(size, Math.ceil((samples - from) / (2 * workers))));
    const to = Math.min(samples, from + n);
    ranges.push({ from, to });
    from = to;
  }
  return ranges;
}

let runs = 0;

/**
 * Runs the samples over the given clients; `onProgress` gets the samples done in all of them,
 * `onRange` each range a client has finished.
 */
export async function runMonteCarloSplit(
  clients: readonly EngineClient[],
  request: MonteCarloRequest,
  onProgress?: (done: number, total: number) => void,
  onRange?: (client: EngineClient, samples: number) => void,
): Promise<MonteCarloSummary> {
  const first = clients[0];
  if (first === undefined) throw new Error('no engine worker');
  const ranges = sampleRanges(request.samples, RANGE, clients.length);
  const runId = `run-${(runs += 1)}`;
  const parts: MonteCarloPart[] = [];
  let finished = 0;
  let next = 0;
  const inProgress = clients.map(() => 0);
  const report = () => onProgress?.(finished + inProgress.reduce((a, b) => a + b, 0), request.samples);
  await Promise.all(
    clients.map(async (client, i) => {
      for (let range = ranges[next++]; range !== undefined; range = ranges[next++]) {
        const part = await client.call(
          'monteCarloPart',
          { ...request, ...range, runId },
          {
            onProgress: (d) => {
              inProgress[i] = d;
              report();
            },
          },
        );
        parts.push(part);
        inProgress[i] = 0;
        finished += range.to - range.from;
        report();
        onRange?.(client, range.to - range.from);
      }
    }),
  );
  return first.call('summarizeMonteCarlo', { parts });
}
