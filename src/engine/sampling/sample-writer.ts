/**
 * The writer of a sampling plan: the model with a sample's values written at the plan's keys
 * (`keyWriter` of the model layer, the same result), made for writing into one model thousands
 * of times. Every object on the way to a written number is copied (a new object wherever a value
 * changed, which the engine's memos rely on), and how to copy each is decided once: a year map
 * (`{"2015": …}`, keys that are array indices, which V8 keeps in a dictionary) is copied key by
 * key, about 3× faster than `{ ...map }`, other objects by spreading, lists by `slice`.
 */
import type { ModelFile, Num } from '../model';

type Json = unknown;
type Node = { key: string | number; at: number; children: Node[]; copy: () => Record<string | number, Json> };

const ARRAY_INDEX = /^(0|[1-9][0-9]{0,8})$/;

/** How to copy `json` (an object or list of the model) into a new object the writer then writes into. */
function copierOf(json: Json): () => Record<string | number, Json> {
  if (Array.isArray(json)) return () => json.slice() as unknown as Record<number, Json>;
  const object = json as Record<string, Json>;
  const keys = Object.keys(object);
  if (keys.length === 0 || !keys.every((k) => ARRAY_INDEX.test(k))) return () => ({ ...object });
  return () => {
    const copy: Record<string, Json> = {};
    for (let i = 0; i < keys.length; i += 1) {
      const k = keys[i] as string;
      copy[k] = object[k];
    }
    return copy;
  };
}

/**
 * Writes `values[i]` at `keyPaths[i]` of `model` (keys as `inputKeys` gives them; a null path is
 * not written); the same as `keyWriter(model, keyPaths)`.
 */
export function sampleWriter(
  model: ModelFile,
  keyPaths: readonly ((string | number)[] | null)[],
): (values: readonly Num[]) => ModelFile {
  const nodeOf = (key: string | number, json: Json): Node => ({
    key,
    at: -1,
    children: [],
    copy: typeof json === 'object' && json !== null ? copierOf(json) : () => ({}),
  });
  const root = nodeOf('', model);
  keyPaths.forEach((keys, i) => {
    if (keys === null) return;
    let [node, json]: [Node, Json] = [root, model];
    for (const key of keys) {
      json = (json as Record<string | number, Json> | undefined)?.[key];
      let child = node.children.find((c) => c.key === key);
      if (child === undefined) {
        child = nodeOf(key, json);
        node.children.push(child);
      }
      node = child;
    }
    node.at = i;
  });
  const write = (node: Node, values: readonly Num[]): Json => {
    if (node.at >= 0) return values[node.at];
    const copy = node.copy();
    const children = node.children;
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i] as Node;
      copy[child.key] = write(child, values);
    }
    return copy;
  };
  return (values) => write(root, values) as ModelFile;
}
