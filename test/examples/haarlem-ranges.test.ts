/**
 * The example's uncertainty ranges and workshop controls (issue 7): they live beside the
 * version-1 example file (`src/examples/haarlem-haarlemmermeer.uncertainty.json`, issue 3 keeps
 * that file v1) and are merged into the version-2 model the app opens. Checked here: the merged
 * model is valid and loads, takes nothing away from the v1 file and changes no figure, every
 * range and control sits on a number of the model around its value, and the ranges carry real
 * uncertainty (the chance that 3.0 breaks even by its published year is neither 0 nor 1).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  evaluateModel,
  inputBounds,
  loadModel,
  readInput,
  runMonteCarlo,
  summarizeMonteCarlo,
  type ModelFile,
} from '../../src/engine';
import { serializeModel, validateModel } from '../../src/engine/file';
import { writeInput } from '../../src/engine/model';
import {
  builtInExamples,
  haarlemHaarlemmermeer as v1,
  haarlemHaarlemmermeerWithRanges as ranged,
} from '../../src/examples';

const OVERLAY = 'src/examples/haarlem-haarlemmermeer.uncertainty.json';
const overlay = JSON.parse(readFileSync(OVERLAY, 'utf8')) as Record<string, unknown>;
const inputs = ranged.uncertainty?.inputs ?? [];
const controls = ranged.workshop?.controls ?? [];
const valueAt = (path: string): number => {
  const v = readInput(ranged, path);
  if (v === null) throw new Error(`no number at ${path}`);
  return Number(v);
};

describe('the overlay file', () => {
  it('holds only the two version-2 sections, with the default run of 10,000 samples and seed 7', () => {
    expect(Object.keys(overlay).sort()).toEqual(['uncertainty', 'workshop']);
    expect(ranged.uncertainty?.samples).toBe(10_000);
    expect(ranged.uncertainty?.seed).toBe(7);
    expect(inputs.length).toBeGreaterThanOrEqual(10);
    expect(controls.length).toBeGreaterThanOrEqual(4);
    expect(controls.length).toBeLessThanOrEqual(6);
  });
});

describe('the example with ranges', () => {
  it('is a valid version-2 model that loads through the one loading path', () => {
    expect(ranged.version).toBe(2);
    expect(validateModel(ranged)).toEqual([]);
    const loaded = loadModel(serializeModel(ranged));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.model).toEqual(ranged);
  });

  it('is the v1 file plus the two sections: without them and with version 1 it is exactly the v1 file', () => {
    const { uncertainty, workshop, ...rest } = ranged;
    expect(uncertainty).toBeDefined();
    expect(workshop).toBeDefined();
    expect({ ...rest, version: 1 }).toEqual(v1);
    expect(v1.version).toBe(1);
    expect(v1.uncertainty).toBeUndefined();
    expect(v1.workshop).toBeUndefined();
    // The v1 file on disk is untouched by the merge.
    expect(JSON.parse(readFileSync('src/examples/haarlem-haarlemmermeer.json', 'utf8'))).toEqual(v1);
  });

  it('is what the app opens: the first built-in example', () => {
    expect(builtInExamples[0]?.model).toBe(ranged);
  });

  it('gives exactly the figures of the v1 file (ranges change no figure)', () => {
    expect(evaluateModel(ranged)).toEqual(evaluateModel(v1));
  });
});

describe('every range', () => {
  it.each(inputs.map((i) => [i.id, i] as const))(
    '%s reads a number of the model within its low/high and its valid range',
    (_id, input) => {
      const value = valueAt(input.path);
      const d = input.distribution;
      expect(d.kind === 'triangular' || d.kind === 'pert').toBe(true);
      if (d.kind !== 'triangular' && d.kind !== 'pert') return;
      const [low, high] = [Number(d.low), Number(d.high)];
      expect(low).toBeLessThanOrEqual(value);
      expect(value).toBeLessThanOrEqual(high);
      expect(low).toBeLessThan(high);
      // The mode is the model's value (left out so it follows a recalibrated file).
      expect(d.mode).toBeUndefined();
      const b = inputBounds(input.path);
      if (b.min !== null) expect(low).toBeGreaterThanOrEqual(Number(b.min));
      if (b.max !== null) expect(high).toBeLessThanOrEqual(Number(b.max));
      expect(input.label?.length ?? 0).toBeGreaterThan(0);
      expect(input.label?.length ?? 0).toBeLessThanOrEqual(40);
    },
  );

  it('sits on a different input, and indexation is left to the tornado’s ±20 %', () => {
    const paths = inputs.map((i) => i.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).not.toContain('assumptions.indexation.default');
  });
});

describe('every workshop control', () => {
  it.each(controls.map((c) => [c.id, c] as const))(
    '%s reads a number of the model within its min/max, on its grid, in 20–150 steps',
    (_id, c) => {
      const value = valueAt(c.path);
      const [min, max, step] = [Number(c.min), Number(c.max), Number(c.step)];
      expect(min).toBeLessThanOrEqual(value);
      expect(value).toBeLessThanOrEqual(max);
      const b = inputBounds(c.path);
      if (b.min !== null) expect(min).toBeGreaterThanOrEqual(Number(b.min));
      if (b.max !== null) expect(max).toBeLessThanOrEqual(Number(b.max));
      // The slider starts at the model's value (it lies on min + k·step) and its ends are steps away.
      const onGrid = (x: number) => Math.abs((x - min) / step - Math.round((x - min) / step)) < 1e-9;
      expect(onGrid(value)).toBe(true);
      expect(onGrid(max)).toBe(true);
      const steps = Math.round((max - min) / step);
      expect(steps).toBeGreaterThanOrEqual(20);
      expect(steps).toBeLessThanOrEqual(150);
      expect(c.label?.length ?? 0).toBeGreaterThan(0);
    },
  );

  it('stays within the range of its input, so every position keeps the model valid', () => {
    // A range without a mode takes the model's value as its mode, which must lie within low/high:
    // a control that moved the value outside the range would make the what-if model invalid.
    for (const c of controls) {
      const range = inputs.find((i) => i.path === c.path);
      expect(range, c.id).toBeDefined();
      const d = range?.distribution;
      if (d?.kind !== 'triangular' && d?.kind !== 'pert') continue;
      expect(Number(c.min)).toBeGreaterThanOrEqual(Number(d.low));
      expect(Number(c.max)).toBeLessThanOrEqual(Number(d.high));
      for (const value of [c.min, c.max])
        expect(validateModel(writeInput(ranged, c.path, String(value))), `${c.id} at ${value}`).toEqual([]);
    }
  });
});

describe('a Monte Carlo run of the example', { timeout: 60_000 }, () => {
  const run = (m: ModelFile) => summarizeMonteCarlo(runMonteCarlo(m, { samples: 300, seed: 7 }));
  const summary = run(ranged);
  const s3 = summary.scenarios.find((s) => s.id === 's3');
  const s2 = summary.scenarios.find((s) => s.id === 's2');
  const chance = (s: typeof s3, year: number) => s?.breakEvenByYear.find((b) => b.year === year)?.probability ?? NaN;
  const breakEven = (id: string) => evaluateModel(ranged).scenarios.find((s) => s.id === id)?.breakEven?.year;

  it('gives Samenwerking 3.0 a chance of breaking even by 2018 strictly between 0 and 1', () => {
    // 2018 is the year the report and the point estimate give (test/examples/haarlem.test.ts pins it).
    expect(breakEven('s3')).toBe(2018);
    const p = chance(s3, 2018);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });

  it('spreads the outcomes: NPV percentiles differ and the chance grows with the years', () => {
    for (const s of [s2, s3]) {
      expect(s).toBeDefined();
      expect(Number(s?.npv.p10)).toBeLessThan(Number(s?.npv.p90));
      const ps = s?.breakEvenByYear.map((b) => b.probability) ?? [];
      for (let i = 1; i < ps.length; i += 1) expect(ps[i]).toBeGreaterThanOrEqual(ps[i - 1] as number);
    }
    // Later years are likelier: by the end of the extrapolation 3.0 breaks even more often than by 2018.
    const last = ranged.horizon.extrapolateTo ?? ranged.horizon.endYear;
    expect(chance(s3, last)).toBeGreaterThan(chance(s3, 2018));
  });

  it('samples inputs that matter: each range’s low and high give different figures', () => {
    const figures = (path: string, value: string) =>
      evaluateModel(writeInput(ranged, path, value)).scenarios.map((s) => s.years.map((y) => y.total));
    for (const input of inputs) {
      const d = input.distribution;
      if (d.kind !== 'triangular' && d.kind !== 'pert') continue;
      expect(figures(input.path, String(d.low)), input.id).not.toEqual(figures(input.path, String(d.high)));
    }
  });
});
