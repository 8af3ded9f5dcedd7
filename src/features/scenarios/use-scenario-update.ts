import { useCallback } from 'react';
import type { Change, ModelFile, Scenario } from '../../engine';
import { useUpdateModel } from '../../state';

/** An edit of one scenario of the active model (one undo step). */
export function useScenarioUpdate(
  scenarioId: string,
): (fn: (s: Scenario, m: ModelFile) => void, label: string) => void {
  const update = useUpdateModel();
  return useCallback(
    (fn, label) =>
      update((m) => {
        const s = m.scenarios.find((x) => x.id === scenarioId);
        if (s) fn(s, m);
      }, label),
    [update, scenarioId],
  );
}

/** An edit of one change (lever) of a scenario. */
export function useChangeUpdate(
  scenarioId: string,
  index: number,
): (fn: (c: Change, m: ModelFile) => Change | void, label: string) => void {
  const updateScenario = useScenarioUpdate(scenarioId);
  return useCallback(
    (fn, label) =>
      updateScenario((s, m) => {
        const c = s.changes?.[index];
        if (!c || !s.changes) return;
        const next = fn(c, m);
        if (next) s.changes[index] = next;
      }, label),
    [updateScenario, index],
  );
}
