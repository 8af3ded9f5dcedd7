/** Named selectors: components read the store through these, never by reaching into it. */
import { useCallback } from 'react';
import type { ModelFile, Party, Scenario } from '../engine';
import { useAppStore } from './store';
import type { AppState, ModelEntry } from './types';
import type { Recipe } from '../model/model-edits';

export const selectActiveEntry = (s: AppState): ModelEntry | null =>
  s.activeModelId ? (s.models[s.activeModelId] ?? null) : null;
export const selectActiveModel = (s: AppState): ModelFile | null => selectActiveEntry(s)?.model ?? null;

export function useActiveModel(): ModelFile | null {
  return useAppStore(selectActiveModel);
}

/**
 * The results of the active model: a light model's computed on the page on every change (a few
 * milliseconds for the example), a heavy model's in the worker (evaluation-runs.ts).
 */
export { useEvaluationState } from './evaluation-runs';

export function useActiveModelId(): string | null {
  return useAppStore((s) => s.activeModelId);
}

/** An edit of the active model: `update((m) => { m.horizon.endYear = 2018; }, 'Horizon')`; one undo step each. */
export function useUpdateModel(): (recipe: Recipe, label?: string) => void {
  const id = useAppStore((s) => s.activeModelId);
  const updateModel = useAppStore((s) => s.updateModel);
  return useCallback(
    (recipe: Recipe, label?: string) => {
      if (id) updateModel(id, recipe, label);
    },
    [id, updateModel],
  );
}

export function useUndoRedo(): {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  undo: () => void;
  redo: () => void;
} {
  const h = useAppStore((s) => (s.activeModelId ? s.history[s.activeModelId] : undefined));
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return {
    canUndo: (h?.past.length ?? 0) > 0,
    canRedo: (h?.future.length ?? 0) > 0,
    undoLabel: h?.past[h.past.length - 1]?.label ?? null,
    redoLabel: h?.future[h.future.length - 1]?.label ?? null,
    undo: () => undo(),
    redo: () => redo(),
  };
}

export function useModelList(): ModelEntry[] {
  const models = useAppStore((s) => s.models);
  return Object.values(models).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export const municipalitiesOf = (m: ModelFile): Party[] => m.parties.filter((p) => p.kind === 'municipality');
export const sharedPartiesOf = (m: ModelFile): Party[] => m.parties.filter((p) => p.kind === 'shared');
export const baselineOf = (m: ModelFile): Scenario | undefined => m.scenarios.find((s) => s.basedOn === null);
