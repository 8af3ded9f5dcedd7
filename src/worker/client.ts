/**
 * A typed client over one engine worker: `call('sensitivity', params)` returns the method's
 * result. The engine runs synchronously inside the worker, so a running call cannot read a
 * cancel message; `terminate()` stops the worker at once and rejects what is pending with a
 * cancellation (a new worker starts in tens of milliseconds).
 */
import type { EnginePort } from './create-worker';
import type { MethodName, ParamsOf, ResultOf, WorkerResponse } from './protocol';

export type CallOptions = { onProgress?: (done: number, total: number) => void };

export type EngineClient = {
  call: <M extends MethodName>(method: M, params: ParamsOf<M>, options?: CallOptions) => Promise<ResultOf<M>>;
  terminate: () => void;
  isAlive: () => boolean;
};

const CANCELLED = 'CancelledError';

export function cancelledError(): Error {
  const e = new Error('cancelled');
  e.name = CANCELLED;
  return e;
}

export function isCancelled(e: unknown): boolean {
  return e instanceof Error && e.name === CANCELLED;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: CallOptions['onProgress'] };

export function createEngineClient(port: EnginePort): EngineClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let isAlive = true;
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const onResponse = (r: WorkerResponse) => {
    const p = pending.get(r.id);
    if (!p) return;
    if (r.type === 'progress') {
      p.onProgress?.(r.done, r.total);
      return;
    }
    pending.delete(r.id);
    if (r.type === 'result') p.resolve(r.result);
    else p.reject(new Error(r.message));
  };
  port.listen(onResponse, (message) => {
    // A worker that failed outside a request (e.g. could not load) is of no further use.
    isAlive = false;
    port.terminate();
    failAll(new Error(message));
  });
  return {
    call: (method, params, options = {}) => {
      if (!isAlive) return Promise.reject(cancelledError());
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: options.onProgress });
        // The request union pairs each method with its params; a generic M cannot be narrowed to one member.
        port.post({ id, method, params } as Parameters<EnginePort['post']>[0]);
      });
    },
    terminate: () => {
      if (!isAlive) return;
      isAlive = false;
      port.terminate();
      failAll(cancelledError());
    },
    isAlive: () => isAlive,
  };
}
