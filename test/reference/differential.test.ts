/**
 * Differential test: the engine's CLI document (spec §9) against the independent reference
 * implementation in test/reference (written from the spec and docs/engine.md, not from the
 * engine). Every money string must agree to the cent, every break-even and payback exactly,
 * for the golden fixture models, the built-in example, the hand-made edge models, 40 generated
 * models and a few large generated ones.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateModel, isModelError, toCliDocument, type ModelFile } from '../../src/engine';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { generateModel, type GeneratorOptions } from '../support/model-generator';
import { splitLargestRemainder } from './allocate';
import { capitalSchedule } from './contributions';
import { dec, money } from './decimal';
import { edgeModels, failingModels } from './edge-models';
import { referenceDocument } from './reference';
import { differences, printed } from './compare';

/** The golden CLI models and the version-2 model with uncertainty ranges (which must not change any figure). */
const fixtureDirs = ['test/fixtures/models', 'test/fixtures/uncertain'];
const fixtures: [string, ModelFile][] = fixtureDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f): [string, ModelFile] => [
      `fixture ${join(dir, f)}`,
      JSON.parse(readFileSync(join(dir, f), 'utf8')) as ModelFile,
    ]),
);

const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
const generated: [string, ModelFile][] = seeds.map((seed) => [`generated seed ${seed}`, generateModel(seed)]);

const LARGE: [number, GeneratorOptions][] = [
  [1001, { municipalities: 12, sharedParties: 1, years: 20, scenarios: 5, linesPerMunicipality: 20 }],
  [1002, { municipalities: 6, sharedParties: 2, years: 12, scenarios: 5, linesPerMunicipality: 12 }],
  [1003, { municipalities: 3, sharedParties: 3, years: 10, scenarios: 4, linesPerMunicipality: 10 }],
  [1004, { municipalities: 2, sharedParties: 1, years: 30, scenarios: 3, linesPerMunicipality: 8 }],
  // Issue 19: national scale — over 100 parties, hundreds of members per split, records built on first read.
  [1005, { municipalities: 118, sharedParties: 3, years: 20, scenarios: 3, linesPerMunicipality: 4 }],
  [
    1006,
    {
      municipalities: 100,
      sharedParties: 2,
      years: 12,
      scenarios: 3,
      linesPerMunicipality: 3,
      renewsEveryCategory: true,
    },
  ],
];
const large: [string, ModelFile][] = LARGE.map(([seed, options]) => [
  `large seed ${seed} ${JSON.stringify(options)}`,
  generateModel(seed, options),
]);

const cases: [string, ModelFile][] = [
  ...fixtures,
  ['example haarlem-haarlemmermeer', haarlemHaarlemmermeer],
  ...edgeModels,
  ...generated,
  ...large,
];

describe('engine vs independent reference (to the cent)', () => {
  it('compares enough models', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...large.map(([, m]) => m.parties.length))).toBeGreaterThanOrEqual(100);
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  for (const [name, model] of cases) {
    it(
      name,
      () => {
        // Compared as printed by `npm run calc` (JSON), so only what a reader sees counts.
        const engine = printed(toCliDocument(evaluateModel(model)));
        const reference = printed(referenceDocument(model));
        // Both documents hold every scenario and every year, including extrapolated ones.
        expect(reference.scenarios.map((s) => s.id)).toEqual(model.scenarios.map((s) => s.id));
        expect(engine.scenarios.length).toBe(model.scenarios.length);
        const diffs = differences(engine, reference);
        expect(diffs.slice(0, 20), `${diffs.length} differences`).toEqual([]);
      },
      // The reference is plain decimal.js: a model of over 100 parties takes it tens of seconds.
      model.parties.length >= 100 ? 180_000 : 30_000,
    );
  }

  for (const [name, model] of failingModels) {
    it(`${name}: both refuse to evaluate`, () => {
      expect(() => referenceDocument(model)).toThrow(/all weights 0/);
      let error: unknown = null;
      try {
        evaluateModel(model);
      } catch (e) {
        error = e;
      }
      expect(isModelError(error)).toBe(true);
    });
  }
});

describe('the reference itself (hand-computed)', () => {
  it('splits cents by largest remainder, ties in member order, negatives mirrored', () => {
    const third = [dec(1), dec(1), dec(1)];
    // 0.01 = 1 cent: floors 0,0,0; one cent left; equal remainders → first member.
    expect(splitLargestRemainder(dec('0.01'), third).map(money)).toEqual(['0.01', '0.00', '0.00']);
    // 100 cents / 3 = 33 r 1 each; one cent left → first member: 34, 33, 33.
    expect(splitLargestRemainder(dec(1), third).map(money)).toEqual(['0.34', '0.33', '0.33']);
    expect(splitLargestRemainder(dec(-1), third).map(money)).toEqual(['-0.34', '-0.33', '-0.33']);
    // 10 cents over 0.1 : 0.2 : 0.3 → exact 1.666…, 3.333…, 5 → floors 1, 3, 5; one left → largest remainder (0.666…).
    expect(splitLargestRemainder(dec('0.10'), [dec('0.1'), dec('0.2'), dec('0.3')]).map(money)).toEqual([
      '0.02',
      '0.03',
      '0.05',
    ]);
  });

  it('makes linear and annuity capital charges to the cent', () => {
    // Linear, A = 1000, n = 3, r = 5 %: depreciation 333.33, 333.33, last 333.34;
    // interest 5 % of 1000, 666.67, 333.34 → 50.00, 33.33 (33.3335), 16.67 (16.667).
    const linear = capitalSchedule(dec(1000), 3, dec('0.05'), 'linear', 2020);
    expect(linear.map((c) => [c.year, money(c.depreciation), money(c.interest)])).toEqual([
      [2020, '333.33', '50.00'],
      [2021, '333.33', '33.33'],
      [2022, '333.34', '16.67'],
    ]);
    // Annuity, A = 1000, n = 2, r = 10 %: charge 1000·0.1/(1 − 1.1^−2) = 576.190476… → 576.19;
    // year 1 interest 100.00, depreciation 476.19; year 2 interest 52.38 (52.381), depreciation the rest 523.81.
    const annuity = capitalSchedule(dec(1000), 2, dec('0.1'), 'annuity', 2020);
    expect(annuity.map((c) => [money(c.depreciation), money(c.interest)])).toEqual([
      ['476.19', '100.00'],
      ['523.81', '52.38'],
    ]);
    // A = 0.03 over 5 years: 0.01 a year would leave nothing for years 4 and 5, never less than 0.
    expect(capitalSchedule(dec('0.03'), 5, dec(0), 'linear', 2020).map((c) => money(c.depreciation))).toEqual([
      '0.01',
      '0.01',
      '0.01',
      '0.00',
      '0.00',
    ]);
  });
});
