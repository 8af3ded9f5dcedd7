/**
 * Export of every input and result: one .xlsx workbook, or one CSV per sheet. The exit question
 * kept for the report is answered here as in the report (one evaluation of its copy: on the page
 * for a light model, in the engine worker for a heavy one), and its sweep asked of the engine
 * worker as the report asks it (the same run: a sweep the Uittreden screen or the report computed
 * is used at once); the workbook waits for both.
 */
import { useId, useMemo, useState } from 'react';
import { ScreenHeader, Section } from '../../components';
import {
  useActiveModel,
  useEvaluationState,
  useMethodsCompared,
  useReportExit,
  useRequestedExitSweep,
} from '../../state';
import { formatDecimal, useLocale, useT } from '../../i18n';
import { sheetToCsv } from './csv';
import { downloadBlob, today } from '../../components';
import { exitQuestionSheets } from './exit-question-sheet';
import { exportMessages } from './messages';
import { buildWorkbook, exportFileName } from './workbook';

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

export function ExportScreen() {
  const t = useT(exportMessages);
  const locale = useLocale();
  const model = useActiveModel();
  const { evaluation } = useEvaluationState();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const methods = useMethodsCompared().value;
  const noteId = useId();
  // Once per model (the same outcome object when the worker's results of the same model arrive).
  const { outcome, isComputing } = useReportExit(model && evaluation !== null ? model : null);
  const question = outcome && 'answer' in outcome ? outcome.question : null;
  const sweepRun = useRequestedExitSweep(model, question);
  const sweep = sweepRun.status === 'done' ? sweepRun.result : null;
  // The question's sheet last, as buildWorkbook puts it: the sweep's arrival builds only that one.
  const modelSheets = useMemo(
    () => (model && evaluation ? buildWorkbook(model, evaluation, t, locale, today(), methods) : null),
    [model, evaluation, t, locale, methods],
  );
  const questionSheets = useMemo(
    () => (model ? exitQuestionSheets(model, outcome, sweep, locale) : []),
    [model, outcome, sweep, locale],
  );
  const sheets = useMemo(
    () => (modelSheets ? [...modelSheets, ...questionSheets] : null),
    [modelSheets, questionSheets],
  );
  if (!model) return null;
  // A kept question not answered yet, or an answered one whose sweep is not there yet: the workbook
  // waits (a failed sweep: it goes without the sheet).
  const isWaiting = isComputing || (question !== null && sweep === null && sweepRun.status !== 'error');
  const n = (v: number) => formatDecimal(String(v), locale);
  const sweepNote = isComputing
    ? t('exitQuestionWaiting')
    : question === null || sweep !== null
      ? null
      : sweepRun.status === 'error'
        ? t('exitSweepFailed', { message: sweepRun.message })
        : sweepRun.status === 'running' && sweepRun.total > 0
          ? t('exitSweepProgress', { done: n(sweepRun.done), total: n(sweepRun.total) })
          : t('exitSweepWaiting');
  const onXlsx = async () => {
    if (!sheets) return;
    setStatus({ kind: 'busy' });
    try {
      // The writer is loaded only now: it is never part of the first page.
      const { sheetsToXlsx } = await import('./xlsx');
      const file = exportFileName(model, 'xlsx', t('workbookFile'));
      downloadBlob(file, await sheetsToXlsx(sheets));
      setStatus({ kind: 'done', file });
    } catch (e) {
      setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div className="screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      {!sheets ? (
        <p className="notice notice-warning">{t('noResults')}</p>
      ) : (
        <>
          <Section title={t('xlsxTitle')} description={t('xlsxText')}>
            <div className="button-row">
              <button
                type="button"
                className="button button-primary"
                onClick={() => void onXlsx()}
                disabled={status.kind === 'busy' || isWaiting}
                aria-describedby={sweepNote ? noteId : undefined}
              >
                {t('xlsxButton')}
              </button>
            </div>
            {sweepNote && (
              <p id={noteId} role="status" className="muted" data-testid="export-exit-sweep">
                {sweepNote}
              </p>
            )}
            <p role="status" className={status.kind === 'failed' ? 'field-error' : 'muted'}>
              {status.kind === 'busy'
                ? t('busy')
                : status.kind === 'done'
                  ? t('done', { file: status.file })
                  : status.kind === 'failed'
                    ? t('failed', { message: status.message })
                    : ''}
            </p>
          </Section>
          <Section title={t('csvTitle')} description={t('csvText')}>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('sheetList')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colSheet')}</th>
                    <th scope="col" className="num">
                      {t('colRows')}
                    </th>
                    <th scope="col">{t('colCsv')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sheets.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">{s.name}</th>
                      <td className="num">{s.rows.length}</td>
                      <td>
                        <button
                          type="button"
                          className="button"
                          onClick={() =>
                            downloadBlob(
                              exportFileName(model, 'csv', s.name),
                              new Blob([sheetToCsv(s)], { type: 'text/csv;charset=utf-8' }),
                            )
                          }
                        >
                          {t('csvButton', { sheet: s.name })}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
        </>
      )}
    </div>
  );
}
