/**
 * The results of a model as the screens take them: validated first (refused with the
 * validation's messages), then evaluated. The page runs this for a light model and the engine
 * worker for a heavy one (state/evaluation.ts), so both give the same results and the same
 * messages. The answer is plain data: the Evaluation's lazily built records are enumerable
 * accessors, which `postMessage`'s structured clone reads (builds) in the worker.
 */
import {
  createEvaluationCache,
  evaluateModel,
  formatValidationError,
  isModelError,
  validateModel,
  type Evaluation,
  type ModelFile,
} from '../engine';

type EvaluationCache = ReturnType<typeof createEvaluationCache>;

export type EvaluationState = { evaluation: Evaluation | null; errors: string[] };

export function evaluationStateOf(model: ModelFile, cache: EvaluationCache): EvaluationState {
  const invalid = validateModel(model);
  if (invalid.length > 0) return { evaluation: null, errors: invalid.map(formatValidationError) };
  try {
    return { evaluation: evaluateModel(model, { cache, isValidated: true }), errors: [] };
  } catch (e) {
    if (isModelError(e)) return { evaluation: null, errors: e.errors.map(formatValidationError) };
    return { evaluation: null, errors: [e instanceof Error ? e.message : String(e)] };
  }
}

/**
 * The worker's one evaluation cache: the models it is sent are the successive edits of the
 * open model, so an edit recomputes only the lines it touched, as on the page.
 */
const cache = createEvaluationCache();

/** The worker's cache, for the derived figures computed beside the evaluation (derived.ts). */
export const workerCache = (): EvaluationCache => cache;

export function evaluateInWorker(model: ModelFile): EvaluationState {
  return evaluationStateOf(model, cache);
}
