/** The table as read, with every bad cell marked and named, what confirming would change, and confirm/cancel. */
import { Section } from '../../components';
import type { ModelFile } from '../../engine';
import { formatDecimal, formatMoney } from '../../i18n';
import { categoryLabel, groupLabel, partyName } from '../../model';
import { useLocale, useT } from '../../i18n';
import { describePlan } from './apply';
import { importMessages, type ImportKey } from './messages';
import { cellName, type ParsedTable, type Problem } from './parse-table';

type Props = {
  model: ModelFile;
  partyId: string;
  file: string;
  table: ParsedTable;
  modelErrors: string[];
  onConfirm: () => void;
  onCancel: () => void;
};

export function ImportPreview({ model, partyId, file, table, modelErrors, onConfirm, onCancel }: Props) {
  const t = useT(importMessages);
  const locale = useLocale();
  const problemAt = new Map(table.problems.map((p) => [p.cell, p]));
  const say = (p: Problem) => `${p.cell}: ${t(`p_${p.code}` as ImportKey, p.vars)}`;
  const name = (id: string) =>
    table.kind === 'actuals'
      ? t(id === 'fte' ? 'actualFte' : 'actualTotal')
      : table.kind === 'costs'
        ? categoryLabel(model, id, locale)
        : groupLabel(model, id, locale);
  const isMoney = (id: string | null) => table.kind === 'costs' || (table.kind === 'actuals' && id === 'total');
  const value = (v: string, id: string | null) =>
    isMoney(id) ? formatMoney(v, locale, 'cents') : formatDecimal(v, locale, 2);
  const hasProblems = table.problems.length > 0;
  const canConfirm = !hasProblems && modelErrors.length === 0;
  return (
    <Section title={t('previewTitle', { file })}>
      {hasProblems && (
        <div className="notice notice-error" role="alert">
          <div className="notice-body">
            <p className="notice-title">
              {table.problems.length === 1 ? t('problemsOne') : t('problemsMany', { count: table.problems.length })}
            </p>
            <ul className="notice-list">
              {table.problems.map((p) => (
                <li key={`${p.cell}-${p.code}`}>{say(p)}</li>
              ))}
            </ul>
            <p>{t('problemsHint')}</p>
          </div>
        </div>
      )}
      {modelErrors.length > 0 && (
        <div className="notice notice-error" role="alert">
          <div className="notice-body">
            <p className="notice-title">{t('modelProblems')}</p>
            <ul className="notice-list error-list">
              {modelErrors.slice(0, 10).map((e) => (
                <li key={e}>
                  <code>{e}</code>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {table.skipped.map((s) => (
        <p key={s.row} className="muted">
          {t('skipped', { row: s.row, label: s.label })}
        </p>
      ))}
      <div className="table-wrap">
        <table className="table import-table">
          <caption className="caption-left">
            {t('tableCaption', {
              kind:
                table.kind === 'costs' ? t('kindCosts') : table.kind === 'staff' ? t('kindStaff') : t('kindActuals'),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('rowLabel')}</th>
              <th scope="col">{t('matched')}</th>
              {table.years.map((y, i) => {
                const p = problemAt.get(cellName(table.headerRow, i + 1));
                return (
                  <th key={i} scope="col" className={`num ${p ? 'import-bad' : ''}`}>
                    {y ?? (p ? `${p.cell} — ${t('badCell')}` : '')}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => {
              const labelProblem = problemAt.get(cellName(r.row - 1, 0));
              return (
                <tr key={r.row}>
                  <th scope="row" className={labelProblem ? 'import-bad' : undefined}>
                    {r.label || '—'}
                  </th>
                  <td>
                    {r.id && !labelProblem ? name(r.id) : <span className="import-bad-text">{t('unknown')}</span>}
                  </td>
                  {r.values.map((v, i) => {
                    const p = problemAt.get(cellName(r.row - 1, i + 1));
                    return (
                      <td key={i} className={`num ${p ? 'import-bad' : ''}`}>
                        {p ? (
                          <span title={say(p)}>
                            {p.cell} — {t('badCell')}
                          </span>
                        ) : v === null ? (
                          ''
                        ) : (
                          value(v, r.id)
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {canConfirm && (
        <>
          <h3>{t('planTitle', { party: partyName(model, partyId) })}</h3>
          <ul>
            {describePlan(model, partyId, table).map((item) => (
              <li key={item.id}>
                {table.kind === 'actuals'
                  ? t('planActuals', { label: name(item.id) })
                  : table.kind === 'costs'
                    ? item.isNew
                      ? t('planNewCost', { label: name(item.id) })
                      : t('planReplace', { label: name(item.id), count: item.replaces })
                    : item.isNew
                      ? t('planNewStaff', { label: name(item.id) })
                      : t('planStaff', { label: name(item.id) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={!canConfirm} onClick={onConfirm}>
          {table.kind === 'actuals' ? t('confirmActuals') : t('confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </Section>
  );
}
