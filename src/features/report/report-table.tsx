/**
 * A table of the report: a caption, a header row that repeats on every printed page, row
 * headers in the first column, numbers right-aligned. Rows never split across pages (CSS).
 * Browsers do not repeat a <caption> on a continued page, so on paper the caption is printed
 * as the first row of the header instead (hidden on screen and from assistive technology,
 * which read the real caption): a table continued over a page carries its caption.
 */
import type { ReactNode } from 'react';

export type ReportRow = { key: string; head: ReactNode; cells: ReactNode[]; className?: string };

type Props = {
  caption: string;
  columns: string[];
  rows: ReportRow[];
  /** Which data columns (0-based, after the row header) hold text rather than numbers. */
  textColumns?: number[];
  note?: ReactNode;
  className?: string;
};

export function ReportTable({ caption, columns, rows, textColumns = [], note, className }: Props) {
  const isText = (i: number) => textColumns.includes(i);
  return (
    <div className={`report-table-block ${className ?? ''}`}>
      <table className="table report-table">
        <caption>{caption}</caption>
        <thead>
          <tr className="report-caption-row" aria-hidden="true">
            <td colSpan={columns.length}>{caption}</td>
          </tr>
          <tr>
            {columns.map((c, i) => (
              <th key={`${i}-${c}`} scope="col" className={i > 0 && !isText(i - 1) ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.className}>
              <th scope="row">{r.head}</th>
              {r.cells.map((c, i) => (
                <td key={i} className={isText(i) ? undefined : 'num'}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {note && <p className="report-note">{note}</p>}
    </div>
  );
}
