import type { StateCreator } from 'zustand/vanilla';
import { randomId } from '../model/ids';
import type { AppState, UiSlice } from './types';

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  locale: 'nl',
  screen: 'start',
  selection: { scenarioId: null, partyId: null },
  notices: [],
  storageKind: null,
  isHydrated: false,
  saveState: 'saved',
  setLocale: (locale) => set(() => ({ locale })),
  setScreen: (screen) => set(() => ({ screen })),
  select: (patch) => set((s) => ({ selection: { ...s.selection, ...patch } })),
  addNotice: (notice) => {
    const id = randomId('n');
    // One notice per kind and subject: a repeated warning replaces the earlier one.
    const subject = (n: object) => JSON.stringify({ ...n, id: undefined, items: undefined, errors: undefined });
    set((s) => ({ notices: [...s.notices.filter((n) => subject(n) !== subject(notice)), { ...notice, id }] }));
    return id;
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setStorage: (kind) => set(() => ({ storageKind: kind })),
  setHydrated: () => set(() => ({ isHydrated: true })),
  setSaveState: (saveState) => set((s) => (s.saveState === saveState ? {} : { saveState })),
});
