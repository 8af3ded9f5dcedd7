/** All sheets of an export: the inputs, then the results. */
import type { Evaluation, MethodComparison, ModelFile, SweepRow } from '../../engine';
import type { Locale } from '../../i18n';
import type { Translate } from '../../i18n';
import type { ReportExitOutcome } from '../../model';
import type { Sheet } from './cells';
import { exitQuestionSheets } from './exit-question-sheet';
import { exitSheets } from './exit-sheets';
import { actualsSheets } from './actuals-sheets';
import { inputSheets } from './input-sheets';
import type { ExportKey } from './messages';
import { methodSheets } from './method-sheets';
import { decisionSheets } from './decision-sheets';
import { resultSheets } from './result-sheets';

/**
 * All sheets of an export: the inputs, then the results, then (issue 14) the cash view of a
 * version-3 model and the two extrapolation methods compared (`methods`, from `compareMethods`;
 * null: no years after endYear or not computed), and the exit question kept for the report
 * (`reportExit`: `answerReportExit(model)` and the question's sweep; see exit-question-sheet.ts).
 */
export function buildWorkbook(
  model: ModelFile,
  evaluation: Evaluation,
  t: Translate<ExportKey>,
  locale: Locale,
  exportedOn: string,
  methods: MethodComparison | null = null,
  reportExit: { outcome: ReportExitOutcome | null; sweep: readonly SweepRow[] | null } | null = null,
): Sheet[] {
  return [
    ...inputSheets(model, t, locale, exportedOn),
    ...resultSheets(model, evaluation, t, locale),
    ...methodSheets(model, evaluation, methods, t, locale),
    // leave (model-v3 §10.4): the exit tables, when a scenario has an exit.
    ...exitSheets(model, evaluation, locale),
    ...actualsSheets(model, evaluation, locale),
    ...decisionSheets(model, evaluation, locale),
    // Last, so that the export screen adds it when its sweep arrives without building the rest again.
    ...(reportExit ? exitQuestionSheets(model, reportExit.outcome, reportExit.sweep, locale) : []),
  ];
}

/** Letters, digits and dashes only, lower case. */
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();

/** A file name from the model's title (and a suffix such as a sheet's name in the UI's language): letters, digits and dashes only. */
export function exportFileName(model: ModelFile, extension: string, suffix = ''): string {
  const base = slug(model.meta?.title ?? 'kantelpunt').slice(0, 60) || 'kantelpunt';
  const tail = slug(suffix);
  return `${base}${tail ? `-${tail}` : ''}.${extension}`;
}
