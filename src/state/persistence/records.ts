/**
 * The stored shape of models and app settings, with a schema version and ordered migrations.
 * Only the model file (plain JSON) is stored: never Decimal objects or computed results. The
 * model itself is checked with the engine's loader (which also upgrades old model files).
 */
import type { ModelFile } from '../../engine';
import type { Locale } from '../../i18n/format';
import { formatValidationError, loadModel, type LoadResult } from '../../engine';
import { isHeavyModel } from '../../model/evaluation-work';
import { admitted } from '../../model/model-io';
import { isScreenId, type ModelEntry, type ScreenId } from '../types';
import { KEY_PREFIX } from './backend';
import { sharedJson } from './shared-json';

export const SCHEMA_VERSION = 1;

export const META_KEY = `${KEY_PREFIX}meta`;
export const MODEL_PREFIX = `${KEY_PREFIX}model:`;
export const QUARANTINE_PREFIX = `${KEY_PREFIX}quarantine:`;

export const modelKey = (id: string): string => `${MODEL_PREFIX}${id}`;

export type ModelRecord = {
  schema: number;
  id: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  model: ModelFile;
};
export type MetaRecord = {
  schema: number;
  activeModelId: string | null;
  locale: Locale;
  screen: ScreenId;
  hasStarted: boolean;
};

type Raw = Record<string, unknown>;

/**
 * Record migrations by the schema they upgrade from. Schema 0 (the first prototype) stored
 * `{ id, savedAt, model }` without a revision.
 */
const modelMigrations: Record<number, (r: Raw) => Raw> = {
  0: (r) => ({ schema: 1, id: r.id, revision: 1, createdAt: r.savedAt, updatedAt: r.savedAt, model: r.model }),
};

export function migrateRecord(raw: Raw, migrations: Record<number, (r: Raw) => Raw> = modelMigrations): Raw {
  let r = raw;
  let schema = typeof r.schema === 'number' ? r.schema : 0;
  if (schema > SCHEMA_VERSION) throw new Error(`stored by a newer version of Kantelpunt (schema ${schema})`);
  while (schema < SCHEMA_VERSION) {
    const migrate = migrations[schema];
    if (!migrate) throw new Error(`no migration from schema ${schema}`);
    r = migrate(r);
    schema = typeof r.schema === 'number' ? r.schema : schema + 1;
  }
  return r;
}

export type ParsedModel = { ok: true; entry: ModelEntry } | { ok: false; reason: string };

export function parseModelRecord(raw: string): ParsedModel {
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not an object' };
    const r = migrateRecord(data as Raw);
    if (typeof r.id !== 'string' || typeof r.revision !== 'number')
      return { ok: false, reason: 'id or revision missing' };
    const loaded = admittedRecord(r.model);
    if (!loaded.ok) return { ok: false, reason: loaded.errors.slice(0, 5).map(formatValidationError).join('; ') };
    const stamp = (v: unknown) => (typeof v === 'string' ? v : new Date(0).toISOString());
    return {
      ok: true,
      entry: {
        id: r.id,
        revision: r.revision,
        createdAt: stamp(r.createdAt),
        updatedAt: stamp(r.updatedAt),
        model: loaded.model,
      },
    };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The same verdict as a file's or a link's (model-io.ts `admitted`), evaluation included — but
 * a heavy model (model/evaluation-work.ts) is only upgraded and validated here: evaluating it
 * on the page would hold up the start for as long as the evaluation takes. It is evaluated in
 * the engine worker when shown, and what only evaluation finds (allocation weights all 0 in a
 * year) then shows as the screens' cannot-evaluate notice, as after an edit, instead of moving
 * the record aside.
 */
function admittedRecord(model: unknown): LoadResult {
  const loaded = loadModel(model);
  if (loaded.ok && isHeavyModel(loaded.model)) return loaded;
  return loaded.ok ? admitted(model) : loaded;
}

export function serializeModelRecord(entry: ModelEntry, revision: number): string {
  const record: ModelRecord = {
    schema: SCHEMA_VERSION,
    id: entry.id,
    revision,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    model: entry.model,
  };
  // The same text as JSON.stringify(record); the model's unchanged parts reuse their earlier JSON.
  const head = JSON.stringify({ ...record, model: 0 });
  return `${head.slice(0, -2)}${sharedJson(entry.model)}}`;
}

/** The revision stored under a key, or -1 when nothing (readable) is stored. */
const RECORD_HEAD = /^\{"schema":\d+,"id":"(?:[^"\\]|\\.)*","revision":(\d+),"createdAt":/;

export function storedRevision(raw: string | undefined): number {
  if (raw === undefined) return -1;
  // A record this app wrote starts with its schema, id and revision: read those without parsing
  // the whole model (a 1 MB model is read on every save, inside the write's transaction).
  const head = RECORD_HEAD.exec(raw.slice(0, 400));
  if (head) return Number(head[1]);
  try {
    const r = JSON.parse(raw) as Raw;
    return typeof r.revision === 'number' ? r.revision : -1;
  } catch {
    return -1;
  }
}

const isEnglish = (x: unknown): x is 'en' => x === 'en';

export function parseMetaRecord(raw: string | undefined): MetaRecord | null {
  if (raw === undefined) return null;
  try {
    const r = JSON.parse(raw) as Raw;
    return {
      schema: SCHEMA_VERSION,
      activeModelId: typeof r.activeModelId === 'string' ? r.activeModelId : null,
      // A stored language other than English (or none) opens in Dutch, the default.
      locale: isEnglish(r.locale) ? 'en' : 'nl',
      screen: isScreenId(r.screen) ? r.screen : 'start',
      hasStarted: r.hasStarted !== false,
    };
  } catch {
    return null;
  }
}
