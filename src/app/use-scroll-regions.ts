/**
 * Wide tables scroll inside themselves (`.table-wrap`, the report's table blocks), never the page.
 * A box that actually scrolls must be reachable by keyboard (WCAG 2.1.1, axe
 * `scrollable-region-focusable`), but a box that fits must not add a tab stop. This watches the
 * screen and makes exactly the scrolling boxes without focusable content a focusable, named
 * region (named after their table's caption); a box that renders its own tabIndex is left alone.
 */
import { useEffect, type RefObject } from 'react';

const BOXES = '.table-wrap, .report-table-block, .scroll-x';
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';
const MARK = 'data-scroll-region';

/** What a box needs: read for every box first, so that no write forces a layout between reads. */
function measure(box: HTMLElement): { box: HTMLElement; isOwn: boolean; scrolls: boolean } | null {
  const isOwn = box.hasAttribute(MARK);
  if (!isOwn && box.hasAttribute('tabindex')) return null;
  const scrolls = box.scrollWidth > box.clientWidth + 1 && !box.querySelector(FOCUSABLE);
  return { box, isOwn, scrolls };
}

function apply({ box, isOwn, scrolls }: { box: HTMLElement; isOwn: boolean; scrolls: boolean }): void {
  if (scrolls && !isOwn) {
    box.setAttribute(MARK, '');
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    const caption = box.querySelector('caption')?.textContent?.trim();
    if (caption) box.setAttribute('aria-label', caption);
  } else if (!scrolls && isOwn) {
    box.removeAttribute(MARK);
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
  }
}

/** Reads every box, then writes: one layout for the whole screen instead of one per box. */
function updateAll(boxes: Iterable<HTMLElement>): void {
  const measured = [...boxes].flatMap((box) => measure(box) ?? []);
  measured.forEach(apply);
}

export function useScrollRegions(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = root.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const scan = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => updateAll(el.querySelectorAll<HTMLElement>(BOXES)));
    };
    const resize = new ResizeObserver(scan);
    resize.observe(el);
    const mutations = new MutationObserver(scan);
    mutations.observe(el, { childList: true, subtree: true });
    scan();
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
    };
  }, [root]);
}
