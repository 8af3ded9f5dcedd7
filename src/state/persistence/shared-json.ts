/**
 * JSON of a model that reuses the text of its unchanged parts (issue 19: autosave of a 1 MB
 * model per edit). Models are immutable and an edit shares every unchanged subtree with the
 * model before it (`model/share-unchanged.ts`), so the JSON of a part (a party, a scenario, a
 * cost line) is kept per object and an edit re-serialises only the parts on the path to what
 * changed. The text is exactly what `JSON.stringify` writes for the same value.
 */

/** Parts at this depth below the model (a party, a scenario, a line of a list) are kept whole. */
const KEPT_DEPTH = 2;
const kept = new WeakMap<object, string>();

const isPlainContainer = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';

function part(value: unknown, depth: number): string | undefined {
  if (!isPlainContainer(value)) return JSON.stringify(value);
  if (depth >= KEPT_DEPTH) {
    const known = kept.get(value);
    if (known !== undefined) return known;
    const text = JSON.stringify(value);
    kept.set(value, text);
    return text;
  }
  if (Array.isArray(value)) {
    const items = Array.from(value as unknown[], (item) => part(item, depth + 1) ?? 'null');
    return `[${items.join(',')}]`;
  }
  const fields: string[] = [];
  for (const key of Object.keys(value)) {
    const text = part((value as Record<string, unknown>)[key], depth + 1);
    if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${fields.join(',')}}`;
}

/** `JSON.stringify(value)` for plain JSON data, reusing the text of parts serialised before. */
export function sharedJson(value: unknown): string {
  return part(value, 0) ?? 'undefined';
}
