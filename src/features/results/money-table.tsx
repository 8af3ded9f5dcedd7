/**
 * A table of amounts with rows × years in which every amount opens its trace. Used for the
 * totals per scenario, per category, per owner and per municipality.
 */
import type { TraceQuery } from '../../engine';
import { formatMoney, roundingDiffers, type MoneyUnit } from '../../i18n';
import { useLocale, useT } from '../../i18n';
import { FigureButton } from './figure-button';
import { resultsMessages } from './messages';

/** A row of amounts; `query` names the figure for its trace (null: not traceable, e.g. savings). */
export type MoneyRow = {
  id: string;
  label: string;
  values: string[];
  query: (yearIndex: number) => TraceQuery | null;
  isSubtotal?: boolean;
};

/** `hint`: the caption's hint (default: click an amount for its trace). */
type Props = {
  caption: string;
  years: number[];
  rows: MoneyRow[];
  unit?: MoneyUnit;
  extrapolatedFrom?: number;
  corner?: string;
  hint?: string;
  /** The row that is the exact total of all other rows: a note says where their rounded figures do not add up to it. */
  totalRowId?: string;
};

export function MoneyTable({
  caption,
  years,
  rows,
  unit = 'euro',
  extrapolatedFrom,
  corner = '',
  hint,
  totalRowId,
}: Props) {
  const t = useT(resultsMessages);
  const locale = useLocale();
  const isLater = (i: number) => extrapolatedFrom !== undefined && i >= extrapolatedFrom;
  const total = rows.find((r) => r.id === totalRowId);
  const parts = rows.filter((r) => r !== total);
  const unequal = total
    ? years.filter((_, i) =>
        roundingDiffers(
          parts.map((r) => r.values[i] ?? '0'),
          total.values[i] ?? '0',
          unit,
        ),
      )
    : [];
  return (
    <div className="table-wrap">
      <table className="table money-table">
        <caption>
          {caption}
          {unit === 'thousands50' ? ` (${t('thousandsHeading')})` : ''}
          <span className="caption-hint"> {hint ?? t('clickHint')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {years.map((y, i) => (
              <th key={y} scope="col" className={`num${isLater(i) ? ' is-extrapolated' : ''}`}>
                {y}
                {isLater(i) ? '*' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-row={r.id} className={r.isSubtotal ? 'is-subtotal' : undefined}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => {
                const q = r.query(i);
                const what = `${r.label}, ${years[i]}`;
                return (
                  <td key={years[i]} className={`num${isLater(i) ? ' is-extrapolated' : ''}`} data-year={years[i]}>
                    {q ? <FigureButton value={v} query={q} what={what} unit={unit} /> : formatMoney(v, locale, unit)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {unequal.length > 0 && (
        <p className="table-note muted" data-rounding-note>
          {t('roundingNote', { years: unequal.join(', ') })}
        </p>
      )}
    </div>
  );
}
