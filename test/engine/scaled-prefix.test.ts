/**
 * The contribution memo's scaled siblings (calc/memo.ts `scaledPrefix`): an entry that differs
 * from one computed before only by `scale` rules whose factor is exactly 1 before some year
 * takes the years before it — for a recurring investment, the amounts invested in them; for an
 * investment made before it, the whole entry — from that sibling and computes the rest. The
 * contributions must be exactly those computed from scratch.
 */
import { describe, expect, it } from 'vitest';
import {
  contributionsOf,
  createContext,
  createEvaluationCache,
  type Entry,
  forEachContribution,
  lineContributions,
  scaledPrefix,
  staffContributions,
} from '../../src/engine/calc';
import type { Change, ModelFile } from '../../src/engine';
import { resolveWithParams } from '../../src/engine/results';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { multiset, nonZero } from '../support/contribution-multiset';
import { generateModel, generateModelV3, generateModelV3Decision } from '../support/model-generator';

/** The example with scenarios that scale everything from a year on, in several ways. */
function withScales(model: ModelFile): ModelFile {
  const scenario = (id: string, basedOn: string, changes: Change[]) => ({ id, name: id, basedOn, changes });
  return {
    ...model,
    scenarios: [
      ...model.scenarios,
      scenario('from2015', 'baseline', [{ op: 'scale', select: {}, from: 2015, factor: 0.9 }]),
      scenario('phaseIn', 's3', [{ op: 'scale', select: {}, reduction: 0.2, phaseIn: { 2016: 0.5, 2017: 1 } }]),
      scenario('stacked', 'from2015', [{ op: 'scale', select: { category: 'applications' }, from: 2016, factor: 1.1 }]),
      scenario('one', 'baseline', [{ op: 'scale', select: {}, factor: 1 }]),
      scenario('fromStart', 'baseline', [{ op: 'scale', select: {}, factor: 0.5 }]),
    ],
  } as ModelFile;
}

/** Every scenario's entries through one memo, in file order, beside the same entries computed on their own. */
function throughMemo(model: ModelFile) {
  const cache = createEvaluationCache();
  const ctx = createContext(model, cache);
  const resolved = resolveWithParams(ctx, cache);
  return model.scenarios.map((s) => {
    const { r, params } = resolved.get(s.id)!;
    const entries: Entry[] = [];
    // The prefix each entry would take from the entries already computed (before it is looked up).
    forEachContribution(ctx, cache, r, params, (e) => entries.push(e));
    const alone = [
      ...r.lines.map((rl) => nonZero(lineContributions(ctx, params, rl, false))),
      ...r.staff.map((st) => staffContributions(ctx, params, st)),
    ];
    return { id: s.id, ctx, cache, r, params, entries, alone };
  });
}

describe('scaled siblings in the contribution memo', () => {
  it('give every entry exactly the contributions computed from scratch', () => {
    const models = [
      withScales(haarlemHaarlemmermeer),
      ...[1, 2, 3].map((seed) => generateModel(seed, { renewsEveryCategory: true, years: 12 })),
      ...[4, 5].map((seed) => generateModel(seed)),
      ...[7, 8].map((seed) => generateModelV3(seed)),
      ...[10, 11].map((seed) => generateModelV3Decision(seed)),
    ];
    let entries = 0;
    for (const model of models) {
      for (const s of throughMemo(model)) {
        s.entries.forEach((e, i) => {
          expect(multiset(contributionsOf(e)), `${s.id} entry ${i}`).toEqual(multiset(s.alone[i]!));
          entries += 1;
        });
      }
    }
    expect(entries).toBeGreaterThan(1000);
  });

  it('find the sibling and the first year a new rule changes anything', () => {
    const model = withScales(haarlemHaarlemmermeer);
    const cache = createEvaluationCache();
    const ctx = createContext(model, cache);
    const resolved = resolveWithParams(ctx, cache);
    const fromOf = (id: string) => {
      const { r, params } = resolved.get(id)!;
      const known = (cache.contributions.get(r.lines[0]!.line) ?? []) as Parameters<typeof scaledPrefix>[1];
      return scaledPrefix(ctx, known, r.lines[0]!, params)?.from ?? null;
    };
    // Before anything is computed there is no sibling.
    expect(fromOf('from2015')).toBeNull();
    const base = resolved.get('baseline')!;
    forEachContribution(ctx, cache, base.r, base.params, () => undefined);
    expect(fromOf('from2015')).toBe(2015);
    // A factor of exactly 1 in every year: nothing differs, the whole entry is the sibling's.
    expect(fromOf('one')).toBe(Infinity);
    // Scaled from the first year: nothing to take.
    expect(fromOf('fromStart')).toBeNull();
    const { r, params } = resolved.get('from2015')!;
    const mine: Entry[] = [];
    const siblings: Entry[] = [];
    forEachContribution(ctx, cache, base.r, base.params, (e) => siblings.push(e));
    forEachContribution(ctx, cache, resolved.get('one')!.r, resolved.get('one')!.params, (e) => mine.push(e));
    // The untouched one-off lines are the same entry anyway; every scaled one is its sibling's too.
    expect(mine.every((e, i) => e === siblings[i])).toBe(true);
    expect(r.lines.length).toBe(base.r.lines.length);
    expect(params).toBe(base.params);
  });

  it('does not take years from an entry whose history differs by more than scale rules', () => {
    const s = throughMemo(withScales(haarlemHaarlemmermeer)).find((x) => x.id === 's2')!;
    // s2 transfers lines and sets parameters: for none of its entries is the baseline's a scaled sibling.
    const known = (o: object) => (s.cache.contributions.get(o) ?? []) as Parameters<typeof scaledPrefix>[1];
    for (const rl of s.r.lines.filter((x) => x.history.some((h) => (h as { op?: string }).op !== 'scale')))
      expect(scaledPrefix(s.ctx, known(rl.line), rl, s.params)).toBeNull();
  });
});
