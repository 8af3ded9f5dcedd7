/**
 * Unpacks the parts of an .xlsx that the import reads — and only those — within the limits of
 * import-limits.ts, before read-excel-file sees them:
 *
 * 1. the zip's central directory gives each entry's stated size: the parts to read must state
 *    at most MAX_UNPACKED_BYTES together, or the file is refused before they are inflated —
 *    except the sheet itself, which is scanned (3.) up to the cap, so that a refusal can name
 *    its rows rather than its bytes;
 * 2. each part is inflated in 1 kB pieces with a running byte count (a zip may understate its
 *    sizes), stopped as soon as the count passes the cap;
 * 3. the first sheet is scanned while it is inflated: its `<row>` and `<c>` elements and the
 *    row and column numbers they name. Too many rows, columns or cells stop the inflating at
 *    once — a 600,000-row sheet is refused after its first thousand rows, not after unpacking
 *    them all. (read-excel-file fills gaps up to the highest row and column named, so the
 *    numbers named count, not only the elements present.)
 *
 * What passes is handed on as a new, uncompressed zip of just those parts (workbook, its
 * relations, shared strings, styles, first sheet): other sheets, images and the rest of the
 * file are never inflated.
 */
import { Inflate, zipSync } from 'fflate';
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, MAX_UNPACKED_BYTES, TableRefusal } from './import-limits';

type Entry = { name: string; method: number; compressed: number; stated: number; offset: number; flags: number };

/** What the reader did: tests use it to show that a refusal came early. */
export type UnpackStats = { inflatedBytes: number };

const bad = () => new TableRefusal('badFile');
const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const utf8 = new TextDecoder('utf-8');

/** The entries of a zip's central directory. */
export function zipEntries(data: Uint8Array): Map<string, Entry> {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i -= 1)
    if (u32(data, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw bad();
  const count = u16(data, eocd + 10);
  let at = u32(data, eocd + 16);
  const out = new Map<string, Entry>();
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > data.length || u32(data, at) !== 0x02014b50) throw bad();
    const nameLength = u16(data, at + 28);
    const name = utf8.decode(data.subarray(at + 46, at + 46 + nameLength));
    out.set(name, {
      name,
      flags: u16(data, at + 8),
      method: u16(data, at + 10),
      compressed: u32(data, at + 20),
      stated: u32(data, at + 24),
      offset: u32(data, at + 42),
    });
    at += 46 + nameLength + u16(data, at + 30) + u16(data, at + 32);
  }
  return out;
}

/** The compressed bytes of an entry (from its local header). */
function entryData(data: Uint8Array, e: Entry): Uint8Array {
  if (e.flags & 1) throw bad(); // encrypted
  const at = e.offset;
  if (at + 30 > data.length || u32(data, at) !== 0x04034b50) throw bad();
  const start = at + 30 + u16(data, at + 26) + u16(data, at + 28);
  const end = start + e.compressed;
  if (end > data.length) throw bad();
  return data.subarray(start, end);
}

type Budget = { left: number; stats: UnpackStats };

const tooLarge = () => new TableRefusal('tooLargeUnpacked', { max: Math.round(MAX_UNPACKED_BYTES / 1e6) });

/** Inflates one entry within the budget; `onChunk` sees every piece as it comes. */
function inflateEntry(data: Uint8Array, e: Entry, budget: Budget, onChunk?: (c: Uint8Array) => void): Uint8Array {
  const raw = entryData(data, e);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const take = (c: Uint8Array) => {
    total += c.length;
    budget.stats.inflatedBytes += c.length;
    if (total > budget.left) throw tooLarge();
    onChunk?.(c);
    chunks.push(c);
  };
  if (e.method === 0) take(raw);
  else if (e.method === 8) {
    const inflate = new Inflate((c) => take(c));
    const step = 1024;
    try {
      for (let i = 0; i < raw.length; i += step) inflate.push(raw.subarray(i, i + step), i + step >= raw.length);
      if (raw.length === 0) inflate.push(raw, true);
    } catch (err) {
      if (err instanceof TableRefusal) throw err;
      throw bad();
    }
  } else throw bad();
  budget.left -= total;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const attributePatterns = new Map<string, RegExp>();

/** An attribute by its local name (`r:id` → `id`), quoted either way. */
const attr = (tag: string, name: string): string | undefined => {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const m = pattern.exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
};

const tagsOf = (xml: string, local: string): string[] =>
  xml.match(new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])(?:"[^"]*"|'[^']*'|[^>"'])*>`, 'g')) ?? [];

/** Where read-excel-file looks for a part named by a relation's target. */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

/** Column letters to a 1-based number (`A` → 1, `AA` → 27). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Counts a sheet's rows and cells while it is inflated, refusing as soon as a limit is passed.
 * Tags are matched in the decoded text; a tag cut by a piece boundary is kept for the next.
 */
export function sheetScanner(): { push: (c: Uint8Array) => void; end: () => void } {
  const decoder = new TextDecoder('utf-8');
  const pattern = /<(?:[\w.-]+:)?(row|c)(?=[\s/>])((?:"[^"]*"|'[^']*'|[^>"'])*)>/g;
  let rest = '';
  let rowElements = 0;
  let cellElements = 0;
  let maxRow = 0;
  let maxColumn = 0;
  const check = () => {
    const rows = Math.max(rowElements, maxRow);
    if (rows > MAX_TABLE_ROWS) throw new TableRefusal('tooManyRows', { max: MAX_TABLE_ROWS });
    if (maxColumn > MAX_TABLE_COLUMNS) throw new TableRefusal('tooManyColumns', { max: MAX_TABLE_COLUMNS });
    if (cellElements > MAX_TABLE_CELLS || rows * maxColumn > MAX_TABLE_CELLS)
      throw new TableRefusal('tooManyCells', {
        max: MAX_TABLE_CELLS,
        rows,
        columns: maxColumn,
        found: Math.max(cellElements, rows * maxColumn),
      });
  };
  const scan = (text: string) => {
    pattern.lastIndex = 0;
    let end = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      end = pattern.lastIndex;
      const r = attr(m[2] ?? '', 'r');
      if (m[1] === 'row') {
        rowElements += 1;
        if (r !== undefined && /^\d+$/.test(r)) maxRow = Math.max(maxRow, Number(r));
      } else {
        cellElements += 1;
        const at = r === undefined ? null : /^([A-Za-z]+)(\d+)$/.exec(r);
        if (at) {
          maxColumn = Math.max(maxColumn, columnNumber(at[1] as string));
          maxRow = Math.max(maxRow, Number(at[2]));
        }
      }
    }
    check();
    // Keep an unfinished tag for the next piece: from the last `<` that no match has used.
    const open = text.lastIndexOf('<');
    rest = open >= end ? text.slice(open) : '';
    // A `<` that never closes (hostile text) must not grow without end.
    if (rest.length > 64 * 1024) rest = '';
  };
  return {
    push: (c) => scan(rest + decoder.decode(c, { stream: true })),
    end: () => scan(rest + decoder.decode()),
  };
}

const RELS = 'xl/_rels/workbook.xml.rels';
const WORKBOOK = 'xl/workbook.xml';

/**
 * The parts of an .xlsx that read-excel-file reads for the first sheet, unpacked within the
 * limits, as a new uncompressed zip; throws a TableRefusal when the file passes a limit or is
 * no readable workbook.
 */
export function unpackFirstSheet(buffer: ArrayBuffer, stats: UnpackStats = { inflatedBytes: 0 }): Uint8Array {
  const data = new Uint8Array(buffer);
  const entries = zipEntries(data);
  const rels = entries.get(RELS);
  const workbook = entries.get(WORKBOOK);
  if (!rels || !workbook) throw bad();
  const budget: Budget = { left: MAX_UNPACKED_BYTES, stats };
  const statedTooLarge = (list: (Entry | undefined)[]) =>
    list.reduce((s, e) => s + (e?.stated ?? 0), 0) > MAX_UNPACKED_BYTES;
  if (statedTooLarge([rels, workbook])) throw tooLarge();
  const relsBytes = inflateEntry(data, rels, budget);
  const relsXml = utf8.decode(relsBytes);
  const workbookBytes = inflateEntry(data, workbook, budget);
  const workbookXml = utf8.decode(workbookBytes);

  const relations = tagsOf(relsXml, 'Relationship').map((tag) => ({
    id: attr(tag, 'Id'),
    type: attr(tag, 'Type') ?? '',
    target: attr(tag, 'Target') ?? '',
  }));
  const ofType = (t: string) => relations.find((r) => r.type.endsWith(`/${t}`));
  const firstSheet = tagsOf(workbookXml, 'sheet').find((tag) => attr(tag, 'name') !== undefined);
  const sheetRelation = firstSheet && relations.find((r) => r.id === attr(firstSheet, 'id'));
  if (!sheetRelation || !sheetRelation.type.endsWith('/worksheet')) throw bad();
  const sheetPath = partPath(sheetRelation.target);
  const sheet = entries.get(sheetPath);
  if (!sheet) throw bad();
  const stringsPath = partPath(ofType('sharedStrings')?.target ?? 'sharedStrings.xml');
  const stylesPath = partPath(ofType('styles')?.target ?? 'styles.xml');
  const strings = entries.get(stringsPath);
  const styles = entries.get(stylesPath);

  const parts: Record<string, Uint8Array> = { [RELS]: relsBytes, [WORKBOOK]: workbookBytes };
  // The sheet first, scanned as it unpacks: too many rows, columns or cells is the usual reason
  // a table is too large, and the most useful one to name, so a sheet that states a size past
  // the cap is still scanned — never further than the cap, where the running count stops it.
  const scanner = sheetScanner();
  parts[sheetPath] = inflateEntry(data, sheet, budget, scanner.push);
  scanner.end();
  // The other parts are refused on their stated sizes before anything of them is unpacked.
  const rest = [strings, styles].filter((e): e is Entry => e !== undefined && e.name !== sheetPath);
  if (rest.reduce((sum, e) => sum + e.stated, 0) > budget.left) throw tooLarge();
  for (const e of rest) if (parts[e.name] === undefined) parts[e.name] = inflateEntry(data, e, budget);
  return zipSync(parts, { level: 0 });
}
