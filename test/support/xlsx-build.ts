/**
 * Builds .xlsx files (zip archives of XML parts) in tests: a plain workbook of one sheet, and
 * hostile ones — a sheet of very many rows, parts that state one size and unpack to another.
 * Written by hand rather than with an xlsx writer, so the tests control every byte of the zip.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export type ZipPart = { name: string; data: Uint8Array; statedSize?: number; level?: number };

/** A zip of deflated parts; `statedSize` overrides the size its headers state (a lying zip). */
export function buildZip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const body = deflateRawSync(part.data, { level: part.level ?? 6 });
    const stated = part.statedSize ?? part.data.length;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(stated, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(stated, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const xml = (s: string) => new Uint8Array(Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`));
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts around a sheet: content types, package and workbook relations, workbook. */
export function workbookParts(
  sheet: ZipPart['data'],
  extra: { sheetStatedSize?: number; level?: number } = {},
): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Tabel" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, statedSize: extra.sheetStatedSize, level: extra.level },
  ];
}

const column = (i: number) => String.fromCharCode(65 + i);

/** A sheet's XML from rows of numbers and inline texts (`r` attributes written as Excel does). */
export function sheetXml(rows: (string | number)[][]): Uint8Array {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) =>
          typeof v === 'number'
            ? `<c r="${column(c)}${r + 1}"><v>${v}</v></c>`
            : `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${v}</t></is></c>`,
        )
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return xml(`<worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`);
}

/**
 * A sheet of `count` rows — a header of years, then a label (shared text 0) and a number per
 * row, as Excel writes them (a 600,000-row sheet is 49 MB of XML, 4.6 MB deflated at level 9).
 */
export function manyRowsSheetXml(count: number): Uint8Array {
  const pieces: string[] = [`<worksheet xmlns="${NS}"><sheetData>`];
  pieces.push('<row r="1"><c r="A1" t="inlineStr"><is><t>Categorie</t></is></c><c r="B1"><v>2026</v></c></row>');
  for (let r = 2; r <= count; r += 1)
    pieces.push(`<row r="${r}"><c r="A${r}" t="s"><v>0</v></c><c r="B${r}"><v>1</v></c></row>`);
  pieces.push('</sheetData></worksheet>');
  return xml(pieces.join(''));
}
