import { useRef, type KeyboardEvent } from 'react';
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
  editLabel: string;
  onEditText: (text: string) => void;
  onCommit: (text: string, key: string, shift: boolean) => void;
  onCancel: () => void;
  onPointer: (isExtend: boolean) => void;
  onStartEdit: () => void;
};

export function GridCellView(p: Props) {
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
      onMouseDown={(e) => p.onPointer(e.shiftKey)}
      onFocus={() => {
        // Tabbing onto the stand-in tab stop makes it the active cell.
        if (p.isTabStop && !p.isActive) p.onPointer(false);
      }}
      onDoubleClick={p.onStartEdit}
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
