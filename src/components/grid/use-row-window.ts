/**
 * Row windowing for a long grid (issue 19: 342 municipalities): past VIRTUAL_FROM rows the grid
 * scrolls in a box of its own and renders only the rows in view (plus a few either side),
 * with spacer rows of the same fixed height standing in for the rest. Keyboard moves call
 * `ensureVisible`, which scrolls the target row into view before it is focused.
 */
import { useState, type RefObject, type UIEvent } from 'react';

/** Height of one body row in px: the cell's 32px and its 1px bottom border (styles/grid.css). */
export const ROW_HEIGHT = 33;
/** Grids with more rows than this are windowed; shorter ones render every row as before. */
export const VIRTUAL_FROM = 60;
const OVERSCAN = 8;
/** The scroll box's height before it is measured (and in environments without layout). */
const FALLBACK_VIEWPORT = 480;

export type RowWindow = {
  isVirtual: boolean;
  /** First rendered row and one past the last. */
  first: number;
  last: number;
  /** Heights of the spacers above and below the rendered rows. */
  before: number;
  after: number;
  onScroll: (e: UIEvent<HTMLElement>) => void;
  ensureVisible: (row: number) => void;
};

/**
 * `keep`: a row that must stay rendered (the one being edited), or null. `rowHeight`: the fixed
 * height of one body row in px (the grid's by default; a plain table windowed the same way sets its own).
 */
export function useRowWindow(
  count: number,
  box: RefObject<HTMLElement | null>,
  keep: number | null,
  rowHeight: number = ROW_HEIGHT,
): RowWindow {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const isVirtual = count > VIRTUAL_FROM;
  if (!isVirtual)
    return { isVirtual, first: 0, last: count, before: 0, after: 0, onScroll: () => {}, ensureVisible: () => {} };
  const top = Math.min(scrollTop, Math.max(0, count * rowHeight - viewport));
  let first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  let last = Math.min(count, Math.ceil((top + viewport) / rowHeight) + OVERSCAN);
  if (keep !== null && keep >= 0 && keep < count) {
    first = Math.min(first, keep);
    last = Math.max(last, keep + 1);
  }
  const measure = (el: HTMLElement) => setViewport(el.clientHeight || FALLBACK_VIEWPORT);
  return {
    isVirtual,
    first,
    last,
    before: first * rowHeight,
    after: (count - last) * rowHeight,
    onScroll: (e) => {
      measure(e.currentTarget);
      setScrollTop(e.currentTarget.scrollTop);
    },
    ensureVisible: (row) => {
      const el = box.current;
      const height = el?.clientHeight || viewport;
      const header = el?.querySelector('thead')?.getBoundingClientRect().height || rowHeight;
      const rowTop = row * rowHeight;
      let next = top;
      if (rowTop < top) next = rowTop;
      else if (header + rowTop + rowHeight > top + height) next = header + rowTop + rowHeight - height;
      if (next === top) return;
      el?.scrollTo?.({ top: next });
      setScrollTop(next);
    },
  };
}
