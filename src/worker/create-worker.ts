/**
 * The one place the app creates engine workers. Keeping the `new Worker(new URL(…))` literal
 * here lets the bundler find the worker entry (and the single-file build turn it into an
 * inline script); everything else talks to a worker through the `EnginePort` it returns.
 */
import type { WorkerRequest, WorkerResponse } from './protocol';

/** A worker as the client sees it: post a request, hear responses and failures, stop it. */
export type EnginePort = {
  post: (request: WorkerRequest) => void;
  listen: (onResponse: (response: WorkerResponse) => void, onFailure: (message: string) => void) => void;
  terminate: () => void;
};

export function createEngineWorker(): EnginePort {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (request) => worker.postMessage(request),
    listen: (onResponse, onFailure) => {
      worker.onmessage = (e: MessageEvent<WorkerResponse>) => onResponse(e.data);
      worker.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        onFailure(e.message || 'the engine worker failed');
      };
      worker.onmessageerror = () => onFailure('a message from the engine worker could not be read');
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * How many workers a Monte Carlo run is split over: one per core (1–4). The page itself only
 * redraws a progress bar every 250 samples meanwhile, so it needs no core of its own; on the
 * common 2-core office laptop this halves the wait compared with leaving a core idle.
 */
export function monteCarloWorkerCount(cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  return Math.max(1, Math.min(4, cores ?? 2));
}
