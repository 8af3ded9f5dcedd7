/**
 * Keeps input paths (uncertainty ranges, workshop controls, the workshop's what-if values)
 * pointing at the same input through an edit. A path names list items by id or by index
 * (`engine/input-path.ts`), so moving a lever renumbers what comes after it, deleting one
 * leaves its ranges without an input, and renaming an id leaves paths that use it dangling.
 *
 * The edit is followed by identity, not described: before a recipe runs, every path is
 * resolved on the draft and each list item it passes is remembered; after the recipe, those
 * same objects are looked up again. So any edit (a move, a delete, a rename, a filter) is
 * followed without the edit saying what it did:
 * - an item found again → the path takes its new index (or its new id, when the path named it by id);
 * - an item replaced by a new object (`list[i] = next`, a copy-on-write write) → the same id, or,
 *   when the list kept its length and the new object is not one of the old items, the same place;
 * - otherwise the item is gone, and so is every input under it: the path is removed.
 * A path whose input was a number before and is not one after the edit is removed too. A path
 * that named no number before the edit is left as it is (the edit cannot make it worse).
 */
import type { InputPath, ModelFile, UncertainInput, WorkshopControl } from '../engine';
import { inputListIndex, readInput } from '../engine';
import { produceWithOrigins } from './draft';
import type { Recipe } from './model-edits';
import { shareUnchanged } from './share-unchanged';

/** What removed an input: the kind of list item deleted with it, or `input` when only the number went. */
/** What removed an input (the kind of thing deleted), for the notice that tells the user. */
export type InputsRemovedBy = 'scenario' | 'party' | 'change' | 'staff' | 'line' | 'item' | 'input';

/** Where a path went: its new form (maybe the same), or removed. */
export type PathMove = { to: InputPath } | { to: null; removedBy: InputsRemovedBy };
export type PathMoves = ReadonlyMap<InputPath, PathMove>;

type Json = unknown;
type Hop =
  | { kind: 'key'; key: string }
  | {
      kind: 'item';
      list: string;
      items: readonly Json[];
      item: Json;
      index: number;
      isById: boolean;
      id: string | null;
    };

const LIST_KIND: Record<string, InputsRemovedBy> = {
  scenarios: 'scenario',
  parties: 'party',
  changes: 'change',
  staff: 'staff',
  lines: 'line',
};
/** Which removal names the notice when an edit removes inputs for several reasons (the widest first). */
const PRIORITY: InputsRemovedBy[] = ['scenario', 'party', 'change', 'line', 'staff', 'item', 'input'];

const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: Json): string | null => {
  const id = typeof v === 'object' && v !== null ? (v as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
};

/** The hops of a path through `root`, remembering the list items it passes; null when it names no number. */
function trace(root: ModelFile, path: InputPath): Hop[] | null {
  if (readInput(root, path) === null) return null;
  const hops: Hop[] = [];
  let node: Json = root;
  let key = '';
  for (const segment of path.split('.')) {
    if (Array.isArray(node)) {
      const index = inputListIndex(node, segment);
      const item: Json = node[index];
      const isById = idOf(item) === segment;
      hops.push({ kind: 'item', list: key, items: [...node], item, index, isById, id: isById ? segment : null });
      node = item;
    } else {
      hops.push({ kind: 'key', key: segment });
      node = (node as Record<string, Json>)[segment];
    }
    key = segment;
  }
  return hops;
}

/** For an object of the edited model, the object of the model before the edit it is a changed copy of. */
export type OriginOf = (obj: object) => object | undefined;

const noOrigin: OriginOf = () => undefined;

/** The object `v` is a changed copy of, or `v` itself. */
const originalOf = (v: Json, originOf: OriginOf): Json =>
  typeof v === 'object' && v !== null ? (originOf(v) ?? v) : v;

/** Where the input of a traced path is in the model after the edit. */
function follow(root: ModelFile, path: InputPath, hops: readonly Hop[], originOf: OriginOf): PathMove {
  const out: string[] = [];
  let node: Json = root;
  for (const hop of hops) {
    if (hop.kind === 'key') {
      if (!isRecord(node) || !Object.hasOwn(node, hop.key)) return { to: null, removedBy: 'input' };
      out.push(hop.key);
      node = node[hop.key];
      continue;
    }
    const removed: PathMove = { to: null, removedBy: LIST_KIND[hop.list] ?? 'item' };
    if (!Array.isArray(node)) return removed;
    // The same item: the same object, or a copy of it made by a copy-on-write edit.
    let j = node.findIndex((item) => originalOf(item, originOf) === hop.item);
    if (j < 0 && hop.id !== null) j = node.findIndex((item) => idOf(item) === hop.id);
    if (
      j < 0 &&
      node.length === hop.items.length &&
      hop.index < node.length &&
      !hop.items.includes(originalOf(node[hop.index], originOf))
    )
      j = hop.index;
    if (j < 0) return removed;
    const id = idOf(node[j]);
    const segment = hop.isById && id !== null ? id : String(j);
    // The new segment must lead back to this item (an index can clash with another item's id).
    if (inputListIndex(node, segment) !== j) return removed;
    out.push(segment);
    node = node[j];
  }
  const to = out.join('.');
  if (readInput(root, to) === null) return { to: null, removedBy: 'input' };
  return { to: to === path ? path : to };
}

/** The paths a model's sections point at: its ranges and its workshop controls. */
export function sectionPaths(model: ModelFile): InputPath[] {
  return [
    ...(model.uncertainty?.inputs ?? []).map((i) => i.path),
    ...(model.workshop?.controls ?? []).map((c) => c.path),
  ];
}

/**
 * Call on the model before an edit: remembers where each path (the model's ranges and controls,
 * and `extra`) leads. The function returned, given the model after the edit (and, for a
 * copy-on-write edit, which of its objects are changed copies of which objects before), says
 * where each path went. Paths that name no number before the edit are not followed.
 */
export function trackInputPaths(
  before: ModelFile,
  extra: Iterable<InputPath> = [],
): (after: ModelFile, originOf?: OriginOf) => PathMoves {
  const traced = new Map<InputPath, Hop[]>();
  for (const path of [...sectionPaths(before), ...extra]) {
    if (traced.has(path)) continue;
    const hops = trace(before, path);
    if (hops) traced.set(path, hops);
  }
  return (after, originOf = noOrigin) =>
    new Map([...traced].map(([path, hops]) => [path, follow(after, path, hops, originOf)]));
}

export type RemovedInputs = { ranges: UncertainInput[]; controls: WorkshopControl[]; by: InputsRemovedBy | null };

/** Whether any followed path changed (moved or removed). */
export function hasMoves(moves: PathMoves): boolean {
  for (const [path, move] of moves) if (move.to !== path) return true;
  return false;
}

/**
 * The model with its ranges' and controls' paths rewritten by `moves` and those whose input is
 * gone left out (a new object only where something changed; an emptied section stays).
 * Entries whose path `moves` does not know are kept as they are.
 */
export function applyPathMoves(model: ModelFile, moves: PathMoves): { model: ModelFile; removed: RemovedInputs } {
  const removed: RemovedInputs = { ranges: [], controls: [], by: null };
  const reasons = new Set<InputsRemovedBy>();
  const remap = <T extends { path: InputPath }>(list: readonly T[], into: T[]): T[] | null => {
    let isChanged = false;
    const out: T[] = [];
    for (const entry of list) {
      const move = moves.get(entry.path);
      if (!move || move.to === entry.path) {
        out.push(entry);
        continue;
      }
      isChanged = true;
      if (move.to === null) {
        into.push(entry);
        reasons.add(move.removedBy);
      } else out.push({ ...entry, path: move.to });
    }
    return isChanged ? out : null;
  };
  let next = model;
  const inputs = model.uncertainty ? remap(model.uncertainty.inputs, removed.ranges) : null;
  if (inputs && next.uncertainty) next = { ...next, uncertainty: { ...next.uncertainty, inputs } };
  const controls = model.workshop ? remap(model.workshop.controls, removed.controls) : null;
  if (controls && next.workshop) next = { ...next, workshop: { ...next.workshop, controls } };
  removed.by = PRIORITY.find((r) => reasons.has(r)) ?? null;
  return { model: next, removed };
}

export type InputPathEdit = { model: ModelFile; moves: PathMoves; removed: RemovedInputs };

/**
 * Runs an edit (a recipe, as for `updateModel`) on a copy-on-write draft of `model` (`draft.ts`)
 * and keeps the ranges and controls on their inputs: moved with them, renamed with them,
 * removed with them. `extra` paths are followed too (their moves are in the result). Pure:
 * `model` is not touched; the edited model shares every part the edit did not change (an edit
 * that changes nothing gives `model` itself).
 */
export function remapInputPaths(model: ModelFile, recipe: Recipe, extra: Iterable<InputPath> = []): InputPathEdit {
  const after = trackInputPaths(model, extra);
  const { result, originOf } = produceWithOrigins(model, recipe);
  const moves = after(result, originOf);
  // Writing equal values (a field set to what it was, a list filtered to the same items) makes new
  // objects on the path; they are shared again (cheap: only the new objects are compared).
  return { ...applyPathMoves(shareUnchanged(model, result), moves), moves };
}

/** `moves` as plain data, only the paths that changed: `{ from: to | null }`. */
export function movedPaths(moves: PathMoves): Record<InputPath, InputPath | null> {
  const out: Record<InputPath, InputPath | null> = {};
  for (const [path, move] of moves) if (move.to !== path) out[path] = move.to;
  return out;
}

/** Keys of a path-keyed record carried through `moved` (`{ from: to | null }`): renamed, or dropped when null. */
export function remapKeys<V>(
  values: Readonly<Record<InputPath, V>>,
  moved: Readonly<Record<InputPath, InputPath | null>>,
): Record<InputPath, V> {
  const out: Record<InputPath, V> = {};
  for (const [path, value] of Object.entries(values)) {
    const to = Object.hasOwn(moved, path) ? moved[path] : path;
    if (to !== null && to !== undefined) out[to] = value;
  }
  return out;
}

/** The inverse of `movedPaths` (for undo): each new path back to the old one; removed paths cannot come back. */
export function invertMoved(moved: Readonly<Record<InputPath, InputPath | null>>): Record<InputPath, InputPath | null> {
  const out: Record<InputPath, InputPath | null> = {};
  for (const [from, to] of Object.entries(moved)) if (to !== null) out[to] = from;
  return out;
}
