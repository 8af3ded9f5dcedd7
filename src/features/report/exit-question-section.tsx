/**
 * The exit question added to the report from the Uittreden screen (`report.exit`, docs/model-v3.md
 * "Report choices"): its answer (one evaluation of the question's copy of the model: on the page
 * for a light model, in the engine worker for a heavy one, said to be computed until then), and
 * its exit-year sweep, asked of the engine worker like the report's tornado and shown once
 * computed — the sweep the Uittreden screen computed for the same question and model is shown at
 * once. A question that no longer fits the model is named with its messages.
 */
import type { ModelFile } from '../../engine';
import { formatDecimal, useLocale, useT } from '../../i18n';
import { partyName } from '../../model';
import { useReportExit, useRequestedExitSweep } from '../../state';
import { exitReportMessages } from './exit-messages';
import { PrintChart } from './print-chart';
import { euros } from './report-format';
import { ReportTable } from './report-table';

export function ExitQuestionReport({ model }: { model: ModelFile }) {
  const t = useT(exitReportMessages);
  const locale = useLocale();
  const { outcome, isComputing } = useReportExit(model);
  const sweep = useRequestedExitSweep(model, outcome && 'answer' in outcome ? outcome.question : null);
  const kept = model.report?.exit;
  if (!kept || (!outcome && !isComputing)) return null;
  const leave = kept.leave;
  const values = {
    party: partyName(model, leave.party),
    shared: partyName(model, leave.shared),
    year: leave.from,
    scenario: model.scenarios.find((s) => s.id === kept.scenario)?.name ?? kept.scenario,
  };
  if (!outcome) {
    return (
      <div className="report-exit report-exit-question" data-testid="report-exit-question">
        <h3>{t('questionTitle', values)}</h3>
        <p className="report-pending" role="status">
          {t('questionComputing')}
        </p>
      </div>
    );
  }
  if (!('answer' in outcome)) {
    return (
      <div className="report-exit report-exit-question">
        <h3>{t('questionTitle', values)}</h3>
        <div className="notice notice-warning">
          <p>{t('questionInvalid')}</p>
          <ul>
            {outcome.errors.map((e) => (
              <li key={`${e.path}-${e.message}`}>{`${e.path}: ${e.message}`}</li>
            ))}
          </ul>
        </div>
      </div>
    );
  }
  const a = outcome.answer;
  const money = (v: string) => euros(v, locale);
  const booking =
    leave.booking === 'asPaid' ? t('exitBookedPaid') : t('exitBookedDecision', { year: a.exit.decisionYear });
  const n = (v: number) => formatDecimal(String(v), locale);
  return (
    <div className="report-exit report-exit-question" data-testid="report-exit-question">
      <h3>{t('questionTitle', values)}</h3>
      <p>{t('questionIntro')}</p>
      {a.isComputedThrough && <p className="report-note">{t('questionThrough', { year: a.lastYear })}</p>}
      <p>
        {t(a.exit.method === 'none' ? 'questionSentenceNone' : 'questionSentence', {
          ...values,
          total: money(a.exit.total),
          method: t(a.exit.method),
          last: a.lastYear,
          net: money(a.leaverJoinThenLeave),
          staying: money(a.leaverStaying),
        })}
      </p>
      <ReportTable
        caption={t('questionTermsCaption', { method: t(a.exit.method), booking })}
        columns={[t('colYear'), t('colAmount')]}
        rows={[
          ...a.exit.terms.map((term) => ({
            key: String(term.year),
            head: String(term.year),
            cells: [money(term.amount)],
          })),
          { key: 'total', head: t('rowTotal'), cells: [money(a.exit.total)] },
        ]}
      />
      <ReportTable
        caption={t('questionEffectCaption', { year: a.lastYear })}
        columns={[t('colMunicipality'), t('colChange')]}
        rows={a.remaining.map((r) => ({ key: r.party, head: partyName(model, r.party), cells: [money(r.change)] }))}
      />
      <h4>{t('sweepTitle')}</h4>
      {sweep.status === 'done' ? (
        <>
          <PrintChart
            label={t('sweepChart', values)}
            labels={sweep.result.map((r) => r.year)}
            datasets={[
              { label: t('sweepExit'), data: sweep.result.map((r) => r.exitTotal) },
              { label: t('sweepNet', values), data: sweep.result.map((r) => r.leaverNet) },
            ]}
          />
          <ReportTable
            caption={t('sweepCaption', { ...values, last: a.lastYear })}
            columns={[t('sweepYear'), t('sweepExit'), t('sweepNet', values)]}
            rows={sweep.result.map((r) => ({
              key: String(r.year),
              head: String(r.year),
              cells: [money(r.exitTotal), money(r.leaverNet)],
            }))}
          />
        </>
      ) : (
        <p className="report-pending" role="status">
          {sweep.status === 'error'
            ? sweep.message
            : sweep.status === 'running' && sweep.total > 0
              ? t('sweepProgress', { done: n(sweep.done), total: n(sweep.total) })
              : t('sweepComputing')}
        </p>
      )}
    </div>
  );
}
