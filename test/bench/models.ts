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
  /**
   * A quarter of the national model's parties (86 municipalities and the same 4 shared
   * parties): made from the national model itself (`quarterOf`), so its scenarios make the
   * same changes. (Generated on its own from the same seed, its scenarios came out different —
   * none scaled every line, as the national model's fourth does — and the 4× ratio compared
   * two different cases.)
   */
  nationalQuarter: { seed: 19, options: NATIONAL },
};

/**
 * The model with only the municipalities `m1` … `m<count>` and the shared parties: lines,
 * staff and changes that name another municipality (as party, owner, target or in a line id
 * such as "m103-l5") are left out, and allocation keys keep only the kept members and shares.
 */
export function quarterOf(model: ModelFile, count: number): ModelFile {
  const isKept = (id: string) => {
    const m = /^m(\d+)$/.exec(id);
    return m === null || Number(m[1]) <= count;
  };
  const named = (x: unknown): string[] => {
    const out: string[] = [];
    const walk = (v: unknown, key: string) => {
      if (typeof v === 'string') {
        if (key === 'party' || key === 'to' || key === 'owner') out.push(v);
        const line = /^(m\d+)-/.exec(v);
        if (line !== null) out.push(line[1] as string);
      } else if (v !== null && typeof v === 'object') for (const [k, w] of Object.entries(v)) walk(w, k);
    };
    walk(x, '');
    return out;
  };
  const keys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(keys);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => {
        if (k === 'members' && Array.isArray(x)) return [k, (x as string[]).filter(isKept)];
        if (k === 'shares' && x !== null && typeof x === 'object')
          return [k, Object.fromEntries(Object.entries(x).filter(([m]) => isKept(m)))];
        return [k, keys(x)];
      }),
    );
  };
  const out = keys(structuredClone(model)) as ModelFile;
  const onlyKept = <T>(xs: T[] | undefined) => xs?.filter((x) => named(x).every(isKept));
  out.parties = out.parties.filter((p) => isKept(p.id));
  for (const s of out.scenarios) {
    if (s.lines) s.lines = onlyKept(s.lines);
    if (s.staff) s.staff = onlyKept(s.staff);
    if (s.changes) s.changes = onlyKept(s.changes);
  }
  return out;
}

export const LARGE_MODEL_FILE = 'test/fixtures/bench/large.json';
/** The national model as a file for `npm run calc -- … --time`; generated, not committed (≈ 2 MB). */
export const NATIONAL_MODEL_FILE = 'bench-results/national.json';

export function benchModel(name: BenchModelName): ModelFile {
  const { seed, options } = BENCH_MODELS[name];
  const model = generateModel(seed, options);
  return name === 'nationalQuarter' ? quarterOf(model, 86) : model;
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
