/**
 * Applying typed and pasted text to grid cells. Valid values go to `onCommit` together (one
 * undo step); invalid ones stay visible in their cell with a message and are not written.
 */
import { useCallback, useState } from 'react';
import { useLocale } from '../../i18n/i18n';
import { translate } from '../../i18n/i18n';
import { gridMessages } from './messages';
import type { CellParser } from './parsers';
import type { GridCell, GridColumn, GridEdit, GridRow, Invalid } from './types';

export type CellSource = {
  rows: GridRow[];
  columns: GridColumn[];
  cell: (row: number, col: number) => GridCell;
  parse: CellParser;
  onCommit: (edits: GridEdit[]) => void;
};

export const cellKey = (rows: GridRow[], columns: GridColumn[], row: number, col: number): string =>
  `${rows[row]?.id ?? row}\u0000${columns[col]?.id ?? col}`;

export function useGridEdits(src: CellSource) {
  const locale = useLocale();
  const [invalid, setInvalid] = useState<Map<string, Invalid>>(new Map());
  const [status, setStatus] = useState('');
  const t = useCallback(
    (k: keyof typeof gridMessages.nl, vars?: Record<string, string | number>) =>
      translate(gridMessages, locale, k, vars),
    [locale],
  );

  /** Parses and commits a block of texts at their positions; returns how many were refused. */
  const apply = useCallback(
    (entries: { row: number; col: number; text: string }[]) => {
      const edits: GridEdit[] = [];
      const next = new Map(invalid);
      let bad = 0;
      for (const { row, col, text } of entries) {
        const key = cellKey(src.rows, src.columns, row, col);
        const cell = src.cell(row, col);
        const result = (cell.parse ?? src.parse)(text);
        if (result.ok) {
          next.delete(key);
          edits.push({ row, col, value: result.value });
        } else {
          next.set(key, { text, message: result.message });
          bad += 1;
        }
      }
      setInvalid(next);
      if (edits.length > 0) src.onCommit(edits);
      return bad;
    },
    [invalid, src],
  );

  const discard = useCallback(
    (row: number, col: number) => {
      const key = cellKey(src.rows, src.columns, row, col);
      if (!invalid.has(key)) return false;
      const next = new Map(invalid);
      next.delete(key);
      setInvalid(next);
      return true;
    },
    [invalid, src.rows, src.columns],
  );

  const paste = useCallback(
    (block: string[][], at: { row: number; col: number }) => {
      const entries: { row: number; col: number; text: string }[] = [];
      let outside = 0;
      let fixed = 0;
      block.forEach((cells, dr) =>
        cells.forEach((text, dc) => {
          const row = at.row + dr;
          const col = at.col + dc;
          if (row >= src.rows.length || col >= src.columns.length) outside += 1;
          else if (src.cell(row, col).isReadOnly) fixed += 1;
          else entries.push({ row, col, text });
        }),
      );
      const bad = apply(entries);
      const parts = [t('pasted', { count: entries.length - bad })];
      if (bad > 0) parts.push(t('pasteInvalid', { count: bad }));
      if (outside > 0) parts.push(t('pasteOutside', { count: outside }));
      if (fixed > 0) parts.push(t('pasteReadOnly', { count: fixed }));
      setStatus(parts.join(' '));
    },
    [apply, src, t],
  );

  return { invalid, status, setStatus, apply, discard, paste, t };
}
