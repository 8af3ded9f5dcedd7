/**
 * The CLI's worker threads take sample ranges from a shared counter (`takeRange`): whole ranges
 * of `chunk` samples at first, smaller ones towards the end so that the threads finish close
 * together; every sample is taken exactly once, whoever takes it.
 */
import { describe, expect, it } from 'vitest';
import { CONTROL_WORDS, takeRange } from '../../src/cli/monte-carlo-job';

function takeAll(samples: number, chunk: number, threads: number): [number, number][] {
  const control = new Int32Array(new SharedArrayBuffer(4 * CONTROL_WORDS));
  const ranges: [number, number][] = [];
  for (let range = takeRange(control, { samples, chunk, threads }); range !== null;) {
    ranges.push(range);
    range = takeRange(control, { samples, chunk, threads });
  }
  return ranges;
}

describe('takeRange', () => {
  for (const [samples, chunk, threads] of [
    [10000, 250, 2],
    [10000, 250, 4],
    [1001, 250, 2],
    [200, 250, 2],
    [7, 250, 3],
  ] as const) {
    it(`covers ${samples} samples once, in order, with ranges of at most ${chunk} (${threads} threads)`, () => {
      const ranges = takeAll(samples, chunk, threads);
      expect(ranges[0]?.[0]).toBe(0);
      expect(ranges[ranges.length - 1]?.[1]).toBe(samples);
      ranges.forEach(([from, to], i) => {
        expect(to).toBeGreaterThan(from);
        expect(to - from).toBeLessThanOrEqual(chunk);
        if (i > 0) expect(from).toBe(ranges[i - 1]?.[1]);
        if (to < samples) expect(to - from).toBeGreaterThanOrEqual(Math.min(25, chunk));
      });
    });
  }

  it('takes whole ranges while much is left and smaller ones at the end', () => {
    const sizes = takeAll(10000, 250, 2).map(([from, to]) => to - from);
    expect(sizes.slice(0, 30).every((s) => s === 250)).toBe(true);
    expect(sizes[sizes.length - 1]).toBeLessThan(50);
    sizes.forEach((s, i) => {
      if (i > 0) expect(s).toBeLessThanOrEqual(sizes[i - 1] as number);
    });
  });
});
