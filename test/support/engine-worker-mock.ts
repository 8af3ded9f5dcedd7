/**
 * The engine workers a state test hands out instead of real ones: each an in-process port
 * (in-process-worker.ts), kept in `ports` in the order they were made. Use in a test file as
 *
 *   vi.mock('../../src/worker/create-worker', async () =>
 *     (await import('../support/engine-worker-mock')).inProcessWorkers(1));
 *
 * and import `ports` from here to see what each worker was asked.
 */
import { createInProcessPort, type InProcessPort } from './in-process-worker';

export const ports: InProcessPort[] = [];

/** The create-worker module's exports: in-process engine workers, `monteCarloWorkers` of them for Monte Carlo. */
export const inProcessWorkers = (monteCarloWorkers: number) => ({
  createEngineWorker: () => {
    const port = createInProcessPort();
    ports.push(port);
    return port;
  },
  monteCarloWorkerCount: () => monteCarloWorkers,
});
