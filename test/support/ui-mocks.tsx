/**
 * Module mocks for component tests of screens that use engine workers and charts: workers run
 * in-process (test/support/in-process-worker.ts), charts render a labelled canvas carrying
 * their data (jsdom has no canvas). vi.mock is hoisted above imports, so load these in the factory:
 *   vi.mock('../../src/worker/create-worker', async (original) => (await import('../support/ui-mocks')).workerModuleMock(original));
 *   vi.mock('react-chartjs-2', async () => (await import('../support/ui-mocks')).chartModuleMock());
 */
import { createElement } from 'react';
import type * as CreateWorker from '../../src/worker/create-worker';
import { createInProcessPort } from './in-process-worker';

export async function workerModuleMock(
  importOriginal: () => Promise<typeof CreateWorker>,
): Promise<typeof CreateWorker> {
  return { ...(await importOriginal()), createEngineWorker: () => createInProcessPort() };
}

type ChartProps = { 'aria-label'?: string; role?: string; data: unknown };

export function chartModuleMock() {
  return {
    Chart: (p: ChartProps) =>
      createElement('canvas', { role: p.role, 'aria-label': p['aria-label'], 'data-chart': JSON.stringify(p.data) }),
  };
}
