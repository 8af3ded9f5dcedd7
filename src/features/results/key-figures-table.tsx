/** Key figures per scenario: break-even, payback, investment, NPV (horizon and extended), savings and their share of the cost. */
import { TableScroll } from '../../components/charts';
import { formatMoney, formatPercent } from '../../i18n';
import { breakEvenText, paybackText } from '../../model';
import { useKeyFigures } from '../../state';
import { useLocale, useT } from '../../i18n';
import { methodMessages } from './method-messages';
import { resultsMessages } from './messages';
import { lastYear, type ViewProps } from './results-kit';

export function KeyFiguresTable({ evaluation: e, isCash }: ViewProps) {
  const t = useT(resultsMessages);
  const tm = useT(methodMessages);
  const caption = isCash ? tm('inCash', { what: t('keyFigures') }) : t('keyFigures');
  const locale = useLocale();
  const figures = useKeyFigures(e);
  const last = lastYear(e);
  const hasExtension = last > e.endYear;
  const savings = (money: string, share: string | null) => (
    <>
      {formatMoney(money, locale)}
      {share !== null && (
        <span className="share">{t('savingsShareOf', { share: formatPercent(share, locale, 1) })}</span>
      )}
    </>
  );
  return (
    <>
      <TableScroll label={caption}>
        <table className="table key-figures">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenario')}</th>
              <th scope="col">{t('breakEven')}</th>
              <th scope="col">{t('payback')}</th>
              <th scope="col" className="num">
                {t('investment')}
              </th>
              <th scope="col" className="num">
                {t('npvSpan', { from: e.startYear, to: e.endYear })}
              </th>
              {hasExtension && (
                <th scope="col" className="num">
                  {t('npvSpan', { from: e.startYear, to: last })}
                </th>
              )}
              <th scope="col" className="num">
                {t('savingsSpan', { from: e.startYear, to: e.endYear })}
              </th>
              {hasExtension && (
                <th scope="col" className="num">
                  {t('savingsSpan', { from: e.startYear, to: last })}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {e.scenarios.map((s) => {
              const isBaseline = s.id === e.baselineId;
              const f = figures?.find((x) => x.scenarioId === s.id);
              return (
                <tr key={s.id} data-scenario={s.id}>
                  <th scope="row">{s.name}</th>
                  <td data-figure="breakEven">{breakEvenText(s.breakEven, isBaseline, last, locale, s.years)}</td>
                  <td data-figure="payback">{paybackText(s.paybackYears, locale, s.years)}</td>
                  <td className="num" data-figure="investment">
                    {isBaseline ? '—' : formatMoney(s.investment, locale)}
                  </td>
                  <td className="num" data-figure="npv">
                    {isBaseline ? '—' : formatMoney(s.npv, locale)}
                  </td>
                  {hasExtension && (
                    <td className="num" data-figure="npvExtended">
                      {isBaseline ? '—' : formatMoney(s.npvExtended, locale)}
                    </td>
                  )}
                  <td className="num" data-figure="savings">
                    {isBaseline || !f ? '—' : savings(f.horizon.savings, f.horizon.savingsShare)}
                  </td>
                  {hasExtension && (
                    <td className="num" data-figure="savingsExtended">
                      {isBaseline || !f ? '—' : savings(f.extended.savings, f.extended.savingsShare)}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className="chart-note">
        {t('keyFiguresNote', { end: e.endYear })}
        {isCash && ` ${tm('cashText')}`}
      </p>
    </>
  );
}
