/**
 * The app's one store, combined from slices: models, history (undo), ui, workshop (the what-if
 * layer) and runs (Monte Carlo and tornado results). Persistence (persistence/) and undo
 * (history-slice) work on the combined store and read only the fields they own, so the
 * workshop and the runs are never saved or undone (docs/state.md). `createAppStore` makes a
 * fresh store (tests, a second simulated tab); the app uses `appStore`.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { setPageLocale } from '../i18n';
import { createEvaluationRunSlice } from './evaluation-slice';
import { createHistorySlice } from './history-slice';
import { createModelsSlice } from './models-slice';
import { createRunsSlice } from './runs-slice';
import type { AppState } from './types';
import { createUiSlice } from './ui-slice';
import { createWorkshopSlice } from './workshop-slice';

export type AppStore = StoreApi<AppState>;

export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createModelsSlice(...a),
    ...createHistorySlice(...a),
    ...createUiSlice(...a),
    ...createWorkshopSlice(...a),
    ...createRunsSlice(...a),
    ...createEvaluationRunSlice(...a),
  }));
}

export const appStore: AppStore = createAppStore();

// The app's store owns the locale setting; i18n's page locale (useLocale, useT) follows it however
// it changes: the language menu, hydration from storage, or a test's setState. Stores made by
// createAppStore for tests or a simulated second tab do not drive the page.
setPageLocale(appStore.getState().locale);
appStore.subscribe((s) => setPageLocale(s.locale));

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
