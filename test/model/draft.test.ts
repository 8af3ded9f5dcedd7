/**
 * The copy-on-write draft (`src/model/draft.ts`) behind every model edit: an edit through it
 * gives the same model as the edit on a full copy (`structuredClone`, the former way), never
 * writes the model it starts from (frozen here), keeps the identity of every part the edit did
 * not change, and leaves no draft behind in the result.
 */
import { types } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/engine';
import { haarlemHaarlemmermeerWithRanges, monitoringFictitious } from '../../src/examples';
import {
  addGoal,
  addParty,
  cloneJson,
  isDraft,
  moveChange,
  produce,
  remapInputPaths,
  removeChange,
  removeGoal,
  removeParty,
  setActualsScenario,
  setBudgetEntry,
  setCompensable,
  setSharedVat,
  shareUnchanged,
  writeActuals,
  type Recipe,
} from '../../src/model';
import { applyPathMoves, trackInputPaths } from '../../src/model/input-path-remap';
import { withValues } from '../../src/state/workshop-slice';

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null;

function deepFreeze<T>(v: T): T {
  if (isObj(v) && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const child of Object.values(v)) deepFreeze(child);
  }
  return v;
}

/** Every object of `v` (no proxy may be left in a result). */
function noProxies(v: Json): boolean {
  if (!isObj(v)) return true;
  if (types.isProxy(v)) return false;
  return Object.values(v).every(noProxies);
}

/** Every object in `v`. */
function objectsOf(v: Json, into = new Set<object>()): Set<object> {
  if (isObj(v) && !into.has(v)) {
    into.add(v);
    for (const child of Object.values(v)) objectsOf(child, into);
  }
  return into;
}

/**
 * Sharing: wherever `next` is deep-equal to `prev` at the same place, it is an object of `prev`
 * (the same place's, or, after a list lost an item, the one it moved up from); where it differs,
 * it is a new object (so identity-keyed caches see the change).
 */
function expectShared(prev: Json, next: Json, olds = objectsOf(prev), at = '$'): void {
  if (!isObj(prev) || !isObj(next)) return;
  const equal = JSON.stringify(prev) === JSON.stringify(next) && Array.isArray(prev) === Array.isArray(next);
  if (equal) {
    expect(olds.has(next), `${at} is unchanged, so it is an object of the start`).toBe(true);
    return;
  }
  expect(next, `${at} changed, so it is a new object`).not.toBe(prev);
  for (const key of Object.keys(next))
    if (Object.hasOwn(prev, key)) expectShared(prev[key], next[key], olds, `${at}.${key}`);
}

/** The former way: the recipe on a full copy. */
function viaClone(model: ModelFile, recipe: Recipe): ModelFile {
  const copy = structuredClone(model);
  return recipe(copy) ?? copy;
}

/** The former `remapInputPaths`: paths traced on a full copy, followed by the identity of its objects. */
function remapViaClone(model: ModelFile, recipe: Recipe): ModelFile {
  const draft = structuredClone(model);
  const after = trackInputPaths(draft);
  const edited = recipe(draft) ?? draft;
  return shareUnchanged(model, applyPathMoves(edited, after(edited)).model);
}

const example = (): ModelFile => deepFreeze(structuredClone(haarlemHaarlemmermeerWithRanges));
const monitoring = (): ModelFile => deepFreeze(structuredClone(monitoringFictitious));

/** The app's edits (the model's edit functions and edits as the screens write them). */
const edits: [string, () => ModelFile, Recipe][] = [
  ['nothing', example, () => undefined],
  ['the title', example, (m) => void (m.meta!.title = 'Anders')],
  ['the same title again', example, (m) => void (m.meta!.title = `${m.meta!.title}`)],
  ['a party field', example, (m) => void (m.parties[0]!.name = 'Andere naam')],
  ['inhabitants of the second party', example, (m) => void Object.assign(m.parties[1]!, { inhabitants: 123456 })],
  ['a removed party', example, (m) => removeParty(m, 'haarlem')],
  ['a removed shared party', example, (m) => removeParty(m, 'ictc')],
  ['an added municipality', example, (m) => void addParty(m, 'municipality', 'Zandvoort')],
  ['an added shared party', example, (m) => void addParty(m, 'shared', 'Nieuw centrum')],
  ['a lever moved up', example, (m) => moveChange(m, 's2', 1, -1)],
  ['a lever moved down', example, (m) => moveChange(m, 's2', 0, 1)],
  ['a lever removed', example, (m) => removeChange(m, 's2', 0)],
  [
    'a lever replaced by a copy',
    example,
    (m) => void (m.scenarios[1]!.changes![0] = cloneJson(m.scenarios[1]!.changes![0]!)),
  ],
  ['the horizon', example, (m) => void (m.horizon.endYear += 1)],
  ['a budget entry', example, (m) => setBudgetEntry(m, 'haarlem', 'ict', m.horizon.startYear + 1, '1000')],
  ['a shared VAT regime', example, (m) => setSharedVat(m, 'ictc', 'regime', 'compensable')],
  ['a compensable share', example, (m) => setCompensable(m, 'haarlem', '0.5')],
  ['the ranges emptied', example, (m) => void (m.uncertainty!.inputs = [])],
  ['the scenarios reversed', example, (m) => void m.scenarios.reverse()],
  ['the parties sorted by id', example, (m) => void m.parties.sort((a, b) => (a.id < b.id ? 1 : -1))],
  ['a scenario spliced out and in again', example, (m) => void m.scenarios.splice(1, 0, ...m.scenarios.splice(1, 1))],
  ['a list filtered to the same items', example, (m) => void (m.parties = m.parties.filter(() => true))],
  ['a key deleted', example, (m) => void delete m.uncertainty],
  ['a returned replacement', example, (m) => ({ ...m, meta: { ...m.meta, title: 'Vervangen' } })],
  ['a returned replacement with a draft inside', example, (m) => ({ ...m, parties: [m.parties[1]!, m.parties[0]!] })],
  [
    'a draft moved and changed',
    example,
    (m) => {
      const [p] = m.parties.splice(0, 1);
      p!.name = 'Verplaatst';
      m.parties.push(p!);
    },
  ],
  [
    'what-if values kept in the model',
    example,
    (m) => withValues(m, Object.fromEntries(m.uncertainty!.inputs.slice(0, 2).map((i) => [i.path, '0.5']))),
  ],
  ['an actuals scenario', monitoring, (m) => setActualsScenario(m, m.scenarios[0]!.id)],
  [
    'actuals written',
    monitoring,
    (m) => void writeActuals(m, m.parties[0]!.id, [{ year: 2020, field: 'total', value: '10' }]),
  ],
  [
    'a goal added and one removed',
    monitoring,
    (m) => {
      addGoal(m, { ...m.goals![0]!, id: 'extra' });
      removeGoal(m, m.goals![0]!.id);
    },
  ],
];

describe('an edit on a copy-on-write draft', () => {
  it.each(edits)(
    '%s: the same model as on a full copy, the start untouched, unchanged parts shared',
    (_, make, recipe) => {
      const before = make();
      const snapshot = JSON.stringify(before);
      const expected = viaClone(before, recipe);
      const after = produce(before, recipe);
      expect(after).toEqual(expected);
      expect(JSON.stringify(before)).toBe(snapshot);
      expect(noProxies(after)).toBe(true);
      // What the store keeps: the draft's result with equal rewrites shared again.
      const kept = shareUnchanged(before, after);
      expectShared(before, kept);
      // With ranges and controls kept on their inputs, as `updateModel` does.
      const remapped = remapInputPaths(before, recipe).model;
      expect(remapped).toEqual(remapViaClone(before, recipe));
      expectShared(before, remapped);
    },
  );

  it('changes nothing when nothing is written: the start itself', () => {
    const before = example();
    expect(produce(before, (m) => void m.parties.find((p) => p.id === 'haarlem'))).toBe(before);
    expect(produce(before, (m) => void (m.meta!.title = before.meta!.title))).toBe(before);
  });

  it('copies only the path to a change: siblings keep their identity', () => {
    const before = example();
    const after = produce(before, (m) => void (m.parties[1]!.name = 'X'));
    expect(after).not.toBe(before);
    expect(after.parties).not.toBe(before.parties);
    expect(after.parties[1]).not.toBe(before.parties[1]);
    expect(after.parties[0]).toBe(before.parties[0]);
    expect(after.parties[2]).toBe(before.parties[2]);
    expect(after.scenarios).toBe(before.scenarios);
    expect(after.meta).toBe(before.meta);
  });

  it('reads the same draft for the same place, so identity within an edit holds', () => {
    const before = example();
    produce(before, (m) => {
      const p = m.parties.find((x) => x.id === 'haarlemmermeer')!;
      expect(m.parties.indexOf(p)).toBe(1);
      expect(m.parties[1]).toBe(p);
      expect(isDraft(p)).toBe(true);
      expect(Array.isArray(m.parties)).toBe(true);
      expect(JSON.parse(JSON.stringify(m))).toEqual(before);
    });
  });

  it('revokes its drafts after the edit, so one kept by mistake fails loudly', () => {
    let kept: NonNullable<ModelFile['meta']> | null = null;
    produce(example(), (m) => void (kept = m.meta!));
    expect(() => kept!.title).toThrow(TypeError);
  });

  it('leaves the start as it was when the edit throws', () => {
    const before = example();
    const snapshot = JSON.stringify(before);
    expect(() =>
      produce(before, (m) => {
        m.meta!.title = 'half';
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('gives the same result as a full copy for random writes, deletes and list edits (property)', () => {
    type Op = { kind: 'set' | 'delete' | 'push' | 'splice' | 'reverse'; pick: number[]; value: number };
    const op = fc.record({
      kind: fc.constantFrom<Op['kind']>('set', 'delete', 'push', 'splice', 'reverse'),
      pick: fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }),
      value: fc.integer({ min: -5, max: 5 }),
    });
    /** A container in the tree, chosen by walking `pick` (each number picks a child object). */
    const container = (root: Json, pick: number[]): Record<string, Json> => {
      let node = root as Record<string, Json>;
      for (const n of pick) {
        const children = Object.values(node).filter(isObj);
        if (children.length === 0) break;
        node = children[n % children.length]!;
      }
      return node;
    };
    const apply = (root: Json, ops: Op[]): void => {
      for (const o of ops) {
        const node = container(root, o.pick);
        const keys = Object.keys(node);
        const key = keys.length > 0 ? keys[Math.abs(o.value * 7 + o.pick.length) % keys.length]! : 'k';
        if (Array.isArray(node)) {
          if (o.kind === 'push') node.push(node[0] ?? o.value);
          else if (o.kind === 'splice' && node.length > 0) node.splice(Math.abs(o.value) % node.length, 1);
          else if (o.kind === 'reverse') node.reverse();
          else if (o.kind === 'set') node[Math.abs(o.value) % (node.length + 1)] = o.value;
        } else if (o.kind === 'delete') delete node[key];
        else if (o.kind === 'set') node[key] = o.value;
        else if (o.kind === 'push') node[`n${o.value}`] = { v: o.value, copy: node[key] ?? null };
      }
    };
    const start = example();
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops) => {
        const snapshot = JSON.stringify(start);
        const expected = viaClone(start, (m) => apply(m, ops));
        const after = produce(start, (m) => apply(m, ops));
        expect(JSON.stringify(after)).toBe(JSON.stringify(expected));
        expect(JSON.stringify(start)).toBe(snapshot);
        expect(noProxies(after)).toBe(true);
        expectShared(start, shareUnchanged(start, after));
      }),
      { numRuns: 300, seed: 19 },
    );
  });
});
