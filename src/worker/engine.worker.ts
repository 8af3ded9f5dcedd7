/**
 * The engine in a Web Worker. Requests arrive one at a time and run to completion (the engine
 * is synchronous); cancelling a run terminates the worker (see client.ts).
 */
import { handleRequest } from './handlers';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (m: WorkerResponse) => void;
};

scope.onmessage = (e) => handleRequest(e.data, (response) => scope.postMessage(response));
