/**
 * The exit question kept for the report (`report.exit`, docs/model-v3.md "Report choices")
 * answered: one evaluation of the question's copy of the model (exit-question.ts). Here, in the
 * engine, so that the page (a light model) and the engine worker (a heavy one, worker/derived.ts)
 * answer it with the same code. Its references (scenario, parties, years) are checked when it
 * is answered: a question that no longer fits gives its messages, with the exit variant's paths
 * named as `report.exit.leave…`.
 *
 * The answer is plain data and small — the settlement, the leaver's two results and each
 * remaining member's change — without the two evaluated scenarios of `ExitAnswer` (a heavy
 * model's would be megabytes to copy from the worker, and nothing that shows the kept question
 * reads them).
 */
import type { EvaluationCache } from '../calc';
import { isModelError, type ModelFile, type ReportExitQuestion, type ValidationError } from '../model';
import { answerExit, exitQuestionModel, type ExitAnswer, type ExitQuestion } from './exit-question';

/** The question a stored one asks. */
export function questionOfReportExit(r: ReportExitQuestion): ExitQuestion {
  const { op: _op, enabled: _enabled, note: _note, ...rest } = r.leave;
  void _op;
  void _enabled;
  void _note;
  return { ...rest, scenarioId: r.scenario };
}

/** The errors of answering `q`, with the exit variant's paths named as `report.exit.leave…`. */
export function reportExitErrors(model: ModelFile, q: ExitQuestion, errors: ValidationError[]): ValidationError[] {
  const index = exitQuestionModel(model, q).scenarios.length - 1;
  const prefix = `scenarios[${index}].changes[0]`;
  return errors.map((e) =>
    e.path.startsWith(prefix) ? { ...e, path: `report.exit.leave${e.path.slice(prefix.length)}` } : e,
  );
}

/** The answer to the kept question: an `ExitAnswer` without its evaluated scenarios. */
export type ReportExitAnswer = Omit<ExitAnswer, 'variant' | 'staying'>;

export type ReportExitOutcome =
  { question: ExitQuestion; answer: ReportExitAnswer } | { question: ExitQuestion | null; errors: ValidationError[] };

/**
 * The stored question answered, or why it cannot be (its scenario is gone, a year outside the
 * horizon, …); null: none kept. `cache`: an evaluation memo to share (the worker's).
 */
export function answerReportExit(model: ModelFile, cache?: EvaluationCache): ReportExitOutcome | null {
  const r = model.report?.exit;
  if (r === undefined) return null;
  const question = questionOfReportExit(r);
  const i = model.scenarios.findIndex((s) => s.id === r.scenario);
  if (i < 0)
    return { question: null, errors: [{ path: 'report.exit.scenario', message: `unknown scenario "${r.scenario}"` }] };
  if (model.scenarios[i]?.basedOn === null)
    return { question: null, errors: [{ path: 'report.exit.scenario', message: 'must not be the baseline' }] };
  try {
    const { variant: _variant, staying: _staying, ...answer } = answerExit(model, question, cache);
    void _variant;
    void _staying;
    return { question, answer };
  } catch (e) {
    if (isModelError(e)) return { question: null, errors: reportExitErrors(model, question, e.errors) };
    throw e;
  }
}
