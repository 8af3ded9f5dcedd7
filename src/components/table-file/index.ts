/**
 * Reading a user's table file (.xlsx, CSV) within the import limits, in a worker of its own
 * (issue 21, item 6): the baseline import and "Model uit tabel" both read through here. Not
 * part of the components index, so the first page does not load it.
 */
export type { RawCell } from './raw-cell';
export {
  checkExtent,
  isRefusalCode,
  MAX_FILE_BYTES,
  MAX_TABLE_CELLS,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  MAX_UNPACKED_BYTES,
  REFUSAL_CODES,
  TableRefusal,
  type RefusalCode,
  type RefusalVars,
} from './import-limits';
export { isXlsxName, readCsv, readTableFile, readXlsx } from './read-file';
export { readTableInWorker, type ReadOutcome, type TableRead } from './read-in-worker';
export type { UnpackStats } from './xlsx-limited';
