/**
 * Hash routing: every screen has its own address, `#/<screen id>`, derived from the screen table
 * (./screens.ts), so a new screen needs no routing entry of its own. The store's `screen` stays the
 * one source of truth: a change of screen (from the navigation or any button) becomes a history
 * entry, and Back/Forward (or a typed address) set the screen. A new screen opens at its top.
 *
 * Hash changes go through `location.hash` / `location.replace`, not `history.pushState`: those also
 * work in the single file opened from disk (file://). Share links (`#m1=…`, ./startup.ts) are a
 * different hash and are left alone.
 */
import { appStore, type ScreenId } from '../state';
import { screens } from './screens';

const prefix = '#/';

/** The address of a screen, e.g. `#/results`. */
export const screenHash = (id: ScreenId): string => `${prefix}${id}`;

/** The screen an address names, or null when it names none. */
export function screenFromHash(hash: string): ScreenId | null {
  if (!hash.startsWith(prefix)) return null;
  const id = decodeURIComponent(hash.slice(prefix.length).split(/[/?]/)[0] ?? '');
  return screens.find((s) => s.id === id)?.id ?? null;
}

/** Starts routing once the store is hydrated; returns a function that stops it. */
export function startRouter(): () => void {
  const fromAddress = screenFromHash(location.hash);
  if (fromAddress && fromAddress !== appStore.getState().screen) appStore.getState().setScreen(fromAddress);
  const current = appStore.getState().screen;
  if (screenFromHash(location.hash) !== current && !/^#m\d+=/.test(location.hash))
    location.replace(screenHash(current));

  const unsubscribe = appStore.subscribe((state, previous) => {
    if (state.screen === previous.screen) return;
    // A screen opens at its top (also when Back returns to it).
    window.scrollTo(0, 0);
    if (screenFromHash(location.hash) !== state.screen) location.hash = screenHash(state.screen);
  });
  const onHashChange = () => {
    const id = screenFromHash(location.hash);
    if (id && id !== appStore.getState().screen) appStore.getState().setScreen(id);
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
