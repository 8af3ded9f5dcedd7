// Issue 20 item 14: exports read like the screens — file names in the UI's language, codes in
// words, rates as percentages, payback to one decimal.
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/engine';
import { haarlemHaarlemmermeerWithRanges as example } from '../../src/examples';
import { translate, type Locale } from '../../src/i18n';
import { sheetToCsv } from '../../src/features/export/csv';
import { exportMessages, type ExportKey } from '../../src/features/export/messages';
import { buildWorkbook, exportFileName } from '../../src/features/export/workbook';
import { NUMBER_FORMATS } from '../../src/features/export/xlsx';
import { importMessages } from '../../src/features/import/messages';

const sheetsFor = (locale: Locale) => {
  const t = (key: ExportKey, vars?: Record<string, string | number>) => translate(exportMessages, locale, key, vars);
  return { t, sheets: buildWorkbook(example, evaluateModel(example), t, locale, '2026-01-01') };
};

describe('readable exports', () => {
  it('file names in the UI language: the workbook and the import templates', () => {
    const nl = sheetsFor('nl');
    expect(exportFileName(example, 'xlsx', nl.t('workbookFile'))).toMatch(/-gegevens-en-uitkomsten\.xlsx$/);
    expect(exportFileName(example, 'xlsx', sheetsFor('en').t('workbookFile'))).toMatch(/-data-and-results\.xlsx$/);
    expect(
      ['costs', 'staff', 'actuals'].map((k) => translate(importMessages, 'nl', `templateFile_${k}` as never)),
    ).toEqual(['sjabloon-kosten.csv', 'sjabloon-formatie.csv', 'sjabloon-realisatie.csv']);
  });

  it('payback to one decimal, as a number with one decimal', () => {
    const { sheets } = sheetsFor('nl');
    const keys = sheets.find((s) => s.id === 'keyFigures')!;
    const col =
      keys.header.indexOf('Terugverdientijd (jaren)') >= 0 ? keys.header.indexOf('Terugverdientijd (jaren)') : 4;
    const cells = keys.rows.map((r) => r[col]).filter((c) => c !== null);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(c).toMatchObject({ kind: 'number', format: 'years1' });
      expect((c as { value: string }).value).toMatch(/^-?\d+\.\d$/);
    }
    const payback = evaluateModel(example).scenarios.find((s) => s.paybackYears !== null)!.paybackYears!;
    expect(cells.map((c) => (c as { value: string }).value)).toContain((Math.round(payback * 10) / 10).toFixed(1));
    expect(NUMBER_FORMATS.years1).toBe('0.0');
  });

  it('rates as percentages in CSV and xlsx; the depreciation method in words', () => {
    const { sheets } = sheetsFor('nl');
    const model = sheets.find((s) => s.id === 'model')!;
    const csv = sheetToCsv(model);
    expect(Number(example.assumptions?.discountRate)).toBe(0.03);
    expect(csv).toMatch(/\r\nDisconteringsvoet[^;\r]*;3,0%\r\n/);
    expect(NUMBER_FORMATS.rate).toMatch(/%$/);
    expect(csv).toMatch(/Afschrijvingsmethode[^\r]*;(lineair|annuïtair)\r\n/);
    expect(csv).not.toMatch(/;(linear|annuity|opex|capex)\r?\n/);
  });
});
