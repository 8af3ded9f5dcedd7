/**
 * An engine "worker" in the test's own thread: requests go through a JSON round trip (the
 * protocol promises plain JSON messages) and run on a later task, like a real worker's.
 */
import type { EnginePort } from '../../src/worker/create-worker';
import { handleRequest } from '../../src/worker/handlers';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol';

export type InProcessPort = EnginePort & { requests: WorkerRequest[]; isTerminated: () => boolean };

const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function createInProcessPort(): InProcessPort {
  let onResponse: ((r: WorkerResponse) => void) | null = null;
  let isTerminated = false;
  const requests: WorkerRequest[] = [];
  return {
    requests,
    post: (request) => {
      const copy = viaJson(request);
      requests.push(copy);
      setTimeout(() => {
        if (isTerminated) return;
        handleRequest(copy, (response) => { if (!isTerminated) onResponse?.(viaJson(response)); });
      }, 0);
    },
    listen: (fn) => { onResponse = fn; },
    terminate: () => { isTerminated = true; },
    isTerminated: () => isTerminated,
  };
}
