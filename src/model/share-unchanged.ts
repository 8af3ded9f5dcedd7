/**
 * Structural sharing after an edit: every subtree of `next` that is deep-equal to the same
 * place in `prev` is replaced by `prev`'s object. An edit then changes only the objects on the
 * path to what really changed, so the engine's identity-keyed caches keep the rest, and an
 * edit that changes nothing returns `prev` itself (no undo step).
 */
export function shareUnchanged<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  if (!isObject(prev) || !isObject(next)) return next;
  if (Array.isArray(prev) || Array.isArray(next)) {
    return Array.isArray(prev) && Array.isArray(next) ? (shareArray(prev, next) as T) : next;
  }
  return shareRecord(prev, next) as T;
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

function shareArray(prev: unknown[], next: unknown[]): unknown[] {
  let isSame = prev.length === next.length;
  const out = next.map((item, i) => {
    const shared = i < prev.length ? shareUnchanged(prev[i], item) : item;
    if (shared !== prev[i]) isSame = false;
    return shared;
  });
  return isSame ? prev : out;
}

function shareRecord(prev: object, next: object): object {
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const keys = Object.keys(n);
  let isSame = keys.length === Object.keys(p).length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const shared = Object.hasOwn(p, key) ? shareUnchanged(p[key], n[key]) : n[key];
    if (!Object.hasOwn(p, key) || shared !== p[key]) isSame = false;
    out[key] = shared;
  }
  return isSame ? prev : out;
}
