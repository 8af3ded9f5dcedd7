/**
 * The one verdict on a model from outside (docs/robustness.md): the CLI, the file picker, a
 * share link and the app's storage all admit a model through `admitModel`, so each accepts
 * exactly what the others accept and refuses it with the same messages. A model is admitted
 * when its bytes decode (UTF-8, one BOM at most), it parses, upgrades and validates, and it
 * evaluates — evaluation alone finds, for instance, allocation weights that are all 0 in a year
 * with cost to split (spec §7). Anything else the engine throws is a bug, not a verdict, and is
 * thrown on.
 */
import { type EvaluationCache } from '../calc';
import { loadModel, loadModelBytes } from '../file';
import { isModelError, type Evaluation, type ModelFile, type ValidationError } from '../model';
import { evaluateModel } from './evaluate';

export type Admission =
  { ok: true; model: ModelFile; warnings: string[]; evaluation: Evaluation } | { ok: false; errors: ValidationError[] };

/** Decodes (bytes), parses (text), upgrades, validates and evaluates a model file. */
export function admitModel(input: Uint8Array | string | unknown, options: { cache?: EvaluationCache } = {}): Admission {
  const loaded = input instanceof Uint8Array ? loadModelBytes(input) : loadModel(input);
  if (!loaded.ok) return loaded;
  try {
    return { ...loaded, evaluation: evaluateModel(loaded.model, { cache: options.cache, isValidated: true }) };
  } catch (e) {
    if (isModelError(e)) return { ok: false, errors: e.errors };
    throw e;
  }
}
