/**
 * Opening a model file with its verdict computed in the engine worker (worker/admit.ts): the
 * verdict includes an evaluation, which for a heavy model takes longer than the page may be
 * busy. Without workers (or when the worker fails) the page reads it as before
 * (model/model-io.ts `readModelFile`): the same verdict either way.
 */
import type { LoadResult } from '../engine';
import { admitted, readModelFile } from '../model/model-io';
import { isCancelled } from '../worker/client';
import { enginePool } from './uncertainty-workers';

export async function readModelFileOffPage(file: Blob): Promise<LoadResult> {
  if (typeof Worker === 'undefined' || typeof file.arrayBuffer !== 'function') return readModelFile(file);
  return admitOffPage(new Uint8Array(await file.arrayBuffer()));
}

/** The verdict on a model file's bytes (a file's, a share link's), in the worker where there is one. */
export async function admitOffPage(bytes: Uint8Array): Promise<LoadResult> {
  const onPage = () => admitted(bytes);
  if (typeof Worker === 'undefined') return onPage();
  const [client] = enginePool().clients('admission', 1);
  if (client === undefined) return onPage();
  try {
    return await client.call('admit', { bytes });
  } catch (e) {
    if (isCancelled(e)) throw e;
    return onPage();
  }
}
