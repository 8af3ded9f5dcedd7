/** Opens and closes a native <dialog> as modal with `isOpen` (focus is trapped and Escape cancels while it is open). */
import { useEffect, useRef, type RefObject } from 'react';

export function useModalDialog(isOpen: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (isOpen && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    if (!isOpen && d.open) d.close();
  }, [isOpen]);
  return ref;
}
