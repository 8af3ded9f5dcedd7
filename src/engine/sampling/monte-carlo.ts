/**
 * Monte Carlo (version 2 `uncertainty`): N samples of the uncertain inputs, each evaluated by
 * a sampling plan of the engine (sample-plan.ts: yearly totals only, re-evaluating just the
 * entries the uncertain inputs reach), reproducible from a seed. A run can be split into sample ranges (workers)
 * and merged: sample i always draws from stream (seed, i).
 */
import { draw } from './distributions';
import { prepareInputs, type PreparedInput } from './inputs';
import { inputWriter, readInput, toInputValue, type ModelFile } from '../model';
import { sampleStream } from './random';
import { createSamplePlan } from './sample-plan';

/** The model of sample `index`: every uncertain input replaced by its draw, in the file's order. */
export function sampleModel(
  model: ModelFile,
  inputs: readonly PreparedInput[],
  seed: number,
  index: number,
): ModelFile {
  return inputWriter(
    model,
    inputs.map((p) => p.input.path),
  )(sampleValues(inputs, seed, index));
}

/** The values of sample `index`, one per input, drawn in the file's order from stream (seed, index). */
export function sampleValues(inputs: readonly PreparedInput[], seed: number, index: number): string[] {
  const rng = sampleStream(seed, index);
  return inputs.map((p) => toInputValue(draw(p.distribution, rng), p.bounds));
}

/** Raw per-sample figures: one row of `years` totals per sample and scenario (cents). */
export type MonteCarloRaw = {
  seed: number;
  samples: number;
  from: number;
  years: number[];
  nHorizon: number;
  baselineId: string;
  scenarioIds: string[];
  /** Per scenario: totals[sample * years.length + yearIndex]. */
  totals: Float64Array[];
  breakEvenIndex: Int32Array[];
  npv: Float64Array[];
  cumulativeAtEnd: Float64Array[];
};

export type MonteCarloOptions = {
  samples: number;
  seed: number;
  /** Sample range [from, to) of this run (default: all). */
  from?: number;
  to?: number;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** Evaluate every sample with the exact kernel (slower; for checking the fast one). */
  isExact?: boolean;
};

export function runMonteCarlo(model: ModelFile, opts: MonteCarloOptions): MonteCarloRaw {
  return monteCarloSampler(model, opts).run(opts.from ?? 0, opts.to ?? opts.samples, opts);
}

/**
 * The samples of one model and seed, planned once: `run(from, to)` evaluates the sample range
 * [from, to) (a worker may run several ranges of a run with one plan).
 */
export function monteCarloSampler(
  model: ModelFile,
  options: { seed: number; isExact?: boolean },
): { run: (from: number, to: number, hooks?: Pick<MonteCarloOptions, 'onProgress' | 'isCancelled'>) => MonteCarloRaw } {
  const inputs = prepareInputs(model);
  // Only the entries the uncertain inputs reach are evaluated per sample, in float64 unless
  // `isExact` (sample-plan.ts; within €1 per yearly total of the exact engine).
  const plan = createSamplePlan(
    model,
    inputs.map((p) => p.input.path),
    { isExact: options.isExact === true },
  );
  const base = plan.outcomes(inputs.map((p) => readInput(model, p.input.path) as string));
  const nYears = base.years.length;
  const ids = base.scenarios.map((s) => s.id);
  const run = (
    from: number,
    to: number,
    hooks: Pick<MonteCarloOptions, 'onProgress' | 'isCancelled'> = {},
  ): MonteCarloRaw => {
    const n = to - from;
    const raw: MonteCarloRaw = {
      seed: options.seed,
      samples: n,
      from,
      years: base.years,
      nHorizon: base.nHorizon,
      baselineId: base.baselineId,
      scenarioIds: ids,
      totals: ids.map(() => new Float64Array(n * nYears)),
      breakEvenIndex: ids.map(() => new Int32Array(n)),
      npv: ids.map(() => new Float64Array(n)),
      cumulativeAtEnd: ids.map(() => new Float64Array(n)),
    };
    for (let k = 0; k < n; k += 1) {
      if (hooks.isCancelled?.()) throw new Error('cancelled');
      const o = plan.outcomes(sampleValues(inputs, options.seed, from + k));
      o.scenarios.forEach((s, j) => {
        (raw.totals[j] as Float64Array).set(s.totals, k * nYears);
        (raw.breakEvenIndex[j] as Int32Array)[k] = s.breakEvenIndex;
        (raw.npv[j] as Float64Array)[k] = s.npvCents;
        (raw.cumulativeAtEnd[j] as Float64Array)[k] = s.cumulativeAtEndCents;
      });
      if (hooks.onProgress && (k % 250 === 249 || k === n - 1)) hooks.onProgress(k + 1, n);
    }
    return raw;
  };
  return { run };
}

/** Joins runs over consecutive sample ranges (in order) into one. */
export function mergeMonteCarlo(parts: readonly MonteCarloRaw[]): MonteCarloRaw {
  const sorted = [...parts].sort((a, b) => a.from - b.from);
  const first = sorted[0];
  if (first === undefined) throw new Error('nothing to merge');
  const join = <T extends Float64Array | Int32Array>(pick: (p: MonteCarloRaw) => T[], make: (n: number) => T) =>
    first.scenarioIds.map((_, j) => {
      const out = make(sorted.reduce((n, p) => n + (pick(p)[j] as T).length, 0));
      let at = 0;
      for (const p of sorted) {
        const a = pick(p)[j] as T;
        out.set(a, at);
        at += a.length;
      }
      return out;
    });
  return {
    ...first,
    samples: sorted.reduce((n, p) => n + p.samples, 0),
    totals: join(
      (p) => p.totals,
      (n) => new Float64Array(n),
    ),
    breakEvenIndex: join(
      (p) => p.breakEvenIndex,
      (n) => new Int32Array(n),
    ),
    npv: join(
      (p) => p.npv,
      (n) => new Float64Array(n),
    ),
    cumulativeAtEnd: join(
      (p) => p.cumulativeAtEnd,
      (n) => new Float64Array(n),
    ),
  };
}
