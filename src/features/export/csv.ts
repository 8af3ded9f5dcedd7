/**
 * One sheet as CSV for Dutch Excel: UTF-8 with a byte-order mark (so Excel reads it as UTF-8),
 * `;` between fields, CRLF between rows, numbers with a decimal comma and no grouping (rates
 * as percentages: `2,5%`), text
 * that could be taken for a formula neutralised, fields quoted where needed.
 */
import { shiftDecimal } from '../../i18n';
import { neutralise, type Cell, type Sheet } from './cells';

const BOM = '\uFEFF';

function field(cell: Cell): string {
  if (cell === null) return '';
  // A rate as a percentage (Dutch Excel reads "2,5%" as the number 0,025 shown as a percentage).
  if (cell.kind === 'number' && cell.format === 'rate') return `${shiftDecimal(cell.value, 2).replace('.', ',')}%`;
  if (cell.kind === 'number') return cell.value.replace('.', ',');
  const safe = neutralise(cell.value);
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function sheetToCsv(sheet: Sheet): string {
  const header = sheet.header.map((h) => field({ kind: 'text', value: h }));
  const lines = [header.join(';'), ...sheet.rows.map((row) => row.map(field).join(';'))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
