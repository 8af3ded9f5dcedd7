/** The preview of "Model uit tabel": problems by row and column, the regions, and the first rows with their amounts. */
import { TableScroll } from '../../components/charts';
import type { ModelFile } from '../../engine';
import { formatDecimal, formatMoney, useLocale, useT } from '../../i18n';
import {
  amountFor,
  categoryLabel,
  regionsOf,
  sumDecimals,
  type CostTemplateRow,
  type TableProblem,
  type TableRead,
} from '../../model';
import { tableMessages } from './table-messages';

const FIRST_ROWS = 10;
const MAX_LISTED = 50;

type Props = {
  read: TableRead;
  template: CostTemplateRow[];
  model: ModelFile | null;
  modelErrors: string[];
  firstCentreYear: number;
};

function ProblemList({ problems, title, tone }: { problems: TableProblem[]; title: string; tone: string }) {
  const t = useT(tableMessages);
  if (problems.length === 0) return null;
  const text = (p: TableProblem) => {
    const message = t(p.code, p.vars);
    if (p.row === 0) return message;
    return p.column === '' ? t('atRow', { row: p.row, message }) : t('at', { row: p.row, column: p.column, message });
  };
  return (
    <div className={`notice ${tone}`} role={tone === 'notice-error' ? 'alert' : undefined}>
      <div className="notice-body">
        <p className="notice-title">{title}</p>
        <ul className="notice-list">
          {problems.slice(0, MAX_LISTED).map((p, i) => (
            <li key={i}>{text(p)}</li>
          ))}
        </ul>
        {problems.length > MAX_LISTED && <p>{t('moreProblems', { count: problems.length - MAX_LISTED })}</p>}
      </div>
    </div>
  );
}

export function TablePreview({ read, template, model, modelErrors, firstCentreYear }: Props) {
  const t = useT(tableMessages);
  const locale = useLocale();
  const errors = read.problems.filter((p) => p.level === 'error');
  const warnings = read.problems.filter((p) => p.level === 'warning');
  const total = sumDecimals(template.map((r) => r.perInhabitant));
  const regions = regionsOf(read.rows);
  const hasRegionColumn = read.columns.includes('region');
  const shown = read.rows.slice(0, FIRST_ROWS);
  const label = (id: string) => (model ? categoryLabel(model, id, locale) : id);
  return (
    <section className="table-preview" aria-labelledby="table-preview-title">
      <h4 id="table-preview-title">{t('previewTitle')}</h4>
      <ProblemList problems={errors} title={t('errorsTitle', { count: errors.length })} tone="notice-error" />
      {modelErrors.length > 0 && (
        <div className="notice notice-error" role="alert">
          <div className="notice-body">
            <p className="notice-title">{t('modelErrors')}</p>
            <ul className="notice-list">
              {modelErrors.slice(0, 10).map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <ProblemList problems={warnings} title={t('warningsTitle', { count: warnings.length })} tone="notice-warning" />
      {read.rows.length > 0 && (
        <>
          <p>
            {t('summary', {
              count: read.rows.length,
              inhabitants: formatDecimal(sumDecimals(read.rows.map((r) => r.inhabitants)), locale, 0),
            })}{' '}
            {hasRegionColumn
              ? t('regions', {
                  count: regions.length,
                  list: regions
                    .map((r) =>
                      r.rows.length === 1
                        ? t('regionOne', { name: r.name })
                        : t('region', { name: r.name, count: r.rows.length }),
                    )
                    .join(', '),
                  from: firstCentreYear,
                })
              : t('noRegionsAll')}
          </p>
          <TableScroll label={t('firstRows', { count: shown.length })}>
            <table className="table">
              <caption>{t('firstRows', { count: shown.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col" className="num">
                    {t('inhabitants')}
                  </th>
                  {template.map((r) => (
                    <th key={r.category} scope="col" className="num">
                      {label(r.category)}
                    </th>
                  ))}
                  {hasRegionColumn && <th scope="col">{t('regionColumn')}</th>}
                </tr>
              </thead>
              <tbody>
                {shown.map((m) => (
                  <tr key={m.row}>
                    <th scope="row">{m.name}</th>
                    <td className="num">{formatDecimal(m.inhabitants, locale, 0)}</td>
                    {template.map((r) => (
                      <td key={r.category} className="num">
                        {formatMoney(amountFor(m, r, total), locale)}
                      </td>
                    ))}
                    {hasRegionColumn && <td>{m.region ?? ''}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {read.rows.length > FIRST_ROWS && (
            <p className="muted">{t('moreRows', { count: read.rows.length - FIRST_ROWS })}</p>
          )}
        </>
      )}
    </section>
  );
}
