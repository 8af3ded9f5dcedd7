/**
 * The Monte Carlo summary finds its yearly P10/P50/P90 by selection and the histogram's counts by
 * binary search (session 8, for speed): the same figures as sorting every column and counting
 * every value, checked here against that direct computation on columns with ties, negative
 * amounts, zeros and few samples.
 */
import { describe, expect, it } from 'vitest';
import { centsToMoney } from '../../src/engine/numeric';
import { mulberry32, percentile, summarizeMonteCarlo, type MonteCarloRaw } from '../../src/engine/sampling';

/** A raw run of `n` samples over `years` years and two scenarios, with values from `value`. */
function rawOf(n: number, years: number, value: (rng: () => number) => number, seed: number): MonteCarloRaw {
  const rng = mulberry32(seed);
  const column = (size: number) => Float64Array.from({ length: size }, () => value(rng));
  return {
    seed,
    samples: n,
    from: 0,
    years: Array.from({ length: years }, (_, i) => 2020 + i),
    nHorizon: years - 1,
    baselineId: 'a',
    scenarioIds: ['a', 'b'],
    totals: [column(n * years), column(n * years)],
    breakEvenIndex: [Int32Array.from({ length: n }, () => -1), Int32Array.from({ length: n }, (_, k) => k % years)],
    npv: [column(n), column(n)],
    cumulativeAtEnd: [column(n), column(n)],
  };
}

/** What sorting gives: the deciles of a sorted copy, and every value counted into its bin. */
function direct(values: Float64Array, bins = 20) {
  const sorted = values.slice().sort();
  const [min, max] = [sorted[0] ?? 0, sorted[sorted.length - 1] ?? 0];
  const width = Math.max(1, Math.ceil((max - min + 1) / bins));
  const counts = new Array<number>(bins).fill(0);
  for (const v of sorted) {
    const bin = Math.min(bins - 1, Math.floor((v - min) / width));
    counts[bin] = (counts[bin] as number) + 1;
  }
  const money = (p: number) => centsToMoney(percentile(sorted, p));
  return { p10: money(0.1), p50: money(0.5), p90: money(0.9), counts };
}

const shapes: [string, (rng: () => number) => number][] = [
  ['spread amounts', (rng) => Math.round((rng() - 0.3) * 1e9)],
  ['many ties', (rng) => Math.floor(rng() * 4) * 250_00],
  ['zeros of both signs', (rng) => (rng() < 0.5 ? -0 : rng() < 0.5 ? 0 : Math.round(rng() * 100) - 50)],
  ['one value', () => 123_45],
];

describe('Monte Carlo summary', () => {
  for (const [name, value] of shapes) {
    for (const n of [1, 2, 7, 10, 1001]) {
      it(`gives the deciles and histogram that sorting gives (${name}, ${n} samples)`, () => {
        const raw = rawOf(n, 5, value, n * 31 + name.length);
        const summary = summarizeMonteCarlo(raw);
        summary.scenarios.forEach((s, j) => {
          s.bands.forEach((band, i) => {
            const totals = raw.totals[j] as Float64Array;
            const column = Float64Array.from({ length: n }, (_, k) => totals[k * 5 + i] as number);
            const d = direct(column);
            expect([band.p10, band.p50, band.p90]).toEqual([d.p10, d.p50, d.p90]);
          });
          for (const [spread, values] of [
            [s.npv, raw.npv[j]],
            [s.cumulativeSavings, raw.cumulativeAtEnd[j]],
          ] as const) {
            const d = direct(values as Float64Array);
            expect([spread.p10, spread.p50, spread.p90]).toEqual([d.p10, d.p50, d.p90]);
            expect(spread.histogram.map((b) => b.count)).toEqual(d.counts);
          }
        });
      });
    }
  }

  it('counts each break-even year once per sample', () => {
    const summary = summarizeMonteCarlo(rawOf(10, 5, () => 0, 1));
    const [a, b] = summary.scenarios;
    expect(a?.breakEvenByYear.map((y) => y.probability)).toEqual([0, 0, 0, 0, 0]);
    expect(b?.breakEvenByYear.map((y) => y.probability)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
  });
});
