/**
 * The engine's exit 1 ("amount out of exact range", "Infinity cannot be converted to a BigInt")
 * is unreachable from a file: generated models whose numbers are pushed to the ends of their
 * field bounds (fieldBounds, read from the same field tables validation uses), with price base
 * years and horizons far apart, are each either admitted — evaluated with every figure an exact
 * two-decimal string — or refused with JSON paths. admitModel throws only for an engine bug.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { admitModel, fieldBounds, type ModelFile } from '../../src/engine';
import { mulberry32, type Rng } from '../../src/engine/sampling';
import { generateModel, generateModelV3 } from '../support/model-generator';

type Json = unknown;

/** An extreme for a field: its bound, a huge or tiny value near it, or a value written as a string. */
function extreme(rng: Rng, path: string, value: number): Json {
  const b = fieldBounds(path);
  if (b === null) return value;
  const max = b.max ?? 1e12;
  const min = b.min ?? -1e12;
  const pick = [max, min, max / 3, min + (max - min) * rng(), max * 0.999999][Math.floor(rng() * 5)] as number;
  const v = b.isInteger ? Math.round(pick) : pick;
  if (b.isInteger) return v;
  return rng() < 0.3 ? v.toFixed(2) : v;
}

/** The model with each number, with probability `p`, at an extreme of its field (years and terms kept). */
function pushToExtremes(model: ModelFile, seed: number, p: number): ModelFile {
  const rng = mulberry32(seed);
  const walk = (node: Json, path: string[]): Json => {
    if (typeof node === 'number') {
      const key = path[path.length - 1] ?? '';
      if (['year', 'from', 'to', 'years', 'startYear', 'endYear', 'extrapolateTo', 'version'].includes(key))
        return node;
      if (/^\d{4}$/.test(key) && path.includes('depreciationYears')) return node;
      return rng() < p ? extreme(rng, path.join('.'), node) : node;
    }
    if (Array.isArray(node)) return node.map((v, i) => walk(v, [...path, String(i)]));
    if (typeof node === 'object' && node !== null)
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    return node;
  };
  const m = walk(model, []) as ModelFile;
  // Far price base years and the longest horizons stretch every index and discount factor.
  const r = rng();
  if (r < 0.3) m.assumptions = { ...m.assumptions, priceBaseYear: rng() < 0.5 ? 1900 : 2200 };
  if (r > 0.7) m.horizon = { ...m.horizon, extrapolateTo: m.horizon.startYear + 99 };
  return m;
}

const isMoney = (v: unknown) => typeof v === 'string' && /^-?\d+\.\d\d$/.test(v);

function checkAdmission(model: ModelFile): void {
  const a = admitModel(model);
  if (!a.ok) {
    expect(a.errors.length).toBeGreaterThan(0);
    for (const e of a.errors) expect(typeof e.path).toBe('string');
    return;
  }
  for (const s of a.evaluation.scenarios) {
    for (const y of s.years) expect(isMoney(y.total)).toBe(true);
    expect(isMoney(s.npv)).toBe(true);
  }
}

describe('exact range on generated extremes', () => {
  it('a model pushed to its field bounds is evaluated exactly or refused with paths, never an engine error', () => {
    let refused = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.double({ min: 0.05, max: 0.6, noNaN: true }),
        (seed, p) => {
          const base = seed % 2 === 0 ? generateModel(seed, { years: 6 }) : generateModelV3(seed, { years: 6 });
          const m = pushToExtremes(base, seed, p);
          const a = admitModel(m);
          if (!a.ok) refused += 1;
          checkAdmission(m);
        },
      ),
      { numRuns: 60 },
    );
    // The extremes do reach the range check (not only the shape checks).
    expect(refused).toBeGreaterThan(0);
  });

  it('a model at its largest admitted amounts still evaluates exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const m = generateModel(seed, { years: 6 });
        // Scale every amount of the first line up until the range check refuses; the last admitted model evaluates.
        const line = m.scenarios[0]?.lines?.find((l) => 'amount' in l && l.amount !== undefined) as
          { amount: number | string } | undefined;
        if (line === undefined) return;
        let amount = 1e6;
        let last: ModelFile | null = null;
        while (amount <= 1e12) {
          line.amount = amount;
          const a = admitModel(structuredClone(m));
          if (!a.ok) break;
          last = structuredClone(m);
          amount *= 10;
        }
        if (last !== null) checkAdmission(last);
      }),
      { numRuns: 15 },
    );
  });
});
