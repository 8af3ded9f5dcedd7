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

function update(box: HTMLElement): void {
  const isOwn = box.hasAttribute(MARK);
  if (!isOwn && box.hasAttribute('tabindex')) return;
  const scrolls = box.scrollWidth > box.clientWidth + 1 && !box.querySelector(FOCUSABLE);
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

export function useScrollRegions(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = root.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const scan = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => el.querySelectorAll<HTMLElement>(BOXES).forEach(update));
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
