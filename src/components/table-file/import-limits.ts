/**
 * How large a table the import reads (issue 21, item 6). A 600,000-row workbook under the
 * 5 MB file cap froze the tab for minutes, a 100,000-row CSV for over a minute, zip bombs for
 * tens of seconds. The reader now counts while it reads and stops at the first limit passed,
 * with a refusal that names the limit; nothing in the model changes.
 *
 * The limits follow from what a table holds: one row per cost category or function group (a
 * model has at most 200 of each) and one column per year of the plan (at most
 * MAX_HORIZON_YEARS), each with generous room for a header, totals, notes and blank lines.
 */
import { MAX_HORIZON_YEARS, MAX_MODEL_BYTES } from '../../engine';

/** Most bytes of the chosen file itself. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Most categories or function groups in a model (validate-shape's list limit). */
const MAX_TABLE_LINES = 200;

/** Most rows of a table: five times the most categories or function groups a model can have. */
export const MAX_TABLE_ROWS = 5 * MAX_TABLE_LINES;

/** Most columns: a label column and a column per year of the longest plan, twice over (notes, totals). */
export const MAX_TABLE_COLUMNS = 2 * (MAX_HORIZON_YEARS + 1);

/** Most cells (rows × columns of the area that holds values): the most rows, each one plan wide. */
export const MAX_TABLE_CELLS = MAX_TABLE_ROWS * (MAX_HORIZON_YEARS + 1);

/**
 * Most bytes an .xlsx may unpack to (the parts that are read: the first sheet, its shared
 * texts and styles, the workbook's index): the same cap as a model file. A sheet of
 * MAX_TABLE_CELLS cells as Excel writes it unpacks to about 3 MB.
 */
export const MAX_UNPACKED_BYTES = MAX_MODEL_BYTES;

export type RefusalCode =
  | 'tooBig'
  | 'unknownType'
  | 'ambiguousComma'
  | 'badFile'
  | 'tooManyRows'
  | 'tooManyColumns'
  | 'tooManyCells'
  | 'tooLargeUnpacked';

export const REFUSAL_CODES: readonly RefusalCode[] = [
  'tooBig',
  'unknownType',
  'ambiguousComma',
  'badFile',
  'tooManyRows',
  'tooManyColumns',
  'tooManyCells',
  'tooLargeUnpacked',
];

export type RefusalVars = Record<string, number | string>;

/**
 * A file the import will not read, and why. `message` is the code (as the reader's errors
 * have always been), `vars` the figures the message names (the limit and what was found).
 */
export class TableRefusal extends Error {
  readonly code: RefusalCode;
  readonly vars: RefusalVars;
  constructor(code: RefusalCode, vars: RefusalVars = {}) {
    super(code);
    this.name = 'TableRefusal';
    this.code = code;
    this.vars = vars;
  }
}

export const isRefusalCode = (v: unknown): v is RefusalCode =>
  typeof v === 'string' && (REFUSAL_CODES as readonly string[]).includes(v);

/** Refuses a grid whose extent (rows × columns) passes a limit. */
export function checkExtent(rows: number, columns: number): void {
  if (rows > MAX_TABLE_ROWS) throw new TableRefusal('tooManyRows', { max: MAX_TABLE_ROWS, found: rows });
  if (columns > MAX_TABLE_COLUMNS) throw new TableRefusal('tooManyColumns', { max: MAX_TABLE_COLUMNS, found: columns });
  if (rows * columns > MAX_TABLE_CELLS)
    throw new TableRefusal('tooManyCells', { max: MAX_TABLE_CELLS, rows, columns, found: rows * columns });
}
