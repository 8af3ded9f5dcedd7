/**
 * `defineLazy` (results/result-format.ts): a property built on first read. Besides reading as
 * an ordinary property, its getter must be one function per property name for every object —
 * a getter made per object (closing over its builder) is kept by the object's hidden class in
 * the old generation, and then everything the builder reaches survives each scavenge.
 */
import { describe, expect, it } from 'vitest';
import { defineLazy } from '../../src/engine/results';

type Target = { a: number[]; b?: string };

function lazyTarget(value: number[], counter: { n: number }): Target {
  const t: Target = { a: [] };
  defineLazy(t, 'a', () => {
    counter.n += 1;
    return value;
  });
  return t;
}

describe('defineLazy', () => {
  it('builds on the first read only, then is a plain enumerable data property', () => {
    const counter = { n: 0 };
    const t = lazyTarget([1, 2], counter);
    expect(counter.n).toBe(0);
    expect(Object.keys(t)).toEqual(['a']);
    expect(t.a).toEqual([1, 2]);
    expect(t.a).toBe(t.a);
    expect(counter.n).toBe(1);
    expect(Object.getOwnPropertyDescriptor(t, 'a')).toMatchObject({ value: [1, 2], enumerable: true, writable: true });
    expect(JSON.stringify(t)).toBe('{"a":[1,2]}');
  });

  it('shares one getter per property name between objects, so no object keeps its own', () => {
    const counter = { n: 0 };
    const [x, y] = [lazyTarget([1], counter), lazyTarget([2], counter)];
    const getter = (o: object) => Object.getOwnPropertyDescriptor(o, 'a')?.get;
    expect(getter(x)).toBeTypeOf('function');
    expect(getter(x)).toBe(getter(y));
    // Each still builds its own value.
    expect([x.a, y.a]).toEqual([[1], [2]]);
  });

  it('shows no other own enumerable key, and copies and clones see the value', () => {
    const t = lazyTarget([3], { n: 0 });
    expect(Object.keys(t)).toEqual(['a']);
    expect({ ...t }).toEqual({ a: [3] });
    expect(structuredClone(lazyTarget([4], { n: 0 }))).toEqual({ a: [4] });
  });

  it('lets a write replace the value before it was read, without building it', () => {
    const counter = { n: 0 };
    const t = lazyTarget([5], counter);
    t.a = [6];
    expect(t.a).toEqual([6]);
    expect(counter.n).toBe(0);
  });

  it('builds again on each read of a frozen object, which cannot take the data property', () => {
    const counter = { n: 0 };
    const t = Object.freeze(lazyTarget([7], counter));
    expect(t.a).toEqual([7]);
    expect(t.a).toEqual([7]);
    expect(counter.n).toBe(2);
  });

  it('builds at once when not lazy', () => {
    const t: Target = { a: [] };
    defineLazy(t, 'a', () => [8], false);
    expect(Object.getOwnPropertyDescriptor(t, 'a')).toMatchObject({ value: [8] });
  });
});
