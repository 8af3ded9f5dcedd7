/**
 * Reads a chosen table file in the import worker (parse.worker.ts) and lets the user cancel:
 * `cancel()` terminates the worker at once. Where the page has no workers (unit tests under
 * jsdom) the same reader runs in-process.
 */
import { TableRefusal, type RefusalCode, type RefusalVars } from './import-limits';
import type { RawCell } from './raw-cell';
import { readTableFile } from './read-file';

export type ReadRequest = { file: File };
export type ReadResponse =
  { type: 'done'; cells: RawCell[][] } | { type: 'refused'; code: RefusalCode; vars: RefusalVars };

export type ReadOutcome = ReadResponse | { type: 'cancelled' };

export type TableRead = { result: Promise<ReadOutcome>; cancel: () => void };

const inProcess = (file: File): TableRead => {
  let isCancelled = false;
  const result = readTableFile(file).then(
    (cells): ReadOutcome => (isCancelled ? { type: 'cancelled' } : { type: 'done', cells }),
    (err: unknown): ReadOutcome =>
      isCancelled
        ? { type: 'cancelled' }
        : err instanceof TableRefusal
          ? { type: 'refused', code: err.code, vars: err.vars }
          : { type: 'refused', code: 'badFile', vars: {} },
  );
  return {
    result,
    cancel: () => {
      isCancelled = true;
    },
  };
};

export function readTableInWorker(file: File): TableRead {
  if (typeof Worker === 'undefined') return inProcess(file);
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  let settle: (o: ReadOutcome) => void = () => undefined;
  const result = new Promise<ReadOutcome>((resolve) => {
    settle = (o) => {
      worker.terminate();
      resolve(o);
    };
  });
  worker.onmessage = (e: MessageEvent<ReadResponse>) => settle(e.data);
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    settle({ type: 'refused', code: 'badFile', vars: {} });
  };
  worker.onmessageerror = () => settle({ type: 'refused', code: 'badFile', vars: {} });
  worker.postMessage({ file } satisfies ReadRequest);
  return { result, cancel: () => settle({ type: 'cancelled' }) };
}
