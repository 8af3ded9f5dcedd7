/**
 * Opening a model file with its verdict computed in the engine worker (worker/admit.ts): the
 * verdict includes an evaluation, which for a heavy model takes longer than the page may be
 * busy. Without workers (or when the worker fails) the page reads it as before
 * (model/model-io.ts `readModelFile`): the same verdict either way.
 */
import type { LoadResult } from '../engine';
import { readModelFile } from '../model/model-io';
import { isCancelled } from '../worker/client';
import { enginePool } from './uncertainty-workers';

export async function readModelFileOffPage(file: Blob): Promise<LoadResult> {
  if (typeof Worker === 'undefined' || typeof file.arrayBuffer !== 'function') return readModelFile(file);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const [client] = enginePool().clients('admission', 1);
  if (client === undefined) return readModelFile(file);
  try {
    return await client.call('admit', { bytes });
  } catch (e) {
    if (isCancelled(e)) throw e;
    return readModelFile(file);
  }
}
