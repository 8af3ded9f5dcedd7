/**
 * The active model's results as the screens see them (`useEvaluationState`). A light model is
 * evaluated on the page at once (evaluation.ts), as it always was; a heavy one
 * (model/evaluation-work.ts) in the engine worker, one evaluation at a time
 * (evaluation-scheduler.ts). While the worker computes, the screens show the last results of
 * the model, marked as not current (`status: 'pending'`), or none yet; the shell shows the
 * progress with a Cancel button (app/evaluation-status.tsx). A cancelled evaluation leaves the
 * model as it is and its results marked as not current (`status: 'cancelled'`) until the user
 * asks again or edits the model.
 */
import { useEffect } from 'react';
import type { Evaluation, ModelFile } from '../engine';
import { isHeavyModel } from '../model/evaluation-work';
import { evaluationOf, knownEvaluation, NO_EVALUATION, rememberEvaluation, type EvaluationState } from './evaluation';
import type { EvaluationRun } from './evaluation-slice';
import { createEvaluationScheduler, type EvaluationJob, type EvaluationScheduler } from './evaluation-scheduler';
import { appStore, useAppStore } from './store';
import type { AppState } from './types';
import { enginePool } from './uncertainty-workers';
import { unpackScenario } from '../worker/packed-results';

/** 'current': the model's own results; 'pending': being computed in the worker; 'cancelled': computing was cancelled. */
export type EvaluationStatus = 'current' | 'pending' | 'cancelled';

/** The results shown: while not current, the last results of an earlier version of the model, or none. */
export type EvaluationView = EvaluationState & { status: EvaluationStatus };

const heavy = new WeakMap<ModelFile, boolean>();

/** Whether the model is evaluated in the worker (memoised per model object). */
export function isEvaluatedInWorker(model: ModelFile): boolean {
  let hit = heavy.get(model);
  if (hit === undefined) {
    hit = isHeavyModel(model);
    heavy.set(model, hit);
  }
  return hit;
}

const views = new WeakMap<ModelFile, EvaluationView>();

/** One view object per (model, status, results shown), so that the screens' memos keep hitting. */
function viewOf(model: ModelFile, state: EvaluationState, status: EvaluationStatus): EvaluationView {
  const hit = views.get(model);
  if (hit && hit.status === status && hit.evaluation === state.evaluation && hit.errors === state.errors) return hit;
  const view = { ...state, status };
  views.set(model, view);
  return view;
}

/** Per model id, the latest version evaluated on the page (light); the worker's go in the store. */
const latestOnPage = new Map<string, ModelFile>();

export const NO_VIEW: EvaluationView = { ...NO_EVALUATION, status: 'current' };

/** The results of model `model` (entry `id`) as shown now; evaluates a light model at once. */
export function evaluationView(id: string, model: ModelFile, run: EvaluationRun): EvaluationView {
  if (!isEvaluatedInWorker(model)) {
    // Remembered, so that an edit that makes the model heavy shows these results meanwhile.
    latestOnPage.set(id, model);
    return viewOf(model, evaluationOf(model), 'current');
  }
  const known = knownEvaluation(model);
  if (known) return viewOf(model, known, 'current');
  const last = run.latest[id] ?? latestOnPage.get(id);
  const lastState = last ? knownEvaluation(last) : undefined;
  // Only results are carried over: an earlier version's errors would say nothing about this one.
  const shown: EvaluationState = lastState?.evaluation
    ? { evaluation: lastState.evaluation, errors: [] }
    : NO_EVALUATION;
  return viewOf(model, shown, run.cancelled === model ? 'cancelled' : 'pending');
}

/**
 * Evaluates in the worker: first everything but the scenarios' results, then those in parts, so
 * that receiving a large result is many short tasks on the page instead of one long one.
 */
async function evaluateInWorker(model: ModelFile): Promise<EvaluationState> {
  const [client] = enginePool().clients('evaluation', 1);
  if (client === undefined) throw new Error('no engine worker');
  const head = await client.call('evaluate', { model });
  if (head.evaluation === null) return { evaluation: null, errors: head.errors };
  const scenarios: Evaluation['scenarios'] = [];
  for (let from = 0; from < head.scenarios;) {
    const part = await client.call('evaluationPart', { from });
    for (const packed of part.scenarios) scenarios.push(unpackScenario(packed));
    from = Math.max(part.next, from + 1);
  }
  return { evaluation: { ...head.evaluation, scenarios }, errors: [] };
}

let scheduler: EvaluationScheduler | null = null;

/** The page's scheduler, bound to the app store and the engine pool's evaluation lane. */
function pageScheduler(): EvaluationScheduler {
  scheduler ??= createEvaluationScheduler({
    evaluate: evaluateInWorker,
    stop: () => enginePool().cancel('evaluation'),
    settled: (job, state) => {
      rememberEvaluation(job.model, state);
      latestOnPage.delete(job.id);
      const { evaluationRun, setEvaluationRun } = appStore.getState();
      setEvaluationRun({ latest: { ...evaluationRun.latest, [job.id]: job.model } });
    },
    changed: ({ running, queued, cancelled }) =>
      appStore.getState().setEvaluationRun({
        running: running?.model ?? null,
        queued: queued?.model ?? null,
        cancelled: cancelled?.model ?? null,
      }),
  });
  return scheduler;
}

export function requestEvaluation(job: EvaluationJob): void {
  pageScheduler().request(job);
}

/** Stops the worker's evaluation; the model stays as it is, its results marked as not current. */
export function cancelEvaluation(): void {
  pageScheduler().cancel();
}

/** Evaluates a model whose evaluation was cancelled after all. */
export function retryEvaluation(job: EvaluationJob): void {
  pageScheduler().retry(job);
}

/**
 * Runs `f` after the next frame is painted (a task queued from an animation frame); at once where
 * the page has no frames to wait for (no requestIdleCallback: tests' DOMs). Returns a cancel.
 */
function afterPaint(f: () => void): () => void {
  if (typeof requestIdleCallback !== 'function' || typeof requestAnimationFrame !== 'function') {
    f();
    return () => {};
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(f, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

const selectRun = (s: AppState) => s.evaluationRun;
const selectId = (s: AppState) => s.activeModelId;
const selectModel = (s: AppState) => (s.activeModelId ? (s.models[s.activeModelId]?.model ?? null) : null);

/**
 * The results of the active model: a light model's at once, a heavy model's from the worker
 * (asked for here, once per model version) with the last results meanwhile.
 */
export function useEvaluationState(): EvaluationView {
  const id = useAppStore(selectId);
  const model = useAppStore(selectModel);
  const run = useAppStore(selectRun);
  const view = id !== null && model !== null ? evaluationView(id, model, run) : NO_VIEW;
  const isToAsk = view.status === 'pending' && model !== run.running && model !== run.queued;
  useEffect(() => {
    if (!isToAsk || id === null || model === null) return;
    // Asked after the frame that shows the edit: handing the model to the worker (a copy of it)
    // and the progress notice are no part of the keystroke's frame (issue 19 item 5).
    return afterPaint(() => requestEvaluation({ id, model }));
  }, [isToAsk, id, model]);
  return view;
}

/** The scheduler's id of a model's what-if layer: its own line of latest results, apart from the model's. */
const whatIfId = (id: string): string => `${id}\u0000what-if`;

/**
 * The results of a heavy model's what-if layer (the workshop's sliders): from the worker, as the
 * model's own are — asked for after the frame, one evaluation at a time with the others, a
 * newer layer superseding a waiting one — so that a slider never waits for an evaluation of
 * the national model on the page. The layer is asked for once the model's own results
 * (`fallback`) are current, so that the two never supersede each other in the queue. Until the
 * layer's first answer it shows `fallback` (the figures stay as they were, as the other screens
 * show the last results while a newer version computes). Null for a light model: its layer is
 * evaluated on the page at once (a few milliseconds).
 */
export function useWhatIfEvaluation(
  id: string | null,
  model: ModelFile | null,
  whatIf: ModelFile | null,
  fallback: EvaluationView,
): EvaluationState | null {
  const run = useAppStore(selectRun);
  const isHeavy = id !== null && model !== null && whatIf !== null && isEvaluatedInWorker(model);
  const key = id === null ? '' : whatIfId(id);
  const view = isHeavy && whatIf !== null ? evaluationView(key, whatIf, run) : null;
  // Asked once the model's own results are current: the two never supersede each other in the queue.
  const isToAsk =
    view !== null &&
    view.status === 'pending' &&
    fallback.status !== 'pending' &&
    whatIf !== run.running &&
    whatIf !== run.queued;
  useEffect(() => {
    if (!isToAsk || whatIf === null) return;
    return afterPaint(() => requestEvaluation({ id: key, model: whatIf }));
  }, [isToAsk, key, whatIf]);
  if (view === null) return null;
  return view.evaluation === null && view.errors.length === 0 ? fallback : view;
}

/** For the shell's progress notice: the active model's status and the actions on it. */
export function useEvaluationProgress(): {
  status: EvaluationStatus;
  hasResults: boolean;
  cancel: () => void;
  retry: () => void;
} {
  const id = useAppStore(selectId);
  const model = useAppStore(selectModel);
  const view = useEvaluationState();
  return {
    status: view.status,
    hasResults: view.evaluation !== null,
    cancel: cancelEvaluation,
    retry: () => {
      if (id !== null && model !== null) retryEvaluation({ id, model });
    },
  };
}
