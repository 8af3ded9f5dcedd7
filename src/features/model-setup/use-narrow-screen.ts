/**
 * Whether the window is as narrow as a phone: the media query model-setup.css stacks the
 * windowed party starts under (a row there is taller, and the windowing must know by how much).
 */
import { useSyncExternalStore } from 'react';

/** The width below which a windowed party-start row stacks (model-setup.css). */
export const NARROW_SCREEN = '(max-width: 480px)';

const query = (): MediaQueryList | null =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_SCREEN) : null;

function subscribe(onChange: () => void): () => void {
  const q = query();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
}

export function useIsNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
