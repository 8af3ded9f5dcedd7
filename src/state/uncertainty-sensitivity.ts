/**
 * The tornado of a scenario and metric, computed in the engine worker (the exact engine, two
 * evaluations per input). Results are kept per model object, scenario and metric, so going
 * back to an earlier choice shows at once; a newer request makes older answers irrelevant.
 * The results are the store's `sensitivity` (runs-slice.ts).
 */
import { useEffect } from 'react';
import type { ModelFile, SensitivityMetric } from '../engine';
import { isCancelled } from '../worker/client';
import { appStore, useAppStore } from './store';
import type { SensitivityState } from './types';
import { enginePool } from './uncertainty-workers';

export type { SensitivityState } from './types';

/** A number per model object, so that results are keyed by the model they were computed for. */
const serials = new WeakMap<ModelFile, number>();
let nextSerial = 1;

function keyOf(model: ModelFile, scenarioId: string, metric: SensitivityMetric): string {
  let serial = serials.get(model);
  if (serial === undefined) {
    serial = nextSerial++;
    serials.set(model, serial);
  }
  return `${serial}|${scenarioId}|${metric}`;
}

function put(key: string, state: SensitivityState): void {
  appStore.getState().putSensitivity(key, state);
}

/** Asks the worker for a tornado unless it is known or on its way. */
export function requestSensitivity(model: ModelFile, scenarioId: string, metric: SensitivityMetric): void {
  const key = keyOf(model, scenarioId, metric);
  const known = appStore.getState().sensitivity[key];
  if (known && known.status !== 'error') return;
  put(key, { status: 'running' });
  const [client] = enginePool().clients('sensitivity', 1);
  if (!client) return;
  client.call('sensitivity', { model, scenarioId, metric }).then(
    (result) => put(key, { status: 'done', result }),
    (e: unknown) =>
      put(
        key,
        isCancelled(e) ? { status: 'idle' } : { status: 'error', message: e instanceof Error ? e.message : String(e) },
      ),
  );
}

/** The tornado for the model, scenario and metric; requested when first asked for. */
export function useSensitivity(
  model: ModelFile | null,
  scenarioId: string | null,
  metric: SensitivityMetric,
): SensitivityState {
  const key = model && scenarioId ? keyOf(model, scenarioId, metric) : null;
  const state = useAppStore((s) => (key ? s.sensitivity[key] : undefined));
  useEffect(() => {
    if (!model || !scenarioId) return;
    // A short pause lets a burst of edits settle before the worker is asked.
    const timer = setTimeout(() => requestSensitivity(model, scenarioId, metric), 120);
    return () => clearTimeout(timer);
  }, [model, scenarioId, metric]);
  return state ?? { status: 'idle' };
}
