/**
 * Reads a baseline table from a spreadsheet: the first row holds the years, the first column
 * the categories (costs) or function groups (staff), the cells euros or FTE. Every cell is
 * checked; each problem names its cell (`C4`), so the user can find it in Excel.
 */
import type { ModelFile } from '../../engine';
import { parseUserNumber, shiftDecimal } from '../../i18n/format';
import { categoriesOf, categoryLabel, functionGroupsOf, groupLabel, lastActualYear } from '../../model';

/** A cell as read from a file: numbers keep the exact text the file stores. */
import type { RawCell } from '../../components/table-file';
export type { RawCell };

/** `actuals`: a municipality's realised ICT cost and FTE per year (model-v3 §10.8). */
export type ImportKind = 'costs' | 'staff' | 'actuals';

export type ProblemCode =
  | 'noHeader'
  | 'noRows'
  | 'notAYear'
  | 'yearOutside'
  | 'yearTwice'
  | 'noLabel'
  | 'unknownCategory'
  | 'unknownGroup'
  | 'unknownActualRow'
  | 'oneOffCategory'
  | 'rowTwice'
  | 'notANumber'
  | 'negative'
  | 'tooLarge'
  | 'noYearAbove';

export type Problem = { cell: string; code: ProblemCode; vars: Record<string, string | number> };

export type ImportRow = { row: number; label: string; id: string | null; values: (string | null)[] };

export type ParsedTable = {
  kind: ImportKind;
  /** Index (0-based) of the header row in the file. */
  headerRow: number;
  /** The header's year per data column (null where the header cell is not a usable year). */
  years: (number | null)[];
  rows: ImportRow[];
  /** Rows left out on purpose: totals (named `Totaal`/`Total`). */
  skipped: { row: number; label: string }[];
  problems: Problem[];
};

/** Largest amount a single value may hold (the engine's limit on one amount). */
const MAX = '1000000000000';

/** Column letters as in Excel: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const cellName = (row: number, col: number): string => `${columnName(col)}${row + 1}`;

const normal = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** A number stored by a spreadsheet (`1234.5`, `1.5E-3`) as a plain decimal string. */
export function rawToDecimal(raw: string): string | null {
  const m = /^\s*([-+]?\d+(?:\.\d+)?)(?:[eE]([-+]?\d+))?\s*$/.exec(raw);
  if (!m) return null;
  const shifted = m[2] ? shiftDecimal(m[1] as string, Number(m[2])) : (m[1] as string);
  return parseUserNumber(shifted.replace(/^\+/, ''), { locale: 'en' });
}

/** The decimal value of a cell, `'0'` for an empty one, or null when it is no number. */
export function cellDecimal(cell: RawCell | undefined): string | null {
  if (!cell || cell.kind === 'empty') return '0';
  if (cell.kind === 'number') return rawToDecimal(cell.raw);
  if (cell.kind === 'text') return cell.value.trim() === '' ? '0' : parseUserNumber(cell.value, { locale: 'nl' });
  return null;
}

const cellText = (cell: RawCell | undefined): string =>
  !cell || cell.kind === 'empty' ? '' : cell.kind === 'number' ? cell.raw : cell.value.trim();

const isEmptyRow = (row: RawCell[] | undefined) => !row || row.every((c) => cellText(c) === '');

/** Row names of a table of realised figures: the ICT cost (`total`) and the FTE (`fte`). */
const ACTUAL_ROWS: Record<string, 'total' | 'fte'> = {
  total: 'total',
  totaal: 'total',
  'ict-kosten': 'total',
  ictkosten: 'total',
  'ict kosten': 'total',
  kosten: 'total',
  realisatie: 'total',
  'gerealiseerde ict-kosten': 'total',
  'ict cost': 'total',
  cost: 'total',
  actual: 'total',
  'realised ict cost': 'total',
  fte: 'fte',
  formatie: 'fte',
  'formatie (fte)': 'fte',
  'gerealiseerde formatie (fte)': 'fte',
  staff: 'fte',
  'staff (fte)': 'fte',
  'realised staff (fte)': 'fte',
};

function labelMatcher(model: ModelFile, kind: ImportKind): Map<string, string> {
  const out = new Map<string, string>();
  if (kind === 'actuals') {
    for (const [name, id] of Object.entries(ACTUAL_ROWS)) out.set(name, id);
    return out;
  }
  const items = kind === 'costs' ? categoriesOf(model) : functionGroupsOf(model);
  const label = (id: string, locale: 'nl' | 'en') =>
    kind === 'costs' ? categoryLabel(model, id, locale) : groupLabel(model, id, locale);
  for (const item of items)
    for (const name of [item.id, item.label, label(item.id, 'nl'), label(item.id, 'en')])
      out.set(normal(name), item.id);
  return out;
}

function isGreater(a: string, b: string): boolean {
  const [ai = '0', af = ''] = a.replace('-', '').split('.');
  const [bi = '0', bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length > bi.length;
  if (ai !== bi) return ai > bi;
  return af.padEnd(bf.length, '0') > bf.padEnd(af.length, '0');
}

function readHeader(
  header: RawCell[],
  model: ModelFile,
  headerRow: number,
  problems: Problem[],
  kind: ImportKind,
): (number | null)[] {
  const { startYear } = model.horizon;
  // Realised figures may lie up to L (model-v3 §10.8); baseline tables fill the plan's horizon.
  const endYear = kind === 'actuals' ? lastActualYear(model) : model.horizon.endYear;
  const years: (number | null)[] = [];
  const seen = new Map<number, string>();
  for (let c = 1; c < header.length; c += 1) {
    const text = cellText(header[c]);
    const where = cellName(headerRow, c);
    if (text === '') {
      years.push(null);
      continue;
    }
    const y = /^\d{4}$/.test(text.replace(/\.0+$/, '')) ? Number(text.replace(/\.0+$/, '')) : null;
    if (y === null) {
      problems.push({ cell: where, code: 'notAYear', vars: { text } });
      years.push(null);
      continue;
    }
    if (y < startYear || y > endYear)
      problems.push({ cell: where, code: 'yearOutside', vars: { year: y, from: startYear, to: endYear } });
    else if (seen.has(y))
      problems.push({ cell: where, code: 'yearTwice', vars: { year: y, other: seen.get(y) as string } });
    else seen.set(y, where);
    years.push(y >= startYear && y <= endYear ? y : null);
  }
  return years;
}

/** Parses and checks a table for one party of the model; nothing in the model is touched. */
export function parseTable(table: RawCell[][], model: ModelFile, kind: ImportKind): ParsedTable {
  const problems: Problem[] = [];
  const headerRow = table.findIndex((r) => !isEmptyRow(r));
  if (headerRow < 0)
    return {
      kind,
      headerRow: 0,
      years: [],
      rows: [],
      skipped: [],
      problems: [{ cell: 'A1', code: 'noHeader', vars: {} }],
    };
  const years = readHeader(table[headerRow] as RawCell[], model, headerRow, problems, kind);
  if (!years.some((y) => y !== null) && problems.length === 0)
    problems.push({ cell: cellName(headerRow, 1), code: 'noHeader', vars: {} });
  const matcher = labelMatcher(model, kind);
  const oneOff = new Set(
    categoriesOf(model)
      .filter((c) => c.group === 'oneOff')
      .map((c) => c.id),
  );
  const rows: ImportRow[] = [];
  const skipped: { row: number; label: string }[] = [];
  const seen = new Map<string, number>();
  for (let r = headerRow + 1; r < table.length; r += 1) {
    const cells = table[r] as RawCell[];
    if (isEmptyRow(cells)) continue;
    const label = cellText(cells[0]);
    if (kind !== 'actuals' && /^(totaal|total)\b/i.test(label)) {
      skipped.push({ row: r + 1, label });
      continue;
    }
    const id = label === '' ? null : (matcher.get(normal(label)) ?? null);
    const where = cellName(r, 0);
    if (label === '') problems.push({ cell: where, code: 'noLabel', vars: {} });
    else if (id === null)
      problems.push({
        cell: where,
        code: kind === 'costs' ? 'unknownCategory' : kind === 'staff' ? 'unknownGroup' : 'unknownActualRow',
        vars: { label },
      });
    else if (kind === 'costs' && oneOff.has(id))
      problems.push({ cell: where, code: 'oneOffCategory', vars: { label } });
    else if (seen.has(id))
      problems.push({ cell: where, code: 'rowTwice', vars: { label, row: seen.get(id) as number } });
    else seen.set(id, r + 1);
    const values = years.map((y, i) => {
      const cell = cells[i + 1];
      const at = cellName(r, i + 1);
      const value = cellDecimal(cell);
      if (y === null) return null;
      // In a table of realised figures an empty cell is a year not realised yet, not 0.
      if (kind === 'actuals' && cellText(cell) === '') return null;
      if (value === null) {
        problems.push({ cell: at, code: 'notANumber', vars: { text: cellText(cell) } });
        return null;
      }
      if (value.startsWith('-') && value !== '0') {
        problems.push({ cell: at, code: 'negative', vars: { text: cellText(cell) } });
        return null;
      }
      if (isGreater(value, MAX)) {
        problems.push({ cell: at, code: 'tooLarge', vars: { text: cellText(cell) } });
        return null;
      }
      return value;
    });
    // A value in a column without a year above it cannot be placed.
    for (let c = 1; c < cells.length; c += 1) {
      if (years[c - 1] === undefined || (years[c - 1] === null && cellText(table[headerRow]?.[c]) === '')) {
        if (cellText(cells[c]) !== '') problems.push({ cell: cellName(r, c), code: 'noYearAbove', vars: {} });
      }
    }
    rows.push({ row: r + 1, label, id, values });
  }
  if (rows.length === 0) problems.push({ cell: cellName(headerRow + 1, 0), code: 'noRows', vars: {} });
  return { kind, headerRow, years, rows, skipped, problems: dedupe(problems) };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.cell}|${p.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
