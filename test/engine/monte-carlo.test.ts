/**
 * Monte Carlo (issue 7): reproducible from a seed, independent of how the samples are split,
 * distributions with the right means, and the fast kernel within €1 of the exact engine.
 */
import { describe, expect, it } from 'vitest';
import {
  expectedValue,
  mergeMonteCarlo,
  numericDistribution,
  readInput,
  runMonteCarlo,
  summarizeMonteCarlo,
} from '../../src/engine';
import {
  draw,
  percentile,
  prepareInputs,
  sampleModel,
  sampleStream,
  type NumericDistribution,
} from '../../src/engine/sampling';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { rangedFixtures, withRanges } from '../support/uncertain-models';

const example = withRanges(haarlemHaarlemmermeer);

describe('Monte Carlo runs', { timeout: 30_000 }, () => {
  it('the example has ranges to sample (the tests below would prove nothing otherwise)', () => {
    expect(prepareInputs(example).length).toBeGreaterThanOrEqual(3);
  });

  it('gives the same numbers for the same seed, and other numbers for another seed', () => {
    const a = runMonteCarlo(example, { samples: 80, seed: 7 });
    const b = runMonteCarlo(example, { samples: 80, seed: 7 });
    const c = runMonteCarlo(example, { samples: 80, seed: 8 });
    expect(b).toEqual(a);
    expect(summarizeMonteCarlo(b)).toEqual(summarizeMonteCarlo(a));
    expect(c.npv).not.toEqual(a.npv);
  });

  it('split over two "workers" and merged equals one run (in any order of the parts)', () => {
    const whole = runMonteCarlo(example, { samples: 130, seed: 11 });
    const first = runMonteCarlo(example, { samples: 130, seed: 11, from: 0, to: 57 });
    const second = runMonteCarlo(example, { samples: 130, seed: 11, from: 57, to: 130 });
    const merged = mergeMonteCarlo([second, first]);
    expect(merged.samples).toBe(130);
    expect(merged.totals).toEqual(whole.totals);
    expect(merged.npv).toEqual(whole.npv);
    expect(merged.breakEvenIndex).toEqual(whole.breakEvenIndex);
    expect(summarizeMonteCarlo(merged)).toEqual(summarizeMonteCarlo({ ...whole, from: 0 }));
  });

  it('varies the outcome (the ranges reach the engine)', () => {
    const raw = runMonteCarlo(example, { samples: 60, seed: 3 });
    const last = raw.npv[raw.npv.length - 1] as Float64Array;
    expect(new Set(last).size).toBeGreaterThan(50);
  });

  it('writes each draw into the model within the input’s valid range', () => {
    const inputs = prepareInputs(example);
    for (let i = 0; i < 200; i += 1) {
      const m = sampleModel(example, inputs, 5, i);
      for (const p of inputs) {
        const v = Number(readInput(m, p.input.path));
        if (p.bounds.min !== null) expect(v).toBeGreaterThanOrEqual(Number(p.bounds.min));
        if (p.bounds.max !== null) expect(v).toBeLessThanOrEqual(Number(p.bounds.max));
      }
    }
  });

  it('summarises: break-even chance never falls over the years; P50 is the nearest-rank median of the samples', () => {
    const raw = runMonteCarlo(example, { samples: 120, seed: 9 });
    const summary = summarizeMonteCarlo(raw);
    summary.scenarios.forEach((s, j) => {
      const chances = s.breakEvenByYear.map((b) => b.probability);
      chances.forEach((p, i) => {
        if (i > 0) expect(p).toBeGreaterThanOrEqual(chances[i - 1] as number);
      });
      const broke = Array.from(raw.breakEvenIndex[j] as Int32Array).filter((k) => k >= 0).length;
      expect(chances[chances.length - 1]).toBeCloseTo(broke / raw.samples, 12);
      const sorted = Float64Array.from(raw.npv[j] as Float64Array).sort();
      expect(Number(s.npv.p50)).toBeCloseTo(percentile(sorted, 0.5) / 100, 2);
      expect(Number(s.npv.p10)).toBeLessThanOrEqual(Number(s.npv.p50));
      expect(Number(s.npv.p50)).toBeLessThanOrEqual(Number(s.npv.p90));
      expect(s.npv.histogram.reduce((n, b) => n + b.count, 0)).toBe(raw.samples);
      s.bands.forEach((b) => expect(Number(b.p10)).toBeLessThanOrEqual(Number(b.p90)));
    });
  });
});

describe('distributions', { timeout: 30_000 }, () => {
  const mean = (d: NumericDistribution, n: number, seed: number) => {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += draw(d, sampleStream(seed, i));
    return sum / n;
  };
  const bounds = { min: -Infinity, max: Infinity };

  it.each([
    [10, 12, 20],
    [0.2, 0.35, 0.4],
    [1_000_000, 1_000_000, 2_500_000],
    [-5, 0, 1],
  ])('a triangular range (%d, %d, %d) has a sample mean within 1 % of (low + mode + high) / 3', (low, mode, high) => {
    const d = numericDistribution({ kind: 'triangular', low, mode, high }, mode, bounds);
    const expected = (low + mode + high) / 3;
    expect(expectedValue(d)).toBeCloseTo(expected, 10);
    const m = mean(d, 40_000, 7);
    expect(Math.abs(m - expected)).toBeLessThanOrEqual(Math.abs(expected) * 0.01);
  });

  it('PERT, uniform and normal have sample means within 1 % of their expected values', () => {
    const cases = [
      numericDistribution({ kind: 'pert', low: 80, high: 150 }, 100, bounds),
      numericDistribution({ kind: 'uniform', low: 40, high: 60 }, 50, bounds),
      numericDistribution({ kind: 'normal', sd: 5 }, 100, bounds),
    ];
    for (const d of cases) expect(Math.abs(mean(d, 40_000, 3) / expectedValue(d) - 1)).toBeLessThanOrEqual(0.01);
  });

  it('a range without a mode takes the file’s value as its mode', () => {
    const d = numericDistribution({ kind: 'triangular', low: 1, high: 9 }, 2, bounds);
    expect(d).toMatchObject({ mode: 2 });
  });

  it('a file value an edit moved outside a range without a mode (mean) is taken at the nearest end', () => {
    expect(numericDistribution({ kind: 'triangular', low: 1, high: 9 }, 12, bounds)).toMatchObject({ mode: 9 });
    expect(numericDistribution({ kind: 'pert', low: 1, high: 9 }, -3, bounds)).toMatchObject({ mode: 1 });
    expect(numericDistribution({ kind: 'normal', sd: 1, low: 1, high: 9 }, 20, bounds)).toMatchObject({ mean: 9 });
    const d = numericDistribution({ kind: 'triangular', low: 1, high: 9 }, 12, bounds);
    const rng = sampleStream(5, 0);
    for (let i = 0; i < 2000; i += 1) {
      const x = draw(d, rng);
      expect(x).toBeGreaterThanOrEqual(1);
      expect(x).toBeLessThanOrEqual(9);
    }
  });

  it('a normal is truncated at the input’s valid range', () => {
    const d = numericDistribution({ kind: 'normal', mean: 0.05, sd: 0.5 }, 0.05, { min: 0, max: 1 });
    for (let i = 0; i < 2000; i += 1) {
      const x = draw(d, sampleStream(1, i));
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
  });
});

describe('the fast path', { timeout: 30_000 }, () => {
  it.each(rangedFixtures())(
    'agrees with the exact engine within €1 per yearly total on sampled models: %s',
    (_name, model) => {
      const fast = runMonteCarlo(model, { samples: 12, seed: 21 });
      const exact = runMonteCarlo(model, { samples: 12, seed: 21, isExact: true });
      expect(fast.scenarioIds).toEqual(exact.scenarioIds);
      exact.totals.forEach((totals, j) => {
        const f = fast.totals[j] as Float64Array;
        expect(f.length).toBe(totals.length);
        totals.forEach((cents, i) => expect(Math.abs((f[i] as number) - cents)).toBeLessThanOrEqual(100));
      });
    },
  );
});
