/** The data-table alternative of a chart: the same figures, exact, in a disclosure below it. */
import { useLocale, useT } from '../../i18n/i18n';
import { formatValue } from './format';
import { chartMessages } from './messages';
import { TableScroll } from './table-scroll';
import type { ChartProps } from './types';

type Props = Pick<
  ChartProps,
  'label' | 'labels' | 'datasets' | 'unit' | 'digits' | 'labelsHeading' | 'isTableOpen' | 'isComputedThrough'
> & {
  /** Index of the first extrapolated label (rows from there are marked). */
  extrapolatedFrom?: number;
};

export function ChartTable({
  label,
  labels,
  datasets,
  unit = 'money',
  digits = 0,
  labelsHeading = '',
  isTableOpen = false,
  extrapolatedFrom,
  isComputedThrough = false,
}: Props) {
  const t = useT(chartMessages);
  const locale = useLocale();
  const later = isComputedThrough ? t('computed') : t('extrapolated');
  const isExtrapolated = (i: number) => extrapolatedFrom !== undefined && i >= extrapolatedFrom;
  return (
    <details className="chart-table" open={isTableOpen}>
      <summary>
        {t('showTable', { name: label })}
        {unit === 'thousands' && ` (${t('inThousands')})`}
        {unit === 'thousands50' && ` (${t('inThousands50')})`}
      </summary>
      <TableScroll label={label}>
        <table className="table">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{labelsHeading}</th>
              {datasets.map((d) => (
                <th key={d.label} scope="col" className="num">
                  {d.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((l, i) => (
              <tr key={String(l)} className={isExtrapolated(i) ? 'is-extrapolated' : undefined}>
                <th scope="row">
                  {l}
                  {isExtrapolated(i) && (
                    <span title={later}>
                      *<span className="visually-hidden"> ({later})</span>
                    </span>
                  )}
                </th>
                {datasets.map((d) => (
                  <td key={d.label} className="num">
                    {formatValue(d.data[i] ?? null, unit, locale, digits)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {extrapolatedFrom !== undefined && extrapolatedFrom < labels.length && (
        <p className="chart-note">{t(isComputedThrough ? 'computedNote' : 'extrapolatedNote')}</p>
      )}
    </details>
  );
}
