/**
 * The exit runs (state/exit-runs.ts) with in-process workers: one run at a time — a new question
 * stops the one in progress of its kind, a run of the other kind waits for it, whose late answer never overwrites a newer run of the same
 * question; results are keyed by the model parts an answer reads, so an edit of the title or the
 * report keeps them and an edit of an input does not.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exitSweep, type ExitQuestion, type ModelFile } from '../../src/engine';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { appStore, cancelExitRun, disposeEnginePool, startExitMethods, startExitSweep } from '../../src/state';
import { exitContentKey } from '../../src/state/exit-runs';

vi.mock('../../src/worker/create-worker', async (original) =>
  (await import('../support/ui-mocks')).workerModuleMock(original),
);

const model = example as ModelFile;
const q: ExitQuestion = {
  scenarioId: 's2',
  party: 'haarlemmermeer',
  shared: 'ictc',
  from: 2019,
  settlement: { method: 'tapered' },
};
const runs = () => Object.entries(appStore.getState().exitRuns);
const settled = () =>
  vi.waitFor(() => expect(runs().every(([, r]) => r.status !== 'running')).toBe(true), { timeout: 30_000 });

beforeEach(() => appStore.setState({ exitRuns: {} }));
afterEach(() => disposeEnginePool());

describe('exit runs', { timeout: 60_000 }, () => {
  it('stops the run in progress when another question is asked', async () => {
    startExitSweep(model, q);
    startExitSweep(model, { ...q, booking: 'asPaid' });
    await settled();
    expect(runs()).toHaveLength(2);
    expect(runs().find(([k]) => !k.includes('"asPaid"'))?.[1].status).toBe('cancelled');
    const done = runs().filter(([, r]) => r.status === 'done');
    expect(done).toHaveLength(1);
    expect(done[0]?.[0]).toContain('"asPaid"');
    expect((done[0]?.[1] as { result: unknown }).result).toEqual(exitSweep(model, { ...q, booking: 'asPaid' }));
  });

  it('keeps a restarted run of the same question: the stopped one’s answer does not overwrite it', async () => {
    const seen: string[] = [];
    const stop = appStore.subscribe((s) => {
      const status = Object.values(s.exitRuns)[0]?.status;
      if (status && status !== seen.at(-1)) seen.push(status);
    });
    startExitSweep(model, q);
    startExitSweep(model, q, { isForced: true });
    await settled();
    stop();
    expect(runs()).toHaveLength(1);
    // Never shown as stopped: the first run's cancellation is dropped.
    expect(seen).toEqual(['running', 'done']);
  });

  it('lets the methods wait for a running sweep instead of stopping it: both answer', async () => {
    startExitSweep(model, q);
    startExitMethods(model, q, '1000000');
    await settled();
    expect(runs()).toHaveLength(2);
    expect(runs().map(([, r]) => r.status)).toEqual(['done', 'done']);
    const sweep = runs().find(([k]) => k.startsWith('sweep|'))?.[1] as { result: unknown };
    expect(sweep.result).toEqual(exitSweep(model, q));
  });

  it('stops a waiting sweep before it starts, and leaves the methods running', async () => {
    startExitMethods(model, q, '1000000');
    startExitSweep(model, q);
    cancelExitRun('sweep');
    await settled();
    const byKind = Object.fromEntries(runs().map(([k, r]) => [k.split('|')[0], r.status]));
    expect(byKind).toEqual({ methods: 'done', sweep: 'cancelled' });
  });

  it('keys results by the parts of the model an answer reads', () => {
    const base = exitContentKey(model);
    expect(exitContentKey({ ...model, meta: { title: 'Anders' }, version: 3, report: {} })).toBe(base);
    expect(exitContentKey({ ...model, horizon: { ...model.horizon, extrapolateTo: 2024 } })).not.toBe(base);
    expect(exitContentKey({ ...model, parties: [...model.parties] })).not.toBe(base);
  });
});
