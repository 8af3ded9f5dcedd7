import { describe, expect, it } from 'vitest';
import { haarlemHaarlemmermeerWithRanges as example } from '../../src/examples';
import { exampleCopies, uniqueTitle } from '../../src/features/start/copies';
import type { ModelEntry } from '../../src/state';

const copy = (title: string) => (n: number) => (n === 1 ? `${title} (kopie)` : `${title} (kopie ${n})`);
const entry = (id: string, model: ModelEntry['model'], updatedAt = '2026-01-01T00:00:00Z'): ModelEntry => ({
  id,
  model,
  revision: 0,
  createdAt: updatedAt,
  updatedAt,
});

describe('uniqueTitle', () => {
  it('keeps a free title and numbers the copies of a taken one', () => {
    expect(uniqueTitle('A', ['B'], copy('A'))).toBe('A');
    expect(uniqueTitle('A', ['A'], copy('A'))).toBe('A (kopie)');
    expect(uniqueTitle('A', ['A', 'A (kopie)', 'A (kopie 2)'], copy('A'))).toBe('A (kopie 3)');
  });
});

describe('exampleCopies', () => {
  const title = example.meta?.title ?? '';
  it('finds an untouched copy, also one renamed as a copy, and edited copies, the last changed first', () => {
    const untouched = entry('u', { ...structuredClone(example), meta: { ...example.meta, title: `${title} (kopie)` } });
    const older = entry('a', { ...structuredClone(example), meta: { ...example.meta, author: 'X' } });
    const newer = entry(
      'b',
      { ...structuredClone(example), meta: { ...example.meta, author: 'Y' } },
      '2026-02-01T00:00:00Z',
    );
    const other = entry('o', { ...structuredClone(example), meta: { ...example.meta, title: 'Eigen model' } });
    const found = exampleCopies([older, other, untouched, newer], example);
    expect(found.untouched?.id).toBe('u');
    expect(found.edited.map((e) => e.id)).toEqual(['b', 'a']);
  });
  it('counts a copy of an earlier built-in form of the example as neither untouched nor edited', () => {
    const plain = { ...structuredClone(example), version: 1, uncertainty: undefined, workshop: undefined };
    expect(exampleCopies([entry('p', plain)], example, [plain])).toEqual({ untouched: null, edited: [] });
    expect(exampleCopies([entry('p', plain)], example).edited.map((e) => e.id)).toEqual(['p']);
  });
  it('finds none among other models', () => {
    const other = entry('o', { ...structuredClone(example), meta: { ...example.meta, title: 'Eigen model' } });
    expect(exampleCopies([other], example)).toEqual({ untouched: null, edited: [] });
  });
});
