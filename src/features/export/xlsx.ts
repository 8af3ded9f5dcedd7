/**
 * Sheets as an .xlsx workbook (write-excel-file, loaded on demand so it is never part of the
 * first page). Numbers are real numbers with a number format; text is text, neutralised.
 */
import type { Cell as XlsxCell, SheetData } from 'write-excel-file/universal';
import { neutralise, toSpreadsheetNumber, type Cell, type NumberKind, type Sheet } from './cells';

/** Excel number formats (stored locale-neutral; Excel shows them with the reader's separators). */
export const NUMBER_FORMATS: Record<NumberKind, string> = {
  money: '#,##0.00',
  int: '#,##0',
  year: '0',
  fte: '#,##0.00',
  rate: '0.00%',
  decimal: '#,##0.00##',
  years1: '0.0',
};

/** Excel's limit for the text of one cell; longer text is cut, ending in TRUNCATED. */
export const MAX_CELL_CHARS = 32_767;
export const TRUNCATED = ' […]';

/** Neutralised text within Excel's cell limit (a longer cell makes Excel repair or refuse the file). */
export function cellText(value: string): string {
  const safe = neutralise(value);
  return safe.length <= MAX_CELL_CHARS ? safe : `${safe.slice(0, MAX_CELL_CHARS - TRUNCATED.length)}${TRUNCATED}`;
}

function toXlsxCell(cell: Cell): XlsxCell {
  if (cell === null) return null;
  if (cell.kind === 'text') return { type: String, value: cellText(cell.value) };
  return { type: Number, value: toSpreadsheetNumber(cell.value), format: NUMBER_FORMATS[cell.format] };
}

/** Sheet names: at most 31 characters, none of `[]:*?/\`, unique. */
function sheetNames(sheets: Sheet[]): string[] {
  const used = new Set<string>();
  return sheets.map((s) => {
    const base = s.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Blad';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i += 1) name = `${base.slice(0, 28)} ${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

export async function sheetsToXlsx(sheets: Sheet[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const names = sheetNames(sheets);
  const data = sheets.map((s, i) => {
    const header: XlsxCell[] = s.header.map((h) => ({ type: String, value: cellText(h), fontWeight: 'bold' }));
    const rows: SheetData = [header, ...s.rows.map((r) => r.map(toXlsxCell))];
    const columns = s.header.map((_, c) => ({ width: s.widths?.[c] ?? 14 }));
    return { data: rows, sheet: names[i] as string, columns, stickyRowsCount: 1 };
  });
  return writeXlsxFile(data).toBlob();
}
