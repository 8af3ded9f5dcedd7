/**
 * The generated models `npm run bench` measures (issue 2): a small one, a large one (12
 * municipalities + a shared centre, 20 years, 5 scenarios, a few hundred lines) and the large
 * one with 4× the lines. The large model is also kept as a file, for
 * `npm run calc -- test/fixtures/bench/large.json --time`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ModelFile } from '../../src/engine';
import { generateModel, type GeneratorOptions } from '../support/model-generator';

const LARGE: GeneratorOptions = {
  municipalities: 12,
  sharedParties: 1,
  years: 20,
  scenarios: 5,
  linesPerMunicipality: 25,
};

/** Issue 19: every municipality renews every asset category every year (8 × 12 recurring lines). */
const RENEWAL: GeneratorOptions = { ...LARGE, renewsEveryCategory: true };

/** Issue 19: all 342 municipalities and 4 shared parties (regional centres), 30 years, 5 scenarios. */
const NATIONAL: GeneratorOptions = {
  municipalities: 342,
  sharedParties: 4,
  years: 30,
  scenarios: 5,
  linesPerMunicipality: 10,
};

export type BenchModelName = 'small' | 'large' | 'large4' | 'renewal' | 'national' | 'nationalQuarter';

export const BENCH_MODELS: Record<BenchModelName, { seed: number; options: GeneratorOptions }> = {
  small: {
    seed: 11,
    options: { municipalities: 3, sharedParties: 1, years: 8, scenarios: 3, linesPerMunicipality: 8 },
  },
  large: { seed: 12, options: LARGE },
  large4: { seed: 12, options: { ...LARGE, linesPerMunicipality: 100 } },
  renewal: { seed: 12, options: RENEWAL },
  national: { seed: 19, options: NATIONAL },
  /** A quarter of the national model's parties (86 municipalities and the same 4 shared parties). */
  nationalQuarter: { seed: 19, options: { ...NATIONAL, municipalities: 86 } },
};

export const LARGE_MODEL_FILE = 'test/fixtures/bench/large.json';
/** The national model as a file for `npm run calc -- … --time`; generated, not committed (≈ 2 MB). */
export const NATIONAL_MODEL_FILE = 'bench-results/national.json';

export function benchModel(name: BenchModelName): ModelFile {
  const { seed, options } = BENCH_MODELS[name];
  return generateModel(seed, options);
}

/** Writes a bench model to `file` unless it is there already; returns whether it wrote. */
function writeModel(name: BenchModelName, file: string): boolean {
  const text = `${JSON.stringify(benchModel(name), null, 2)}\n`;
  let current: string | null = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = null;
  }
  if (current === text) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}

/** Writes the large model to LARGE_MODEL_FILE unless it is there already; returns whether it wrote. */
export const writeLargeModel = (): boolean => writeModel('large', LARGE_MODEL_FILE);

/** Writes the national model to NATIONAL_MODEL_FILE unless it is there already. */
export const writeNationalModel = (): boolean => writeModel('national', NATIONAL_MODEL_FILE);
