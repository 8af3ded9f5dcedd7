import { describe, expect, it } from 'vitest';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { createAppStore, startApp } from '../../src/state';
import { createMemoryBackend, type StorageBackend } from '../../src/state/persistence/backend';
import { startPersistence, type ChannelLike } from '../../src/state/persistence/persist';
import { META_KEY, migrateRecord, modelKey, SCHEMA_VERSION } from '../../src/state/persistence/records';

const model = () => structuredClone(haarlemHaarlemmermeer);
const quiet = { channel: null, debounceMs: 0 };

/** Two "tabs" talk over a pair of in-memory channels, like a BroadcastChannel. */
function channelPair(): [ChannelLike, ChannelLike] {
  const a: ChannelLike = {
    onmessage: null,
    close: () => undefined,
    postMessage: (m) => b.onmessage?.({ data: m } as MessageEvent),
  };
  const b: ChannelLike = {
    onmessage: null,
    close: () => undefined,
    postMessage: (m) => a.onmessage?.({ data: m } as MessageEvent),
  };
  return [a, b];
}

describe('autosave and start-up', () => {
  it('opens the example on a first start and keeps it for the next start', async () => {
    const data = new Map<string, string>();
    const store = createAppStore();
    const p = await startApp(store, { backend: createMemoryBackend(data), example: model(), ...quiet });
    const id = store.getState().activeModelId!;
    expect(store.getState().models[id]!.model).toEqual(haarlemHaarlemmermeer);
    store.getState().updateModel(id, (m) => {
      m.meta = { title: 'Mijn model' };
    });
    await p.flush();
    p.stop();
    const again = createAppStore();
    await startApp(again, { backend: createMemoryBackend(data), example: model(), ...quiet });
    expect(Object.values(again.getState().models).map((e) => e.model.meta?.title)).toEqual(['Mijn model']);
    expect(again.getState().activeModelId).toBe(id);
  });

  it('tells whether every change has reached storage', async () => {
    const store = createAppStore();
    const p = await startApp(store, {
      backend: createMemoryBackend(new Map()),
      example: model(),
      channel: null,
      debounceMs: 10_000,
    });
    // A memory backend keeps nothing beyond this tab.
    expect(store.getState().saveState).toBe('failed');
    p.stop();
    const real = createAppStore();
    const backend = { ...createMemoryBackend(new Map()), kind: 'localStorage' as const };
    const q = await startApp(real, { backend, example: model(), channel: null, debounceMs: 10_000 });
    await q.flush();
    expect(real.getState().saveState).toBe('saved');
    real.getState().updateModel(real.getState().activeModelId!, (m) => {
      m.meta = { title: 'x' };
    });
    expect(real.getState().saveState).toBe('pending');
    await q.flush();
    expect(real.getState().saveState).toBe('saved');
  });

  it('does not bring the example back after the user deleted every model', async () => {
    const data = new Map<string, string>();
    const store = createAppStore();
    const p = await startApp(store, { backend: createMemoryBackend(data), example: model(), ...quiet });
    store.getState().removeModel(store.getState().activeModelId!);
    await p.flush();
    const again = createAppStore();
    await startApp(again, { backend: createMemoryBackend(data), example: model(), ...quiet });
    expect(again.getState().models).toEqual({});
  });

  it('stores no computed results or Decimal objects, only the model file', async () => {
    const data = new Map<string, string>();
    const store = createAppStore();
    const p = await startApp(store, { backend: createMemoryBackend(data), example: model(), ...quiet });
    await p.flush();
    const record = JSON.parse(data.get(modelKey(store.getState().activeModelId!))!);
    expect(Object.keys(record).sort()).toEqual(['createdAt', 'id', 'model', 'revision', 'schema', 'updatedAt']);
    expect(record.schema).toBe(SCHEMA_VERSION);
    expect(record.model).toEqual(model());
  });

  it('migrates a record of an older schema', async () => {
    const old = { id: 'old', savedAt: '2024-01-01T00:00:00.000Z', model: model() };
    expect(migrateRecord(old)).toMatchObject({
      schema: 1,
      id: 'old',
      revision: 1,
      updatedAt: '2024-01-01T00:00:00.000Z',
    });
    const data = new Map([
      [modelKey('old'), JSON.stringify(old)],
      [META_KEY, JSON.stringify({ activeModelId: 'old' })],
    ]);
    const store = createAppStore();
    await startApp(store, { backend: createMemoryBackend(data), example: model(), ...quiet });
    expect(store.getState().models.old?.model).toEqual(model());
  });

  it('refuses a migration that throws or a schema that is too new, without losing the data', async () => {
    expect(() => migrateRecord({ schema: 99 })).toThrow(/newer/);
    expect(() =>
      migrateRecord(
        { schema: 0 },
        {
          0: () => {
            throw new Error('boom');
          },
        },
      ),
    ).toThrow('boom');
    const raw = JSON.stringify({ schema: 99, id: 'x', revision: 1, model: {} });
    const data = new Map([[modelKey('x'), raw]]);
    const store = createAppStore();
    await startApp(store, { backend: createMemoryBackend(data), example: model(), ...quiet });
    const notice = store.getState().notices.find((n) => n.kind === 'recovery');
    expect(notice?.kind === 'recovery' && notice.items[0]!.raw).toBe(raw);
  });

  it('starts with a recovery notice when stored data is corrupt, and keeps the raw data aside', async () => {
    const good = { schema: 1, id: 'good', revision: 2, createdAt: 'a', updatedAt: 'b', model: model() };
    const data = new Map([
      [modelKey('good'), JSON.stringify(good)],
      [modelKey('bad'), '{"schema":1,"id":"bad","revision":1,"model":{"format":"ict-busi'],
      [
        modelKey('invalid'),
        JSON.stringify({ ...good, id: 'invalid', model: { ...model(), horizon: { startYear: 2020, endYear: 2010 } } }),
      ],
    ]);
    const store = createAppStore();
    const p = await startApp(store, { backend: createMemoryBackend(data), example: model(), ...quiet });
    expect(Object.keys(store.getState().models)).toEqual(['good']);
    const notice = store.getState().notices.find((n) => n.kind === 'recovery');
    expect(notice?.kind).toBe('recovery');
    const items = notice?.kind === 'recovery' ? notice.items : [];
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.raw)).toContain('{"schema":1,"id":"bad","revision":1,"model":{"format":"ict-busi');
    expect(data.has(modelKey('bad'))).toBe(false);
    // The raw data survives a restart until the user discards it.
    const again = createAppStore();
    await startApp(again, { backend: createMemoryBackend(data), example: model(), ...quiet });
    expect(again.getState().notices.find((n) => n.kind === 'recovery')).toBeDefined();
    for (const item of items) await p.discardQuarantine(item.key);
    expect([...data.keys()].filter((k) => k.includes('quarantine'))).toEqual([]);
  });

  it('warns and keeps the model in memory when storage is full', async () => {
    const inner = createMemoryBackend();
    const full: StorageBackend = {
      ...inner,
      write: async (key, value, guard) => {
        if (key.includes(':model:')) throw new DOMException('full', 'QuotaExceededError');
        return inner.write(key, value, guard);
      },
    };
    const store = createAppStore();
    const p = await startApp(store, { backend: full, example: model(), ...quiet });
    await p.flush();
    expect(store.getState().notices.map((n) => n.kind)).toContain('storageFull');
    expect(Object.keys(store.getState().models)).toHaveLength(1);
  });

  it('warns when there is no storage at all', async () => {
    const store = createAppStore();
    await startApp(store, { backend: createMemoryBackend(), example: model(), ...quiet });
    expect(store.getState().notices.map((n) => n.kind)).toContain('storageUnavailable');
  });
});

describe('two tabs on the same storage', () => {
  async function twoTabs() {
    const data = new Map<string, string>();
    const [ca, cb] = channelPair();
    const tabA = createAppStore();
    const pa = await startApp(tabA, {
      backend: createMemoryBackend(data),
      example: model(),
      channel: ca,
      debounceMs: 0,
    });
    await pa.flush();
    const tabB = createAppStore();
    const pb = await startPersistence(tabB, createMemoryBackend(data), { channel: cb, debounceMs: 0 });
    const id = tabA.getState().activeModelId!;
    return { data, tabA, tabB, pa, pb, id, cb };
  }

  it('a tab with no unsaved edits takes the newer model of the other tab', async () => {
    const { tabA, tabB, pa, id } = await twoTabs();
    tabA.getState().updateModel(id, (m) => {
      m.meta = { title: 'Uit tab A' };
    });
    await pa.flush();
    await new Promise((r) => setTimeout(r, 0));
    expect(tabB.getState().models[id]!.model.meta?.title).toBe('Uit tab A');
  });

  it('never overwrites a newer revision: the older tab is refused and told', async () => {
    const { data, tabA, tabB, pa, pb, id, cb } = await twoTabs();
    cb.onmessage = null; // tab B misses the broadcast, as when it was asleep
    tabA.getState().updateModel(id, (m) => {
      m.meta = { title: 'A' };
    });
    await pa.flush();
    tabB.getState().updateModel(id, (m) => {
      m.meta = { title: 'B' };
    });
    await pb.flush();
    expect(JSON.parse(data.get(modelKey(id))!).model.meta.title).toBe('A');
    expect(tabB.getState().notices.some((n) => n.kind === 'conflict' && n.modelId === id)).toBe(true);
    // The user keeps B's version as a copy; the stored A stays and B's tab now shows it.
    const copyId = await pb.keepAsCopy(id, 'B (kopie)');
    expect(tabB.getState().models[id]!.model.meta?.title).toBe('A');
    expect(tabB.getState().models[copyId!]!.model.meta?.title).toBe('B (kopie)');
    expect(JSON.parse(data.get(modelKey(copyId!))!).model.meta.title).toBe('B (kopie)');
  });

  it('a tab with unsaved edits is told instead of losing them when the other tab saves', async () => {
    const { tabA, tabB, pa, id } = await twoTabs();
    tabB.getState().updateModel(id, (m) => {
      m.meta = { title: 'B, nog niet bewaard' };
    });
    tabA.getState().updateModel(id, (m) => {
      m.meta = { title: 'A' };
    });
    await pa.flush();
    await new Promise((r) => setTimeout(r, 0));
    expect(tabB.getState().models[id]!.model.meta?.title).toBe('B, nog niet bewaard');
    expect(tabB.getState().notices.some((n) => n.kind === 'conflict')).toBe(true);
  });
});
