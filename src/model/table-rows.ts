/**
 * Reads a table of municipalities (issue 19, "Model uit tabel"): one row per municipality with
 * its name, inhabitants and optionally workstations, employees, ICT cost per inhabitant and a
 * region, as pasted from a spreadsheet or read from a file. Every row is checked before a model
 * is made; each problem names its row (as the spreadsheet numbers it) and its column (as the
 * table's header names it), so the user finds it in Excel. Nothing is guessed: a cell that is no
 * number, a name given twice or a required value left empty is refused.
 */
import { parseUserNumber, type Locale } from '../i18n/format';

export type TableField = 'name' | 'inhabitants' | 'workstations' | 'employees' | 'costPerInhabitant' | 'region';

/** Table columns in the order assumed when the table has no header row. */
export const TABLE_FIELDS: readonly TableField[] = [
  'name',
  'inhabitants',
  'workstations',
  'employees',
  'costPerInhabitant',
  'region',
];

/** Header texts recognised per field (compared lower-case, without punctuation or accents). */
const HEADERS: Record<TableField, string[]> = {
  name: ['naam', 'gemeente', 'gemeentenaam', 'naam gemeente', 'name', 'municipality'],
  inhabitants: ['inwoners', 'aantal inwoners', 'inwonertal', 'inhabitants', 'population'],
  workstations: ['werkplekken', 'aantal werkplekken', 'workstations'],
  employees: ['medewerkers', 'werknemers', 'aantal medewerkers', 'employees'],
  costPerInhabitant: [
    'ict kosten per inwoner',
    'ictkosten per inwoner',
    'kosten per inwoner',
    'eur per inwoner',
    'ict cost per inhabitant',
    'cost per inhabitant',
  ],
  region: ['regio', 'region', 'provincie', 'province'],
};

export type TableProblemCode =
  | 'noRows'
  | 'noNameColumn'
  | 'noInhabitantsColumn'
  | 'columnTwice'
  | 'unknownColumn'
  | 'emptyRow'
  | 'empty'
  | 'notANumber'
  | 'notInteger'
  | 'negative'
  | 'notPositive'
  | 'tooLarge'
  | 'duplicateName'
  | 'noRegion'
  | 'extraCells'
  | 'tooMany';

/** `error` blocks making the model; `warning` is shown in the preview and does not. */
export type TableProblem = {
  level: 'error' | 'warning';
  /** Row as the spreadsheet numbers it (1 = the first line of the table); 0 for the table as a whole. */
  row: number;
  /** The column as the table names it (its header text), or '' for the row or table as a whole. */
  column: string;
  code: TableProblemCode;
  vars: Record<string, string | number>;
};

export type TableMunicipality = {
  row: number;
  name: string;
  inhabitants: string;
  workstations?: string;
  employees?: string;
  /** The municipality's own ICT cost per inhabitant (decimal string), when the table gives it. */
  costPerInhabitant?: string;
  region?: string;
};

export type TableRead = {
  /** Which field each column holds (null: a column that is not used). */
  columns: (TableField | null)[];
  /** The column names as shown in messages (the header text, or the field's name without a header). */
  columnNames: string[];
  hasHeader: boolean;
  rows: TableMunicipality[];
  problems: TableProblem[];
};

export type ReadOptions = {
  /** How numbers are written in the table (default nl: `61.000`, `106,50`). */
  locale?: Locale;
  /** Most municipalities the table may hold. */
  maxRows: number;
  /** The names of the fields in the UI language, for a table without a header. */
  fieldNames: Record<TableField, string>;
};

const LIMITS: Record<'count' | 'money', string> = { count: '100000000', money: '1000000' };

const normal = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/€/g, ' eur ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const MATCH = new Map<string, TableField>(
  (Object.entries(HEADERS) as [TableField, string[]][]).flatMap(([f, names]) => names.map((n) => [normal(n), f])),
);

export const normalName = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

const isBlank = (row: string[] | undefined) => !row || row.every((c) => c.trim() === '');

function isGreater(a: string, b: string): boolean {
  const [ai = '0', af = ''] = a.split('.');
  const [bi = '0', bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length > bi.length;
  if (ai !== bi) return ai > bi;
  return af.padEnd(bf.length, '0') > bf.padEnd(af.length, '0');
}

/** Which field each header cell names; null when the first row is no header (it names neither name nor inhabitants). */
function headerFields(first: string[]): (TableField | null)[] | null {
  const fields = first.map((c) => MATCH.get(normal(c)) ?? null);
  return fields.includes('name') || fields.includes('inhabitants') ? fields : null;
}

type NumberKind = { isInteger: boolean; isPositive: boolean; limit: string };

const NUMBER_KINDS: Partial<Record<TableField, NumberKind>> = {
  inhabitants: { isInteger: true, isPositive: true, limit: LIMITS.count },
  workstations: { isInteger: true, isPositive: false, limit: LIMITS.count },
  employees: { isInteger: true, isPositive: false, limit: LIMITS.count },
  costPerInhabitant: { isInteger: false, isPositive: false, limit: LIMITS.money },
};

/** Reads and checks the table; `cells` are its rows as text (a pasted block or a file). */
export function readMunicipalityTable(cells: string[][], o: ReadOptions): TableRead {
  const problems: TableProblem[] = [];
  const start = cells.findIndex((r) => !isBlank(r));
  const header = start >= 0 ? headerFields(cells[start] as string[]) : null;
  const hasHeader = header !== null;
  const width = Math.max(0, ...cells.map((r) => r.length));
  const columns: (TableField | null)[] = hasHeader
    ? header
    : Array.from({ length: width }, (_, i) => TABLE_FIELDS[i] ?? null);
  const columnNames = columns.map((f, i) =>
    hasHeader ? (cells[start]?.[i] ?? '').trim() : f === null ? String(i + 1) : o.fieldNames[f],
  );
  const problem = (level: TableProblem['level'], row: number, col: number, code: TableProblemCode, vars = {}) =>
    problems.push({ level, row, column: col < 0 ? '' : (columnNames[col] ?? String(col + 1)), code, vars });

  const seenField = new Map<TableField, number>();
  columns.forEach((f, i) => {
    if (f === null) {
      if (hasHeader && (cells[start]?.[i] ?? '').trim() !== '') problem('warning', start + 1, i, 'unknownColumn');
      return;
    }
    if (seenField.has(f)) {
      problem('error', start + 1, i, 'columnTwice', { other: columnNames[seenField.get(f) as number] ?? '' });
      columns[i] = null;
    } else seenField.set(f, i);
  });
  if (hasHeader && !seenField.has('name')) problem('error', start + 1, -1, 'noNameColumn', { name: o.fieldNames.name });
  if (hasHeader && !seenField.has('inhabitants'))
    problem('error', start + 1, -1, 'noInhabitantsColumn', { name: o.fieldNames.inhabitants });

  const rows: TableMunicipality[] = [];
  const names = new Map<string, number>();
  const first = start < 0 ? cells.length : hasHeader ? start + 1 : start;
  const last = cells.reduce((at, r, i) => (isBlank(r) ? at : i), -1);
  for (let r = first; r <= last; r += 1) {
    const line = cells[r] as string[];
    const rowNo = r + 1;
    if (isBlank(line)) {
      problem('warning', rowNo, -1, 'emptyRow');
      continue;
    }
    const out: TableMunicipality = { row: rowNo, name: '', inhabitants: '0' };
    let isValid = true;
    // More cells than the header names: a decimal comma in a comma-separated file, or a shifted row.
    const extra = line.findIndex((cell, c) => c >= columns.length && cell.trim() !== '');
    if (hasHeader && extra >= 0) {
      problem('error', rowNo, -1, 'extraCells', { column: extra + 1, columns: columns.length });
      isValid = false;
    }
    columns.forEach((field, c) => {
      if (field === null) return;
      const text = (line[c] ?? '').trim();
      if (field === 'name' || field === 'region') {
        if (text !== '') out[field] = text.replace(/\s+/g, ' ');
        else if (field === 'name') {
          problem('error', rowNo, c, 'empty');
          isValid = false;
        }
        return;
      }
      const kind = NUMBER_KINDS[field] as NumberKind;
      if (text === '') {
        // An own ICT cost per inhabitant is optional per row: the template applies without one.
        if (field !== 'costPerInhabitant') {
          problem('error', rowNo, c, 'empty');
          isValid = false;
        }
        return;
      }
      const value = parseUserNumber(text, { locale: o.locale ?? 'nl' });
      const code: TableProblemCode | null =
        value === null
          ? 'notANumber'
          : value.startsWith('-')
            ? 'negative'
            : kind.isInteger && value.includes('.')
              ? 'notInteger'
              : kind.isPositive && !/[1-9]/.test(value)
                ? 'notPositive'
                : isGreater(value, kind.limit)
                  ? 'tooLarge'
                  : null;
      if (code !== null || value === null) {
        problem('error', rowNo, c, code ?? 'notANumber', { text, limit: kind.limit });
        isValid = false;
        return;
      }
      out[field] = value;
    });
    if (out.name !== '') {
      const key = normalName(out.name);
      const other = names.get(key);
      if (other !== undefined) {
        problem('error', rowNo, columns.indexOf('name'), 'duplicateName', { name: out.name, other });
        isValid = false;
      } else names.set(key, rowNo);
    }
    if (seenField.has('region') && out.region === undefined && out.name !== '')
      problem('warning', rowNo, columns.indexOf('region'), 'noRegion', { name: out.name });
    if (isValid) rows.push(out);
  }
  const count = names.size;
  if (count === 0 && !problems.some((p) => p.level === 'error')) problem('error', 0, -1, 'noRows');
  if (count > o.maxRows) problem('error', 0, -1, 'tooMany', { count, max: o.maxRows });
  return { columns, columnNames, hasHeader, rows, problems };
}

/**
 * A CSV text as rows of cells: `;`, tab or `,` between fields (whichever the first line uses
 * outside quotes), quoted fields may hold separators, quotes ("") and line breaks.
 */
export function splitTableText(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const firstLine = (input.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const sep = firstLine.includes('\t') ? '\t' : firstLine.includes(';') ? ';' : ',';
  return splitDelimited(input, sep);
}

/**
 * Delimited text (no byte-order mark) split at `sep` into rows of fields; quoted fields may hold
 * separators, quotes ("") and line breaks. `afterField` and `afterRow` see the parts as they are
 * read, so a reader with limits (components/table-file) can stop at the first one passed.
 */
export function splitDelimited(
  input: string,
  sep: string,
  hooks: { afterField?: (row: string[]) => void; afterRow?: (rows: string[][]) => void } = {},
): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  const endField = () => {
    row.push(field);
    field = '';
    hooks.afterField?.(row);
  };
  const endRow = () => {
    rows.push(row);
    row = [];
    hooks.afterRow?.(rows);
  };
  for (let i = 0; i < input.length; i += 1) {
    const ch = input[i] as string;
    if (isQuoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') isQuoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') isQuoted = true;
    else if (ch === sep) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i += 1;
      endField();
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    endField();
    endRow();
  }
  return rows;
}
