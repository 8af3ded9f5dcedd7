/**
 * The evaluation memo keeps an entry's contributions packed (dense rows per owner, category,
 * kind and investment year: contribution-core.ts `Packed`). Packing must give back exactly the
 * contributions the list form has — none merged, none dropped — or keep the list.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  type Contribution,
  type ContributionKind,
  contributionsOf,
  lineContributions,
  lineEntry,
  packSink,
  staffContributions,
  staffEntry,
} from '../../src/engine/calc';
import { runScenarios } from '../../src/engine/results';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { multiset, nonZero } from '../support/contribution-multiset';
import { generateModel, generateModelV3, generateModelV3Decision } from '../support/model-generator';

function packed(cs: readonly Contribution[], startYear: number, nYears: number) {
  const sink = packSink(startYear, nYears);
  for (const c of cs) sink.add(c.owner, c.category, c.year, c.cents, c.isOneOff, c.kind, c.investYear);
  return sink.finish();
}

const KINDS: ContributionKind[] = ['opex', 'charge', 'staff', 'oneOff', 'disinvestment'];

describe('packed contributions', () => {
  it('give back every non-zero contribution, in any order and mix of parts', () => {
    const contribution = fc.record({
      owner: fc.constantFrom('a', 'b', 'c'),
      category: fc.constantFrom('x', 'y'),
      year: fc.integer({ min: 2020, max: 2034 }),
      cents: fc.integer({ min: -1e9, max: 1e12 }),
      isOneOff: fc.boolean(),
      kind: fc.constantFrom(...KINDS),
      investYear: fc.option(fc.integer({ min: 2018, max: 2022 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(contribution, { maxLength: 60 }), (drafts) => {
        const cs: Contribution[] = drafts.map(({ investYear, ...c }) =>
          investYear === undefined ? c : { ...c, investYear },
        );
        const entry = packed(cs, 2020, 15);
        expect(multiset(contributionsOf(entry))).toEqual(multiset(nonZero(cs)));
      }),
      { numRuns: 300 },
    );
  });

  it('packs one owner’s yearly costs into one row, and keeps a list when two fall in one year of a row', () => {
    const row = [2021, 2022, 2024].map((year) => ({
      owner: 'a',
      category: 'x',
      year,
      cents: year,
      isOneOff: false,
      kind: 'opex' as const,
    }));
    const entry = packed(row, 2020, 6);
    expect(Array.isArray(entry)).toBe(false);
    expect(entry).toEqual({
      parts: [
        {
          owner: 'a',
          category: 'x',
          kind: 'opex',
          isOneOff: false,
          investYear: undefined,
          first: 2021,
          cents: [2021, 2022, 0, 2024],
        },
      ],
    });
    const twice = [...row, { ...row[0]!, cents: 5 }];
    const listed = packed(twice, 2020, 6);
    expect(Array.isArray(listed)).toBe(true);
    expect(multiset(contributionsOf(listed))).toEqual(multiset(twice));
  });

  it('keeps a list for a year outside the computed years', () => {
    const cs: Contribution[] = [
      { owner: 'a', category: 'x', year: 2020, cents: 1, isOneOff: false, kind: 'opex' },
      { owner: 'a', category: 'x', year: 2026, cents: 2, isOneOff: false, kind: 'opex' },
    ];
    const entry = packed(cs, 2020, 6);
    expect(Array.isArray(entry)).toBe(true);
    expect(multiset(contributionsOf(entry))).toEqual(multiset(cs));
  });

  it('equal the list form for every line and staff entry of the example and of generated models', () => {
    const models = [
      haarlemHaarlemmermeer,
      ...[1, 2, 3, 4, 5, 6].map((seed) => generateModel(seed)),
      ...[7, 8, 9].map((seed) => generateModelV3(seed)),
      ...[10, 11, 12].map((seed) => generateModelV3Decision(seed)),
    ];
    let entries = 0;
    for (const model of models) {
      const { ctx, runs } = runScenarios(model);
      for (const { resolved, params } of runs.values()) {
        for (const rl of resolved.lines) {
          const list = lineContributions(ctx, params, rl, false);
          expect(multiset(contributionsOf(lineEntry(ctx, params, rl)))).toEqual(multiset(nonZero(list)));
          entries += 1;
        }
        for (const st of resolved.staff) {
          const list = staffContributions(ctx, params, st);
          expect(multiset(contributionsOf(staffEntry(ctx, params, st)))).toEqual(multiset(nonZero(list)));
          entries += 1;
        }
      }
    }
    expect(entries).toBeGreaterThan(500);
  });
});
