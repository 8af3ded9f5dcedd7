/**
 * The Monte Carlo workers' warm-up: each worker samples the open model in the background, in
 * chunks of one sampling plan, until it has sampled enough (in warm-up or in runs); a run stops
 * it, and it goes on after a run too short to warm the workers. Workers run in-process here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelFile } from '../../src/engine';
import { ports } from '../support/engine-worker-mock';
import type { InProcessPort } from '../support/in-process-worker';
import { withRanges } from '../support/uncertain-models';
import fixture from './fixtures/two-municipalities.json';

vi.mock('../../src/worker/create-worker', async () =>
  (await import('../support/engine-worker-mock')).inProcessWorkers(2),
);

const { appStore, disposeEnginePool, startMonteCarlo, warmMonteCarloWorkers } = await import('../../src/state');

const model = withRanges(fixture as ModelFile);
const parts = (port: InProcessPort) => port.requests.flatMap((r) => (r.method === 'monteCarloPart' ? [r.params] : []));
const sampledIn = (port: InProcessPort) => parts(port).reduce((n, p) => n + (p.to - p.from), 0);
const idle = async () => {
  // Until no warm-up call is pending: the in-process workers answer on later tasks.
  let before = -1;
  while (before !== ports.reduce((n, p) => n + p.requests.length, 0)) {
    before = ports.reduce((n, p) => n + p.requests.length, 0);
    await new Promise((r) => setTimeout(r, 50));
  }
};

afterEach(() => {
  disposeEnginePool();
  ports.length = 0;
  appStore.setState({ monteCarlo: { status: 'idle' } });
});

describe('Monte Carlo warm-up', { timeout: 60_000 }, () => {
  it('samples the model on every worker, in chunks of one plan, until 2,000 samples, and then stops', async () => {
    warmMonteCarloWorkers(model);
    await idle();
    expect(ports).toHaveLength(2);
    for (const port of ports) {
      expect(sampledIn(port)).toBe(2000);
      expect(new Set(parts(port).map((p) => p.runId)).size).toBe(1);
    }
    warmMonteCarloWorkers(model);
    await idle();
    expect(ports.map(sampledIn)).toEqual([2000, 2000]);
  });

  it('does not sample a model without ranges', async () => {
    warmMonteCarloWorkers(fixture as ModelFile);
    await idle();
    expect(ports.map(sampledIn).every((n) => n === 0)).toBe(true);
  });

  it('counts a run’s samples, and goes on after a run too short to warm the workers', async () => {
    warmMonteCarloWorkers(model);
    const run = startMonteCarlo({ modelId: 'm', model, samples: 600, seed: 1 });
    expect(appStore.getState().monteCarlo.status).toBe('running');
    await run;
    expect(appStore.getState().monteCarlo.status).toBe('done');
    await idle();
    // The run's own samples count: each worker ends at 2,000 samples or just past it, not 2,000 more.
    for (const port of ports) {
      const warm = parts(port).filter((p) => p.runId?.startsWith('warm-up'));
      expect(warm.length).toBeGreaterThan(0);
      expect(sampledIn(port)).toBeGreaterThanOrEqual(2000);
      expect(sampledIn(port)).toBeLessThan(2000 + 600 + 250);
    }
  });
});
