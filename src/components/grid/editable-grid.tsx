/**
 * A table that edits like a spreadsheet (ARIA grid): arrow keys, Home/End, Tab, Enter/F2 or
 * typing to edit, Enter/Tab to confirm, Escape to cancel, Delete to clear, Shift+arrows to
 * select, copy and paste blocks from Excel or LibreOffice. An invalid value stays in its cell
 * with a message and is never written to the model.
 */
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { formatClipboardBlock, parseClipboardBlock } from './clipboard';
import { afterCommit, clamp, inRange, navigationIntent, rangeOf, type Pos } from './grid-model';
import { GridCellView } from './grid-cell';
import type { CellParser } from './parsers';
import type { GridCell, GridColumn, GridEdit, GridRow, RowAction } from './types';
import { cellKey, useGridEdits } from './use-grid-edits';
import { useRowWindow } from './use-row-window';
import { RowSpacer } from './row-spacer';

export type EditableGridProps = {
  label: string;
  corner: string;
  rows: GridRow[];
  columns: GridColumn[];
  cell: (row: number, col: number) => GridCell;
  parse: CellParser;
  onCommit: (edits: GridEdit[]) => void;
  rowAction?: RowAction;
  caption?: string;
};

export function EditableGrid(props: EditableGridProps) {
  const { rows, columns, rowAction } = props;
  const cols = columns.length + (rowAction ? 1 : 0);
  const [active, setActive] = useState<Pos>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<Pos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<{ pos: Pos; text: string; isTyped: boolean } | null>(null);
  const edits = useGridEdits(props);
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const shouldFocus = useRef(false);
  const baseId = useId();
  const at = clamp(active, rows.length, cols);
  const range = rangeOf(anchor, at);
  const isAction = (col: number) => rowAction !== undefined && col === columns.length;
  // Long grids render only the rows in view; the row being edited always stays rendered.
  const win = useRowWindow(rows.length, scrollRef, editing?.pos.row ?? null);
  // When the active cell is scrolled out of view, the first rendered row keeps the grid's tab stop.
  const tabRow = at.row >= win.first && at.row < win.last ? at.row : win.first;

  useEffect(() => {
    if (!shouldFocus.current || editing) return;
    shouldFocus.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-pos="${at.row}:${at.col}"]`)?.focus();
  });

  const goTo = (to: Pos, isExtend = false) => {
    shouldFocus.current = true;
    win.ensureVisible(to.row);
    setActive(to);
    if (!isExtend) setAnchor(to);
  };

  const startEdit = (initial: string | null) => {
    if (isAction(at.col) || rows.length === 0) return;
    const c = props.cell(at.row, at.col);
    if (c.isReadOnly) {
      edits.setStatus(edits.t('readOnly'));
      return;
    }
    const pending = edits.invalid.get(cellKey(rows, columns, at.row, at.col));
    setEditing({ pos: at, text: initial ?? pending?.text ?? c.edit ?? c.display, isTyped: initial !== null });
  };

  const commit = (text: string, key: string, shift: boolean) => {
    if (!editing) return;
    edits.apply([{ row: editing.pos.row, col: editing.pos.col, text }]);
    setEditing(null);
    const next = afterCommit(key, shift, editing.pos, rows.length, columns.length);
    // After a blur the user has moved elsewhere: do not pull the focus back.
    if (key === 'blur') {
      setActive(next);
      setAnchor(next);
    } else goTo(next);
  };

  const clearRange = () => {
    const entries: { row: number; col: number; text: string }[] = [];
    for (let r = range.top; r <= range.bottom; r += 1) {
      for (let c = range.left; c <= Math.min(range.right, columns.length - 1); c += 1) {
        if (!props.cell(r, c).isReadOnly) entries.push({ row: r, col: c, text: '' });
      }
    }
    edits.apply(entries);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing || rows.length === 0) return;
    if (isAction(at.col) && (e.key === 'Enter' || e.key === ' ')) return;
    const intent = navigationIntent(e, at, rows.length, cols);
    if (intent.kind === 'none') return;
    e.preventDefault();
    if (intent.kind === 'move') goTo(intent.to, intent.isExtend);
    else if (intent.kind === 'edit') startEdit(intent.initial);
    else if (intent.kind === 'clear') clearRange();
    else if (!edits.discard(at.row, at.col)) setAnchor(at);
  };

  const onCopy = (e: ClipboardEvent) => {
    if (editing) return;
    const block: string[][] = [];
    for (let r = range.top; r <= range.bottom; r += 1) {
      const line: string[] = [];
      for (let c = range.left; c <= Math.min(range.right, columns.length - 1); c += 1)
        line.push(props.cell(r, c).edit ?? props.cell(r, c).display);
      block.push(line);
    }
    e.clipboardData.setData('text/plain', formatClipboardBlock(block));
    e.preventDefault();
  };

  const onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData.getData('text/plain');
    if (editing && !/[\t\n\r]/.test(text)) return;
    e.preventDefault();
    const start = editing?.pos ?? { row: range.top, col: range.left };
    setEditing(null);
    edits.paste(parseClipboardBlock(text), start);
    goTo(start);
  };

  // The cells' handlers: the same functions on every render (they call the latest state through
  // a ref), so that a cell whose own props did not change is not rendered again (see GridCellView).
  const latest = useRef({ commit, cancel: () => goTo(at), startEditAt });
  useLayoutEffect(() => {
    latest.current = { commit, cancel: () => goTo(at), startEditAt };
  });
  const handlers = useMemo(
    () => ({
      onEditText: (text: string) => setEditing((cur) => (cur ? { ...cur, text } : cur)),
      onCommit: (text: string, key: string, shift: boolean) => latest.current.commit(text, key, shift),
      onCancel: () => {
        setEditing(null);
        latest.current.cancel();
      },
      onPointer: (pos: Pos, isExtend: boolean) => {
        setActive(pos);
        if (!isExtend) setAnchor(pos);
      },
      onStartEdit: (pos: Pos) => {
        setActive(pos);
        setAnchor(pos);
        latest.current.startEditAt(pos);
      },
    }),
    [],
  );

  const helpId = `${baseId}-help`;
  const statusId = `${baseId}-status`;
  return (
    <div className="grid-wrap">
      <div
        ref={scrollRef}
        className={win.isVirtual ? 'grid-scroll is-virtual' : 'grid-scroll'}
        onScroll={win.isVirtual ? win.onScroll : undefined}
      >
        <table
          ref={tableRef}
          role="grid"
          aria-label={props.label}
          aria-describedby={helpId}
          className="grid"
          aria-rowcount={rows.length + 1}
          aria-colcount={cols + 1}
          onKeyDown={onKeyDown}
          onCopy={onCopy}
          onPaste={onPaste}
        >
          {props.caption && <caption className="visually-hidden">{props.caption}</caption>}
          <thead>
            <tr aria-rowindex={1}>
              <th role="columnheader" scope="col" className="grid-corner">
                {props.corner}
              </th>
              {columns.map((c) => (
                <th key={c.id} role="columnheader" scope="col" className={c.className}>
                  {c.label}
                </th>
              ))}
              {rowAction && (
                <th role="columnheader" scope="col">
                  <span className="visually-hidden">{rowAction.text}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {win.before > 0 && <RowSpacer height={win.before} className="grid-spacer" />}
            {rows.slice(win.first, win.last).map((row, i) => {
              const r = win.first + i;
              return (
                <tr key={row.id} aria-rowindex={r + 2}>
                  <th role="rowheader" scope="row">
                    {row.label}
                  </th>
                  {columns.map((column, c) => (
                    <GridCellView
                      key={column.id}
                      id={`${baseId}-${r}-${c}`}
                      row={row}
                      column={column}
                      pos={{ row: r, col: c }}
                      cell={props.cell(r, c)}
                      isActive={at.row === r && at.col === c}
                      isTabStop={tabRow === r && at.col === c}
                      isSelected={inRange(range, r, c)}
                      invalid={edits.invalid.get(cellKey(rows, columns, r, c))}
                      editing={editing && editing.pos.row === r && editing.pos.col === c ? editing.text : null}
                      isTyped={editing?.pos.row === r && editing.pos.col === c && editing.isTyped}
                      editLabel={
                        editing?.pos.row === r && editing.pos.col === c
                          ? edits.t('edit', { row: row.label, column: column.label })
                          : ''
                      }
                      {...handlers}
                    />
                  ))}
                  {rowAction && (
                    <td role="gridcell" className="grid-action">
                      <button
                        type="button"
                        className="button-quiet"
                        data-pos={`${r}:${columns.length}`}
                        tabIndex={tabRow === r && at.col === columns.length ? 0 : -1}
                        aria-label={rowAction.label(row)}
                        onClick={() => rowAction.onAction(r)}
                        onFocus={() => {
                          setActive({ row: r, col: columns.length });
                          setAnchor({ row: r, col: columns.length });
                        }}
                      >
                        {rowAction.text}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
            {win.after > 0 && <RowSpacer height={win.after} className="grid-spacer" />}
          </tbody>
        </table>
      </div>
      <p id={helpId} className="visually-hidden">
        {edits.t('help')}
      </p>
      <p id={statusId} role="status" className="grid-status">
        {edits.status}
      </p>
      <InvalidList rows={rows} columns={columns} invalid={edits.invalid} title={edits.t('invalidCells')} />
    </div>
  );

  function startEditAt(pos: Pos) {
    const c = props.cell(pos.row, pos.col);
    if (c.isReadOnly) return;
    const pending = edits.invalid.get(cellKey(rows, columns, pos.row, pos.col));
    setEditing({ pos, text: pending?.text ?? c.edit ?? c.display, isTyped: false });
  }
}

function InvalidList({
  rows,
  columns,
  invalid,
  title,
}: {
  rows: GridRow[];
  columns: GridColumn[];
  invalid: Map<string, { text: string; message: string }>;
  title: string;
}) {
  // Nothing invalid (nearly always): no walk over every cell of a 342-row grid on each render.
  if (invalid.size === 0) return null;
  const items: string[] = [];
  rows.forEach((row, r) =>
    columns.forEach((col, c) => {
      const bad = invalid.get(cellKey(rows, columns, r, c));
      if (bad) items.push(`${row.label}, ${col.label}: “${bad.text}” — ${bad.message}`);
    }),
  );
  if (items.length === 0) return null;
  return (
    <div className="grid-invalid" role="alert">
      <p className="grid-invalid-title">{title}</p>
      <ul>
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </div>
  );
}
