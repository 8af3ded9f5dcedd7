import type { StateCreator } from 'zustand/vanilla';
import { invertMoved } from '../model/input-path-remap';
import { randomId } from '../model/ids';
import type { AppState, HistorySlice, HistoryStep, ModelHistory, Notice } from './types';
import { remapWorkshop } from './workshop-slice';

/**
 * Moves one step from `from` to `to` of a model's history, swapping the model in and out. What
 * the edit did besides goes with it: undo takes away its notice of removed ranges, redo shows
 * it again; the workshop's what-if values move back (or forward) with the input paths.
 */
function step(s: AppState, id: string, direction: 'undo' | 'redo'): Partial<AppState> {
  const none = {};
  const entry = s.models[id];
  const h = s.history[id];
  if (!entry || !h) return none;
  const source = direction === 'undo' ? h.past : h.future;
  const target = source[source.length - 1];
  if (!target) return none;
  const rest = source.slice(0, -1);
  let notices = s.notices;
  let noticeId: string | undefined;
  if (direction === 'undo' && target.noticeId) notices = notices.filter((n) => n.id !== target.noticeId);
  if (direction === 'redo' && target.notice) {
    noticeId = randomId('n');
    notices = [...notices, { ...target.notice, id: noticeId } as Notice];
  }
  const { model: _model, label: _label, noticeId: _id, ...extra } = target;
  const moved: HistoryStep = { model: entry.model, label: target.label, ...extra, ...(noticeId ? { noticeId } : {}) };
  const history: ModelHistory =
    direction === 'undo' ? { past: rest, future: [...h.future, moved] } : { past: [...h.past, moved], future: rest };
  const pathsMoved = target.moved ? (direction === 'undo' ? invertMoved(target.moved) : target.moved) : {};
  return {
    models: { ...s.models, [id]: { ...entry, model: target.model, updatedAt: new Date().toISOString() } },
    history: { ...s.history, [id]: history },
    ...(notices !== s.notices ? { notices } : {}),
    workshop: remapWorkshop(s.workshop, id, pathsMoved),
  };
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => {
  const go = (direction: 'undo' | 'redo', id?: string) => {
    const target = id ?? get().activeModelId;
    if (!target) return;
    set((s) => step(s, target, direction));
  };
  return {
    history: {},
    undo: (id) => go('undo', id),
    redo: (id) => go('redo', id),
    clearHistory: (id) =>
      set((s) => {
        const { [id]: _h, ...history } = s.history;
        return { history };
      }),
  };
};
