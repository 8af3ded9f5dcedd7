/**
 * Autosave: writes every changed model (debounced) and the app settings, with a revision per
 * model. A write is refused when storage holds a newer revision than this tab last saw (another
 * tab saved meanwhile): the user is told and chooses. Other tabs hear of saves over a
 * BroadcastChannel and take the newer model when they have no unsaved edits of it.
 */
import type { ModelFile } from '../../engine';
import type { AppStore } from '../store';
import type { AppState } from '../types';
import { isQuotaError, type StorageBackend } from './backend';
import { hydrate, type Hydrated } from './hydrate';
import { META_KEY, modelKey, parseModelRecord, SCHEMA_VERSION, serializeModelRecord, storedRevision } from './records';
import { dropWriteAhead, WAL_META_KEY, walModelKey, writeAhead, writeAheadStorage } from './write-ahead';

export type ChannelLike = {
  postMessage: (m: unknown) => void;
  close: () => void;
  onmessage: ((e: MessageEvent) => void) | null;
};
type Message = { type: 'saved'; id: string; revision: number } | { type: 'removed'; id: string };

export type Persistence = {
  hydrated: Hydrated;
  flush: () => Promise<void>;
  /** Takes the stored (newer) version of a model, dropping this tab's unsaved edits. */
  reloadFromStorage: (id: string) => Promise<void>;
  /** Keeps this tab's version as a new model, then takes the stored one. */
  keepAsCopy: (id: string, title: string) => Promise<string | null>;
  /** Writes the write-ahead copies now (what `pagehide` does). */
  keepWriteAhead: () => void;
  /** Removes raw data kept aside after a failed read. */
  discardQuarantine: (key: string) => Promise<void>;
  stop: () => void;
};

export type PersistOptions = {
  channel?: ChannelLike | null;
  debounceMs?: number;
  /** Where the write-ahead copies go (write-ahead.ts); localStorage by default, null for none. */
  writeAhead?: Storage | null;
};

function metaOf(s: AppState, hasStarted: boolean): string {
  return JSON.stringify({
    schema: SCHEMA_VERSION,
    activeModelId: s.activeModelId,
    locale: s.locale,
    screen: s.screen,
    hasStarted,
  });
}

export async function startPersistence(
  store: AppStore,
  backend: StorageBackend,
  opts: PersistOptions = {},
): Promise<Persistence> {
  const wal = opts.writeAhead === undefined ? writeAheadStorage() : opts.writeAhead;
  const hydrated = await hydrate(backend, undefined, wal);
  applyHydrated(store, hydrated, backend.kind);
  if (backend.kind === 'memory') store.getState().setSaveState('failed');
  const lastSaved = new Map<string, ModelFile>(hydrated.models.map((e) => [e.id, e.model]));
  const conflicted = new Set<string>();
  let lastMeta = hydrated.meta ? metaOf(store.getState(), true) : '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: IdleHandle | null = null;
  let running: Promise<void> = Promise.resolve();
  const channel = opts.channel === undefined ? openChannel() : opts.channel;
  const post = (m: Message) => channel?.postMessage(m);
  const warnFull = () => store.getState().addNotice({ kind: 'storageFull' });

  const saveModel = async (id: string): Promise<void> => {
    const entry = store.getState().models[id];
    if (!entry || conflicted.has(id) || lastSaved.get(id) === entry.model) return;
    const revision = entry.revision + 1;
    const result = await backend.write(
      modelKey(id),
      serializeModelRecord(entry, revision),
      (cur) => storedRevision(cur) <= entry.revision,
    );
    if (result === 'refused') {
      conflicted.add(id);
      store.getState().addNotice({ kind: 'conflict', modelId: id });
      return;
    }
    lastSaved.set(id, entry.model);
    if (store.getState().models[id]?.model === entry.model) dropWriteAhead(wal, walModelKey(id));
    store.getState().markSaved(id, revision);
    post({ type: 'saved', id, revision });
  };

  const flushOnce = async (): Promise<void> => {
    const s = store.getState();
    try {
      for (const id of Object.keys(s.models)) await saveModel(id);
      for (const id of [...lastSaved.keys()]) {
        if (s.models[id]) continue;
        lastSaved.delete(id);
        await backend.remove(modelKey(id));
        post({ type: 'removed', id });
      }
      const meta = metaOf(store.getState(), true);
      if (meta !== lastMeta) {
        await backend.write(META_KEY, meta);
        lastMeta = meta;
        if (metaOf(store.getState(), true) === meta) dropWriteAhead(wal, WAL_META_KEY);
      }
      const now = store.getState();
      const isClean = Object.values(now.models).every((e) => lastSaved.get(e.id) === e.model);
      now.setSaveState(conflicted.size > 0 || backend.kind === 'memory' ? 'failed' : isClean ? 'saved' : 'pending');
    } catch (e) {
      store.getState().setSaveState('failed');
      if (isQuotaError(e)) warnFull();
      else store.getState().addNotice({ kind: 'storageUnavailable' });
    }
  };

  const flush = (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    running = running.then(flushOnce);
    return running;
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.models === prev.models &&
      s.activeModelId === prev.activeModelId &&
      s.locale === prev.locale &&
      s.screen === prev.screen
    )
      return;
    if (
      backend.kind !== 'memory' &&
      s.models !== prev.models &&
      Object.values(s.models).some((e) => lastSaved.get(e.id) !== e.model)
    )
      s.setSaveState('pending');
    if (timer) clearTimeout(timer);
    if (idle !== null) cancelIdle(idle);
    idle = null;
    // After the pause, the write waits for an idle moment (at most IDLE_WAIT_MS), so that the
    // serialisation of a large model does not delay the frame of the next keystroke. Leaving the
    // page does not wait: pagehide and hiding write the write-ahead copy synchronously.
    timer = setTimeout(() => {
      timer = null;
      idle = whenIdle(() => {
        idle = null;
        void flush();
      });
    }, opts.debounceMs ?? 250);
  });

  const reloadFromStorage = async (id: string): Promise<void> => {
    const raw = await backend.read(modelKey(id));
    conflicted.delete(id);
    const parsed = raw === undefined ? null : parseModelRecord(raw);
    if (parsed?.ok) {
      lastSaved.set(id, parsed.entry.model);
      store.getState().replaceFromStorage(parsed.entry);
    } else {
      lastSaved.delete(id);
      store.getState().removeModel(id);
    }
    for (const n of store.getState().notices)
      if (n.kind === 'conflict' && n.modelId === id) store.getState().dismissNotice(n.id);
  };

  const onMessage = (m: Message) => {
    const entry = store.getState().models[m.id];
    const isDirty = entry !== undefined && lastSaved.get(m.id) !== entry.model;
    if (m.type === 'removed') {
      if (entry && !isDirty) {
        lastSaved.delete(m.id);
        store.getState().removeModel(m.id);
      }
      return;
    }
    if (entry && entry.revision >= m.revision) return;
    if (isDirty) {
      conflicted.add(m.id);
      store.getState().addNotice({ kind: 'conflict', modelId: m.id });
      return;
    }
    void reloadFromStorage(m.id);
  };
  if (channel) channel.onmessage = (e: MessageEvent) => onMessage(e.data as Message);

  /** Synchronously keeps a copy of every unsaved model and of the settings (write-ahead.ts). */
  const keepWriteAhead = () => {
    if (wal === null || backend.kind === 'memory' || backend.isClosed?.() === true) return;
    const s = store.getState();
    const dirty = Object.values(s.models)
      .filter((e) => lastSaved.get(e.id) !== e.model && !conflicted.has(e.id))
      .map((entry) => ({ entry, record: serializeModelRecord(entry, entry.revision + 1) }));
    const meta = metaOf(s, true);
    writeAhead(wal, dirty, meta !== lastMeta ? meta : null);
  };
  const onHide = () => {
    if (document.visibilityState !== 'hidden') return;
    keepWriteAhead();
    void flush();
  };
  const onUnload = () => {
    keepWriteAhead();
    void flush();
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHide);
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onUnload);
  }

  return {
    hydrated,
    flush,
    reloadFromStorage,
    keepAsCopy: async (id, title) => {
      const entry = store.getState().models[id];
      if (!entry) return null;
      const copy = { ...entry.model, meta: { ...entry.model.meta, title } };
      const newId = store.getState().addModel(copy, { isActive: false });
      await reloadFromStorage(id);
      await flush();
      return newId;
    },
    discardQuarantine: async (key) => {
      await backend.remove(key);
      const s = store.getState();
      for (const n of s.notices) {
        if (n.kind !== 'recovery') continue;
        const items = n.items.filter((i) => i.key !== key);
        s.dismissNotice(n.id);
        if (items.length > 0) s.addNotice({ kind: 'recovery', items });
      }
    },
    keepWriteAhead,
    stop: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (idle !== null) cancelIdle(idle);
      channel?.close();
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onHide);
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', onUnload);
        window.removeEventListener('beforeunload', onUnload);
      }
    },
  };
}

/** The longest an autosave waits for an idle moment after its pause. */
const IDLE_WAIT_MS = 1000;
/** An idle callback's handle (requestIdleCallback). */
type IdleHandle = number;

/** Runs `f` when the page is idle (requestIdleCallback), or at once where there is no such thing (null). */
function whenIdle(f: () => void): IdleHandle | null {
  if (typeof requestIdleCallback !== 'function') {
    f();
    return null;
  }
  return requestIdleCallback(f, { timeout: IDLE_WAIT_MS });
}

function cancelIdle(h: IdleHandle): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(h);
}

function openChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('kantelpunt');
}

function applyHydrated(store: AppStore, h: Hydrated, kind: StorageBackend['kind']): void {
  const models = Object.fromEntries(h.models.map((e) => [e.id, e]));
  const active = h.meta?.activeModelId && models[h.meta.activeModelId] ? h.meta.activeModelId : null;
  store.setState({
    models,
    activeModelId: active,
    locale: h.meta?.locale ?? store.getState().locale,
    screen: active ? (h.meta?.screen ?? 'start') : 'start',
    storageKind: kind,
  });
  const s = store.getState();
  if (kind === 'memory') s.addNotice({ kind: 'storageUnavailable' });
  if (h.quarantine.length > 0) s.addNotice({ kind: 'recovery', items: h.quarantine });
}
