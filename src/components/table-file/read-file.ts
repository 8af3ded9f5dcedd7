/**
 * A chosen file as a grid of raw cells: .xlsx through read-excel-file (loaded on demand, its
 * numbers kept as the exact text the file stores), CSV with `;`, tab or `,` between fields.
 * Both are read within the limits of import-limits.ts and refused with a TableRefusal as soon
 * as one is passed; the app runs this in a worker (read-in-worker.ts).
 */
import {
  checkExtent,
  MAX_FILE_BYTES,
  MAX_TABLE_CELLS,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  TableRefusal,
} from './import-limits';
import type { RawCell } from './raw-cell';
import { unpackFirstSheet, type UnpackStats } from './xlsx-limited';
import { splitDelimited } from '../../model/table-rows';

export { MAX_FILE_BYTES } from './import-limits';

type Tagged = { raw: string };

const isTagged = (v: unknown): v is Tagged => typeof v === 'object' && v !== null && 'raw' in v;

function fromXlsxValue(v: unknown): RawCell {
  if (v === null || v === undefined || v === '') return { kind: 'empty' };
  if (isTagged(v)) return { kind: 'number', raw: v.raw };
  if (typeof v === 'string') return { kind: 'text', value: v };
  if (typeof v === 'number') return { kind: 'number', raw: String(v) };
  if (v instanceof Date) return { kind: 'other', value: v.toISOString().slice(0, 10) };
  return { kind: 'other', value: String(v) };
}

export async function readXlsx(data: ArrayBuffer, stats?: UnpackStats): Promise<RawCell[][]> {
  // Limits first: the parts read are unpacked and counted here, so read-excel-file only ever
  // sees a sheet within them.
  const parts = unpackFirstSheet(data, stats);
  const { readSheet } = await import('read-excel-file/universal');
  let rows: Tagged[][] | unknown[][];
  try {
    rows = await readSheet<Tagged>(parts.buffer as ArrayBuffer, { parseNumber: (raw: string) => ({ raw }) });
  } catch {
    throw new TableRefusal('badFile');
  }
  checkExtent(rows.length, Math.max(0, ...rows.map((r) => r.length)));
  return rows.map((row) => row.map(fromXlsxValue));
}

function separatorOf(firstLine: string): string {
  const outside = firstLine.replace(/"[^"]*"/g, '');
  if (outside.includes(';')) return ';';
  if (outside.includes('\t')) return '\t';
  return ',';
}

/** CSV text as cells; quoted fields may hold separators, quotes ("") and line breaks. */
export function readCsv(input: string): RawCell[][] {
  const text = input.replace(/^\uFEFF/, '');
  let cells = 0;
  // Counted as read: a file past a limit is refused at the first row or field beyond it.
  const sep = separatorOf(text.split(/\r?\n/, 1)[0] ?? '');
  const rows = splitDelimited(text, sep, {
    afterField: (row) => {
      cells += 1;
      if (row.length > MAX_TABLE_COLUMNS) throw new TableRefusal('tooManyColumns', { max: MAX_TABLE_COLUMNS });
      if (cells > MAX_TABLE_CELLS) throw new TableRefusal('tooManyCells', { max: MAX_TABLE_CELLS });
    },
    afterRow: (all) => {
      if (all.length > MAX_TABLE_ROWS) throw new TableRefusal('tooManyRows', { max: MAX_TABLE_ROWS });
    },
  });
  checkExtent(rows.length, Math.max(0, ...rows.map((r) => r.length)));
  // Commas between fields and unquoted decimal commas (`1,5,2,5,3` under five years) cannot be
  // told apart: a row longer than the header says so, and the file is refused, not misread.
  const width = rows[0]?.length ?? 0;
  if (sep === ',' && rows.some((r) => r.length > width)) throw new TableRefusal('ambiguousComma');
  return rows.map((r) => r.map((v): RawCell => (v.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: v })));
}

export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

function readAs<T extends ArrayBuffer | string>(file: Blob, as: 'buffer' | 'text'): Promise<T> {
  // FileReader where there is one (pages, workers, jsdom, older browsers); Node has only Blob's own.
  if (typeof FileReader === 'undefined')
    return (as === 'buffer' ? file.arrayBuffer() : new Response(file).text()) as Promise<T>;
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    if (as === 'buffer') reader.readAsArrayBuffer(file);
    else reader.readAsText(file, 'utf-8');
  });
}

/**
 * Reads a File chosen by the user; throws a TableRefusal (its message the reason's code) when
 * it cannot. Runs in the import worker; in-process where there are no workers (tests).
 */
export async function readTableFile(file: Blob & { name: string }): Promise<RawCell[][]> {
  if (file.size > MAX_FILE_BYTES) throw new TableRefusal('tooBig', { max: MAX_FILE_BYTES / (1024 * 1024) });
  if (isXlsxName(file.name)) return readXlsx(await readAs<ArrayBuffer>(file, 'buffer'));
  if (/\.(csv|txt)$/i.test(file.name)) return readCsv(await readAs<string>(file, 'text'));
  throw new TableRefusal('unknownType');
}
