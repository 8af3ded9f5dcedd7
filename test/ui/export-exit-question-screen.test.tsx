// @vitest-environment jsdom
/**
 * The export screen with an exit question kept for the report: the workbook waits for the
 * question's sweep from the (in-process) engine worker, saying so, then lists the sheet
 * "Uittreedvraag" with a row per year of leaving; a heavy model's question is first answered by
 * the worker, and the workbook waits for that too.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exitSweep, type ModelFile } from '../../src/engine';
import { haarlemExitQuestion } from '../../src/examples';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { ExportScreen } from '../../src/features/export/export-screen';
import { reportExitOf } from '../../src/model';
import { appStore, disposeEnginePool } from '../../src/state';
import { heavyExample } from '../support/heavy-example';

vi.mock('../../src/worker/create-worker', async (original) =>
  (await import('../support/ui-mocks')).workerModuleMock(original),
);

const base = example as ModelFile;
const kept: ModelFile = { ...structuredClone(base), version: 3, report: { exit: reportExitOf(haarlemExitQuestion) } };
const sweep = exitSweep(base, haarlemExitQuestion);

describe('the export screen with a kept exit question', { timeout: 60_000 }, () => {
  const fresh = appStore.getState();
  beforeEach(() => {
    appStore.setState({ ...fresh, models: {}, history: {}, exitRuns: {} }, true);
    appStore.getState().addModel(structuredClone(kept));
  });
  afterEach(() => {
    cleanup();
    disposeEnginePool();
  });

  it('waits for the sweep from the worker, then lists the sheet with a row per year', async () => {
    render(<ExportScreen />);
    const download = screen.getByRole('button', { name: 'Werkmap downloaden (.xlsx)' });
    expect(download).toHaveProperty('disabled', true);
    expect(screen.getByTestId('export-exit-sweep').textContent).toMatch(/^Het tabblad Uittreedvraag wacht/);
    const list = screen.getByRole('table', { name: 'Tabbladen' });
    expect(within(list).queryByRole('rowheader', { name: 'Uittreedvraag' })).toBeNull();
    const row = await within(list).findByRole('row', { name: /Uittreedvraag/ }, { timeout: 30_000 });
    expect(within(row).getByRole('cell', { name: String(sweep.length) })).toBeTruthy();
    expect(download).toHaveProperty('disabled', false);
    expect(screen.queryByTestId('export-exit-sweep')).toBeNull();
  });

  it('waits for a heavy model’s answer from the worker, then for the sweep, then lists the sheet', async () => {
    appStore.setState({ ...fresh, models: {}, history: {}, exitRuns: {} }, true);
    appStore.getState().addModel(heavyExample({ report: { exit: reportExitOf(haarlemExitQuestion) } }));
    render(<ExportScreen />);
    // Every state the screen passes through (waitFor looks at each change of the page): the heavy
    // model's own evaluation comes from the worker first, then the question's answer, then its sweep.
    const seen: string[] = [];
    await waitFor(
      () => {
        const download = screen.queryByRole('button', { name: 'Werkmap downloaden (.xlsx)' });
        const note = screen.queryByTestId('export-exit-sweep')?.textContent ?? '';
        const state = download ? `${(download as HTMLButtonElement).disabled ? 'waits' : 'ready'}: ${note}` : '';
        if (state && seen.at(-1) !== state) seen.push(state);
        expect(state).toBe('ready: ');
      },
      { timeout: 30_000 },
    );
    expect(seen[0]).toBe(
      'waits: Het tabblad Uittreedvraag wacht op het antwoord op de uittreedvraag, dat wordt berekend; de werkmap kan daarna worden gedownload.',
    );
    expect(seen.slice(1, -1).every((x) => x.startsWith('waits: Het tabblad Uittreedvraag wacht op het verloop'))).toBe(
      true,
    );
    expect(seen.length).toBeGreaterThan(1);
    const list = screen.getByRole('table', { name: 'Tabbladen' });
    const row = within(list).getByRole('row', { name: /Uittreedvraag/ });
    expect(within(row).getByRole('cell', { name: String(sweep.length) })).toBeTruthy();
    expect(screen.queryByTestId('export-exit-sweep')).toBeNull();
  });
});
