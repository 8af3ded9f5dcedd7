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
import { packScenario, type PackedScenario } from './packed-results';

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

/**
 * A heavy model's evaluation as the worker first answers it: all but the scenarios' results,
 * which the page then fetches in parts (`scenarioPart`). Receiving a whole result as objects was
 * one task on the page — about 8 MB of small objects for the hostile chain of issue 21, a few
 * hundred milliseconds. The parts carry the per-party records as JSON text (packed-results.ts),
 * which the page receives as one block of memory and parses only when a screen reads them; the
 * parts of `PART_RECORDS` records keep each answer's text, and the worker's task writing it, short.
 */
export type EvaluationHead = {
  evaluation: Omit<Evaluation, 'scenarios'> | null;
  errors: string[];
  /** The number of scenario results to fetch. */
  scenarios: number;
};

/** Scenario results with their per-party records as JSON text (packed-results.ts), from `next` on the rest. */
export type ScenarioPart = { scenarios: PackedScenario[]; next: number };

/** The evaluation whose scenario results are being fetched. */
let sending: Evaluation | null = null;

export function evaluateInWorker(model: ModelFile): EvaluationHead {
  const state = evaluationStateOf(model, cache);
  sending = state.evaluation;
  if (state.evaluation === null) return { evaluation: null, errors: state.errors, scenarios: 0 };
  const { scenarios, ...head } = state.evaluation;
  return { evaluation: head, errors: [], scenarios: scenarios.length };
}

/** Records (per year, party and category) per part: a few milliseconds of the worker's JSON writing. */
export const PART_RECORDS = 20_000;

/** The scenario results from `from` on, as many as make about `PART_RECORDS` records (at least one). */
export function scenarioPart(from: number): ScenarioPart {
  const e = sending;
  if (e === null) throw new Error('no evaluation to send');
  const perScenario =
    Math.max(1, e.years.length) * (e.municipalities.length + e.sharedParties.length + 1) * (e.categories.length + 2);
  const to = Math.min(e.scenarios.length, from + Math.max(1, Math.floor(PART_RECORDS / perScenario)));
  if (to >= e.scenarios.length) sending = null;
  return { scenarios: e.scenarios.slice(from, to).map(packScenario), next: to };
}
