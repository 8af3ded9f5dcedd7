/** Comparing two CLI documents leaf by leaf, as printed (JSON), for the differential tests. */
import type { CliDocument } from '../../src/engine/results';

/**
 * Whether a key missing on one side may stand for the other side's zero: a `byCategory` entry
 * (model-v3 §10.9 prints `exit`, `vat` and `friction` "where they occur", so one printer may list
 * a zero category that the other leaves out — see test/reference/README.md).
 */
function isZeroCategory(
  path: string,
  key: string,
  engine: Record<string, unknown>,
  reference: Record<string, unknown>,
) {
  if (!path.endsWith('.byCategory')) return false;
  const value = key in engine ? engine[key] : reference[key];
  return !(key in engine && key in reference) && value === '0.00';
}

/** Every leaf where the two documents differ (missing keys included), as "path: engine ≠ reference". */
export function differences(engine: unknown, reference: unknown, path = '', out: string[] = []): string[] {
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
  if (isObject(engine) && isObject(reference) && Array.isArray(engine) === Array.isArray(reference)) {
    for (const key of new Set([...Object.keys(engine), ...Object.keys(reference)])) {
      if (isZeroCategory(path, key, engine, reference)) continue;
      differences(engine[key], reference[key], `${path}.${key}`, out);
    }
  } else if (!Object.is(engine, reference)) {
    out.push(`${path}: engine ${JSON.stringify(engine)} ≠ reference ${JSON.stringify(reference)}`);
  }
  return out;
}

export const printed = (doc: CliDocument): CliDocument => JSON.parse(JSON.stringify(doc)) as CliDocument;
