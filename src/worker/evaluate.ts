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

type ScenarioResult = Evaluation['scenarios'][number];

/**
 * A heavy model's evaluation as the worker first answers it: all but the scenarios' results,
 * which the page then fetches in parts (`scenarioPart`). Receiving a whole result is one task
 * on the page — about 8 MB of small objects for the hostile chain of issue 21, a few hundred
 * milliseconds — while parts of `PART_RECORDS` records take a few milliseconds each.
 */
export type EvaluationHead = {
  evaluation: Omit<Evaluation, 'scenarios'> | null;
  errors: string[];
  /** The number of scenario results to fetch. */
  scenarios: number;
};

type PartyCase = ScenarioResult['parties'][string];

/**
 * A piece of one scenario's results, when one scenario alone is larger than a part (the
 * national model: 342 parties × the years × the categories, about 40,000 records): its head
 * (all but its years and its parties), a run of its years, or a run of its parties.
 */
export type ScenarioPiece =
  | { kind: 'head'; head: Omit<ScenarioResult, 'years' | 'parties'>; keys: string[] }
  | { kind: 'years'; years: ScenarioResult['years'] }
  | { kind: 'parties'; parties: [string, PartyCase][] };

/**
 * Whole scenario results `[from, next)`, or piece `piece` of scenario `from` (with the piece
 * to ask for next, or null after its last piece; `next` is then the scenario after it).
 */
export type ScenarioPart =
  | { scenarios: ScenarioResult[]; next: number }
  | { scenario: number; piece: ScenarioPiece; nextPiece: number | null; next: number };

/** The evaluation whose scenario results are being fetched. */
let sending: Evaluation | null = null;
/** The pieces of the scenario being sent in pieces. */
let piecing: { scenario: number; pieces: ScenarioPiece[] } | null = null;

export function evaluateInWorker(model: ModelFile): EvaluationHead {
  const state = evaluationStateOf(model, cache);
  sending = state.evaluation;
  piecing = null;
  if (state.evaluation === null) return { evaluation: null, errors: state.errors, scenarios: 0 };
  const { scenarios, ...head } = state.evaluation;
  return { evaluation: head, errors: [], scenarios: scenarios.length };
}

/** Records (per year, party and category) per part: what the page reads in a few milliseconds. */
export const PART_RECORDS = 5_000;

/**
 * The scenario results from `from` on, as many as make about `records` records (at least one);
 * a scenario larger than that goes in pieces of about `records` records (`piece` 0 first).
 */
export function scenarioPart(from: number, piece = 0, records = PART_RECORDS): ScenarioPart {
  const e = sending;
  if (e === null) throw new Error('no evaluation to send');
  const rows = e.municipalities.length + e.sharedParties.length + 1;
  const columns = e.categories.length + 2;
  const years = Math.max(1, e.years.length);
  const perScenario = years * rows * columns;
  if (perScenario <= records) {
    const to = Math.min(e.scenarios.length, from + Math.max(1, Math.floor(records / perScenario)));
    if (to >= e.scenarios.length) sending = null;
    return { scenarios: e.scenarios.slice(from, to), next: to };
  }
  if (piecing?.scenario !== from || piece === 0) {
    const scenario = e.scenarios[from];
    if (scenario === undefined) throw new Error(`no scenario ${from} to send`);
    piecing = { scenario: from, pieces: piecesOf(scenario, records, rows * columns, years * columns) };
  }
  const pieces = piecing.pieces;
  const at = pieces[piece];
  if (at === undefined) throw new Error(`no piece ${piece} of scenario ${from}`);
  const isLast = piece === pieces.length - 1;
  if (isLast) {
    piecing = null;
    if (from + 1 >= e.scenarios.length) sending = null;
  }
  return { scenario: from, piece: at, nextPiece: isLast ? null : piece + 1, next: isLast ? from + 1 : from };
}

function piecesOf(scenario: ScenarioResult, records: number, perYear: number, perParty: number): ScenarioPiece[] {
  const { years, parties, ...head } = scenario;
  const pieces: ScenarioPiece[] = [{ kind: 'head', head, keys: Object.keys(scenario) }];
  const yearsPer = Math.max(1, Math.floor(records / perYear));
  for (let i = 0; i < years.length; i += yearsPer) pieces.push({ kind: 'years', years: years.slice(i, i + yearsPer) });
  const entries = Object.entries(parties);
  const partiesPer = Math.max(1, Math.floor(records / perParty));
  for (let i = 0; i < entries.length; i += partiesPer)
    pieces.push({ kind: 'parties', parties: entries.slice(i, i + partiesPer) });
  return pieces;
}

/** A scenario's results from its pieces, in the order they were sent (its keys in the engine's order). */
export function joinPieces(pieces: readonly ScenarioPiece[]): ScenarioResult {
  let head: Extract<ScenarioPiece, { kind: 'head' }> | null = null;
  const years: ScenarioResult['years'] = [];
  const parties: [string, PartyCase][] = [];
  for (const p of pieces) {
    if (p.kind === 'head') head = p;
    else if (p.kind === 'years') years.push(...p.years);
    else parties.push(...p.parties);
  }
  if (head === null) throw new Error('a scenario without its head');
  const fields: Record<string, unknown> = { ...head.head, years, parties: Object.fromEntries(parties) };
  return Object.fromEntries(head.keys.map((k) => [k, fields[k]])) as ScenarioResult;
}
