/**
 * Removes everything Kantelpunt keeps in this browser: IndexedDB, localStorage and
 * sessionStorage, Cache Storage (the offline copy of the app) and the service worker.
 * Every step is tried; the ones that fail are returned, so the user is never told "all gone"
 * when something is left.
 */
export type WipeEnv = {
  indexedDB?: IDBFactory;
  localStorage?: Storage;
  sessionStorage?: Storage;
  caches?: CacheStorage;
  serviceWorker?: ServiceWorkerContainer;
};

export type WipeFailure = {
  what: 'indexedDB' | 'localStorage' | 'sessionStorage' | 'caches' | 'serviceWorker';
  message: string;
};

export async function wipeLocalData(env: WipeEnv = browserEnv()): Promise<WipeFailure[]> {
  const failures: WipeFailure[] = [];
  const step = async (what: WipeFailure['what'], run: () => unknown) => {
    try {
      await run();
    } catch (e) {
      failures.push({ what, message: e instanceof Error ? e.message : String(e) });
    }
  };
  await step('indexedDB', () => env.indexedDB && wipeIndexedDb(env.indexedDB));
  await step('localStorage', () => env.localStorage?.clear());
  await step('sessionStorage', () => env.sessionStorage?.clear());
  await step('caches', async () => {
    if (!env.caches) return;
    for (const key of await env.caches.keys()) await env.caches.delete(key);
  });
  await step('serviceWorker', async () => {
    if (!env.serviceWorker) return;
    for (const r of await env.serviceWorker.getRegistrations()) await r.unregister();
  });
  return failures;
}

function browserEnv(): WipeEnv {
  const g = globalThis as typeof globalThis & WipeEnv;
  const read = <T>(get: () => T): T | undefined => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  return {
    indexedDB: read(() => g.indexedDB),
    localStorage: read(() => g.localStorage),
    sessionStorage: read(() => g.sessionStorage),
    caches: read(() => g.caches),
    serviceWorker: read(() => g.navigator?.serviceWorker),
  };
}

const KNOWN_DATABASES = ['kantelpunt'];

/**
 * Empties every object store of every database, then deletes the databases. Emptying comes
 * first because a delete waits while a connection is open (this tab's own storage keeps one
 * until the page closes); the emptied database then goes when the page does.
 */
async function wipeIndexedDb(factory: IDBFactory): Promise<void> {
  const listed = typeof factory.databases === 'function' ? (await factory.databases()).map((d) => d.name ?? '') : [];
  const names = [...new Set([...listed, ...KNOWN_DATABASES])].filter((n) => n !== '');
  for (const name of names) {
    if (listed.length > 0 && !listed.includes(name)) continue;
    await clearDatabase(factory, name);
    await deleteDatabase(factory, name);
  }
}

function clearDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    open.onerror = () => reject(open.error ?? new Error(`cannot open ${name}`));
    open.onsuccess = () => {
      const db = open.result;
      const stores = [...db.objectStoreNames];
      if (stores.length === 0) {
        db.close();
        resolve();
        return;
      }
      const tx = db.transaction(stores, 'readwrite');
      for (const s of stores) tx.objectStore(s).clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error ?? new Error(`cannot clear ${name}`));
      };
    };
  });
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error(`cannot delete ${name}`));
    // Blocked by a connection that is still open: the database is already empty, and it is
    // deleted as soon as that connection closes.
    req.onblocked = () => resolve();
  });
}
