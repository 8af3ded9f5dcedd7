/**
 * The import's own worker: reads one chosen table file (read-file.ts, within the limits of
 * import-limits.ts) off the page's thread, so a large or hostile file never freezes the tab.
 * One file per worker; cancelling terminates it (read-in-worker.ts).
 */
import { isRefusalCode, TableRefusal } from './import-limits';
import { readTableFile } from './read-file';
import type { ReadRequest, ReadResponse } from './read-in-worker';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReadRequest>) => void) | null;
  postMessage: (m: ReadResponse) => void;
};

scope.onmessage = (e) => {
  readTableFile(e.data.file).then(
    (cells) => scope.postMessage({ type: 'done', cells }),
    (err: unknown) =>
      scope.postMessage(
        err instanceof TableRefusal && isRefusalCode(err.code)
          ? { type: 'refused', code: err.code, vars: err.vars }
          : { type: 'refused', code: 'badFile', vars: {} },
      ),
  );
};
