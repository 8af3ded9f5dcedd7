/**
 * The engine worker's protocol: a typed method map and the plain messages that carry it. Every
 * message is plain data that `postMessage` copies as is (objects, arrays, strings, numbers, and
 * the typed arrays of raw Monte Carlo figures): no class instances or functions. Money in
 * results is a decimal string; the raw Monte Carlo figures a worker sends back for merging are
 * whole cents (safe integers) in typed arrays — copied as memory, where plain arrays of 100,000s
 * of numbers took a tenth of a second to convert and copy — never float euros.
 */
import type {
  ExitQuestion,
  ExitResult,
  Money,
  LoadResult,
  ModelFile,
  MonteCarloRaw,
  MonteCarloSummary,
  SensitivityMetric,
  SensitivityResult,
  SweepRow,
} from '../engine';
import type { DerivedAnswer, DerivedRequest } from './derived';
import type { EvaluationHead, ScenarioPart } from './evaluate';

/**
 * A range of a Monte Carlo run: the samples [from, to) of the same (model, seed). Calls with the
 * same `runId` are ranges of one run: the worker plans the samples once for all of them.
 */
export type MonteCarloPartParams = {
  model: ModelFile;
  samples: number;
  seed: number;
  from: number;
  to: number;
  runId?: string;
};

/** The raw figures of a range (`MonteCarloRaw`: whole cents, years as indices). */
export type MonteCarloPart = MonteCarloRaw;

/** A settlement method's answer for the chosen year (`compareExitMethods`): plain data, money as decimal strings. */
export type ExitMethodRow = { method: ExitResult['method']; exit: ExitResult; leaverNet: Money };

export type WorkerMethods = {
  /** Runs a sample range with the fast kernel; reports progress. */
  monteCarloPart: { params: MonteCarloPartParams; result: MonteCarloPart };
  /** Merges parts (`mergeMonteCarlo`, any order) and summarises them for the screen. */
  summarizeMonteCarlo: { params: { parts: MonteCarloPart[] }; result: MonteCarloSummary };
  /** The tornado of one scenario and metric (exact engine). */
  sensitivity: {
    params: { model: ModelFile; scenarioId: string; metric: SensitivityMetric };
    result: SensitivityResult;
  };
  /** The exit-year sweep of an exit question (model-v3 §10.4, issue 15); reports progress per year computed. */
  exitSweep: { params: { model: ModelFile; question: ExitQuestion }; result: SweepRow[] };
  /** The settlement methods side by side for the question's year. */
  exitMethods: {
    params: { model: ModelFile; question: ExitQuestion; fixedAmount: Money };
    result: ExitMethodRow[];
  };
  /** The results of a heavy model as the screens take them: validated, then evaluated (evaluate.ts). */
  evaluate: { params: { model: ModelFile }; result: EvaluationHead };
  /** The scenario results of the last evaluation, in parts (evaluate.ts). */
  evaluationPart: { params: { from: number }; result: ScenarioPart };
  /** A results screen's derived figure of a heavy model (derived.ts). */
  derived: { params: DerivedRequest; result: DerivedAnswer };
  /** A model file's verdict, evaluation included (admit.ts). */
  admit: { params: { bytes: Uint8Array }; result: LoadResult };
};

export type MethodName = keyof WorkerMethods;
export type ParamsOf<M extends MethodName> = WorkerMethods[M]['params'];
export type ResultOf<M extends MethodName> = WorkerMethods[M]['result'];

export type WorkerRequest = { [M in MethodName]: { id: number; method: M; params: ParamsOf<M> } }[MethodName];

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string };
