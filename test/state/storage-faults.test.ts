/**
 * Faults never hide saved models (issue 21): a full localStorage behind an unavailable
 * IndexedDB still shows what it stores (and says saving is not possible), and a stale copy of
 * a record under a second key never shadows the newer revision.
 */
import { describe, expect, it } from 'vitest';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { createAppStore, startApp } from '../../src/state';
import { createMemoryBackend, openBestBackend } from '../../src/state/persistence/backend';
import { META_KEY, modelKey, serializeModelRecord } from '../../src/state/persistence/records';
import type { ModelEntry } from '../../src/state/types';

const model = () => structuredClone(haarlemHaarlemmermeer);
const quiet = { channel: null, debounceMs: 0, writeAhead: null };

const entry = (id: string, title: string, revision: number): ModelEntry => ({
  id,
  revision,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  model: { ...model(), meta: { title } },
});

/** A localStorage that holds data but refuses every new write (quota). */
function fullStorage(data: Map<string, string>): Storage {
  const quota = () => {
    throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  };
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: quota,
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}

describe('storage faults', () => {
  it('IndexedDB unavailable and localStorage full: shows the stored models, not "this browser keeps nothing"', async () => {
    const data = new Map([
      [modelKey('a'), serializeModelRecord(entry('a', 'Opgeslagen model', 3), 3)],
      [META_KEY, JSON.stringify({ schema: 1, activeModelId: 'a', locale: 'nl', screen: 'start', hasStarted: true })],
    ]);
    const failingIdb = {
      open: () => {
        throw new Error('no IndexedDB');
      },
    } as unknown as IDBFactory;
    const backend = await openBestBackend({ indexedDB: failingIdb, localStorage: fullStorage(data) });
    expect(backend.kind).toBe('localStorage');
    const store = createAppStore();
    const p = await startApp(store, { backend, example: model(), ...quiet });
    expect(Object.values(store.getState().models).map((e) => e.model.meta?.title)).toEqual(['Opgeslagen model']);
    expect(store.getState().notices.map((n) => n.kind)).not.toContain('storageUnavailable');
    // An edit cannot be saved: the user is told storage is full (and may export).
    store.getState().updateModel('a', (m) => {
      m.meta = { title: 'Gewijzigd' };
    });
    await p.flush();
    expect(store.getState().saveState).toBe('failed');
    expect(store.getState().notices.map((n) => n.kind)).toContain('storageFull');
    p.stop();
  });

  it('a stale copy of a record under a second key does not shadow the newer revision', async () => {
    // The stale copy comes first in storage order, and after the newer one: both ways the newer wins.
    for (const order of ['stale first', 'stale last']) {
      const stale: [string, string] = [modelKey('copy'), serializeModelRecord(entry('a', 'Oud', 2), 2)];
      const fresh: [string, string] = [modelKey('a'), serializeModelRecord(entry('a', 'Nieuw', 7), 7)];
      const data = new Map(order === 'stale first' ? [stale, fresh] : [fresh, stale]);
      const store = createAppStore();
      const p = await startApp(store, { backend: createMemoryBackend(data), example: model(), ...quiet });
      expect(store.getState().models.a?.model.meta?.title).toBe('Nieuw');
      expect(store.getState().models.a?.revision).toBe(7);
      // The stale copy is kept aside, not lost.
      const recovery = store.getState().notices.find((n) => n.kind === 'recovery');
      expect(recovery && 'items' in recovery ? recovery.items.map((i) => i.raw) : []).toEqual([stale[1]]);
      p.stop();
    }
  });
});
