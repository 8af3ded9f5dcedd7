import type { CellParser } from './parsers';

export type GridColumn = { id: string; label: string; className?: string };
export type GridRow = { id: string; label: string };
export type GridCell = {
  /** What the cell shows (formatted). */
  display: string;
  /** What the editor starts with; defaults to `display`. */
  edit?: string;
  isReadOnly?: boolean;
  /** Visual hint: an own value (`explicit`) or one carried forward/derived (`derived`). */
  tone?: 'explicit' | 'derived';
  parse?: CellParser;
};
export type GridEdit = { row: number; col: number; value: string };
export type RowAction = { label: (row: GridRow) => string; text: string; onAction: (row: number) => void };
export type Invalid = { text: string; message: string };
