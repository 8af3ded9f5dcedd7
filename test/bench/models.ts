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

export const BENCH_MODELS: Record<'small' | 'large' | 'large4', { seed: number; options: GeneratorOptions }> = {
  small: {
    seed: 11,
    options: { municipalities: 3, sharedParties: 1, years: 8, scenarios: 3, linesPerMunicipality: 8 },
  },
  large: { seed: 12, options: LARGE },
  large4: { seed: 12, options: { ...LARGE, linesPerMunicipality: 100 } },
};

export const LARGE_MODEL_FILE = 'test/fixtures/bench/large.json';

export function benchModel(name: keyof typeof BENCH_MODELS): ModelFile {
  const { seed, options } = BENCH_MODELS[name];
  return generateModel(seed, options);
}

/** Writes the large model to LARGE_MODEL_FILE unless it is there already; returns whether it wrote. */
export function writeLargeModel(): boolean {
  const text = `${JSON.stringify(benchModel('large'), null, 2)}\n`;
  let current: string | null = null;
  try {
    current = readFileSync(LARGE_MODEL_FILE, 'utf8');
  } catch {
    current = null;
  }
  if (current === text) return false;
  mkdirSync(dirname(LARGE_MODEL_FILE), { recursive: true });
  writeFileSync(LARGE_MODEL_FILE, text);
  return true;
}
