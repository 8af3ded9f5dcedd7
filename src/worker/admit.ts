/**
 * A model file's verdict (the engine's `admitModel`: decode, parse, upgrade, validate, evaluate)
 * in the engine worker, so that opening a heavy file does not hold up the page for as long as
 * its evaluation takes. The same verdict and messages as on the page and in the CLI.
 */
import { admitModel, type LoadResult } from '../engine';

export function admitInWorker(bytes: Uint8Array): LoadResult {
  const a = admitModel(bytes);
  return a.ok ? { ok: true, model: a.model, warnings: a.warnings } : a;
}
