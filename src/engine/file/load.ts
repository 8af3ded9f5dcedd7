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
/** Largest model file accepted, in bytes: readers stop reading beyond it. */
export const MAX_MODEL_BYTES = 20_000_000;

const BOM = 0xfeff;

/** The platform's TextDecoder (Node, browsers and workers all have it; the engine compiles without their types). */
const Utf8Decoder = (
  globalThis as unknown as {
    TextDecoder: new (
      label: string,
      o: { fatal: boolean; ignoreBOM: boolean },
    ) => { decode: (b: Uint8Array) => string };
  }
).TextDecoder;
const TWO_BOMS = 'the file starts with two byte-order marks; save it as UTF-8 with at most one';

function parseJson(input: string): { ok: true; data: unknown } | { ok: false; error: ValidationError } {
  if (input.length > MAX_MODEL_CHARS)
    return {
      ok: false,
      error: { path: '', message: `the file is too large (${input.length} characters; at most ${MAX_MODEL_CHARS})` },
    };
  const text = input.charCodeAt(0) === BOM ? input.slice(1) : input;
  if (text.charCodeAt(0) === BOM) return { ok: false, error: { path: '', message: TWO_BOMS } };
  try {
    return { ok: true, data: JSON.parse(text) };
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

/**
 * The text of a model file's bytes, as every reader (CLI, file picker, share link) takes it:
 * UTF-8, strictly — a byte sequence that is not UTF-8 is refused, never replaced — with at most
 * one byte-order mark; UTF-16 and UTF-32 files are refused with a message saying so.
 */
export function decodeModelBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: ValidationError } {
  const refuse = (message: string) => ({ ok: false as const, error: { path: '', message } });
  if (bytes.length > MAX_MODEL_BYTES)
    return refuse(`the file is too large (${bytes.length} bytes; at most ${MAX_MODEL_BYTES})`);
  const [b0, b1, b2, b3] = bytes;
  const isUtf32 = (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe);
  // A BOM of UTF-16, or a NUL among the first bytes (JSON text in UTF-8 has none).
  const isUtf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || bytes.subarray(0, 4).includes(0);
  if (isUtf32 || isUtf16)
    return refuse(`the file is ${isUtf32 ? 'UTF-32' : 'UTF-16'} text; save it as UTF-8 (a model file is UTF-8 JSON)`);
  let text: string;
  try {
    text = new Utf8Decoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refuse(
      `the file is not valid UTF-8 text (first bad byte at offset ${firstBadByte(bytes)}); save it as UTF-8`,
    );
  }
  return { ok: true, text };
}

/** The offset of the first byte that breaks UTF-8 (for the message). */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
}

/** `loadModel` of a file's bytes (`decodeModelBytes`, then parse, upgrade and validate). Never throws. */
export function loadModelBytes(bytes: Uint8Array): LoadResult {
  const decoded = decodeModelBytes(bytes);
  return decoded.ok ? loadModel(decoded.text) : { ok: false, errors: [decoded.error] };
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
