/**
 * Start-up: open storage, read saved models (moving unreadable data aside), open the built-in
 * example on a first start, import a model from a share link in the URL, and ask the browser
 * to keep this site's storage.
 */
import type { ModelFile } from '../engine';
import { formatValidationError } from '../engine';
import { isShareHash } from '../model/model-io';
import { admitOffPage } from './model-files';
import { openBestBackend, type StorageBackend } from './persistence/backend';
import { startPersistence, type Persistence, type PersistOptions } from './persistence/persist';
import type { AppStore } from './store';

export type StartOptions = PersistOptions & {
  backend?: StorageBackend;
  example: ModelFile;
  hash?: string;
};

export async function startApp(store: AppStore, opts: StartOptions): Promise<Persistence> {
  const backend = opts.backend ?? (await openBestBackend());
  const persistence = await startPersistence(store, backend, opts);
  if (persistence.hydrated.isFirstStart) {
    store.getState().addModel(structuredClone(opts.example));
    store.getState().setScreen('start');
  }
  if (opts.hash && isShareHash(opts.hash)) await importShareHash(store, opts.hash);
  store.getState().setHydrated();
  void requestPersistentStorage();
  return persistence;
}

/** Imports the model of a share link as a new saved model; errors are shown, nothing open is touched. */
export async function importShareHash(store: AppStore, hash: string): Promise<boolean> {
  // The link reader (and its deflate library) loads only when a link is opened.
  // The verdict (which evaluates the model) is given in the worker, as for a file: a heavy model
  // in a link does not hold up the page.
  const { shareHashBytes } = await import('../model/share-link');
  const bytes = shareHashBytes(hash);
  const result = bytes instanceof Uint8Array ? await admitOffPage(bytes) : bytes;
  const s = store.getState();
  if (!result.ok) {
    s.addNotice({ kind: 'importErrors', source: 'link', errors: result.errors.map(formatValidationError) });
    return false;
  }
  const id = s.addModel(result.model);
  s.setScreen('start');
  s.addNotice({ kind: 'imported', modelId: id, warnings: result.warnings });
  return true;
}

async function requestPersistentStorage(): Promise<void> {
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (storage?.persist && !(await storage.persisted())) await storage.persist();
  } catch {
    /* not offered by this browser: autosave still works, only without the guarantee */
  }
}
