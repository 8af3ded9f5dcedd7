/**
 * Copies that can be told apart: a duplicate or a fresh copy of the example gets a title no other
 * saved model has ("… (kopie)", "… (kopie 2)", …); and the saved copies of the built-in example,
 * untouched or edited, found by their title and content.
 */
import type { ModelFile } from '../../engine';
import type { ModelEntry } from '../../state';

/** The first of `base`, `copy(1)`, `copy(2)`, … that no title in `taken` has. */
export function uniqueTitle(base: string, taken: Iterable<string>, copy: (n: number) => string): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 1; ; n += 1) {
    const title = copy(n);
    if (!used.has(title)) return title;
  }
}

/** A copy's title without what `uniqueTitle` added ("X (kopie 2)" → "X"). */
const withoutCopySuffix = (title: string): string => title.replace(/ \((kopie|copy)( \d+)?\)$/, '');

const contentOf = (model: ModelFile): string => JSON.stringify({ ...model, meta: { ...model.meta, title: '' } });

export type ExampleCopies = {
  /** A saved copy identical to the example (its title aside): opening it again makes no new copy. */
  untouched: ModelEntry | null;
  /** Saved copies of the example that were edited, the last changed first. */
  edited: ModelEntry[];
};

/**
 * `earlier`: other built-in forms of the example (the plain version-1 file): a copy of one of
 * those was never edited by anyone, so it is neither the example nor an edited copy.
 */
export function exampleCopies(
  entries: Iterable<ModelEntry>,
  example: ModelFile,
  earlier: readonly ModelFile[] = [],
): ExampleCopies {
  const title = example.meta?.title ?? '';
  const content = contentOf(example);
  const unedited = new Set(earlier.map(contentOf));
  let untouched: ModelEntry | null = null;
  const edited: ModelEntry[] = [];
  for (const e of entries) {
    if (withoutCopySuffix(e.model.meta?.title ?? '') !== title) continue;
    const own = contentOf(e.model);
    if (own === content) untouched ??= e;
    else if (!unedited.has(own)) edited.push(e);
  }
  edited.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { untouched, edited };
}
