/**
 * The guided first case of a model made from the template (issue 20, item 5): per model, the
 * template's samples recorded when it was made, which steps the user marked as done, whether
 * the results were opened, and whether the checklist is hidden. Kept per model in localStorage
 * (`kantelpunt-guide:<model id>`) beside the model's own record, so it survives reloads; a model
 * without such a record (the example, an opened file) shows no checklist.
 */
import { useSyncExternalStore } from 'react';
import type { GuideStep, Sample } from '../model';

export type GuideRecord = {
  samples: Sample[];
  /** Steps the user marked as done (their samples left count as confirmed). */
  done: Partial<Record<GuideStep, boolean>>;
  isHidden: boolean;
};

const KEY = 'kantelpunt-guide:';
const cache = new Map<string, GuideRecord | null>();
const listeners = new Set<() => void>();

const storage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

function read(id: string): GuideRecord | null {
  if (cache.has(id)) return cache.get(id) ?? null;
  let record: GuideRecord | null = null;
  try {
    const raw = storage()?.getItem(KEY + id);
    const v: unknown = raw ? JSON.parse(raw) : null;
    if (v && typeof v === 'object' && Array.isArray((v as GuideRecord).samples)) record = v as GuideRecord;
  } catch {
    record = null;
  }
  cache.set(id, record);
  return record;
}

function write(id: string, record: GuideRecord | null): void {
  cache.set(id, record);
  try {
    if (record) storage()?.setItem(KEY + id, JSON.stringify(record));
    else storage()?.removeItem(KEY + id);
  } catch {
    // Storage full or unavailable: the checklist still works for this session.
  }
  for (const l of listeners) l();
}

/** Starts the guide for a model just made from the template. */
export function startGuide(id: string, samples: Sample[]): void {
  write(id, { samples, done: {}, isHidden: false });
}

export function updateGuide(id: string, patch: (r: GuideRecord) => GuideRecord): void {
  const r = read(id);
  if (r) write(id, patch(r));
}

export function forgetGuide(id: string): void {
  write(id, null);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The guide of a model (null when it has none), re-rendered on every change. */
export function useGuide(id: string | null): GuideRecord | null {
  return useSyncExternalStore(
    subscribe,
    () => (id ? read(id) : null),
    () => null,
  );
}
