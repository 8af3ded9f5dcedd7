/**
 * Reading and writing model files: JSON text → migrate → validate (spec §1), and back.
 * This is the one loading path the CLI, the app (file picker, drag-and-drop, share links,
 * storage) and the tests use.
 */
import type { ModelFile, ValidationError } from '../model';
import { migrateModel, requiredVersion } from './migrate';
import { validateModel } from './validate';
import { isPlainObject } from './validate-kit';

export type LoadResult = { ok: true; model: ModelFile; warnings: string[] } | { ok: false; errors: ValidationError[] };

/** Largest model text accepted (a large real model is well under 1 MB). */
const MAX_MODEL_CHARS = 20_000_000;

function parseJson(text: string): { ok: true; data: unknown } | { ok: false; error: ValidationError } {
  if (text.length > MAX_MODEL_CHARS)
    return {
      ok: false,
      error: { path: '', message: `the file is too large (${text.length} characters; at most ${MAX_MODEL_CHARS})` },
    };
  try {
    return { ok: true, data: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (e) {
    return {
      ok: false,
      error: {
        path: '',
        message: `not a JSON file: ${(e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ')}`,
      },
    };
  }
}

/** Parses (when given text), upgrades and validates a model file. Never throws. */
export function loadModel(input: string | unknown): LoadResult {
  let data = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if (!parsed.ok) return { ok: false, errors: [parsed.error] };
    data = parsed.data;
  }
  if (!isPlainObject(data)) return { ok: false, errors: [{ path: '', message: 'a model file must be a JSON object' }] };
  if (data.format !== 'ict-business-case') {
    return {
      ok: false,
      errors: [{ path: 'format', message: `must be "ict-business-case": this is not a Kantelpunt model file` }],
    };
  }
  const migrated = migrateModel(data);
  if (!migrated.ok) return { ok: false, errors: [{ path: 'version', message: migrated.message }] };
  const errors = validateModel(migrated.data);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, model: migrated.data as unknown as ModelFile, warnings: [] };
}

/** The model as file text: pretty JSON with a final newline, `version` raised when a v2 section needs it. */
export function serializeModel(model: ModelFile): string {
  const version = Math.max(model.version, requiredVersion(model));
  return `${JSON.stringify(version === model.version ? model : { ...model, version }, null, 2)}\n`;
}

/** One line per error, as the CLI prints it: `scenarios[1].changes[3].fte.2015: must be ≥ 0`. */
export function formatValidationError(error: ValidationError): string {
  return `${error.path === '' ? '(file)' : error.path}: ${error.message}`;
}
