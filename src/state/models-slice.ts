import type { ModelFile } from '../engine';
import { randomId } from './ids';
import { shareUnchanged } from './share-unchanged';
import type { AppState, ModelEntry, ModelHistory, ModelsSlice, Recipe } from './types';

export const HISTORY_LIMIT = 100;

type Set = (fn: (s: AppState) => Partial<AppState>) => void;
type Get = () => AppState;

const now = (): string => new Date().toISOString();

/** Runs a recipe on a copy and shares every unchanged subtree with the original. */
export function applyRecipe(model: ModelFile, recipe: Recipe): ModelFile {
  const draft = structuredClone(model);
  const result = recipe(draft) ?? draft;
  return shareUnchanged(model, result);
}

export function pushStep(history: ModelHistory | undefined, before: ModelFile, label: string): ModelHistory {
  const past = [...(history?.past ?? []), { model: before, label }];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export function createModelsSlice(set: Set, get: Get): ModelsSlice {
  return {
    models: {},
    activeModelId: null,
    addModel: (model, opts = {}) => {
      const id = opts.id ?? randomId();
      const entry: ModelEntry = { id, model, revision: 0, createdAt: now(), updatedAt: now() };
      set((s) => ({ models: { ...s.models, [id]: entry }, activeModelId: opts.isActive === false ? s.activeModelId : id }));
      return id;
    },
    removeModel: (id) => set((s) => {
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
      const next = applyRecipe(entry.model, recipe);
      if (next === entry.model) return;
      set((s) => ({
        models: { ...s.models, [id]: { ...entry, model: next, updatedAt: now() } },
        history: { ...s.history, [id]: pushStep(s.history[id], entry.model, label) },
      }));
    },
    replaceFromStorage: (entry) => set((s) => {
      const { [entry.id]: _dropped, ...history } = s.history;
      return { models: { ...s.models, [entry.id]: entry }, history };
    }),
    markSaved: (id, revision) => set((s) => {
      const entry = s.models[id];
      return entry ? { models: { ...s.models, [id]: { ...entry, revision } } } : {};
    }),
  };
}
