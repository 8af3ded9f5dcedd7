import { memo, useRef, type KeyboardEvent } from 'react';
import type { Pos } from './grid-model';
import type { GridCell, GridColumn, GridRow, Invalid } from './types';

type Props = {
  id: string;
  row: GridRow;
  column: GridColumn;
  pos: Pos;
  cell: GridCell;
  isActive: boolean;
  /** Holds the grid's tab stop (the active cell, or a stand-in while it is scrolled out of view). */
  isTabStop: boolean;
  isSelected: boolean;
  invalid: Invalid | undefined;
  /** The editor's text while this cell is being edited, else null. */
  editing: string | null;
  /** Editing began by typing a character: keep the caret after it instead of selecting all. */
  isTyped: boolean;
  /** The editor's label (only used while editing). */
  editLabel: string;
  /*
   * The handlers are the same functions on every render of the grid (they call its latest
   * state), so that a cell whose own props did not change is not rendered again.
   */
  onEditText: (text: string) => void;
  onCommit: (text: string, key: string, shift: boolean) => void;
  onCancel: () => void;
  onPointer: (pos: Pos, isExtend: boolean) => void;
  onStartEdit: (pos: Pos) => void;
};

/**
 * Whether a cell shows the same as before: an edit of one value renders only the cells whose
 * value, state or place changed, not every cell in view (342 rows × the years, issue 19).
 * `row` and the handlers are not compared: the cell shows nothing of its row, and the grid's
 * handlers are stable.
 */
function isSameCell(a: Props, b: Props): boolean {
  return (
    a.id === b.id &&
    a.pos.row === b.pos.row &&
    a.pos.col === b.pos.col &&
    a.column.className === b.column.className &&
    a.cell.display === b.cell.display &&
    a.cell.tone === b.cell.tone &&
    a.cell.isReadOnly === b.cell.isReadOnly &&
    a.isActive === b.isActive &&
    a.isTabStop === b.isTabStop &&
    a.isSelected === b.isSelected &&
    a.invalid === b.invalid &&
    a.editing === b.editing &&
    a.isTyped === b.isTyped &&
    a.editLabel === b.editLabel &&
    a.onEditText === b.onEditText &&
    a.onCommit === b.onCommit &&
    a.onCancel === b.onCancel &&
    a.onPointer === b.onPointer &&
    a.onStartEdit === b.onStartEdit
  );
}

export const GridCellView = memo(CellView, isSameCell);

function CellView(p: Props) {
  const isDone = useRef(false);
  const classes = [
    'grid-cell',
    p.column.className,
    p.cell.tone && `is-${p.cell.tone}`,
    p.cell.isReadOnly && 'is-readonly',
    p.isSelected && 'is-selected',
    p.invalid && 'is-invalid',
  ]
    .filter(Boolean)
    .join(' ');
  const errorId = `${p.id}-error`;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === 'Tab' || e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      e.stopPropagation();
      isDone.current = true;
      p.onCommit(e.currentTarget.value, e.key, e.shiftKey);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      isDone.current = true;
      p.onCancel();
    } else {
      e.stopPropagation();
    }
  };

  if (p.editing !== null) {
    return (
      <td role="gridcell" className={`${classes} is-editing`}>
        <input
          className="grid-input"
          aria-label={p.editLabel}
          value={p.editing}
          data-unconfirmed="true"
          autoFocus
          aria-invalid={p.invalid ? true : undefined}
          aria-describedby={p.invalid ? errorId : undefined}
          onFocus={(e) => {
            isDone.current = false;
            const el = e.currentTarget;
            if (p.isTyped) el.setSelectionRange(el.value.length, el.value.length);
            else el.select();
          }}
          onChange={(e) => p.onEditText(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={(e) => {
            if (!isDone.current) p.onCommit(e.currentTarget.value, 'blur', false);
          }}
        />
        {p.invalid && (
          <span id={errorId} className="grid-error">
            {p.invalid.message}
          </span>
        )}
      </td>
    );
  }
  return (
    <td
      role="gridcell"
      className={classes}
      tabIndex={p.isTabStop ? 0 : -1}
      data-pos={`${p.pos.row}:${p.pos.col}`}
      aria-selected={p.isSelected}
      aria-readonly={p.cell.isReadOnly ? true : undefined}
      aria-invalid={p.invalid ? true : undefined}
      aria-describedby={p.invalid ? errorId : undefined}
      onMouseDown={(e) => p.onPointer(p.pos, e.shiftKey)}
      onFocus={() => {
        // Tabbing onto the stand-in tab stop makes it the active cell.
        if (p.isTabStop && !p.isActive) p.onPointer(p.pos, false);
      }}
      onDoubleClick={() => p.onStartEdit(p.pos)}
    >
      <span className="grid-value">{p.invalid ? p.invalid.text : p.cell.display}</span>
      {p.invalid && (
        <span id={errorId} className="grid-error">
          {p.invalid.message}
        </span>
      )}
    </td>
  );
}
