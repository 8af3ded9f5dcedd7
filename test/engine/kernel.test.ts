/**
 * The fast kernel (float64, for Monte Carlo) runs the same contribution code as the exact one;
 * on every fixture its yearly totals agree with the exact engine's within €1 (issue 7).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createEvaluationCache, type ModelFile } from '../../src/engine';
import { mulberry32 } from '../../src/engine/sampling';
import { newYearSums, outcomesFromTotals, outcomesOf, resolveWithParams, yearTotals } from '../../src/engine/results';
import { addToYearSums, createContext, lineContributions, staffContributions } from '../../src/engine/calc';
import { createFastKernel, Decimal, dec, exactKernel, type Num } from '../../src/engine/numeric';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { generateModel } from '../support/model-generator';

const fixtureDir = 'test/fixtures/models';
const fixtures: [string, ModelFile][] = [
  ['haarlem-haarlemmermeer', haarlemHaarlemmermeer],
  ...readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => [f, JSON.parse(readFileSync(`${fixtureDir}/${f}`, 'utf8')) as ModelFile] as [string, ModelFile]),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => [`generated ${seed}`, generateModel(seed)] as [string, ModelFile]),
  [
    'generated large',
    generateModel(12, { municipalities: 12, sharedParties: 1, years: 20, scenarios: 5, linesPerMunicipality: 25 }),
  ],
];

/** `outcomesOf` through the same pipeline with every contribution computed in the fast kernel (no memo: the memo is exact). */
function fastOutcomes(model: ModelFile) {
  const ctx = createContext(model, undefined, createFastKernel());
  const growth = new Map();
  const scenarios = [...resolveWithParams(ctx)].map(([id, { r, params }]) => {
    const sums = newYearSums(ctx);
    for (const rl of r.lines) addToYearSums(sums, ctx.startYear, lineContributions(ctx, params, rl, false));
    for (const st of r.staff) addToYearSums(sums, ctx.startYear, staffContributions(ctx, params, st));
    return { id, totals: yearTotals(ctx, params, sums, growth), discountRate: params.discountRate };
  });
  const years = (scenarios[0]?.totals ?? []).map((_, i) => ctx.startYear + i);
  return outcomesFromTotals(
    { years, nHorizon: ctx.layout.nYears, scenarios },
    model.scenarios.find((s) => s.basedOn === null)?.id ?? '',
  );
}

describe('fast kernel', () => {
  it.each(fixtures)('agrees with the exact engine within €1 per yearly total: %s', (_name, model) => {
    const exact = outcomesOf(model, createEvaluationCache());
    const fast = fastOutcomes(model);
    expect(fast.years).toEqual(exact.years);
    exact.scenarios.forEach((s, j) => {
      const f = fast.scenarios[j];
      expect(f?.id).toBe(s.id);
      s.totals.forEach((cents, i) => expect(Math.abs((f?.totals[i] ?? NaN) - cents)).toBeLessThanOrEqual(100));
    });
  });

  it('takes a Decimal as its nearest float, as Number(its string) does', () => {
    const K = createFastKernel();
    const rng = mulberry32(5);
    const strings = [
      '0',
      '1',
      '-1',
      '0.05',
      '1090465.74',
      '123456789012345',
      '0.000001',
      '-0.35',
      '99999999999999',
      '12345678.123456',
      '1e-7',
      '3.5e12',
    ];
    for (let i = 0; i < 20_000; i += 1)
      strings.push(((rng() - 0.3) * 10 ** Math.floor(rng() * 16 - 6)).toFixed(Math.floor(rng() * 8)));
    for (const text of strings) expect(K.of(new Decimal(text)) as unknown as number, text).toBe(Number(text));
  });

  it('reads a file value (number or decimal string) as the float of its Decimal, without parsing one', () => {
    const K = createFastKernel();
    const rng = mulberry32(9);
    const values: Num[] = [0, -0, '-0', 1, -1, 0.1, 4.56, 1e21, 5e-324, '0.05', '3.5e12', '1e-7', '1090465.74', 585000];
    for (let i = 0; i < 20_000; i += 1) {
      const x = (rng() - 0.3) * 10 ** Math.floor(rng() * 16 - 6);
      values.push(x, x.toFixed(Math.floor(rng() * 8)), String(x));
    }
    for (const x of values) {
      const viaDecimal = K.of(dec(x)) as unknown as number;
      expect(Object.is(K.ofNum(x) as unknown as number, viaDecimal), String(x)).toBe(true);
      expect(exactKernel.ofNum(x)).toBe(exactKernel.of(dec(x)));
    }
  });

  it('is not the exact kernel (it would prove nothing otherwise)', () => {
    expect(createFastKernel().name).toBe('fast');
    expect(exactKernel.name).toBe('exact');
    expect(createContext(haarlemHaarlemmermeer, undefined, createFastKernel()).kernel.name).toBe('fast');
  });
});
