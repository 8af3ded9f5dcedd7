// Issue 21, item 6: tables are read within row, column, cell and unpacked-size limits and
// refused as soon as one is passed — a 600,000-row workbook under 5 MB, a 100,000-row CSV and
// zip bombs stop early with a message that names the limit, before the rest is unpacked.
import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  MAX_TABLE_CELLS,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  MAX_UNPACKED_BYTES,
  TableRefusal,
} from '../../src/components/table-file/import-limits';
import { importMessages } from '../../src/features/import/messages';
import { readCsv, readTableFile, readXlsx } from '../../src/components/table-file/read-file';
import type { UnpackStats } from '../../src/components/table-file/xlsx-limited';
import { translate } from '../../src/i18n';
import { buildZip, manyRowsSheetXml, sheetXml, workbookParts } from '../support/xlsx-build';

const buffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

async function refusal(p: Promise<unknown> | (() => unknown)): Promise<TableRefusal> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof TableRefusal) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('the limits of an imported table', () => {
  it('are derived from what a table holds and name themselves in both languages', () => {
    expect(MAX_TABLE_ROWS).toBe(1000);
    expect(MAX_TABLE_COLUMNS).toBe(122);
    expect(MAX_TABLE_CELLS).toBe(61_000);
    expect(translate(importMessages, 'nl', 'tooManyRows', { max: '1.000' })).toContain('meer dan 1.000 rijen');
    expect(translate(importMessages, 'en', 'tooManyRows', { max: '1,000' })).toContain('more than 1,000 rows');
    expect(translate(importMessages, 'nl', 'tooLargeUnpacked', { max: '20' })).toContain('uitgepakt groter dan 20 MB');
  });

  it('reads a plain workbook built the same way (so refusals below are about size, not form)', async () => {
    const file = buildZip(
      workbookParts(
        sheetXml([
          ['Categorie', 2026, 2027],
          ['Applicaties', 100, 110.5],
        ]),
      ),
    );
    expect(await readXlsx(buffer(file))).toEqual([
      [
        { kind: 'text', value: 'Categorie' },
        { kind: 'number', raw: '2026' },
        { kind: 'number', raw: '2027' },
      ],
      [
        { kind: 'text', value: 'Applicaties' },
        { kind: 'number', raw: '100' },
        { kind: 'number', raw: '110.5' },
      ],
    ]);
  });
});

describe('a 600,000-row xlsx under 5 MB', () => {
  const sheet = manyRowsSheetXml(600_000);
  const file = buildZip(workbookParts(sheet, { level: 9 }));

  it('is refused for its rows after unpacking only the first of them', async () => {
    expect(file.length).toBeLessThan(MAX_FILE_BYTES);
    const stats: UnpackStats = { inflatedBytes: 0 };
    const e = await refusal(readXlsx(buffer(file), stats));
    expect(e.code).toBe('tooManyRows');
    expect(e.vars).toEqual({ max: MAX_TABLE_ROWS });
    // Stopped within the first 2 % of the sheet's 49 MB of XML.
    expect(sheet.length).toBeGreaterThan(MAX_UNPACKED_BYTES);
    expect(stats.inflatedBytes).toBeLessThan(sheet.length / 50);
  });

  it('is refused the same way through the file reader the worker runs', async () => {
    expect((await refusal(readTableFile(new File([buffer(file)], 'begroting.xlsx')))).code).toBe('tooManyRows');
  });

  it('a single cell far down or far right is refused for the grid it would make', async () => {
    const far = (ref: string) =>
      buffer(
        buildZip(
          workbookParts(
            new TextEncoder().encode(
              `<worksheet><sheetData><row r="${ref.replace(/\D/g, '')}"><c r="${ref}"><v>1</v></c></row></sheetData></worksheet>`,
            ),
          ),
        ),
      );
    expect((await refusal(readXlsx(far('A1048576')))).code).toBe('tooManyRows');
    expect((await refusal(readXlsx(far('XFD1')))).code).toBe('tooManyColumns');
    expect((await refusal(readXlsx(far('DA900')))).code).toBe('tooManyCells');
  });
});

describe('a 100,000-row CSV', () => {
  const csv = ['Categorie;2026;2027', ...Array.from({ length: 100_000 }, (_, i) => `Regel ${i};1;2`)].join('\r\n');

  it('is refused for its rows, with the message naming the limit', async () => {
    const e = await refusal(() => readCsv(csv));
    expect(e.code).toBe('tooManyRows');
    expect(translate(importMessages, 'nl', e.code, { max: '1.000' })).toMatch(/^de tabel heeft meer dan 1\.000 rijen/);
    const file = new File([csv], 'begroting.csv');
    expect(file.size).toBeLessThan(MAX_FILE_BYTES);
    expect((await refusal(readTableFile(file))).code).toBe('tooManyRows');
  });

  it('a table of the most rows is still read', () => {
    const rows = ['Categorie;2026', ...Array.from({ length: MAX_TABLE_ROWS - 1 }, (_, i) => `R${i};1`)].join('\n');
    expect(readCsv(rows)).toHaveLength(MAX_TABLE_ROWS);
  });

  it('one very wide row is refused for its columns, many fields for their cells', async () => {
    expect((await refusal(() => readCsv(`Categorie${';2026'.repeat(200)}\n`))).code).toBe('tooManyColumns');
    const wide = Array.from({ length: 600 }, () => `X${';1'.repeat(120)}`).join('\n');
    expect((await refusal(() => readCsv(wide))).code).toBe('tooManyCells');
  });
});

describe('a zip bomb', () => {
  const withStrings = (sheet: Uint8Array, strings: Uint8Array, statedSize?: number) => {
    const parts = workbookParts(sheet);
    const rels = parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!;
    rels.data = new TextEncoder().encode(
      new TextDecoder()
        .decode(rels.data)
        .replace(
          '</Relationships>',
          '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        ),
    );
    parts.push({ name: 'xl/sharedStrings.xml', data: strings, statedSize });
    return buffer(buildZip(parts));
  };

  it('whose shared texts state a size past the cap is refused before they are unpacked', async () => {
    const stats: UnpackStats = { inflatedBytes: 0 };
    const strings = new TextEncoder().encode(`<sst><si><t>${'x'.repeat(1_000_000)}</t></si></sst>`);
    const e = await refusal(readXlsx(withStrings(sheetXml([['Categorie', 2026]]), strings, 4_000_000_000), stats));
    expect(e.code).toBe('tooLargeUnpacked');
    expect(e.vars).toEqual({ max: 20 });
    expect(stats.inflatedBytes).toBeLessThan(2000); // the workbook's index and the small sheet only
  });

  it('whose sheet states 4 GB but holds 600,000 rows is refused for its rows, early', async () => {
    const stats: UnpackStats = { inflatedBytes: 0 };
    const lying = buildZip(workbookParts(manyRowsSheetXml(600_000), { sheetStatedSize: 4_000_000_000, level: 1 }));
    expect((await refusal(readXlsx(buffer(lying), stats))).code).toBe('tooManyRows');
    expect(stats.inflatedBytes).toBeLessThan(1_000_000);
  });

  it('whose sheet understates its size is stopped by the running count just past the cap', async () => {
    const stats: UnpackStats = { inflatedBytes: 0 };
    const zeros = new Uint8Array(60_000_000);
    const file = buildZip(workbookParts(zeros, { sheetStatedSize: 1000 }));
    expect(file.length).toBeLessThan(MAX_FILE_BYTES);
    const e = await refusal(readXlsx(buffer(file), stats));
    expect(e.code).toBe('tooLargeUnpacked');
    expect(stats.inflatedBytes).toBeGreaterThan(MAX_UNPACKED_BYTES);
    expect(stats.inflatedBytes).toBeLessThan(MAX_UNPACKED_BYTES + 2_000_000);
  });

  it('hidden in the shared texts is stopped the same way', async () => {
    const stats: UnpackStats = { inflatedBytes: 0 };
    const text = new TextEncoder().encode(`<sst><si><t>${'x'.repeat(30_000_000)}</t></si></sst>`);
    const e = await refusal(readXlsx(withStrings(sheetXml([['Categorie', 2026]]), text, 100), stats));
    expect(e.code).toBe('tooLargeUnpacked');
    expect(stats.inflatedBytes).toBeLessThan(MAX_UNPACKED_BYTES + 2_000_000);
  });

  it('in a part the import does not read (another sheet, an image) is never unpacked', async () => {
    const stats: UnpackStats = { inflatedBytes: 0 };
    const parts = workbookParts(
      sheetXml([
        ['Categorie', 2026],
        ['Applicaties', 5],
      ]),
    );
    parts.push({ name: 'xl/media/image1.png', data: new Uint8Array(50_000_000), statedSize: 10 });
    const cells = await readXlsx(buffer(buildZip(parts)), stats);
    expect(cells[1]).toEqual([
      { kind: 'text', value: 'Applicaties' },
      { kind: 'number', raw: '5' },
    ]);
    expect(stats.inflatedBytes).toBeLessThan(2000);
  });
});
