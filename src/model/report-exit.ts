/**
 * The exit question kept for the report (`report.exit`, docs/model-v3.md "Report choices"):
 * written by the Uittreden screen's "Aan rapport toevoegen", answered by the report's
 * Uittreding section. It is not a scenario: it changes no result. Its references (scenario,
 * parties, years) are checked when it is answered (`answerReportExit`, in the engine so that
 * the engine worker answers a heavy model's), so a model edit never makes the file invalid
 * because of it; a question that no longer fits is shown with its messages (paths under
 * `report.exit.leave`) and kept, so nothing the user chose is lost.
 */
import { leaveChangeOf, type ExitQuestion, type Money, type ModelFile, type ReportExitQuestion } from '../engine';

// Answering it is engine code (engine/views/report-exit.ts): the engine worker answers a heavy model's.
export {
  answerReportExit,
  questionOfReportExit,
  reportExitErrors,
  type ReportExitAnswer,
  type ReportExitOutcome,
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

/** Whether the stored question is this question (and fixed amount). */
export function isReportExit(model: ModelFile, q: ExitQuestion, fixedAmount?: Money): boolean {
  const r = model.report?.exit;
  return r !== undefined && canonicalJson(r) === canonicalJson(reportExitOf(q, fixedAmount));
}
