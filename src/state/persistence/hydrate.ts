/** Reads everything stored at start-up; data that cannot be read is moved aside, never lost. */
import type { ModelEntry, QuarantineItem } from '../types';
import type { StorageBackend } from './backend';
import {
  META_KEY,
  MODEL_PREFIX,
  modelKey,
  parseMetaRecord,
  parseModelRecord,
  QUARANTINE_PREFIX,
  storedRevision,
  type MetaRecord,
} from './records';
import { dropWriteAhead, readWriteAhead } from './write-ahead';

export type Hydrated = {
  models: ModelEntry[];
  meta: MetaRecord | null;
  quarantine: QuarantineItem[];
  isFirstStart: boolean;
};

function parseQuarantine(key: string, raw: string): QuarantineItem {
  try {
    const q = JSON.parse(raw) as Partial<QuarantineItem>;
    if (typeof q.raw === 'string') return { key, raw: q.raw, reason: String(q.reason ?? ''), at: String(q.at ?? '') };
  } catch {
    /* shown as it is below */
  }
  return { key, raw, reason: 'unreadable', at: '' };
}

export async function hydrate(
  backend: StorageBackend,
  now = (): string => new Date().toISOString(),
  writeAheadStorage: Storage | null = null,
): Promise<Hydrated> {
  const all = await backend.readAll();
  await takeWriteAhead(backend, all, writeAheadStorage);
  const models: ModelEntry[] = [];
  const quarantine: QuarantineItem[] = [];
  const byId = new Map<string, { key: string; raw: string; entry: ModelEntry }>();
  const setAside: { key: string; raw: string; reason: string }[] = [];
  for (const [key, raw] of all) {
    if (key.startsWith(QUARANTINE_PREFIX)) quarantine.push(parseQuarantine(key, raw));
    if (!key.startsWith(MODEL_PREFIX)) continue;
    const parsed = parseModelRecord(raw);
    if (!parsed.ok) {
      setAside.push({ key, raw, reason: parsed.reason });
      continue;
    }
    // Two records of one model (a stale copy under a second key): the newer revision is the
    // model, the other is kept aside — never shadowing it, never lost.
    const other = byId.get(parsed.entry.id);
    const isNewer = other === undefined || parsed.entry.revision > other.entry.revision;
    const older = isNewer ? other : { key, raw, entry: parsed.entry };
    if (isNewer) byId.set(parsed.entry.id, { key, raw, entry: parsed.entry });
    if (older)
      setAside.push({
        key: older.key,
        raw: older.raw,
        reason: `an older copy (revision ${older.entry.revision}) of a model stored with a newer revision`,
      });
  }
  for (const { entry } of byId.values()) models.push(entry);
  for (const { key, raw, reason } of setAside) {
    const at = now();
    const item: QuarantineItem = {
      key: `${QUARANTINE_PREFIX}${key.slice(MODEL_PREFIX.length)}:${at}`,
      raw,
      reason,
      at,
    };
    // Keep the raw data under a new key first; only then free the model key.
    try {
      await backend.write(item.key, JSON.stringify({ raw, reason, at }));
      await backend.remove(key);
    } catch {
      /* storage refuses writes: the raw data stays where it was */
    }
    quarantine.push(item);
  }
  const meta = parseMetaRecord(all.get(META_KEY));
  models.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { models, meta, quarantine, isFirstStart: meta === null && models.length === 0 && quarantine.length === 0 };
}

/**
 * Takes the write-ahead copies (write-ahead.ts) newer than the stored records into `all` and
 * into storage. A copy is dropped once stored, or when it is not newer; one that cannot be
 * stored (storage full) stays for the next start, and its model is shown meanwhile.
 */
async function takeWriteAhead(backend: StorageBackend, all: Map<string, string>, wal: Storage | null): Promise<void> {
  const { newer, walKeys } = readWriteAhead(wal, all, { modelKey, metaKey: META_KEY });
  const kept = new Set<string>();
  for (const [key, raw] of newer) {
    all.set(key, raw);
    try {
      const guard =
        key === META_KEY ? undefined : (cur: string | undefined) => storedRevision(cur) < storedRevision(raw);
      if ((await backend.write(key, raw, guard)) === 'ok') continue;
    } catch {
      /* kept below */
    }
    if (backend.kind !== 'memory') kept.add(key);
  }
  for (const walKey of walKeys) {
    const target = walKey.endsWith(':meta') ? META_KEY : modelKey(walKey.slice(walKey.indexOf(':model:') + 7));
    if (!kept.has(target)) dropWriteAhead(wal, walKey);
  }
}
