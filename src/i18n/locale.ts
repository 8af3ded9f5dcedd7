/**
 * The page's locale as i18n sees it: one value with subscribers, so that `useLocale` and `useT`
 * need no store. The setting itself belongs to the app's store (the ui slice, persisted with the
 * app settings), which passes every change on here (state/store.ts); i18n never imports the
 * store. Until the store says otherwise the page is Dutch, the store's default too.
 */
import { useSyncExternalStore } from 'react';
import type { Locale } from './format';

let current: Locale = 'nl';
const listeners = new Set<() => void>();

export function pageLocale(): Locale {
  return current;
}

/** Sets the page's locale and re-renders what reads it; the same locale again does nothing. */
export function setPageLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  for (const listener of [...listeners]) listener();
}

export function subscribePageLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The page's locale in a component; re-renders when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribePageLocale, pageLocale, pageLocale);
}
