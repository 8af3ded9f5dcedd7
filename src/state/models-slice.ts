import type { StateCreator } from 'zustand/vanilla';
import type { ModelFile } from '../engine';
import { movedPaths, remapInputPaths, type RemovedInputs } from '../model/input-path-remap';
import { randomId } from '../model/ids';
import { shareUnchanged } from '../model/share-unchanged';
import type { AppState, HistoryStep, ModelEntry, ModelHistory, ModelsSlice, NoticeInput } from './types';
import { remapWorkshop, workshopPaths } from './workshop-slice';

export const HISTORY_LIMIT = 100;

const now = (): string => new Date().toISOString();

/** The notice for ranges and controls an edit removed with their inputs; null when it removed none. */
export function removedNotice(modelId: string, removed: RemovedInputs): NoticeInput | null {
  if (removed.ranges.length + removed.controls.length === 0) return null;
  return {
    kind: 'inputsRemoved',
    modelId,
    by: removed.by ?? 'input',
    ranges: removed.ranges.map((r) => r.label ?? r.path),
    controls: removed.controls.map((c) => c.label ?? c.path),
  };
}

export function pushStep(
  history: ModelHistory | undefined,
  before: ModelFile,
  label: string,
  extra: Omit<HistoryStep, 'model' | 'label'> = {},
): ModelHistory {
  const past = [...(history?.past ?? []), { model: before, label, ...extra }];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export const createModelsSlice: StateCreator<AppState, [], [], ModelsSlice> = (set, get) => ({
  models: {},
  activeModelId: null,
  addModel: (model, opts = {}) => {
    const id = opts.id ?? randomId();
    const entry: ModelEntry = { id, model, revision: 0, createdAt: now(), updatedAt: now() };
    set((s) => ({
      models: { ...s.models, [id]: entry },
      activeModelId: opts.isActive === false ? s.activeModelId : id,
    }));
    return id;
  },
  removeModel: (id) =>
    set((s) => {
      const { [id]: _removed, ...models } = s.models;
      const { [id]: _history, ...history } = s.history;
      return { models, history, activeModelId: s.activeModelId === id ? null : s.activeModelId };
    }),
  duplicateModel: (id, title) => {
    const entry = get().models[id];
    if (!entry) return null;
    const copy = structuredClone(entry.model);
    copy.meta = { ...copy.meta, title };
    return get().addModel(copy, { isActive: false });
  },
  setActiveModel: (id) => set((s) => ({ activeModelId: id !== null && s.models[id] ? id : null })),
  updateModel: (id, recipe, label = '') => {
    const entry = get().models[id];
    if (!entry) return;
    // The workshop's what-if values are followed through the edit like the model's ranges and controls.
    const edit = remapInputPaths(entry.model, recipe, workshopPaths(get().workshop, id));
    const next = shareUnchanged(entry.model, edit.model);
    if (next === entry.model) return;
    const moved = movedPaths(edit.moves);
    const notice = removedNotice(id, edit.removed);
    // The removal is part of the edit (one undo step); the notice says so, and undo takes it away.
    const noticeId = notice ? get().addNotice(notice) : undefined;
    const extra = {
      ...(Object.keys(moved).length > 0 ? { moved } : {}),
      ...(notice && noticeId ? { notice, noticeId } : {}),
    };
    set((s) => ({
      models: { ...s.models, [id]: { ...entry, model: next, updatedAt: now() } },
      history: { ...s.history, [id]: pushStep(s.history[id], entry.model, label, extra) },
      workshop: remapWorkshop(s.workshop, id, moved),
    }));
  },
  replaceFromStorage: (entry) =>
    set((s) => {
      const { [entry.id]: _dropped, ...history } = s.history;
      return { models: { ...s.models, [entry.id]: entry }, history };
    }),
  markSaved: (id, revision) =>
    set((s) => {
      const entry = s.models[id];
      return entry ? { models: { ...s.models, [id]: { ...entry, revision } } } : {};
    }),
});
