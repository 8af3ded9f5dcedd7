// @vitest-environment jsdom
/**
 * No confirmed edit is lost (issue 21): an edit confirmed, or a model imported from a share
 * link, just before the page unloads — before the debounced autosave has run, or while its
 * IndexedDB write is still under way — survives the reload through the write-ahead copy.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { encodeShareHash } from '../../src/model';
import { createAppStore, startApp } from '../../src/state';
import { createMemoryBackend, type StorageBackend } from '../../src/state/persistence/backend';
import { modelKey, storedRevision } from '../../src/state/persistence/records';

const model = () => structuredClone(haarlemHaarlemmermeer);

/** A Storage over a Map (the write-ahead copies' localStorage). */
function mapStorage(): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

/** IndexedDB as an unloading page sees it: reads work, writes never complete. */
function unloadingBackend(data: Map<string, string>): StorageBackend {
  return {
    ...createMemoryBackend(data),
    kind: 'indexedDB',
    write: () => new Promise(() => undefined),
    remove: () => new Promise(() => undefined),
  };
}
const durable = (data: Map<string, string>): StorageBackend => ({ ...createMemoryBackend(data), kind: 'indexedDB' });

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('the write-ahead copy', () => {
  it('keeps an edit confirmed just before a reload, before the autosave has written it', async () => {
    const data = new Map<string, string>();
    const wal = mapStorage();
    const first = createAppStore();
    const p = await startApp(first, { backend: durable(data), example: model(), channel: null, writeAhead: wal });
    await p.flush();
    stops.push(p.stop);
    const id = first.getState().activeModelId as string;
    const savedRevision = storedRevision(data.get(modelKey(id)));

    // The page now unloads: IndexedDB takes no more writes; the edit comes right before it.
    const tab = createAppStore();
    const q = await startApp(tab, {
      backend: unloadingBackend(data),
      example: model(),
      channel: null,
      writeAhead: wal,
    });
    stops.push(q.stop);
    tab.getState().updateModel(id, (m) => {
      m.meta = { ...m.meta, title: 'Bevestigd vlak voor het herladen' };
    });
    window.dispatchEvent(new Event('pagehide'));
    expect(storedRevision(data.get(modelKey(id)))).toBe(savedRevision);

    const reloaded = createAppStore();
    const r = await startApp(reloaded, { backend: durable(data), example: model(), channel: null, writeAhead: wal });
    stops.push(r.stop);
    expect(reloaded.getState().models[id]?.model.meta?.title).toBe('Bevestigd vlak voor het herladen');
    // Taken into storage and dropped from the write-ahead area.
    expect(storedRevision(data.get(modelKey(id)))).toBe(savedRevision + 1);
    expect([...wal.map.keys()]).toEqual([]);
  });

  it('keeps a model imported from a share link when the page reloads at once', async () => {
    const data = new Map<string, string>();
    const wal = mapStorage();
    const shared = model();
    shared.meta = { ...shared.meta, title: 'Uit een deellink' };
    const tab = createAppStore();
    const p = await startApp(tab, {
      backend: unloadingBackend(data),
      example: model(),
      channel: null,
      writeAhead: wal,
      hash: encodeShareHash(shared),
    });
    stops.push(p.stop);
    window.dispatchEvent(new Event('pagehide'));

    const reloaded = createAppStore();
    const r = await startApp(reloaded, { backend: durable(data), example: model(), channel: null, writeAhead: wal });
    stops.push(r.stop);
    const titles = Object.values(reloaded.getState().models).map((e) => e.model.meta?.title);
    expect(titles).toContain('Uit een deellink');
    const active = reloaded.getState().activeModelId as string;
    expect(reloaded.getState().models[active]?.model.meta?.title).toBe('Uit een deellink');
  });

  it('drops a copy that is not newer than what another tab stored meanwhile', async () => {
    const data = new Map<string, string>();
    const wal = mapStorage();
    const first = createAppStore();
    const p = await startApp(first, { backend: durable(data), example: model(), channel: null, writeAhead: wal });
    await p.flush();
    stops.push(p.stop);
    const id = first.getState().activeModelId as string;
    const stale = createAppStore();
    const q = await startApp(stale, {
      backend: unloadingBackend(data),
      example: model(),
      channel: null,
      writeAhead: wal,
    });
    stops.push(q.stop);
    stale.getState().updateModel(id, (m) => {
      m.meta = { ...m.meta, title: 'oud' };
    });
    q.keepWriteAhead();
    // Another tab saves a newer revision first.
    first.getState().updateModel(id, (m) => {
      m.meta = { ...m.meta, title: 'nieuw' };
    });
    await p.flush();
    const reloaded = createAppStore();
    const r = await startApp(reloaded, { backend: durable(data), example: model(), channel: null, writeAhead: wal });
    stops.push(r.stop);
    expect(reloaded.getState().models[id]?.model.meta?.title).toBe('nieuw');
    expect([...wal.map.keys()].filter((k) => k.includes(':model:'))).toEqual([]);
  });
});
