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
 * which the page then fetches in `parts` parts (`evaluationPart`, all asked for at once, so the
 * worker sends them one after the other without waiting for the page). Receiving a whole result
 * is one task on the page — about 8 MB of small objects for the hostile chain of issue 21, a few
 * hundred milliseconds — while parts of about `PART_RECORDS` records take a few milliseconds
 * each, short enough that a keystroke between them does not wait.
 */
export type EvaluationHead = {
  evaluation: Omit<Evaluation, 'scenarios'> | null;
  errors: string[];
  /** The number of parts of the scenarios' results to fetch. */
  parts: number;
};

type PartyCase = ScenarioResult['parties'][string];

/**
 * A part of the scenarios' results: whole scenarios, or a piece of one scenario larger than a
 * part (the national model: 342 parties × the years × the categories, about 40,000 records):
 * its head (all but its years and its parties, with the order of its keys), a run of its years,
 * or a run of its parties.
 */
export type ScenarioPart =
  | { kind: 'scenarios'; scenarios: ScenarioResult[] }
  | { kind: 'head'; head: Omit<ScenarioResult, 'years' | 'parties'>; keys: string[] }
  | { kind: 'years'; years: ScenarioResult['years'] }
  | { kind: 'parties'; parties: [string, PartyCase][] };

/** The parts of the evaluation being fetched (built when it is computed; they share its objects). */
let sending: ScenarioPart[] = [];

export function evaluateInWorker(model: ModelFile, records = PART_RECORDS): EvaluationHead {
  const state = evaluationStateOf(model, cache);
  if (state.evaluation === null) {
    sending = [];
    return { evaluation: null, errors: state.errors, parts: 0 };
  }
  const { scenarios: _scenarios, ...head } = state.evaluation;
  sending = partsOf(state.evaluation, records);
  return { evaluation: head, errors: [], parts: sending.length };
}

/** Records (per year, party and category) per part: what the page reads in a few milliseconds. */
export const PART_RECORDS = 5_000;

/** Part `index` of the last evaluation's scenario results. */
export function scenarioPart(index: number): ScenarioPart {
  const part = sending[index];
  if (part === undefined) throw new Error(`no part ${index} to send`);
  // The page asks for every part in order; after the last, the results are not kept here.
  if (index === sending.length - 1) sending = [];
  return part;
}

/** An evaluation's scenario results in parts of about `records` records (whole scenarios when they fit). */
export function partsOf(e: Evaluation, records: number): ScenarioPart[] {
  const rows = e.municipalities.length + e.sharedParties.length + 1;
  const columns = e.categories.length + 2;
  const years = Math.max(1, e.years.length);
  const perScenario = years * rows * columns;
  const parts: ScenarioPart[] = [];
  if (perScenario <= records) {
    const per = Math.max(1, Math.floor(records / perScenario));
    for (let i = 0; i < e.scenarios.length; i += per)
      parts.push({ kind: 'scenarios', scenarios: e.scenarios.slice(i, i + per) });
    return parts;
  }
  const yearsPer = Math.max(1, Math.floor(records / (rows * columns)));
  const partiesPer = Math.max(1, Math.floor(records / (years * columns)));
  for (const scenario of e.scenarios) {
    const { years: figures, parties, ...head } = scenario;
    parts.push({ kind: 'head', head, keys: Object.keys(scenario) });
    for (let i = 0; i < figures.length; i += yearsPer)
      parts.push({ kind: 'years', years: figures.slice(i, i + yearsPer) });
    const entries = Object.entries(parties);
    for (let i = 0; i < entries.length; i += partiesPer)
      parts.push({ kind: 'parties', parties: entries.slice(i, i + partiesPer) });
  }
  return parts;
}

/** The scenario results from their parts, in order (a scenario's keys in the engine's order). */
export function joinParts(parts: readonly ScenarioPart[]): ScenarioResult[] {
  const out: ScenarioResult[] = [];
  let open: {
    head: Extract<ScenarioPart, { kind: 'head' }>;
    years: ScenarioResult['years'];
    parties: [string, PartyCase][];
  } | null = null;
  const close = () => {
    if (open === null) return;
    const fields: Record<string, unknown> = {
      ...open.head.head,
      years: open.years,
      parties: Object.fromEntries(open.parties),
    };
    out.push(Object.fromEntries(open.head.keys.map((k) => [k, fields[k]])) as ScenarioResult);
    open = null;
  };
  for (const p of parts) {
    if (p.kind === 'scenarios') {
      close();
      out.push(...p.scenarios);
    } else if (p.kind === 'head') {
      close();
      open = { head: p, years: [], parties: [] };
    } else if (open === null) throw new Error('a piece of a scenario without its head');
    else if (p.kind === 'years') open.years.push(...p.years);
    else open.parties.push(...p.parties);
  }
  close();
  return out;
}
