/**
 * Numeric inputs addressed by path (version 2: uncertainty ranges, workshop controls,
 * sensitivity). A path is dot-separated from the model's root; list items are named by `id`
 * where they have one, else by index; year-map entries by year:
 * `scenarios.s3.changes.0.reduction`, `parties.haarlem.costPerFte.own`.
 */
import type { InputPath, ModelFile, Num } from './model-types';

type Json = unknown;

/** The item a path segment names in a list: the one with that `id`, else the one at that index; -1 for none. */
export function inputListIndex(list: readonly unknown[], segment: string): number {
  const byId = list.findIndex(
    (item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === segment,
  );
  if (byId >= 0) return byId;
  return /^\d+$/.test(segment) && Number(segment) < list.length ? Number(segment) : -1;
}

function step(node: Json, segment: string): { value: Json; key: string | number } | null {
  if (Array.isArray(node)) {
    const i = inputListIndex(node, segment);
    return i < 0 ? null : { value: node[i], key: i };
  }
  if (typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, segment)) {
    return { value: (node as Record<string, Json>)[segment], key: segment };
  }
  return null;
}

/** The value at a path as a decimal string, or null when the path names no number. */
export function readInput(model: ModelFile, path: InputPath): string | null {
  let node: Json = model;
  for (const segment of path.split('.')) {
    const next = step(node, segment);
    if (next === null) return null;
    node = next.value;
  }
  if (typeof node === 'number' && Number.isFinite(node)) return String(node);
  if (typeof node === 'string' && /^-?\d+(\.\d+)?$/.test(node)) return node;
  return null;
}

/** A copy of the model with the number at `path` replaced (structural sharing elsewhere). */
export function writeInput(model: ModelFile, path: InputPath, value: Num): ModelFile {
  return inputWriter(model, [path])([value]);
}

/** The keys a path steps through (list positions as numbers), or null when it names no number. */
export function inputKeys(model: ModelFile, path: InputPath): (string | number)[] | null {
  if (readInput(model, path) === null) return null;
  const keys: (string | number)[] = [];
  let json: Json = model;
  for (const segment of path.split('.')) {
    const next = step(json, segment) as { value: Json; key: string | number };
    keys.push(next.key);
    json = next.value;
  }
  return keys;
}

/**
 * `writeInput` for several paths at once, copying each object on the way only once: the paths
 * are resolved against `model` once, and the writer returned writes `values[i]` at `paths[i]` of
 * that model (a Monte Carlo sample writes every uncertain input). Paths must name numbers.
 */
export function inputWriter(model: ModelFile, paths: readonly InputPath[]): (values: readonly Num[]) => ModelFile {
  return keyWriter(
    model,
    paths.map((path) => {
      const keys = inputKeys(model, path);
      if (keys === null) throw new Error(`no number at "${path}"`);
      return keys;
    }),
  );
}

/**
 * The writer of `inputWriter` for paths given as keys (`inputKeys`); a null path is not written
 * (its value is ignored).
 */
export function keyWriter(
  model: ModelFile,
  keyPaths: readonly ((string | number)[] | null)[],
): (values: readonly Num[]) => ModelFile {
  type Node = { key: string | number; at: number; children: Node[] };
  const root: Node = { key: '', at: -1, children: [] };
  keyPaths.forEach((keys, i) => {
    if (keys === null) return;
    let node = root;
    for (const key of keys) {
      let child = node.children.find((c) => c.key === key);
      if (child === undefined) {
        child = { key, at: -1, children: [] };
        node.children.push(child);
      }
      node = child;
    }
    node.at = i;
  });
  const write = (json: Json, node: Node, values: readonly Num[]): Json => {
    if (node.at >= 0) return values[node.at] as Num;
    const copy = (Array.isArray(json) ? [...(json as Json[])] : { ...(json as Record<string, Json>) }) as Record<
      string | number,
      Json
    >;
    for (const child of node.children)
      copy[child.key] = write((json as Record<string | number, Json>)[child.key], child, values);
    return copy;
  };
  return (values) => write(model, root, values) as ModelFile;
}

export type InputBounds = { min: string | null; max: string | null; isInteger: boolean; decimals: number };

const FRACTIONS = new Set(['hiredShare', 'phaseIn', 'reduction']);
const RATES = new Set(['interestRate', 'discountRate', 'indexation', 'projectCostRate']);

/** The valid range of the input a path names, from what the spec allows for that field. */
export function inputBounds(path: InputPath): InputBounds {
  const segments = path.split('.');
  if (segments.some((s) => FRACTIONS.has(s))) return { min: '0', max: '1', isInteger: false, decimals: 6 };
  if (segments.includes('depreciationYears')) return { min: '1', max: null, isInteger: true, decimals: 0 };
  if (segments.includes('interestRate')) return { min: '0', max: null, isInteger: false, decimals: 6 };
  if (segments.some((s) => RATES.has(s))) return { min: '-0.99', max: null, isInteger: false, decimals: 6 };
  if (segments.includes('fte') || segments.includes('factor'))
    return { min: '0', max: null, isInteger: false, decimals: 4 };
  return { min: '0', max: null, isInteger: false, decimals: 2 };
}

/** A float drawn for an input, as a decimal string within the input's bounds. */
export function toInputValue(x: number, bounds: InputBounds): string {
  let v = x;
  if (bounds.min !== null) v = Math.max(v, Number(bounds.min));
  if (bounds.max !== null) v = Math.min(v, Number(bounds.max));
  const fixed = v.toFixed(bounds.decimals);
  let end = fixed.length;
  if (bounds.decimals > 0) {
    while (fixed.charCodeAt(end - 1) === 48) end -= 1; // trailing zeros of the fraction
    if (fixed.charCodeAt(end - 1) === 46) end -= 1; // and a bare decimal point
  }
  const trimmed = end === fixed.length ? fixed : fixed.slice(0, end);
  return trimmed === '-0' ? '0' : trimmed;
}
