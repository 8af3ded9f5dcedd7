/**
 * The app's one store, combined from slices (models, history, ui). Persistence (persistence/)
 * and undo (history-slice) work on the combined store only. `createAppStore` makes a fresh
 * store (tests, a second simulated tab); the app uses `appStore`.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createHistorySlice } from './history-slice';
import { createModelsSlice } from './models-slice';
import type { AppState } from './types';
import { createUiSlice } from './ui-slice';

export type AppStore = StoreApi<AppState>;

export function createAppStore(): AppStore {
  return createStore<AppState>()((set, get) => {
    const update = (fn: (s: AppState) => Partial<AppState>) => set(fn);
    return { ...createModelsSlice(update, get), ...createHistorySlice(update, get), ...createUiSlice(update) };
  });
}

export const appStore: AppStore = createAppStore();

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
