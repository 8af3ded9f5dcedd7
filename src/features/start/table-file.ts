/**
 * A chosen file as rows of cell texts for "Model uit tabel": CSV through the model's table
 * splitter, .xlsx through read-excel-file (loaded on demand). The import feature has its own
 * reader for baseline tables (features/import/read-file.ts); a feature may not import another,
 * so this one stays small and reads text cells only.
 */
import { splitTableText } from '../../model';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

type Tagged = { raw: string };
const isTagged = (v: unknown): v is Tagged => typeof v === 'object' && v !== null && 'raw' in v;

/** A spreadsheet cell as text: numbers keep the file's exact digits, written with a decimal comma (read as Dutch). */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isTagged(v)) return v.raw.replace('.', ',');
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** Reads the file; throws an Error whose message is a short reason when it cannot. */
export async function readTableCells(file: File): Promise<string[][]> {
  if (file.size > MAX_FILE_BYTES) throw new Error('> 5 MB');
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/universal');
    const rows = await readSheet<Tagged>(await file.arrayBuffer(), { parseNumber: (raw: string) => ({ raw }) });
    return rows.map((row) => row.map(cellText));
  }
  if (/\.(csv|txt|tsv)$/i.test(file.name)) return splitTableText(await file.text());
  throw new Error(file.name);
}
