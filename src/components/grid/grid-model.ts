/** Pure helpers of the editable grid: positions, ranges and what a key press means. */
export type Pos = { row: number; col: number };
export type Range = { top: number; left: number; bottom: number; right: number };

export function clamp(p: Pos, rows: number, cols: number): Pos {
  return { row: Math.max(0, Math.min(rows - 1, p.row)), col: Math.max(0, Math.min(cols - 1, p.col)) };
}

export function rangeOf(a: Pos, b: Pos): Range {
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

export function inRange(r: Range, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export type KeyIntent =
  | { kind: 'move'; to: Pos; isExtend: boolean }
  | { kind: 'edit'; initial: string | null }
  | { kind: 'clear' }
  | { kind: 'cancel' }
  | { kind: 'none' };

type KeyLike = { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean };

/** What a key press does while navigating (not editing) the grid. */
export function navigationIntent(e: KeyLike, at: Pos, rows: number, cols: number): KeyIntent {
  const mod = e.ctrlKey || e.metaKey;
  const move = (row: number, col: number, isExtend = e.shiftKey): KeyIntent => ({
    kind: 'move',
    to: clamp({ row, col }, rows, cols),
    isExtend,
  });
  switch (e.key) {
    case 'ArrowUp':
      return move(mod ? 0 : at.row - 1, at.col);
    case 'ArrowDown':
      return move(mod ? rows - 1 : at.row + 1, at.col);
    case 'ArrowLeft':
      return move(at.row, mod ? 0 : at.col - 1);
    case 'ArrowRight':
      return move(at.row, mod ? cols - 1 : at.col + 1);
    case 'Home':
      return mod ? move(0, 0) : move(at.row, 0);
    case 'End':
      return mod ? move(rows - 1, cols - 1) : move(at.row, cols - 1);
    case 'PageUp':
      return move(at.row - 10, at.col);
    case 'PageDown':
      return move(at.row + 10, at.col);
    case 'Tab':
      if (e.shiftKey ? at.col === 0 : at.col === cols - 1) return { kind: 'none' };
      return move(at.row, at.col + (e.shiftKey ? -1 : 1), false);
    case 'Enter':
    case 'F2':
      return { kind: 'edit', initial: null };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    case 'Escape':
      return { kind: 'cancel' };
    default:
      if (e.key.length === 1 && !mod && !e.altKey && e.key !== ' ') return { kind: 'edit', initial: e.key };
      return { kind: 'none' };
  }
}

/** Where a confirmed edit moves to: Enter goes down, Tab right (Shift: the other way). */
export function afterCommit(key: string, shift: boolean, at: Pos, rows: number, cols: number): Pos {
  if (key === 'Tab') return clamp({ row: at.row, col: at.col + (shift ? -1 : 1) }, rows, cols);
  if (key === 'Enter' || key === 'ArrowDown') return clamp({ row: at.row + (shift ? -1 : 1), col: at.col }, rows, cols);
  if (key === 'ArrowUp') return clamp({ row: at.row - 1, col: at.col }, rows, cols);
  return at;
}
