// CSV for Dutch Excel: BOM, `;`, decimal comma, and text that could run as a formula neutralised.
import { describe, expect, it } from 'vitest';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { evaluateModel, type ModelFile } from '../../src/engine';
import { translate } from '../../src/i18n';
import { ratio, sumDecimals } from '../../src/model';
import { neutralise, type Sheet } from '../../src/features/export/cells';
import { sheetToCsv } from '../../src/features/export/csv';
import { exportMessages, type ExportKey } from '../../src/features/export/messages';
import { buildWorkbook } from '../../src/features/export/workbook';

const t = (key: ExportKey, vars?: Record<string, string | number>) => translate(exportMessages, 'nl', key, vars);

/** A small CSV reader for the test: `;`-separated, `"` quoting with doubled quotes, CRLF rows. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const ch = csv[i] as string;
    if (isQuoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') isQuoted = false;
      else field += ch;
    } else if (ch === '"') isQuoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  return rows;
}

describe('neutralise', () => {
  it('prefixes text that starts like a formula, and leaves numbers and plain text alone', () => {
    for (const s of ['=HYPERLINK("x")', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', '=1'])
      expect(neutralise(s)).toBe(`'${s}`);
    for (const s of ['Haarlem', '-12', '-12,5', '+3.25', '2015', 'a=b']) expect(neutralise(s)).toBe(s);
  });
});

describe('csv', () => {
  const sheet: Sheet = {
    id: 'x',
    name: 'x',
    header: ['Naam', 'Bedrag', 'Aandeel'],
    rows: [
      [
        { kind: 'text', value: '=HYPERLINK("x")' },
        { kind: 'number', value: '-1234.56', format: 'money' },
        { kind: 'number', value: '0.045', format: 'rate' },
      ],
      [{ kind: 'text', value: 'a;b "c"' }, null, { kind: 'text', value: '@x' }],
      [
        { kind: 'text', value: 'regel\nnieuw' },
        { kind: 'number', value: '1000000.00', format: 'money' },
        { kind: 'text', value: '-5' },
      ],
    ],
  };

  it('writes UTF-8 with a BOM, semicolons, CRLF and a decimal comma; numbers unquoted and unprefixed', () => {
    const csv = sheetToCsv(sheet);
    expect(csv.startsWith('\uFEFFNaam;Bedrag;Aandeel\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]).toEqual(['\'=HYPERLINK("x")', '-1234,56', '4,5%']);
    expect(rows[2]).toEqual(['a;b "c"', '', "'@x"]);
    expect(rows[3]).toEqual(['regel\nnieuw', '1000000,00', '-5']);
    expect(csv).toContain(';-1234,56;');
  });

  it('carries the engine’s totals of the example to the cent', () => {
    const model = example as ModelFile;
    const evaluation = evaluateModel(model);
    const totals = buildWorkbook(model, evaluation, t, 'nl', '2025-01-01').find((s) => s.id === 'totals') as Sheet;
    const rows = parseCsv(sheetToCsv(totals).slice(1));
    const header = rows[0] as string[];
    const at = (name: ExportKey) => header.indexOf(t(name));
    expect(rows.length - 1).toBe(evaluation.scenarios.reduce((n, s) => n + s.years.length, 0));
    for (const r of rows.slice(1)) {
      const y = evaluation.scenarios
        .find((s) => s.name === r[at('scenario')])
        ?.years.find((x) => String(x.year) === r[at('year')]);
      expect(r[at('total')]).toBe(y?.total.replace('.', ','));
      expect(r[at('cumulativeSavings')]).toBe(y?.cumulativeSavings.replace('.', ','));
    }
  });
});

describe('exact helpers', () => {
  it('adds decimal strings and divides them without floating point', () => {
    expect(sumDecimals(['0.10', '0.20', '-0.05'])).toBe('0.25');
    expect(sumDecimals(['12345678901234.56', '0.01'])).toBe('12345678901234.57');
    expect(ratio('1', '3')).toBe('0.333333');
    expect(ratio('-2', '3', 2)).toBe('-0.67');
    expect(ratio('5', '0')).toBeNull();
  });
});

describe('neutralise with leading whitespace (issue 21)', () => {
  it('prefixes a formula sign after leading spaces or line breaks, and a leading line feed', () => {
    for (const s of [' =1+1', '\n=HYPERLINK("x")', '  +cmd', ' \t-2+3', '\n@SUM(A1)', '\u00a0=1', '\nx'])
      expect(neutralise(s)).toBe(`'${s}`);
    for (const s of [' Haarlem', 'a =b', '-12']) expect(neutralise(s)).toBe(s);
  });
});

describe('xlsx cells longer than Excel allows (issue 21)', () => {
  it('cuts text over 32,767 characters, ending in a marker, and leaves shorter text whole', async () => {
    const { cellText, MAX_CELL_CHARS, TRUNCATED } = await import('../../src/features/export/xlsx');
    const long = 'a'.repeat(40_000);
    const cut = cellText(long);
    expect(cut.length).toBe(MAX_CELL_CHARS);
    expect(cut.endsWith(TRUNCATED)).toBe(true);
    expect(cellText('a'.repeat(MAX_CELL_CHARS))).toBe('a'.repeat(MAX_CELL_CHARS));
    // Neutralised first, then cut: the apostrophe counts towards the limit.
    expect(cellText(`=${'b'.repeat(MAX_CELL_CHARS)}`).length).toBe(MAX_CELL_CHARS);
  });
});
