/**
 * An engine "worker" in the test's own thread: requests and responses are copied by
 * `structuredClone`, as `postMessage` copies them (the protocol promises plain data), and run on
 * a later task, like a real worker's.
 */
import type { EnginePort } from '../../src/worker/create-worker';
import { handleRequest } from '../../src/worker/handlers';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol';

export type InProcessPort = EnginePort & { requests: WorkerRequest[]; isTerminated: () => boolean };

const copied = <T>(x: T): T => structuredClone(x);

export function createInProcessPort(): InProcessPort {
  let onResponse: ((r: WorkerResponse) => void) | null = null;
  let isTerminated = false;
  const requests: WorkerRequest[] = [];
  return {
    requests,
    post: (request) => {
      const copy = copied(request);
      requests.push(copy);
      setTimeout(() => {
        if (isTerminated) return;
        handleRequest(copy, (response) => {
          if (!isTerminated) onResponse?.(copied(response));
        });
      }, 0);
    },
    listen: (fn) => {
      onResponse = fn;
    },
    terminate: () => {
      isTerminated = true;
    },
    isTerminated: () => isTerminated,
  };
}
