// "Wipe all local data": every store is emptied, and a step that fails is reported, not hidden.
import { describe, expect, it, vi } from 'vitest';
import { wipeLocalData } from '../../src/features/settings/wipe-local-data';

function memoryStorage(entries: Record<string, string>): Storage {
  const data = new Map(Object.entries(entries));
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      data.set(k, v);
    },
    removeItem: (k: string) => {
      data.delete(k);
    },
    clear: () => data.clear(),
  };
}

function fakeCaches(names: string[]): CacheStorage {
  const left = new Set(names);
  return {
    keys: async () => [...left],
    delete: async (name: string) => left.delete(name),
  } as unknown as CacheStorage;
}

describe('wipeLocalData', () => {
  it('empties local and session storage and Cache Storage, and unregisters every service worker', async () => {
    const localStorage = memoryStorage({ 'kantelpunt:meta': '{}', other: 'x' });
    const sessionStorage = memoryStorage({ a: '1' });
    const caches = fakeCaches(['workbox-precache-v2-http://host/app/', 'other']);
    const unregister = vi.fn(async () => true);
    const serviceWorker = {
      getRegistrations: async () => [{ unregister }, { unregister }],
    } as unknown as ServiceWorkerContainer;
    const failures = await wipeLocalData({ localStorage, sessionStorage, caches, serviceWorker });
    expect(failures).toEqual([]);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    await expect(caches.keys()).resolves.toEqual([]);
    expect(unregister).toHaveBeenCalledTimes(2);
  });

  it('goes on after a step fails and reports which one', async () => {
    const localStorage = memoryStorage({ 'kantelpunt:meta': '{}' });
    const caches = {
      keys: async () => {
        throw new Error('denied');
      },
    } as unknown as CacheStorage;
    const unregister = vi.fn(async () => true);
    const serviceWorker = { getRegistrations: async () => [{ unregister }] } as unknown as ServiceWorkerContainer;
    const failures = await wipeLocalData({ localStorage, caches, serviceWorker });
    expect(failures).toEqual([{ what: 'caches', message: 'denied' }]);
    expect(localStorage.length).toBe(0);
    expect(unregister).toHaveBeenCalledOnce();
  });
});
