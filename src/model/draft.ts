/**
 * Copy-on-write drafts: an edit of a large JSON tree that copies only the path it changes.
 *
 * `produce(base, recipe)` gives the recipe a draft of `base` that reads like `base` and can be
 * changed like a plain copy of it (assignments, `delete`, array methods such as `push`,
 * `splice`, `sort`; or the recipe returns a new value). Behind the draft, an object or array is
 * copied (shallowly) only when it, or something under it, is written; everything else in the
 * result is `base`'s own object. So:
 * - untouched parts keep their identity (the identity-keyed caches of the evaluation and the
 *   autosave keep them), and every object on the path to a change is new;
 * - `base` is never written (it may be frozen);
 * - an edit costs the length of its path (and the width of the objects on it), not the size
 *   of the tree.
 *
 * Only plain objects and arrays are drafted (a model is JSON). Drafts are proxies, valid only
 * while the recipe runs: they are revoked after it, so a draft kept by mistake fails loudly. A
 * draft cannot be given to `structuredClone` (use `cloneJson`). Writing the value a place
 * already holds is not a change.
 */

type Json = unknown;
type Container = Record<string | symbol, Json> | Json[];

type DraftState = {
  base: Container;
  /** The shallow copy the draft reads and writes once it has one (made on first write, or when a child is drafted). */
  copy: Container | null;
  isModified: boolean;
  parent: DraftState | null;
  proxy: Container;
  revoke: () => void;
  result: Container | null;
};

const STATE = Symbol('draft state');

function isPlain(v: Json): v is Container {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function stateOf(v: Json): DraftState | undefined {
  return typeof v === 'object' && v !== null
    ? ((v as Record<symbol, unknown>)[STATE] as DraftState | undefined)
    : undefined;
}

/** Whether `v` is a draft (a proxy made by `produce`). */
export function isDraft(v: Json): boolean {
  return stateOf(v) !== undefined;
}

const shallowCopy = (v: Container): Container =>
  Array.isArray(v) ? v.slice() : Object.assign(Object.create(Object.getPrototypeOf(v) as object) as object, v);

class Scope {
  readonly states: DraftState[] = [];
  /** Each new object of the result, mapped to the object of `base` it is a changed copy of. */
  readonly origins = new WeakMap<object, object>();
  private readonly walked = new WeakSet<object>();

  draft(base: Container, parent: DraftState | null): Container {
    const state: DraftState = {
      base,
      copy: null,
      isModified: false,
      parent,
      proxy: null as unknown as Container,
      revoke: () => undefined,
      result: null,
    };
    // The target is a fresh empty object (not `base`), so that a frozen base does not bind the
    // proxy's invariants; every trap reads the state instead.
    const { proxy, revoke } = Proxy.revocable((Array.isArray(base) ? [] : {}) as Container, this.handler(state));
    state.proxy = proxy;
    state.revoke = revoke;
    this.states.push(state);
    return proxy;
  }

  private handler(state: DraftState): ProxyHandler<Container> {
    const source = (): Record<string | symbol, Json> => (state.copy ?? state.base) as Record<string | symbol, Json>;
    const ensureCopy = (): Record<string | symbol, Json> => {
      state.copy ??= shallowCopy(state.base);
      return state.copy as Record<string | symbol, Json>;
    };
    const markModified = (): void => {
      for (let s: DraftState | null = state; s && !s.isModified; s = s.parent) {
        s.isModified = true;
        s.copy ??= shallowCopy(s.base);
      }
    };
    return {
      get: (_target, prop) => {
        if (prop === STATE) return state;
        const from = source();
        if (!Object.hasOwn(from, prop)) return Reflect.get(from, prop, state.proxy);
        const value = from[prop];
        // A child still as it is in `base` becomes a draft of its own, kept in the copy so
        // that reading it again gives the same draft (identity within the recipe holds).
        if (isPlain(value) && !isDraft(value) && value === (state.base as Record<string | symbol, Json>)[prop]) {
          const child = this.draft(value, state);
          ensureCopy()[prop] = child;
          return child;
        }
        return value;
      },
      set: (_target, prop, value) => {
        const from = source();
        if (Object.hasOwn(from, prop) && Object.is(from[prop], value)) return true;
        markModified();
        ensureCopy()[prop] = value;
        return true;
      },
      deleteProperty: (_target, prop) => {
        if (!Object.hasOwn(source(), prop)) return true;
        markModified();
        delete ensureCopy()[prop];
        return true;
      },
      defineProperty: (_target, prop, descriptor) => {
        markModified();
        return Reflect.defineProperty(ensureCopy(), prop, descriptor);
      },
      has: (_target, prop) => prop in source(),
      ownKeys: () => Reflect.ownKeys(source()),
      getOwnPropertyDescriptor: (_target, prop) => {
        const from = source();
        const desc = Reflect.getOwnPropertyDescriptor(from, prop);
        if (!desc) return undefined;
        // An array's length is not configurable on the (array) target; all else is reported
        // writable and configurable, as the target is an empty, extensible object.
        const isLength = Array.isArray(from) && prop === 'length';
        return { value: from[prop], writable: true, enumerable: desc.enumerable, configurable: !isLength };
      },
      getPrototypeOf: () => Object.getPrototypeOf(state.base) as object | null,
      setPrototypeOf: () => false,
      preventExtensions: () => false,
    };
  }

  /** The value with every draft in it replaced by its result (base's object, or the changed copy). */
  finalize(value: Json): Json {
    const state = stateOf(value);
    if (state) return this.finalizeDraft(state);
    if (isPlain(value)) this.walk(value);
    return value;
  }

  private finalizeDraft(state: DraftState): Container {
    if (state.result) return state.result;
    if (!state.isModified || !state.copy) {
      state.result = state.base;
      return state.base;
    }
    const copy = state.copy as Record<string | symbol, Json>;
    const base = state.base as Record<string | symbol, Json>;
    state.result = copy as Container;
    for (const key of Reflect.ownKeys(copy)) {
      const v = copy[key];
      // An entry still as it is in `base` holds no draft: it is not walked (that would cost the whole tree).
      if (typeof v !== 'object' || v === null || (v === base[key] && Object.hasOwn(base, key))) continue;
      const done = this.finalize(v);
      if (done !== v) copy[key] = done;
    }
    this.origins.set(copy, state.base);
    return copy as Container;
  }

  /**
   * A new object the recipe made (or one it took from elsewhere) may hold drafts; they are
   * replaced in place. Objects without drafts are never written, so a base object reached
   * here stays as it is.
   */
  private walk(obj: Container): void {
    if (this.walked.has(obj)) return;
    this.walked.add(obj);
    for (const key of Reflect.ownKeys(obj)) {
      const v = (obj as Record<string | symbol, Json>)[key];
      if (typeof v !== 'object' || v === null) continue;
      const done = this.finalize(v);
      if (done !== v) (obj as Record<string | symbol, Json>)[key] = done;
    }
  }

  revokeAll(): void {
    for (const s of this.states) s.revoke();
  }
}

export type Produced<T> = {
  /** The edited value: `base` itself when the recipe changed nothing. */
  result: T;
  /** For a new object of the result that is a changed copy of an object of `base`, that object. */
  originOf: (obj: object) => object | undefined;
};

/**
 * Runs `recipe` on a copy-on-write draft of `base` (see the module comment). The recipe changes
 * the draft, or returns a new value (which may hold parts of the draft). `base` is not changed.
 */
export function produceWithOrigins<T>(base: T, recipe: (draft: T) => T | void): Produced<T> {
  if (!isPlain(base)) {
    const result = recipe(base);
    return { result: (result ?? base) as T, originOf: () => undefined };
  }
  const scope = new Scope();
  try {
    const root = scope.draft(base, null) as T;
    const returned = recipe(root);
    const result = scope.finalize(returned === undefined ? root : returned) as T;
    return { result, originOf: (obj) => scope.origins.get(obj) };
  } finally {
    scope.revokeAll();
  }
}

/** `recipe` run on a copy-on-write draft of `base`: the edited value, sharing all that did not change. */
export function produce<T>(base: T, recipe: (draft: T) => T | void): T {
  return produceWithOrigins(base, recipe).result;
}

/** A deep copy of JSON data that may be (or hold) a draft; `structuredClone` refuses proxies. */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => cloneJson(v)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = cloneJson(v);
  return out as T;
}
