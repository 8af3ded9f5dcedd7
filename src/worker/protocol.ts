/**
 * The engine worker's protocol: a typed method map and the plain messages that carry it. Every
 * message is plain JSON data (objects, arrays, strings, numbers): no class instances, typed
 * arrays or functions, so it survives any transport and can be logged as is. Money in results
 * is a decimal string; the raw Monte Carlo figures a worker sends back for merging are whole
 * cents (safe integers), never float euros.
 */
import type { ModelFile, MonteCarloRaw, MonteCarloSummary, SensitivityMetric, SensitivityResult } from '../engine';

/** One worker's share of a Monte Carlo run: the samples [from, to) of the same (model, seed). */
export type MonteCarloPartParams = { model: ModelFile; samples: number; seed: number; from: number; to: number };

/** `MonteCarloRaw` with its typed arrays as plain number arrays (cents, years as indices). */
export type MonteCarloPart = Omit<MonteCarloRaw, 'totals' | 'breakEvenIndex' | 'npv' | 'cumulativeAtEnd'> & {
  totals: number[][];
  breakEvenIndex: number[][];
  npv: number[][];
  cumulativeAtEnd: number[][];
};

export type WorkerMethods = {
  /** Runs a sample range with the fast kernel; reports progress. */
  monteCarloPart: { params: MonteCarloPartParams; result: MonteCarloPart };
  /** Merges parts (`mergeMonteCarlo`, any order) and summarises them for the screen. */
  summarizeMonteCarlo: { params: { parts: MonteCarloPart[] }; result: MonteCarloSummary };
  /** The tornado of one scenario and metric (exact engine). */
  sensitivity: { params: { model: ModelFile; scenarioId: string; metric: SensitivityMetric }; result: SensitivityResult };
};

export type MethodName = keyof WorkerMethods;
export type ParamsOf<M extends MethodName> = WorkerMethods[M]['params'];
export type ResultOf<M extends MethodName> = WorkerMethods[M]['result'];

export type WorkerRequest = { [M in MethodName]: { id: number; method: M; params: ParamsOf<M> } }[MethodName];

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string };

export function toPart(raw: MonteCarloRaw): MonteCarloPart {
  const plain = (arrays: (Float64Array | Int32Array)[]) => arrays.map((a) => Array.from(a));
  return {
    ...raw,
    years: [...raw.years],
    scenarioIds: [...raw.scenarioIds],
    totals: plain(raw.totals),
    breakEvenIndex: plain(raw.breakEvenIndex),
    npv: plain(raw.npv),
    cumulativeAtEnd: plain(raw.cumulativeAtEnd),
  };
}

export function fromPart(part: MonteCarloPart): MonteCarloRaw {
  return {
    ...part,
    totals: part.totals.map((a) => Float64Array.from(a)),
    breakEvenIndex: part.breakEvenIndex.map((a) => Int32Array.from(a)),
    npv: part.npv.map((a) => Float64Array.from(a)),
    cumulativeAtEnd: part.cumulativeAtEnd.map((a) => Float64Array.from(a)),
  };
}
