/** A random id of [a-z0-9] (crypto.getRandomValues works in every context, also file://). */
export function randomId(prefix = 'm'): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12)}`;
}

/** The first of `base`, `base-2`, `base-3`, … not in `taken`, as a valid model-file id. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  // A Set is used as it is (a model from a table claims over a thousand ids one by one).
  const used: ReadonlySet<string> = taken instanceof Set ? (taken as Set<string>) : new Set(taken);
  const clean = base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'id';
  if (!used.has(clean)) return clean;
  for (let i = 2; ; i += 1) {
    const candidate = `${clean}-${i}`;
    if (!used.has(candidate)) return candidate;
  }
}
