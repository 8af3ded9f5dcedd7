/**
 * The write-ahead copy (docs/robustness.md): autosave writes after a short pause and IndexedDB
 * writes finish asynchronously, so an edit confirmed just before a reload or a navigation could
 * be lost. When the page is hidden or unloaded (`pagehide`, `beforeunload`, `visibilitychange`),
 * every model with unsaved edits and the app settings are written synchronously to
 * localStorage under their own keys; the next start takes each copy that is newer than what is
 * stored, writes it to storage and drops it. A copy older than (or as old as) the stored record
 * — another tab or the autosave got there first — is dropped unread.
 */
import type { ModelEntry } from '../types';
import { storedRevision } from './records';

export const WAL_PREFIX = 'kantelpunt-wal:';
export const WAL_META_KEY = `${WAL_PREFIX}meta`;
export const walModelKey = (id: string): string => `${WAL_PREFIX}model:${id}`;

/** The storage the copies go to: localStorage where this browser has a usable one, else null. */
export function writeAheadStorage(env: { localStorage?: Storage } = globalThis): Storage | null {
  try {
    return env.localStorage ?? null;
  } catch {
    return null; // access denied by policy
  }
}

/** Writes the copies synchronously; a full or refusing storage is ignored (the autosave still runs). */
export function writeAhead(
  storage: Storage,
  dirty: readonly { entry: ModelEntry; record: string }[],
  meta: string | null,
): void {
  for (const { entry, record } of dirty) {
    try {
      storage.setItem(walModelKey(entry.id), record);
    } catch {
      /* quota: nothing more can be kept */
    }
  }
  if (meta !== null) {
    try {
      storage.setItem(WAL_META_KEY, meta);
    } catch {
      /* as above */
    }
  }
}

export function dropWriteAhead(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    /* nothing to drop */
  }
}

/**
 * The copies newer than what `stored` holds, by storage key (`kantelpunt:model:<id>` or the
 * meta key), and the keys of all copies (to drop once taken).
 */
export function readWriteAhead(
  storage: Storage | null,
  stored: ReadonlyMap<string, string>,
  keys: { modelKey: (id: string) => string; metaKey: string },
): { newer: Map<string, string>; walKeys: string[] } {
  const newer = new Map<string, string>();
  const walKeys: string[] = [];
  if (storage === null) return { newer, walKeys };
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(WAL_PREFIX)) walKeys.push(key);
    }
    for (const key of walKeys) {
      const raw = storage.getItem(key);
      if (raw === null) continue;
      if (key === WAL_META_KEY) newer.set(keys.metaKey, raw);
      else {
        const target = keys.modelKey(key.slice(`${WAL_PREFIX}model:`.length));
        if (storedRevision(raw) > storedRevision(stored.get(target))) newer.set(target, raw);
      }
    }
  } catch {
    /* unreadable: the stored records stand */
  }
  return { newer, walKeys };
}
