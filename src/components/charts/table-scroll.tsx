/**
 * A horizontally scrollable wrapper for a wide table: a labelled region that can take focus,
 * so keyboard users can scroll it too (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
