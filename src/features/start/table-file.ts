/**
 * A chosen file as rows of cell texts for "Model uit tabel": read by the same worker and within
 * the same limits as the baseline import (components/table-file; issue 21, item 6), so a huge
 * sheet or a zip bomb is refused early while the tab stays usable. Numbers keep the file's exact
 * digits, written with a decimal comma (the table reader reads Dutch).
 */
import { readTableInWorker, type RawCell, type ReadOutcome, type TableRead } from '../../components/table-file';

const cellText = (c: RawCell): string =>
  c.kind === 'empty' ? '' : c.kind === 'number' ? c.raw.replace('.', ',') : c.value;

export type CellsRead = { type: 'done'; cells: string[][] } | Exclude<ReadOutcome, { type: 'done' }>;

/** Starts reading `file`; `cancel()` stops at once. */
export function readTableCells(file: File): { result: Promise<CellsRead>; cancel: TableRead['cancel'] } {
  const read = readTableInWorker(file);
  return {
    result: read.result.then((o) =>
      o.type === 'done' ? { type: 'done', cells: o.cells.map((r) => r.map(cellText)) } : o,
    ),
    cancel: read.cancel,
  };
}
