/** Comparing two CLI documents leaf by leaf, as printed (JSON), for the differential tests. */
import type { CliDocument } from '../../src/engine/results';

/** Every leaf where the two documents differ (missing keys included), as "path: engine ≠ reference". */
export function differences(engine: unknown, reference: unknown, path = '', out: string[] = []): string[] {
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
  if (isObject(engine) && isObject(reference) && Array.isArray(engine) === Array.isArray(reference)) {
    for (const key of new Set([...Object.keys(engine), ...Object.keys(reference)])) {
      differences(engine[key], reference[key], `${path}.${key}`, out);
    }
  } else if (!Object.is(engine, reference)) {
    out.push(`${path}: engine ${JSON.stringify(engine)} ≠ reference ${JSON.stringify(reference)}`);
  }
  return out;
}

export const printed = (doc: CliDocument): CliDocument => JSON.parse(JSON.stringify(doc)) as CliDocument;
