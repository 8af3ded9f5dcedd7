/**
 * Results of a model, memoised per model object: models are immutable, so an unchanged model is
 * never evaluated twice (the hook for the active model is `useEvaluationState` in selectors.ts).
 * One evaluation cache lives beside the store so that lines an edit did not touch are not
 * computed again.
 *
 * `evaluationOf` evaluates on the page, at once. A heavy model (model/evaluation-work.ts) is
 * evaluated in the engine worker instead (evaluation-runs.ts); its answer is put in the same
 * memo with `rememberEvaluation`, and `knownEvaluation` reads it without evaluating.
 */
import { createEvaluationCache, type ModelFile } from '../engine';
import { evaluationStateOf, type EvaluationState } from '../worker/evaluate';

export type { EvaluationState };

const memo = new WeakMap<ModelFile, EvaluationState>();
const cache = createEvaluationCache();
export const NO_EVALUATION: EvaluationState = { evaluation: null, errors: [] };

export function evaluationOf(model: ModelFile): EvaluationState {
  const hit = memo.get(model);
  if (hit) return hit;
  const state = evaluationStateOf(model, cache);
  memo.set(model, state);
  return state;
}

/** The model's results when they are known (evaluated on the page or answered by the worker). */
export function knownEvaluation(model: ModelFile): EvaluationState | undefined {
  return memo.get(model);
}

export function rememberEvaluation(model: ModelFile, state: EvaluationState): void {
  memo.set(model, state);
}
