/**
 * What the engine worker does for each method: plain functions over the engine, free of any
 * worker API, so tests can run them in-process (test/support) exactly as the worker does.
 */
import { mergeMonteCarlo, runMonteCarlo, runSensitivity, summarizeMonteCarlo } from '../engine';
import { fromPart, toPart, type MethodName, type ParamsOf, type ResultOf, type WorkerRequest, type WorkerResponse } from './protocol';

type Context = { progress: (done: number, total: number) => void };
type Handlers = { [M in MethodName]: (params: ParamsOf<M>, ctx: Context) => ResultOf<M> };

export const handlers: Handlers = {
  monteCarloPart: (p, ctx) => toPart(runMonteCarlo(p.model, {
    samples: p.samples, seed: p.seed, from: p.from, to: p.to, onProgress: ctx.progress,
  })),
  summarizeMonteCarlo: (p) => summarizeMonteCarlo(mergeMonteCarlo(p.parts.map(fromPart))),
  sensitivity: (p) => runSensitivity(p.model, p.scenarioId, p.metric),
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
