/**
 * What the engine worker does for each method: plain functions over the engine, free of any
 * worker API, so tests can run them in-process (test/support) exactly as the worker does.
 */
import {
  compareExitMethods,
  exitSweep,
  mergeMonteCarlo,
  monteCarloSampler,
  runSensitivity,
  summarizeMonteCarlo,
} from '../engine';
import { admitInWorker } from './admit';
import { derivedInWorker } from './derived';
import { evaluateInWorker, scenarioPart } from './evaluate';
import type { MethodName, MonteCarloPartParams, ParamsOf, ResultOf, WorkerRequest, WorkerResponse } from './protocol';

type Context = { progress: (done: number, total: number) => void };
type Handlers = { [M in MethodName]: (params: ParamsOf<M>, ctx: Context) => ResultOf<M> };

/** The sampler of the last run this worker was given a range of: its next ranges reuse the plan. */
let last: { runId: string; sampler: ReturnType<typeof monteCarloSampler> } | null = null;

function samplerFor(p: MonteCarloPartParams): ReturnType<typeof monteCarloSampler> {
  if (p.runId !== undefined && last?.runId === p.runId) return last.sampler;
  const sampler = monteCarloSampler(p.model, { seed: p.seed });
  last = p.runId === undefined ? null : { runId: p.runId, sampler };
  return sampler;
}

export const handlers: Handlers = {
  monteCarloPart: (p, ctx) => samplerFor(p).run(p.from, p.to, { onProgress: ctx.progress }),
  summarizeMonteCarlo: (p) => summarizeMonteCarlo(mergeMonteCarlo(p.parts)),
  sensitivity: (p) => runSensitivity(p.model, p.scenarioId, p.metric),
  exitSweep: (p, ctx) => exitSweep(p.model, p.question, ctx.progress),
  exitMethods: (p) => compareExitMethods(p.model, p.question, p.fixedAmount),
  evaluate: (p) => evaluateInWorker(p.model),
  evaluationPart: (p) => scenarioPart(p.from),
  derived: (p) => derivedInWorker(p),
  admit: (p) => admitInWorker(p.bytes),
};

/** Runs one request and posts its progress and its result or error. */
export function handleRequest(request: WorkerRequest, post: (response: WorkerResponse) => void): void {
  const { id } = request;
  const ctx: Context = { progress: (done, total) => post({ id, type: 'progress', done, total }) };
  try {
    // The union of requests pairs each method with its params; TypeScript cannot follow that pairing through the lookup.
    const run = handlers[request.method] as (params: ParamsOf<MethodName>, c: Context) => ResultOf<MethodName>;
    post({ id, type: 'result', result: run(request.params, ctx) });
  } catch (e) {
    post({ id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
