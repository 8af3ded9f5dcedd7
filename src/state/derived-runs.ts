/**
 * The results screens' derived figures (results-derived.ts, results-v3.ts) of a heavy model
 * come from the engine worker (worker/derived.ts): each is a few evaluations of the model. Until
 * the worker answers, a hook gets the figure as not there yet (value and error null) and the
 * screen shows nothing for it; the answer is memoised per model object and key, and
 * `derivedAnswers` in the store makes the hooks render it. A light model's figures are computed
 * on the page, as before.
 */
import type { ModelFile } from '../engine';
import { isCancelled } from '../worker/client';
import type { DerivedRequest } from '../worker/derived';
import { isEvaluatedInWorker } from './evaluation-runs';
import type { Derived } from './results-derived';
import { appStore, useAppStore } from './store';
import { enginePool } from './uncertainty-workers';

const NOT_YET = { value: null, error: null } as const;

const answers = new WeakMap<ModelFile, Map<string, Derived<unknown>>>();
const asked = new WeakMap<ModelFile, Set<string>>();

function ask(model: ModelFile, key: string, request: DerivedRequest): void {
  let keys = asked.get(model);
  if (keys === undefined) {
    keys = new Set();
    asked.set(model, keys);
  }
  if (keys.has(key)) return;
  keys.add(key);
  const [client] = enginePool().clients('evaluation', 1);
  if (client === undefined) return;
  client.call('derived', request).then(
    (answer) => settle(model, key, answer as Derived<unknown>),
    (e: unknown) => {
      // Cancelled with the evaluation: asked again when shown again.
      if (isCancelled(e)) keys.delete(key);
      else settle(model, key, { value: null, error: e instanceof Error ? e.message : String(e) });
    },
  );
}

function settle(model: ModelFile, key: string, answer: Derived<unknown>): void {
  let perModel = answers.get(model);
  if (perModel === undefined) {
    perModel = new Map();
    answers.set(model, perModel);
  }
  perModel.set(key, answer);
  const { evaluationRun, setEvaluationRun } = appStore.getState();
  setEvaluationRun({ derivedAnswers: evaluationRun.derivedAnswers + 1 });
}

/**
 * A derived figure of `model`: computed on the page (`onPage`) for a light model; for a heavy
 * one the worker's answer, asked for on first use (value and error null until then).
 */
export function derivedOf<T>(
  model: ModelFile,
  key: string,
  request: DerivedRequest,
  onPage: () => Derived<T>,
): Derived<T> | typeof NOT_YET {
  if (!isEvaluatedInWorker(model)) return onPage();
  const answer = answers.get(model)?.get(key);
  if (answer !== undefined) return answer as Derived<T>;
  ask(model, key, request);
  return NOT_YET;
}

/** Subscribes a hook to the worker's derived answers. */
export function useDerivedAnswers(): number {
  return useAppStore((s) => s.evaluationRun.derivedAnswers);
}
