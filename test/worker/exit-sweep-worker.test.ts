/**
 * The exit sweep and the methods side by side in the engine worker (issue 15): the worker's
 * answers are the engine's, as plain data (money as decimal strings), with progress per year
 * computed; cancelling rejects at once.
 */
import { describe, expect, it } from 'vitest';
import { compareExitMethods, exitSweep, type ExitQuestion, type ModelFile } from '../../src/engine';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { createEngineClient, isCancelled } from '../../src/worker/client';
import { createInProcessPort } from '../support/in-process-worker';
import { haarlemExitQuestion } from '../../src/examples';

const model = example as ModelFile;
const question: ExitQuestion = haarlemExitQuestion;

describe('exit runs in the engine worker', { timeout: 60_000 }, () => {
  it('sweeps every year of leaving as the engine does, reporting each year computed', async () => {
    const client = createEngineClient(createInProcessPort());
    const seen: [number, number][] = [];
    const rows = await client.call('exitSweep', { model, question }, { onProgress: (d, t) => seen.push([d, t]) });
    const direct = exitSweep(model, question);
    expect(rows).toEqual(direct);
    // 2014 (second year, one year of notice) to 2025 (the last computed year).
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 12 }, (_, i) => 2014 + i));
    for (const r of rows) {
      expect(r.exitTotal).toMatch(/^-?\d+\.\d{2}$/);
      expect(r.leaverNet).toMatch(/^-?\d+\.\d{2}$/);
    }
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => [i + 1, 12]));
  });

  it('puts the methods side by side as the engine does', async () => {
    const client = createEngineClient(createInProcessPort());
    const rows = await client.call('exitMethods', { model, question, fixedAmount: '1000000' });
    expect(rows).toEqual(compareExitMethods(model, question, '1000000'));
    expect(rows.map((r) => r.method)).toEqual(['tapered', 'directDamage', 'fixed', 'none']);
    expect(rows.find((r) => r.method === 'fixed')?.exit.total).toBe('1000000.00');
  });

  it('rejects a sweep in progress with a cancellation when the worker is stopped', async () => {
    const port = createInProcessPort();
    const client = createEngineClient(port);
    const call = client.call('exitSweep', { model, question });
    client.terminate();
    await expect(call).rejects.toSatisfy(isCancelled);
    expect(port.isTerminated()).toBe(true);
  });
});
