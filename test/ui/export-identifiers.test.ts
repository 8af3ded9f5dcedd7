// The exports of the example name nothing by an internal identifier (issue 20, item 6): no ids,
// input paths, op or distribution codes in any CSV or in the workbook, in Dutch and in English.
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/engine';
import { haarlemHaarlemmermeerWithRanges as example } from '../../src/examples';
import { translate, type Locale } from '../../src/i18n';
import { sheetToCsv } from '../../src/features/export/csv';
import { exportMessages, type ExportKey } from '../../src/features/export/messages';
import { buildWorkbook, exportFileName } from '../../src/features/export/workbook';
import { sheetsToXlsx } from '../../src/features/export/xlsx';
import { internalIdentifiers } from '../support/identifiers';

describe.each(['nl', 'en'] as Locale[])('exports of the example (%s)', (locale) => {
  const t = (key: ExportKey, vars?: Record<string, string | number>) => translate(exportMessages, locale, key, vars);
  const evaluation = evaluateModel(example);
  const sheets = buildWorkbook(example, evaluation, t, locale, '2026-01-01');

  it('CSV: every sheet and its file name', () => {
    const found: Record<string, string[]> = {};
    for (const s of sheets) {
      const ids = internalIdentifiers(`${exportFileName(example, 'csv', s.name)}\n${sheetToCsv(s)}`, example, locale);
      if (ids.length > 0) found[s.name] = ids;
    }
    expect(found).toEqual({});
  });

  it('xlsx: every sheet name and cell', async () => {
    const read = await readXlsxFile(await sheetsToXlsx(sheets));
    const found: Record<string, string[]> = {};
    for (const s of read) {
      const text = [s.sheet, ...s.data.map((row) => row.map((c) => (c === null ? '' : String(c))).join('\t'))].join(
        '\n',
      );
      const ids = internalIdentifiers(text, example, locale);
      if (ids.length > 0) found[s.sheet] = ids;
    }
    expect(found).toEqual({});
  });
});
