import type { AppState, HistorySlice, ModelHistory } from './types';

type Set = (fn: (s: AppState) => Partial<AppState>) => void;
type Get = () => AppState;

/** Moves one step from `from` to `to` of a model's history, swapping the model in and out. */
function step(s: AppState, id: string, direction: 'undo' | 'redo'): Partial<AppState> {
  const entry = s.models[id];
  const h = s.history[id];
  if (!entry || !h) return {};
  const source = direction === 'undo' ? h.past : h.future;
  const target = source[source.length - 1];
  if (!target) return {};
  const rest = source.slice(0, -1);
  const moved = { model: entry.model, label: target.label };
  const history: ModelHistory = direction === 'undo'
    ? { past: rest, future: [...h.future, moved] }
    : { past: [...h.past, moved], future: rest };
  return {
    models: { ...s.models, [id]: { ...entry, model: target.model, updatedAt: new Date().toISOString() } },
    history: { ...s.history, [id]: history },
  };
}

export function createHistorySlice(set: Set, get: Get): HistorySlice {
  const activeOr = (id?: string): string | null => id ?? get().activeModelId;
  return {
    history: {},
    undo: (id) => { const target = activeOr(id); if (target) set((s) => step(s, target, 'undo')); },
    redo: (id) => { const target = activeOr(id); if (target) set((s) => step(s, target, 'redo')); },
    clearHistory: (id) => set((s) => { const { [id]: _h, ...history } = s.history; return { history }; }),
  };
}
