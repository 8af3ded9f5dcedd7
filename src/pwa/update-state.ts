/**
 * What this tab knows about a new version of the app. Kept outside the app store: it is not
 * model data, is never persisted, and must be readable before the app has hydrated.
 */
import { useSyncExternalStore } from 'react';

/**
 * `waiting`: a new version is installed and waits for the user's consent.
 * `activating`: the user accepted; the new version is taking over.
 * `active`: the new version serves this site now (accepted here or in another tab); this tab
 * still runs the old code until it is reloaded.
 */
export type UpdateStatus = 'none' | 'waiting' | 'activating' | 'active';
export type UpdateState = { status: UpdateStatus; accept: (() => void) | null };

let state: UpdateState = { status: 'none', accept: null };
const listeners = new Set<() => void>();

export function setUpdateState(next: UpdateState): void {
  state = next;
  for (const l of listeners) l();
}

export function getUpdateState(): UpdateState {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(subscribe, getUpdateState, getUpdateState);
}
