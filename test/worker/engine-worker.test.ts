/**
 * The engine worker's protocol and the split Monte Carlo run, with in-process workers: the
 * result does not depend on the number of workers, progress adds up, cancel rejects at once.
 */
import { describe, expect, it } from 'vitest';
import { runMonteCarlo, runSensitivity, summarizeMonteCarlo, type ModelFile } from '../../src/engine';
import { createEngineClient, isCancelled } from '../../src/worker/client';
import { monteCarloWorkerCount } from '../../src/worker/create-worker';
import { RANGE, runMonteCarloSplit, sampleRanges } from '../../src/worker/monte-carlo-split';
import { createEnginePool } from '../../src/worker/pool';
import { createInProcessPort } from '../support/in-process-worker';
import { withRanges } from '../support/uncertain-models';
import fixture from '../state/fixtures/two-municipalities.json';

// A small model keeps these protocol tests fast; the example is covered by test/engine and the browser test.
const model = withRanges(fixture as ModelFile);
const clients = (n: number) => Array.from({ length: n }, () => createEngineClient(createInProcessPort()));

describe('split Monte Carlo', { timeout: 30_000 }, () => {
  it('gives the same summary over 1, 2 and 3 workers as one run in this thread', async () => {
    const request = { model, samples: 2 * RANGE + 211, seed: 7 };
    const direct = summarizeMonteCarlo(runMonteCarlo(model, request));
    for (const n of [1, 2, 3]) await expect(runMonteCarloSplit(clients(n), request)).resolves.toEqual(direct);
  });

  it('reports progress over all workers, ending at the total', async () => {
    const seen: number[] = [];
    await runMonteCarloSplit(clients(2), { model, samples: 560, seed: 1 }, (done, total) => {
      expect(total).toBe(560);
      seen.push(done);
    });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[seen.length - 1]).toBe(560);
    seen.forEach((d, i) => {
      if (i > 0) expect(d).toBeGreaterThanOrEqual(seen[i - 1] as number);
    });
  });

  it('cuts samples into consecutive ranges of at most RANGE that cover them once', () => {
    for (const [samples, size] of [
      [10_000, RANGE],
      [7, 4],
      [3, 8],
      [1, 1],
    ] as const) {
      const ranges = sampleRanges(samples, size);
      expect(ranges.length).toBe(Math.ceil(samples / size));
      expect(ranges[0]?.from).toBe(0);
      expect(ranges[ranges.length - 1]?.to).toBe(samples);
      ranges.forEach((r, i) => {
        expect(r.to).toBeGreaterThan(r.from);
        expect(r.to - r.from).toBeLessThanOrEqual(size);
        if (i > 0) expect(r.from).toBe(ranges[i - 1]?.to);
      });
    }
  });

  it('given the workers, cuts smaller ranges towards the end (at least 100), still covering the samples once', () => {
    for (const workers of [1, 2, 4]) {
      const ranges = sampleRanges(10_000, RANGE, workers);
      const sizes = ranges.map((r) => r.to - r.from);
      expect(ranges[0]?.from).toBe(0);
      expect(ranges[ranges.length - 1]?.to).toBe(10_000);
      ranges.forEach((r, i) => {
        if (i > 0) expect(r.from).toBe(ranges[i - 1]?.to);
      });
      expect(sizes[0]).toBe(RANGE);
      sizes.forEach((n, i) => {
        expect(n).toBeLessThanOrEqual(RANGE);
        if (i < sizes.length - 1) expect(n).toBeGreaterThanOrEqual(100);
        if (i > 0) expect(n).toBeLessThanOrEqual(sizes[i - 1] as number);
      });
      expect(sizes[sizes.length - 1]).toBeLessThan(RANGE);
    }
  });

  it('hands each worker ranges as it finishes them, all of one run under one run id', async () => {
    const ports = [createInProcessPort(), createInProcessPort()];
    const request = { model, samples: 4 * RANGE + 1, seed: 3 };
    await runMonteCarloSplit(
      ports.map((p) => createEngineClient(p)),
      request,
    );
    const calls = ports.flatMap((p) => p.requests).flatMap((r) => (r.method === 'monteCarloPart' ? [r.params] : []));
    expect(calls.map((c) => c.from).sort((a, b) => a - b)).toEqual(
      sampleRanges(request.samples, RANGE, 2).map((r) => r.from),
    );
    expect(new Set(calls.map((c) => c.runId)).size).toBe(1);
    expect(ports.every((p) => p.requests.some((r) => r.method === 'monteCarloPart'))).toBe(true);
  });

  it('uses one worker per core, at least one and at most four', () => {
    expect([1, 2, 3, 4, 8, 16].map((c) => monteCarloWorkerCount(c))).toEqual([1, 2, 3, 4, 4, 4]);
  });
});

describe('engine client', { timeout: 30_000 }, () => {
  it('returns a method’s result as the engine computes it', async () => {
    const [client] = clients(1);
    const scenarioId = model.scenarios[1]?.id as string;
    await expect(client?.call('sensitivity', { model, scenarioId, metric: 'npv' })).resolves.toEqual(
      runSensitivity(model, scenarioId, 'npv'),
    );
  });

  it('passes engine errors on as errors', async () => {
    const [client] = clients(1);
    await expect(client?.call('sensitivity', { model, scenarioId: 'nope', metric: 'npv' })).rejects.toThrow(
      'unknown scenario',
    );
  });

  it('cancels: pending calls reject as cancelled and the worker is stopped', async () => {
    const port = createInProcessPort();
    const client = createEngineClient(port);
    const call = client.call('monteCarloPart', { model, samples: 50, seed: 1, from: 0, to: 50 });
    client.terminate();
    const error = await call.catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(port.isTerminated()).toBe(true);
    expect(client.isAlive()).toBe(false);
  });

  it('a pool starts workers per lane on demand, reuses them, and replaces cancelled ones', () => {
    const ports: ReturnType<typeof createInProcessPort>[] = [];
    const pool = createEnginePool(() => {
      const p = createInProcessPort();
      ports.push(p);
      return p;
    });
    const first = pool.clients('monteCarlo', 2);
    expect(pool.clients('monteCarlo', 2)).toEqual(first);
    pool.clients('sensitivity', 1);
    expect(ports).toHaveLength(3);
    pool.cancel('monteCarlo');
    expect(ports.slice(0, 2).every((p) => p.isTerminated())).toBe(true);
    expect(ports[2]?.isTerminated()).toBe(false);
    pool.clients('monteCarlo', 1);
    expect(ports).toHaveLength(4);
  });
});
