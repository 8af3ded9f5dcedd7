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
  /** True once the storage was taken away (another tab wiped it): nothing written now is kept. */
  isClosed?: () => boolean;
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

/**
 * Opens the database at whatever version it has (a newer build may have raised it: its data is
 * read, not mistaken for a first visit), and adds the store when it is missing (a database left
 * without it), by an upgrade to the next version.
 */
async function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const db = await openAt(factory, undefined);
  if (db.objectStoreNames.contains(STORE)) return db;
  const next = db.version + 1;
  db.close();
  return openAt(factory, next);
}

function openAt(factory: IDBFactory, version: number | undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
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
  let isClosed = false;
  // Another tab deletes or upgrades the database (a wipe): let it, instead of blocking it for
  // ever; this tab's later writes then fail and say so.
  db.onversionchange = () => {
    isClosed = true;
    db.close();
  };
  db.onclose = () => {
    isClosed = true;
  };
  const store = (mode: IDBTransactionMode) => {
    if (isClosed) throw new DOMException('the database was closed by another tab', 'InvalidStateError');
    return db.transaction(STORE, mode).objectStore(STORE);
  };
  const transaction = (mode: IDBTransactionMode) => {
    if (isClosed) throw new DOMException('the database was closed by another tab', 'InvalidStateError');
    return db.transaction(STORE, mode);
  };
  return {
    kind: 'indexedDB',
    isClosed: () => isClosed,
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
      const tx = transaction('readwrite');
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
      const tx = transaction('readwrite');
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
      try {
        ls.setItem(probe, '1');
        ls.removeItem(probe);
      } catch (e) {
        // Full, yet readable: what is stored is shown, and saving says that storage is full.
        if (!isQuotaError(e)) throw e;
        ls.getItem(probe);
      }
      return createLocalStorageBackend(ls);
    }
  } catch {
    /* fall through to memory */
  }
  return createMemoryBackend();
}

export function isQuotaError(e: unknown): boolean {
  const name = typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
