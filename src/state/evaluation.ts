/**
 * Results of a model, memoised per model object: models are immutable, so an unchanged model is
 * never evaluated twice (the hook for the active model is `useEvaluationState` in selectors.ts).
 * One evaluation cache lives beside the store so that lines an edit did not touch are not
 * computed again.
 */
import { createEvaluationCache, evaluateModel, isModelError, type Evaluation, type ModelFile } from '../engine';
import { formatValidationError, validateModel } from '../engine';

export type EvaluationState = { evaluation: Evaluation | null; errors: string[] };

const memo = new WeakMap<ModelFile, EvaluationState>();
const cache = createEvaluationCache();
export const NO_EVALUATION: EvaluationState = { evaluation: null, errors: [] };

export function evaluationOf(model: ModelFile): EvaluationState {
  const hit = memo.get(model);
  if (hit) return hit;
  const state = compute(model);
  memo.set(model, state);
  return state;
}

function compute(model: ModelFile): EvaluationState {
  const invalid = validateModel(model);
  if (invalid.length > 0) return { evaluation: null, errors: invalid.map(formatValidationError) };
  try {
    return { evaluation: evaluateModel(model, { cache, isValidated: true }), errors: [] };
  } catch (e) {
    if (isModelError(e)) return { evaluation: null, errors: e.errors.map(formatValidationError) };
    return { evaluation: null, errors: [e instanceof Error ? e.message : String(e)] };
  }
}
