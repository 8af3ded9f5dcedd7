/**
 * The Haarlem example made heavy (evaluated in the engine worker, `isHeavyModel`) without
 * changing any of its answers: `copies` scenarios that copy "Samenwerking 3.0" unchanged. An
 * exit question on it is answered on a copy that holds only the question's lineage, so it is as
 * quick as on the example itself.
 */
import type { ModelFile } from '../../src/engine';
import example from '../../src/examples/haarlem-haarlemmermeer.json';

export function heavyExample(extra: Partial<ModelFile> = {}, copies = 40): ModelFile {
  const base = structuredClone(example) as ModelFile;
  return {
    ...base,
    version: 3,
    scenarios: [
      ...base.scenarios,
      ...Array.from({ length: copies }, (_, i) => ({
        id: `copy${i + 1}`,
        name: `Kopie ${i + 1}`,
        basedOn: 's3',
        changes: [],
      })),
    ],
    ...extra,
  };
}
