/**
 * Which heavy model the engine worker evaluates, and when (the scheduling of
 * evaluation-runs.ts, kept free of the store and the worker so tests can drive it):
 *
 * - one evaluation runs at a time; a request while one runs waits, and a newer request replaces
 *   the waiting one (a newer edit supersedes an older pending evaluation, which then never runs);
 * - the running evaluation is not stopped by a newer edit (the worker's cache makes the next one
 *   cheap), and its answer is kept as that model's results — never as the newer model's;
 * - `cancel` stops the worker and drops whatever it would still answer; the model whose
 *   evaluation was cancelled is not evaluated again until `retry` (or until it is edited);
 * - a worker that fails answers with the error as the model's cannot-evaluate message.
 */
import type { ModelFile } from '../engine';
import { isCancelled } from '../worker/client';
import type { EvaluationState } from './evaluation';

/** A model to evaluate, with the id of its entry in the store. */
export type EvaluationJob = { id: string; model: ModelFile };

export type SchedulerSnapshot = {
  running: EvaluationJob | null;
  queued: EvaluationJob | null;
  cancelled: EvaluationJob | null;
};

export type SchedulerHooks = {
  /** Evaluates in the worker; rejects with a cancellation when the worker is stopped. */
  evaluate: (model: ModelFile) => Promise<EvaluationState>;
  /** Stops the worker (its pending evaluation rejects with a cancellation). */
  stop: () => void;
  /** A model's results, as the worker answered. */
  settled: (job: EvaluationJob, state: EvaluationState) => void;
  /** What runs, waits and was cancelled changed. */
  changed: (snapshot: SchedulerSnapshot) => void;
};

export type EvaluationScheduler = {
  request: (job: EvaluationJob) => void;
  cancel: () => void;
  retry: (job: EvaluationJob) => void;
  snapshot: () => SchedulerSnapshot;
};

export function createEvaluationScheduler(hooks: SchedulerHooks): EvaluationScheduler {
  let running: EvaluationJob | null = null;
  let queued: EvaluationJob | null = null;
  let cancelled: EvaluationJob | null = null;
  // Bumped by cancel: answers to evaluations started before it are dropped.
  let generation = 0;
  const snapshot = (): SchedulerSnapshot => ({ running, queued, cancelled });
  const changed = () => hooks.changed(snapshot());

  const start = (job: EvaluationJob) => {
    running = job;
    const at = generation;
    const finish = (state: EvaluationState | null) => {
      if (at !== generation) return;
      running = null;
      if (state !== null) hooks.settled(job, state);
      const next = queued;
      queued = null;
      if (next !== null) start(next);
      else changed();
    };
    let promise: Promise<EvaluationState>;
    try {
      promise = hooks.evaluate(job.model);
    } catch (e) {
      promise = Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    promise.then(
      (state) => finish(state),
      (e: unknown) => finish(isCancelled(e) ? null : { evaluation: null, errors: [errorText(e)] }),
    );
    changed();
  };

  const request = (job: EvaluationJob) => {
    if (running?.model === job.model || queued?.model === job.model) return;
    if (cancelled?.model === job.model) return;
    cancelled = null;
    if (running === null) start(job);
    else {
      queued = job;
      changed();
    }
  };

  return {
    request,
    cancel: () => {
      if (running === null && queued === null) return;
      generation += 1;
      cancelled = queued ?? running;
      running = null;
      queued = null;
      hooks.stop();
      changed();
    },
    retry: (job) => {
      if (cancelled?.model === job.model) cancelled = null;
      request(job);
    },
    snapshot,
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
