/**
 * The list of a trace's items: source, rule, category, owner, computation and amount, largest
 * first. A trace of more than ALL_ITEMS_UP_TO items (a total over 342 municipalities has
 * thousands) shows the largest FIRST_ITEMS and more on request, each item's computation in words
 * being costly to render; the total still counts every item.
 */
import { useMemo, useState } from 'react';
import { TableScroll } from '../../components/charts';
import type { Trace } from '../../engine';
import { formatDecimal, formatMoney } from '../../i18n';
import { partyName } from '../../model';
import { useLocale, useT } from '../../i18n';
import { resultsMessages, type ResultsKey } from './messages';
import { categoryText, howText, sourceText } from './trace-text';
import type { ViewProps } from './results-kit';

/** Traces up to this many items are listed whole (the example's largest has 117). */
const ALL_ITEMS_UP_TO = 200;
const FIRST_ITEMS = 100;
const MORE_ITEMS = 200;

export function TraceItems({ trace, what, model, evaluation: e }: ViewProps & { trace: Trace; what: string }) {
  const t = useT(resultsMessages);
  const locale = useLocale();
  const [shown, setShown] = useState({ trace, count: FIRST_ITEMS });
  // Largest amounts first: what a controller checks first. The order does not change the sum.
  const sorted = useMemo(
    () => [...trace.items].sort((a, b) => Math.abs(Number(b.amount)) - Math.abs(Number(a.amount))),
    [trace],
  );
  if (trace.items.length === 0) return <p>{t('traceEmpty')}</p>;
  const count = shown.trace === trace ? shown.count : FIRST_ITEMS;
  const isCut = sorted.length > ALL_ITEMS_UP_TO && sorted.length > count;
  const items = isCut ? sorted.slice(0, count) : sorted;
  return (
    <>
      {isCut && (
        <p className="field-hint" data-trace-shown>
          {t('traceShown', { shown: formatDecimal(count, locale, 0), count: formatDecimal(sorted.length, locale, 0) })}
        </p>
      )}
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
      {isCut && (
        <button type="button" className="button" onClick={() => setShown({ trace, count: count + MORE_ITEMS })}>
          {t('traceMore', { count: formatDecimal(Math.min(MORE_ITEMS, sorted.length - count), locale, 0) })}
        </button>
      )}
    </>
  );
}
