/**
 * A table of amounts with rows × years in which every amount opens its trace. Used for the
 * totals per scenario, per category, per owner and per municipality.
 */
import { useRef, useState } from 'react';
import { useRowWindow } from '../../components/grid';
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
  // More than 60 rows (100 scenarios, 342 municipalities): the table scrolls in its own box and
  // renders only the rows in view (as the grids do); the row holding the focus stays rendered.
  const boxRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const win = useRowWindow(rows.length, boxRef, focused, TABLE_ROW_HEIGHT);
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
    <div
      ref={boxRef}
      className={win.isVirtual ? 'table-wrap money-scroll is-virtual' : 'table-wrap'}
      onScroll={win.isVirtual ? win.onScroll : undefined}
    >
      <table
        className="table money-table"
        aria-rowcount={win.isVirtual ? rows.length + 1 : undefined}
        onFocus={
          win.isVirtual
            ? (e) => {
                const row = Number((e.target as HTMLElement).closest('tr')?.dataset.index ?? NaN);
                if (!Number.isInteger(row)) return;
                setFocused(row);
                win.ensureVisible(row);
              }
            : undefined
        }
      >
        <caption>
          {caption}
          {unit === 'thousands50' ? ` (${t('thousandsHeading')})` : ''}
          <span className="caption-hint"> {hint ?? t('clickHint')}</span>
        </caption>
        <thead>
          <tr aria-rowindex={win.isVirtual ? 1 : undefined}>
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
          {win.before > 0 && <Spacer height={win.before} columns={years.length + 1} />}
          {rows.slice(win.first, win.last).map((r, k) => (
            <tr
              key={r.id}
              data-row={r.id}
              data-index={win.isVirtual ? win.first + k : undefined}
              aria-rowindex={win.isVirtual ? win.first + k + 2 : undefined}
              className={r.isSubtotal ? 'is-subtotal' : undefined}
            >
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
          {win.after > 0 && <Spacer height={win.after} columns={years.length + 1} />}
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

/**
 * Height of one row of a windowed results table in px — the money tables and the long tables of
 * municipalities (results.css: `.money-scroll`, `.rows-scroll`), so that the spacers stand in
 * for the rows not rendered exactly.
 */
export const TABLE_ROW_HEIGHT = 33;

/** Stands in for the rows above or below the rendered ones (hidden from assistive technology). */
export function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="table-spacer">
      <td colSpan={columns} style={{ height: `${height}px` }} />
    </tr>
  );
}
