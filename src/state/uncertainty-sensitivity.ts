/**
 * The tornado of a scenario and metric, computed in the engine worker (the exact engine, two
 * evaluations per input). Results are kept per model object, scenario and metric, so going
 * back to an earlier choice shows at once; a newer request makes older answers irrelevant.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ModelFile, SensitivityMetric, SensitivityResult } from '../engine';
import { isCancelled } from '../worker/client';
import { enginePool } from './uncertainty-workers';

export type SensitivityState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: SensitivityResult }
  | { status: 'error'; message: string };

const KEEP = 24;
const store = createStore<{ entries: Record<string, SensitivityState> }>()(() => ({ entries: {} }));
const serials = new WeakMap<ModelFile, number>();
let nextSerial = 1;

function keyOf(model: ModelFile, scenarioId: string, metric: SensitivityMetric): string {
  let serial = serials.get(model);
  if (serial === undefined) { serial = nextSerial++; serials.set(model, serial); }
  return `${serial}|${scenarioId}|${metric}`;
}

function put(key: string, state: SensitivityState): void {
  store.setState((s) => {
    const entries = { ...s.entries, [key]: state };
    const keys = Object.keys(entries);
    for (const k of keys.slice(0, Math.max(0, keys.length - KEEP))) delete entries[k];
    return { entries };
  });
}

/** Asks the worker for a tornado unless it is known or on its way. */
export function requestSensitivity(model: ModelFile, scenarioId: string, metric: SensitivityMetric): void {
  const key = keyOf(model, scenarioId, metric);
  const known = store.getState().entries[key];
  if (known && known.status !== 'error') return;
  put(key, { status: 'running' });
  const [client] = enginePool().clients('sensitivity', 1);
  if (!client) return;
  client.call('sensitivity', { model, scenarioId, metric }).then(
    (result) => put(key, { status: 'done', result }),
    (e: unknown) => put(key, isCancelled(e) ? { status: 'idle' } : { status: 'error', message: e instanceof Error ? e.message : String(e) }),
  );
}

/** The tornado for the model, scenario and metric; requested when first asked for. */
export function useSensitivity(model: ModelFile | null, scenarioId: string | null, metric: SensitivityMetric): SensitivityState {
  const key = model && scenarioId ? keyOf(model, scenarioId, metric) : null;
  const state = useStore(store, (s) => (key ? s.entries[key] : undefined));
  useEffect(() => {
    if (!model || !scenarioId) return;
    // A short pause lets a burst of edits settle before the worker is asked.
    const timer = setTimeout(() => requestSensitivity(model, scenarioId, metric), 120);
    return () => clearTimeout(timer);
  }, [model, scenarioId, metric]);
  return state ?? { status: 'idle' };
}
