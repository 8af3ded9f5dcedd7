/**
 * A chosen file as a grid of raw cells: .xlsx through read-excel-file (loaded on demand, its
 * numbers kept as the exact text the file stores), CSV with `;`, tab or `,` between fields.
 */
import type { RawCell } from './parse-table';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

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

export async function readXlsx(data: ArrayBuffer): Promise<RawCell[][]> {
  const { readSheet } = await import('read-excel-file/universal');
  const rows = await readSheet<Tagged>(data, { parseNumber: (raw: string) => ({ raw }) });
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
  const sep = separatorOf(text.split(/\r?\n/, 1)[0] ?? '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (isQuoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') isQuoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') isQuoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // Commas between fields and unquoted decimal commas (`1,5,2,5,3` under five years) cannot be
  // told apart: a row longer than the header says so, and the file is refused, not misread.
  const width = rows[0]?.length ?? 0;
  if (sep === ',' && rows.some((r) => r.length > width)) throw new Error('ambiguousComma');
  return rows.map((r) => r.map((v): RawCell => (v.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: v })));
}

export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

function readAs<T extends ArrayBuffer | string>(file: Blob, as: 'buffer' | 'text'): Promise<T> {
  // FileReader rather than Blob.arrayBuffer(): it is everywhere, older browsers and jsdom included.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    if (as === 'buffer') reader.readAsArrayBuffer(file);
    else reader.readAsText(file, 'utf-8');
  });
}

/** Reads a File chosen by the user; throws an Error with a short reason when it cannot. */
export async function readTableFile(file: File): Promise<RawCell[][]> {
  if (file.size > MAX_FILE_BYTES) throw new Error('tooBig');
  if (isXlsxName(file.name)) return readXlsx(await readAs<ArrayBuffer>(file, 'buffer'));
  if (/\.(csv|txt)$/i.test(file.name)) return readCsv(await readAs<string>(file, 'text'));
  throw new Error('unknownType');
}
