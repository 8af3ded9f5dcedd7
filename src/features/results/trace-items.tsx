/** The list of a trace's items: source, rule, category, owner, computation and amount. */
import { TableScroll } from '../../components/charts';
import type { Trace } from '../../engine';
import { formatMoney } from '../../i18n';
import { partyName } from '../../model';
import { useLocale, useT } from '../../i18n';
import { resultsMessages, type ResultsKey } from './messages';
import { categoryText, howText, sourceText } from './trace-text';
import type { ViewProps } from './results-kit';

export function TraceItems({ trace, what, model, evaluation: e }: ViewProps & { trace: Trace; what: string }) {
  const t = useT(resultsMessages);
  const locale = useLocale();
  if (trace.items.length === 0) return <p>{t('traceEmpty')}</p>;
  // Largest amounts first: what a controller checks first. The order does not change the sum.
  const items = [...trace.items].sort((a, b) => Math.abs(Number(b.amount)) - Math.abs(Number(a.amount)));
  return (
    <TableScroll label={t('traceItems', { what })}>
      <table className="table trace-table">
        <caption className="visually-hidden">{t('traceItems', { what })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('source')}</th>
            <th scope="col">{t('rule')}</th>
            <th scope="col">{t('category')}</th>
            <th scope="col">{t('owner')}</th>
            <th scope="col">{t('how')}</th>
            <th scope="col" className="num">
              {t('amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={`${item.rule}-${item.label}-${item.category}-${item.isOneOff}-${i}`} data-rule={item.rule}>
              <td>
                {sourceText(item, model, t, locale)}
                {item.note ? <span className="muted"> — {item.note}</span> : null}
              </td>
              <td>
                {t(`rule_${item.rule}` as ResultsKey)}
                {item.isOneOff && item.rule !== 'oneOff' ? ` (${t('oneOffMark')})` : ''}
              </td>
              <td>{categoryText(item, model, locale)}</td>
              <td>{item.owner ? partyName(model, item.owner) : '—'}</td>
              <td>{howText(item, t, locale, e.endYear)}</td>
              <td className="num" data-amount={item.amount}>
                {formatMoney(item.amount, locale, 'cents')}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              {t('total')}
            </th>
            <td className="num" data-figure="total">
              {formatMoney(trace.total, locale, 'cents')}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
