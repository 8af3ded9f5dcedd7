/**
 * Where models are kept: IndexedDB, else localStorage, else memory (with a warning). Values
 * are JSON strings, so data that no longer parses can still be read back raw and kept aside.
 * `write` takes a guard that sees the stored value inside the same transaction: that is how a
 * tab refuses to overwrite a newer revision written by another tab.
 */
import type { StorageKind } from '../types';

export type WriteResult = 'ok' | 'refused';
export type Guard = (current: string | undefined) => boolean;

export type StorageBackend = {
  kind: StorageKind;
  readAll: () => Promise<Map<string, string>>;
  read: (key: string) => Promise<string | undefined>;
  write: (key: string, value: string, guard?: Guard) => Promise<WriteResult>;
  remove: (key: string) => Promise<void>;
};

export const KEY_PREFIX = 'kantelpunt:';

export function createMemoryBackend(data = new Map<string, string>()): StorageBackend {
  return {
    kind: 'memory',
    readAll: async () => new Map(data),
    read: async (key) => data.get(key),
    write: async (key, value, guard) => {
      if (guard && !guard(data.get(key))) return 'refused';
      data.set(key, value);
      return 'ok';
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}

export function createLocalStorageBackend(storage: Storage): StorageBackend {
  return {
    kind: 'localStorage',
    readAll: async () => {
      const out = new Map<string, string>();
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key?.startsWith(KEY_PREFIX)) out.set(key, storage.getItem(key) ?? '');
      }
      return out;
    },
    read: async (key) => storage.getItem(key) ?? undefined,
    // localStorage is synchronous: the read and the write below cannot interleave with another tab's.
    write: async (key, value, guard) => {
      if (guard && !guard(storage.getItem(key) ?? undefined)) return 'refused';
      storage.setItem(key, value);
      return 'ok';
    },
    remove: async (key) => {
      storage.removeItem(key);
    },
  };
}

const DB_NAME = 'kantelpunt';
const STORE = 'kv';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
    req.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export async function createIndexedDbBackend(factory: IDBFactory): Promise<StorageBackend> {
  const db = await openDatabase(factory);
  const store = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    kind: 'indexedDB',
    readAll: async () => {
      const s = store('readonly');
      const [keys, values] = await Promise.all([request(s.getAllKeys()), request(s.getAll())]);
      return new Map(keys.map((k, i) => [String(k), String(values[i] ?? '')]));
    },
    read: async (key) => {
      const v: unknown = await request(store('readonly').get(key));
      return v === undefined ? undefined : String(v);
    },
    write: async (key, value, guard) => {
      // Read and write in one readwrite transaction: IndexedDB serialises these across tabs.
      const tx = db.transaction(STORE, 'readwrite');
      const s = tx.objectStore(STORE);
      const finished = done(tx);
      const current: unknown = await request(s.get(key));
      if (guard && !guard(current === undefined ? undefined : String(current))) {
        tx.abort();
        await finished.catch(() => undefined);
        return 'refused';
      }
      s.put(value, key);
      await finished;
      return 'ok';
    },
    remove: async (key) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(key);
      await done(tx);
    },
  };
}

/** The best storage this browser offers; `memory` when none works (private modes, policies). */
export async function openBestBackend(
  env: { indexedDB?: IDBFactory; localStorage?: Storage } = globalThis,
): Promise<StorageBackend> {
  try {
    if (env.indexedDB) return await createIndexedDbBackend(env.indexedDB);
  } catch {
    /* fall through to localStorage */
  }
  try {
    const ls = env.localStorage;
    if (ls) {
      const probe = `${KEY_PREFIX}probe`;
      ls.setItem(probe, '1');
      ls.removeItem(probe);
      return createLocalStorageBackend(ls);
    }
  } catch {
    /* fall through to memory */
  }
  return createMemoryBackend();
}

export function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}
