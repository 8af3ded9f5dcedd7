/**
 * The exit question kept for the report (`report.exit`), answered for the report's Uittreding
 * section and the export's Uittreedvraag sheet: on the page at once for a light model, by the
 * engine worker for a heavy one (derived-runs.ts: one evaluation of the question's copy of the
 * model is too long for the page), "not yet" until it answers. Both answer with the engine's
 * `answerReportExit`, so the outcome and a question's messages are the same either way.
 */
import type { ModelFile, ReportExitOutcome } from '../engine';
import { derivedOf, useDerivedAnswers } from './derived-runs';
import { reportExitOf, type Derived } from './results-derived';

/** `outcome` null: no question kept, or (`isComputing`) the worker's answer is not there yet. */
export type ReportExitState = { outcome: ReportExitOutcome | null; isComputing: boolean };

type Answer = Derived<ReportExitOutcome | null>;

/** An answer that failed as a whole (not a question that no longer fits), shown as one message. */
const failed = new WeakMap<Answer, ReportExitOutcome>();

/** The kept question's outcome of `model` (null: nothing asked); the same objects on every call. */
export function reportExitStateOf(model: ModelFile | null): ReportExitState {
  if (model === null || model.report?.exit === undefined) return { outcome: null, isComputing: false };
  const answer = derivedOf(model, 'reportExit', { kind: 'reportExit', model }, () => reportExitOf(model));
  if (answer.error !== null) {
    let outcome = failed.get(answer as Answer);
    if (outcome === undefined) {
      outcome = { question: null, errors: [{ path: 'report.exit', message: answer.error }] };
      failed.set(answer as Answer, outcome);
    }
    return { outcome, isComputing: false };
  }
  return answer.value === null ? { outcome: null, isComputing: true } : { outcome: answer.value, isComputing: false };
}

/** The hook of `reportExitStateOf`: renders again when the worker answers. */
export function useReportExit(model: ModelFile | null): ReportExitState {
  useDerivedAnswers();
  return reportExitStateOf(model);
}
