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

export type ExitRunKind = 'sweep' | 'methods';
type Kind = ExitRunKind;
const keyOf = (kind: Kind, model: ModelFile, question: ExitQuestion, extra = '') =>
  `${kind}|${exitContentKey(model)}|${canonicalJson(question)}|${extra}`;

const put = (key: string, state: ExitRunState<unknown>) => appStore.getState().putExitRun(key, state);

/** The run in progress (its kind and key), the newest run number per key, and the end of the queue. */
let running: { kind: Kind; key: string } | null = null;
let token = 0;
const newest = new Map<string, number>();
/** The newest run of each kind: an older one of the same kind that still waits is dropped as stopped. */
const newestOfKind: Record<Kind, number> = { sweep: 0, methods: 0 };
const newestKeyOfKind: Record<Kind, string | null> = { sweep: null, methods: null };
let tail: Promise<void> = Promise.resolve();

/**
 * Runs on the exit lane one at a time. A new run of the same kind (another question's sweep)
 * replaces the one in progress; a run of the other kind (the methods while a sweep runs) waits
 * for it instead of stopping it. A replaced or stopped run's late answers never overwrite a newer
 * run of the same key.
 */
async function start<R>(
  kind: Kind,
  key: string,
  call: (client: EngineClient, onProgress: (done: number, total: number) => void) => Promise<R>,
): Promise<void> {
  const pool = enginePool();
  if (running !== null && running.kind === kind) pool.cancel('exit');
  const mine = ++token;
  newest.set(key, mine);
  newestOfKind[kind] = mine;
  newestKeyOfKind[kind] = key;
  const isCurrent = () => newest.get(key) === mine;
  put(key, { status: 'running', done: 0, total: 0 });
  const previous = tail;
  let release = (): void => undefined;
  tail = new Promise<void>((resolve) => {
    release = resolve;
  });
  await previous;
  running = { kind, key };
  const t0 = performance.now();
  try {
    if (newestOfKind[kind] !== mine) {
      // Replaced by a newer run of its kind while it waited.
      if (isCurrent()) put(key, { status: 'cancelled' });
      return;
    }
    const [client] = pool.clients('exit', 1);
    if (!client) throw new Error('no engine worker');
    const result = await call(client, (done, total) => {
      if (isCurrent()) put(key, { status: 'running', done, total });
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
    running = null;
    release();
  }
}

/** Starts the sweep of `question` in the worker (unless it is known or on its way). */
export function startExitSweep(model: ModelFile, question: ExitQuestion, options: { isForced?: boolean } = {}): void {
  const key = keyOf('sweep', model, question);
  const known = appStore.getState().exitRuns[key];
  if (!options.isForced && known && (known.status === 'done' || known.status === 'running')) return;
  void start('sweep', key, (client, onProgress) => client.call('exitSweep', { model, question }, { onProgress }));
}

/** Starts the methods side by side for the question's year. */
export function startExitMethods(model: ModelFile, question: ExitQuestion, fixedAmount: Money): void {
  const key = keyOf('methods', model, question, fixedAmount);
  const known = appStore.getState().exitRuns[key];
  if (known && (known.status === 'done' || known.status === 'running')) return;
  void start('methods', key, (client) => client.call('exitMethods', { model, question, fixedAmount }));
}

/**
 * Stops the exit run of `kind` (the screen's Stop): at once when it is the one in progress (the
 * lane's worker is terminated; the next run starts a fresh one), before it starts when it waits.
 */
export function cancelExitRun(kind: Kind = 'sweep'): void {
  if (running !== null && running.kind === kind) {
    enginePool().cancel('exit');
    return;
  }
  const key = newestKeyOfKind[kind];
  if (key === null || appStore.getState().exitRuns[key]?.status !== 'running') return;
  newestOfKind[kind] = ++token; // the waiting run finds itself replaced and does not start
  put(key, { status: 'cancelled' });
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
