/**
 * The exit question kept for the report (`report.exit`, docs/model-v3.md "Report choices"):
 * written by the Uittreden screen's "Aan rapport toevoegen", answered by the report's
 * Uittreding section. It is not a scenario: it changes no result. Its references (scenario,
 * parties, years) are checked when it is answered, so a model edit never makes the file
 * invalid because of it; a question that no longer fits is shown with its messages (paths
 * under `report.exit.leave`) and kept, so nothing the user chose is lost.
 */
import {
  answerExit,
  exitQuestionModel,
  isModelError,
  leaveChangeOf,
  type ExitAnswer,
  type ExitQuestion,
  type Money,
  type ModelFile,
  type ReportExitQuestion,
  type ValidationError,
} from '../engine';

/** JSON with every object's keys sorted: the same question written in another key order reads the same. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'object' && x !== null && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

/** The stored form of a question. */
export function reportExitOf(q: ExitQuestion, fixedAmount?: Money): ReportExitQuestion {
  return { scenario: q.scenarioId, leave: leaveChangeOf(q), ...(fixedAmount !== undefined ? { fixedAmount } : {}) };
}

/** The question a stored one asks. */
export function questionOfReportExit(r: ReportExitQuestion): ExitQuestion {
  const { op: _op, enabled: _enabled, note: _note, ...rest } = r.leave;
  void _op;
  void _enabled;
  void _note;
  return { ...rest, scenarioId: r.scenario };
}

/** Whether the stored question is this question (and fixed amount). */
export function isReportExit(model: ModelFile, q: ExitQuestion, fixedAmount?: Money): boolean {
  const r = model.report?.exit;
  return r !== undefined && canonicalJson(r) === canonicalJson(reportExitOf(q, fixedAmount));
}

/** The errors of answering `q`, with the exit variant's paths named as `report.exit.leave…`. */
export function reportExitErrors(model: ModelFile, q: ExitQuestion, errors: ValidationError[]): ValidationError[] {
  const index = exitQuestionModel(model, q).scenarios.length - 1;
  const prefix = `scenarios[${index}].changes[0]`;
  return errors.map((e) =>
    e.path.startsWith(prefix) ? { ...e, path: `report.exit.leave${e.path.slice(prefix.length)}` } : e,
  );
}

export type ReportExitOutcome =
  { question: ExitQuestion; answer: ExitAnswer } | { question: ExitQuestion | null; errors: ValidationError[] };

/** The stored question answered, or why it cannot be (its scenario is gone, a year outside the horizon, …). */
export function answerReportExit(model: ModelFile): ReportExitOutcome | null {
  const r = model.report?.exit;
  if (r === undefined) return null;
  const question = questionOfReportExit(r);
  const i = model.scenarios.findIndex((s) => s.id === r.scenario);
  if (i < 0)
    return { question: null, errors: [{ path: 'report.exit.scenario', message: `unknown scenario "${r.scenario}"` }] };
  if (model.scenarios[i]?.basedOn === null)
    return { question: null, errors: [{ path: 'report.exit.scenario', message: 'must not be the baseline' }] };
  try {
    return { question, answer: answerExit(model, question) };
  } catch (e) {
    if (isModelError(e)) return { question: null, errors: reportExitErrors(model, question, e.errors) };
    throw e;
  }
}
