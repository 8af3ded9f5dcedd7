/**
 * Issue 21 item 2 / issue 19 item 5: the scheduling of heavy models' evaluations in the
 * worker — one at a time, a newer edit supersedes a waiting one, a running one's answer is kept
 * for its own model only, cancel stops the worker and drops its answer, a worker failure is the
 * model's cannot-evaluate message. The worker is a stand-in whose answers the test releases.
 */
import { describe, expect, it } from 'vitest';
import type { Evaluation, ModelFile } from '../../src/engine';
import { cancelledError } from '../../src/worker/client';
import {
  createEvaluationScheduler,
  type EvaluationJob,
  type SchedulerSnapshot,
} from '../../src/state/evaluation-scheduler';
import type { EvaluationState } from '../../src/state/evaluation';

type Call = { model: ModelFile; resolve: (s: EvaluationState) => void; reject: (e: Error) => void };

function harness() {
  const calls: Call[] = [];
  const settled: { job: EvaluationJob; state: EvaluationState }[] = [];
  const snapshots: SchedulerSnapshot[] = [];
  let stops = 0;
  const scheduler = createEvaluationScheduler({
    evaluate: (model) =>
      new Promise<EvaluationState>((resolve, reject) => {
        calls.push({ model, resolve, reject });
      }),
    stop: () => {
      stops += 1;
      // As the engine client does: a stopped worker rejects what is pending with a cancellation.
      for (const c of calls) c.reject(cancelledError());
    },
    settled: (job, state) => settled.push({ job, state }),
    changed: (s) => snapshots.push(s),
  });
  return { scheduler, calls, settled, snapshots, stops: () => stops };
}

const model = (title: string) => ({ meta: { title } }) as unknown as ModelFile;
const job = (m: ModelFile): EvaluationJob => ({ id: 'm1', model: m });
const answer = (title: string): EvaluationState => ({
  evaluation: { baselineId: title } as unknown as Evaluation,
  errors: [],
});
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('evaluation scheduler', () => {
  it('evaluates one model at a time and keeps its answer for that model', async () => {
    const h = harness();
    const a = model('a');
    h.scheduler.request(job(a));
    h.scheduler.request(job(a));
    expect(h.calls.map((c) => c.model)).toEqual([a]);
    expect(h.scheduler.snapshot().running?.model).toBe(a);
    h.calls[0]?.resolve(answer('a'));
    await tick();
    expect(h.settled).toEqual([{ job: job(a), state: answer('a') }]);
    expect(h.scheduler.snapshot()).toEqual({ running: null, queued: null, cancelled: null });
  });

  it('lets a newer edit supersede a waiting evaluation, which never runs', async () => {
    const h = harness();
    const [a, b, c] = [model('a'), model('b'), model('c')];
    h.scheduler.request(job(a));
    h.scheduler.request(job(b));
    h.scheduler.request(job(c));
    expect(h.scheduler.snapshot().queued?.model).toBe(c);
    h.calls[0]?.resolve(answer('a'));
    await tick();
    // a's answer belongs to a only; then c runs, b never does.
    expect(h.settled.map((s) => s.job.model)).toEqual([a]);
    expect(h.calls.map((x) => x.model)).toEqual([a, c]);
    h.calls[1]?.resolve(answer('c'));
    await tick();
    expect(h.settled.map((s) => [s.job.model, s.state])).toEqual([
      [a, answer('a')],
      [c, answer('c')],
    ]);
  });

  it('on cancel stops the worker, drops its answer and does not evaluate the model again until retried', async () => {
    const h = harness();
    const a = model('a');
    h.scheduler.request(job(a));
    h.scheduler.cancel();
    expect(h.stops()).toBe(1);
    expect(h.scheduler.snapshot()).toEqual({ running: null, queued: null, cancelled: job(a) });
    // A late answer of the stopped worker is dropped.
    h.calls[0]?.resolve(answer('late'));
    await tick();
    expect(h.settled).toEqual([]);
    h.scheduler.request(job(a));
    expect(h.calls).toHaveLength(1);
    h.scheduler.retry(job(a));
    expect(h.calls).toHaveLength(2);
    h.calls[1]?.resolve(answer('a'));
    await tick();
    expect(h.settled).toEqual([{ job: job(a), state: answer('a') }]);
    expect(h.scheduler.snapshot().cancelled).toBeNull();
  });

  it('cancels the waiting edit too, and evaluates a later edit without a retry', async () => {
    const h = harness();
    const [a, b, c] = [model('a'), model('b'), model('c')];
    h.scheduler.request(job(a));
    h.scheduler.request(job(b));
    h.scheduler.cancel();
    expect(h.scheduler.snapshot().cancelled?.model).toBe(b);
    await tick();
    h.scheduler.request(job(c));
    expect(h.calls.map((x) => x.model)).toEqual([a, c]);
    expect(h.scheduler.snapshot().cancelled).toBeNull();
  });

  it("answers a worker's failure as the model's cannot-evaluate message", async () => {
    const h = harness();
    const a = model('a');
    h.scheduler.request(job(a));
    h.calls[0]?.reject(new Error('the engine worker failed'));
    await tick();
    expect(h.settled).toEqual([{ job: job(a), state: { evaluation: null, errors: ['the engine worker failed'] } }]);
  });
});
