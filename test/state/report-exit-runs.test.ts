/**
 * The exit question kept for the report (`report.exit`) answered for the report and the export
 * (state/report-exit-runs.ts): a light model's on the page at once, a heavy model's by the engine
 * worker (in-process here, its messages copied by structuredClone as postMessage copies them),
 * not yet there at first, then equal to `answerReportExit` on the page; a question that no
 * longer fits gives the same messages both ways.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerExit, type ModelFile } from '../../src/engine';
import { haarlemExitQuestion } from '../../src/examples';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { answerReportExit, reportExitOf } from '../../src/model';
import { isHeavyModel } from '../../src/model/evaluation-work';
import { ports } from '../support/engine-worker-mock';
import { heavyExample } from '../support/heavy-example';

vi.mock('../../src/worker/create-worker', async () =>
  (await import('../support/engine-worker-mock')).inProcessWorkers(1),
);

const { disposeEnginePool, reportExitStateOf } = await import('../../src/state');

const question = haarlemExitQuestion;
const kept = (q = question) => ({ report: { exit: reportExitOf(q) } });
const light = (q = question): ModelFile => ({ ...structuredClone(example as ModelFile), version: 3, ...kept(q) });
const heavy = (q = question): ModelFile => heavyExample(kept(q));
const derivedRequests = () => ports.flatMap((p) => p.requests.filter((r) => r.method === 'derived'));

/** The state once the worker has answered (or after 4 s). */
async function answered(model: ModelFile) {
  for (let i = 0; i < 400 && reportExitStateOf(model).isComputing; i += 1) await new Promise((r) => setTimeout(r, 10));
  return reportExitStateOf(model);
}

afterEach(() => {
  disposeEnginePool();
  ports.length = 0;
});

describe('the kept exit question of a light model', () => {
  it('is answered on the page at once, without a worker, the same object each time', () => {
    const model = light();
    expect(isHeavyModel(model)).toBe(false);
    const state = reportExitStateOf(model);
    expect(state.isComputing).toBe(false);
    expect(state.outcome).toEqual(answerReportExit(model));
    expect(reportExitStateOf(model).outcome).toBe(state.outcome);
    expect(ports).toHaveLength(0);
  });

  it('is nothing to compute when no question is kept', () => {
    expect(reportExitStateOf(example as ModelFile)).toEqual({ outcome: null, isComputing: false });
    expect(reportExitStateOf(heavyExample())).toEqual({ outcome: null, isComputing: false });
    expect(reportExitStateOf(null)).toEqual({ outcome: null, isComputing: false });
    expect(ports).toHaveLength(0);
  });
});

describe('the kept exit question of a heavy model', { timeout: 60_000 }, () => {
  it('is answered by the worker: not yet at first, then as the page answers it', async () => {
    const model = heavy();
    expect(isHeavyModel(model)).toBe(true);
    expect(reportExitStateOf(model)).toEqual({ outcome: null, isComputing: true });
    const state = await answered(model);
    expect(state.isComputing).toBe(false);
    const onPage = answerReportExit(model);
    expect(state.outcome).toEqual(onPage);
    // The real answer: the settlement the Uittreden screen computes for the question.
    expect(state.outcome && 'answer' in state.outcome ? state.outcome.answer.exit : null).toEqual(
      answerExit(model, question).exit,
    );
    expect(state.outcome && 'answer' in state.outcome ? state.outcome.answer.exit.total : null).toBe('19078215.27');
    // One request, of its own kind; asked again, the answer is remembered.
    expect(derivedRequests().map((r) => (r.method === 'derived' ? r.params.kind : null))).toEqual(['reportExit']);
    expect(reportExitStateOf(model).outcome).toBe(state.outcome);
    expect(derivedRequests()).toHaveLength(1);
  });

  it('that no longer fits gives the same messages as on the page, and as for a light model', async () => {
    for (const q of [
      { ...question, from: 2040 },
      { ...question, scenarioId: 'gone' },
    ]) {
      const model = heavy(q);
      const state = await answered(model);
      expect(state.isComputing).toBe(false);
      expect(state.outcome).toEqual(answerReportExit(model));
      expect(state.outcome && 'errors' in state.outcome ? state.outcome.errors : []).toEqual(
        (reportExitStateOf(light(q)).outcome as { errors: unknown }).errors,
      );
      expect(state.outcome && 'errors' in state.outcome ? state.outcome.errors.length : 0).toBeGreaterThan(0);
    }
  });
});
