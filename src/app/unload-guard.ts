/**
 * Warns before the page unloads while a field holds text typed but not yet confirmed (fields
 * and grid editors mark it with `data-unconfirmed`): confirmed edits survive a reload (the
 * write-ahead copy, state/persistence/write-ahead.ts), unconfirmed text would not.
 */
import { useEffect } from 'react';

export function hasUnconfirmedText(root: ParentNode = document): boolean {
  return root.querySelector('[data-unconfirmed="true"]') !== null;
}

export function useUnloadGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!hasUnconfirmedText()) return;
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
