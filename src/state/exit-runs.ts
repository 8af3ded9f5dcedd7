/**
 * The Uittreden screen's runs in the engine worker (issue 15, model-v3 §10.4): the exit-year
 * sweep (progress per year computed) and the settlement methods side by side, on the pool's
 * `exit` lane, so cancelling stops only them. The results are the store's `exitRuns`
 * (runs-slice.ts), keyed by what they were computed from: the question and the parts of the
 * model that the answer depends on. A model edit that only adds the question to the report (or
 * changes the title, ranges or workshop) keeps those parts as they were (`updateModel` shares
 * unchanged parts), so the sweep just computed is the one the report shows; undo finds earlier
 * results again. Nothing here is persisted or undone.
 */
import { useEffect } from 'react';
import type { ExitQuestion, Money, ModelFile, SweepRow } from '../engine';
import { canonicalJson } from '../model';
import { isCancelled, type EngineClient } from '../worker/client';
import type { ExitMethodRow } from '../worker/protocol';
import { appStore, useAppStore } from './store';
import type { ExitRunState } from './types';
import { enginePool } from './uncertainty-workers';

export type { ExitRunState } from './types';
export type { ExitMethodRow } from '../worker/protocol';

/** Top-level parts of a model that no exit answer reads (the copy drops or overrides them). */
const IGNORED = new Set(['meta', 'report', 'uncertainty', 'workshop', 'assessment', 'version']);

const ids = new WeakMap<object, number>();
let nextId = 1;
const idOf = (v: unknown): string => {
  if (typeof v !== 'object' || v === null) return JSON.stringify(v) ?? 'undefined';
  let id = ids.get(v);
  if (id === undefined) {
    id = nextId++;
    ids.set(v, id);
  }
  return `#${id}`;
};

const contentKeys = new WeakMap<ModelFile, string>();

/** The identity of the parts of `model` an exit answer depends on (cheap: object identities, not contents). */
export function exitContentKey(model: ModelFile): string {
  let key = contentKeys.get(model);
  if (key === undefined) {
    const record = model as unknown as Record<string, unknown>;
    key = Object.keys(record)
      .filter((k) => !IGNORED.has(k) && record[k] !== undefined)
      .sort()
      .map((k) => `${k}=${idOf(record[k])}`)
      .join(',');
    contentKeys.set(model, key);
  }
  return key;
}

type Kind = 'sweep' | 'methods';
const keyOf = (kind: Kind, model: ModelFile, question: ExitQuestion, extra = '') =>
  `${kind}|${exitContentKey(model)}|${canonicalJson(question)}|${extra}`;

const put = (key: string, state: ExitRunState<unknown>) => appStore.getState().putExitRun(key, state);

/** The key and number of the run in progress: a cancelled or replaced run's late answers never overwrite a newer run of the same key. */
let running: string | null = null;
let token = 0;

async function start<R>(
  key: string,
  call: (client: EngineClient, onProgress: (done: number, total: number) => void) => Promise<R>,
): Promise<void> {
  const pool = enginePool();
  // One exit run at a time: a new question replaces the one in progress.
  if (running !== null) pool.cancel('exit');
  const mine = ++token;
  running = key;
  const isCurrent = () => mine === token || running !== key;
  const t0 = performance.now();
  put(key, { status: 'running', done: 0, total: 0 });
  try {
    const [client] = pool.clients('exit', 1);
    if (!client) throw new Error('no engine worker');
    const result = await call(client, (done, total) => {
      if (mine === token) put(key, { status: 'running', done, total });
    });
    if (isCurrent()) put(key, { status: 'done', result, elapsedMs: Math.round(performance.now() - t0) });
  } catch (e) {
    if (isCurrent())
      put(
        key,
        isCancelled(e)
          ? { status: 'cancelled' }
          : { status: 'error', message: e instanceof Error ? e.message : String(e) },
      );
  } finally {
    if (mine === token) running = null;
  }
}

/** Starts the sweep of `question` in the worker (unless it is known or on its way). */
export function startExitSweep(model: ModelFile, question: ExitQuestion, options: { isForced?: boolean } = {}): void {
  const key = keyOf('sweep', model, question);
  const known = appStore.getState().exitRuns[key];
  if (!options.isForced && known && (known.status === 'done' || known.status === 'running')) return;
  void start(key, (client, onProgress) => client.call('exitSweep', { model, question }, { onProgress }));
}

/** Starts the methods side by side for the question's year. */
export function startExitMethods(model: ModelFile, question: ExitQuestion, fixedAmount: Money): void {
  const key = keyOf('methods', model, question, fixedAmount);
  const known = appStore.getState().exitRuns[key];
  if (known && (known.status === 'done' || known.status === 'running')) return;
  void start(key, (client) => client.call('exitMethods', { model, question, fixedAmount }));
}

/** Stops the exit run in progress at once (the lane's worker is terminated; the next run starts a fresh one). */
export function cancelExitRun(): void {
  if (running === null) return;
  enginePool().cancel('exit');
}

export function useExitSweep(model: ModelFile | null, question: ExitQuestion | null): ExitRunState<SweepRow[]> {
  const key = model && question ? keyOf('sweep', model, question) : null;
  const state = useAppStore((s) => (key ? s.exitRuns[key] : undefined));
  return (state as ExitRunState<SweepRow[]> | undefined) ?? { status: 'idle' };
}

export function useExitMethods(
  model: ModelFile | null,
  question: ExitQuestion | null,
  fixedAmount: Money,
): ExitRunState<ExitMethodRow[]> {
  const key = model && question ? keyOf('methods', model, question, fixedAmount) : null;
  const state = useAppStore((s) => (key ? s.exitRuns[key] : undefined));
  return (state as ExitRunState<ExitMethodRow[]> | undefined) ?? { status: 'idle' };
}

/**
 * The sweep of `question`, asked of the worker when first wanted (the report's Uittreding
 * section: shown once computed, like the report's tornado; a short pause lets a burst of edits
 * settle first).
 */
export function useRequestedExitSweep(
  model: ModelFile | null,
  question: ExitQuestion | null,
): ExitRunState<SweepRow[]> {
  const state = useExitSweep(model, question);
  const key = model && question ? keyOf('sweep', model, question) : null;
  useEffect(() => {
    if (!model || !question || key === null) return;
    const timer = setTimeout(() => startExitSweep(model, question), 120);
    return () => clearTimeout(timer);
    // The key stands for model and question.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
