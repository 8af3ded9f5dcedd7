// @vitest-environment jsdom
/**
 * The Uittreden screen's sweep in the (in-process) engine worker and "Aan rapport toevoegen"
 * (issue 15): progress, then the chart's table with the engine's figures; Stop cancels; the
 * question kept in the model (`report.exit`, one undoable edit, version 3) is what the report's
 * Uittreding section answers, with the sweep just computed; the screen opens on the kept
 * question; a kept question that no longer fits is named with its path.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerExit, evaluateModel, exitSweep, type ExitQuestion, type ModelFile } from '../../src/engine';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { ExitScreen } from '../../src/features/exit';
import { ExitSection } from '../../src/features/report/exit-section';
import { formatMoney } from '../../src/i18n';
import { euros } from '../../src/features/report/report-format';
import { reportExitOf } from '../../src/model';
import { appStore, disposeEnginePool } from '../../src/state';
import { haarlemExitQuestion } from '../../src/examples';
import { isHeavyModel } from '../../src/model/evaluation-work';
import { heavyExample } from '../support/heavy-example';

vi.mock('../../src/worker/create-worker', async (original) =>
  (await import('../support/ui-mocks')).workerModuleMock(original),
);
vi.mock('react-chartjs-2', async () => (await import('../support/ui-mocks')).chartModuleMock());

const base = example as ModelFile;
const question: ExitQuestion = haarlemExitQuestion;
const sweep = exitSweep(base, question);
const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;
const money = (v: string) => formatMoney(v, 'nl');

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {}, exitRuns: {} }, true);
  id = appStore.getState().addModel(structuredClone(base));
});
afterEach(() => {
  cleanup();
  disposeEnginePool();
});

const example_ = () =>
  fireEvent.click(screen.getByRole('button', { name: 'Voorbeeld: Haarlemmermeer treedt in 2019 uit 2.0 (aflopend)' }));

describe('the exit sweep in the worker', { timeout: 60_000 }, () => {
  it('shows progress, then the table of every year of leaving with the engine’s figures', async () => {
    render(<ExitScreen />);
    example_();
    fireEvent.click(screen.getByRole('button', { name: 'Bereken voor elk uittredejaar' }));
    // While it runs: a progress bar and a Stop button instead of the run button.
    screen.getByRole('progressbar', { name: 'Voortgang per uittredejaar' });
    screen.getByRole('button', { name: 'Stoppen' });
    const table = await screen.findByRole(
      'table',
      { name: /Uittreedsom en resultaat per uittredejaar/ },
      { timeout: 30_000 },
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(sweep.map((r) => String(r.year)));
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual(sweep.map((r) => [money(r.exitTotal), money(r.leaverNet)]));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('stops a sweep in progress', async () => {
    render(<ExitScreen />);
    example_();
    // Synchronous clicks: Stop is pressed before the worker has taken the request.
    fireEvent.click(screen.getByRole('button', { name: 'Bereken voor elk uittredejaar' }));
    fireEvent.click(screen.getByRole('button', { name: 'Stoppen' }));
    await screen.findByText('De berekening is gestopt.');
    expect(screen.queryByRole('table', { name: /per uittredejaar/ })).toBeNull();
    screen.getByRole('button', { name: 'Bereken voor elk uittredejaar' });
  });
});

describe('adding the exit question to the report', { timeout: 60_000 }, () => {
  it('keeps the question in the model, the report answers it with the sweep, and the screen reopens on it', async () => {
    const { unmount } = render(<ExitScreen />);
    example_();
    fireEvent.click(screen.getByRole('button', { name: 'Bereken voor elk uittredejaar' }));
    await screen.findByRole('table', { name: /Uittreedsom en resultaat per uittredejaar/ }, { timeout: 30_000 });
    const steps = appStore.getState().history[id]?.past.length ?? 0;
    fireEvent.click(screen.getByRole('button', { name: 'Aan rapport toevoegen' }));
    expect(model().report?.exit).toEqual(reportExitOf(question, '1000000'));
    expect(model().version).toBe(3);
    expect(appStore.getState().history[id]?.past.length).toBe(steps + 1);
    screen.getByText('Deze uittreedvraag staat in het rapport, met het verloop per uittredejaar.');
    screen.getByRole('button', { name: 'Uit rapport halen' });
    // The model's scenarios are unchanged: the question is no scenario.
    expect(model().scenarios).toEqual(base.scenarios);
    unmount();

    // The report: the answer and the sweep just computed (the same question on the same model parts).
    const kept = model();
    render(<ExitSection model={kept} evaluation={evaluateModel(kept)} />);
    screen.getByRole('heading', { level: 2, name: 'Uittreding' });
    const a = answerExit(base, question);
    const section = screen.getByTestId('report-exit-question');
    within(section).getByRole('heading', {
      level: 3,
      name: 'Uittreedvraag: Haarlemmermeer treedt per 1 januari 2019 uit ICT-centrum (Samenwerking 2.0)',
    });
    const terms = within(section).getByRole('table', { name: /Uittreedsom per termijn/ });
    expect(
      within(terms)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([...a.exit.terms.map((t) => t.amount), a.exit.total].map((v) => euros(v, 'nl')));
    const sweepTable = within(section).getByRole('table', { name: /per uittredejaar/ });
    expect(
      within(sweepTable)
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent),
        ),
    ).toEqual(sweep.map((r) => [euros(r.exitTotal, 'nl'), euros(r.leaverNet, 'nl')]));
    within(section).getByRole('img', { name: 'Uittreedsom en resultaat van Haarlemmermeer per uittredejaar' });
    cleanup();

    // The screen opens on the kept question.
    render(<ExitScreen />);
    expect((screen.getByLabelText('Uittreden per 1 januari') as HTMLInputElement).value).toBe('2019');
    expect((screen.getByLabelText('Gemeente die uittreedt') as HTMLSelectElement).value).toBe('haarlemmermeer');
    screen.getByRole('button', { name: 'Uit rapport halen' });
    fireEvent.click(screen.getByRole('button', { name: 'Uit rapport halen' }));
    expect(model().report).toBeUndefined();
  });

  it('reopens on a kept question with its shedding and re-entry choices, unchanged', () => {
    const { unmount } = render(<ExitScreen />);
    example_();
    fireEvent.change(screen.getByLabelText('Personeel'), { target: { value: 'immediate' } });
    const recruitment = 'Meenemen: Werving en inwerken van personeel (eenmalig)';
    fireEvent.click(screen.getByLabelText(recruitment));
    fireEvent.click(screen.getByRole('button', { name: 'Aan rapport toevoegen' }));
    const kept = model().report?.exit;
    expect(kept?.leave.shed?.byCategory).toEqual({ personnel: [1], cioOffice: [1] });
    expect(kept?.leave.reentry).toHaveLength(1);
    unmount();
    render(<ExitScreen />);
    expect((screen.getByLabelText('Personeel') as HTMLSelectElement).value).toBe('immediate');
    expect((screen.getByLabelText(recruitment) as HTMLInputElement).checked).toBe(true);
    // The question rebuilt from the form is the kept one: the screen says it is in the report.
    screen.getByText('Deze uittreedvraag staat in het rapport, met het verloop per uittredejaar.');
    expect(model().report?.exit).toEqual(kept);
  });

  it('computes the sweep for the report when it is not known yet', async () => {
    const kept: ModelFile = { ...structuredClone(base), version: 3, report: { exit: reportExitOf(question) } };
    render(<ExitSection model={kept} evaluation={evaluateModel(kept)} />);
    const section = screen.getByTestId('report-exit-question');
    within(section).getByRole('status');
    const sweepTable = await within(section).findByRole('table', { name: /per uittredejaar/ }, { timeout: 30_000 });
    expect(within(sweepTable).getAllByRole('row').length).toBe(sweep.length + 1);
  });

  it('names a kept question that no longer fits, with its path', async () => {
    const kept: ModelFile = {
      ...structuredClone(base),
      version: 3,
      report: { exit: reportExitOf({ ...question, from: 2040 }) },
    };
    await act(async () => {
      render(<ExitSection model={kept} evaluation={evaluateModel(kept)} />);
    });
    screen.getByText(/De uittreedvraag past niet meer bij het model/);
    screen.getByText(/^report\.exit\.leave\.from: /);
  });

  it('says a heavy model’s answer is being computed (in the worker), then shows it, in Dutch and English', async () => {
    for (const [locale, computing, terms] of [
      ['nl', 'Het antwoord op de uittreedvraag wordt berekend…', /Uittreedsom per termijn/],
      ['en', 'The answer to the exit question is being computed…', /Exit sum per term/],
    ] as const) {
      appStore.setState({ locale });
      const kept = heavyExample({ report: { exit: reportExitOf(question) } });
      expect(isHeavyModel(kept)).toBe(true);
      render(<ExitSection model={kept} evaluation={evaluateModel(kept)} />);
      const section = screen.getByTestId('report-exit-question');
      within(section).getByRole('heading', { level: 3, name: /Haarlemmermeer.*ICT-centrum.*Samenwerking 2\.0/ });
      expect(within(section).getByRole('status').textContent).toBe(computing);
      expect(within(section).queryByRole('table')).toBeNull();
      const table = await within(section).findByRole('table', { name: terms }, { timeout: 30_000 });
      const a = answerExit(base, question);
      expect(
        within(table)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual([...a.exit.terms.map((t) => t.amount), a.exit.total].map((v) => euros(v, locale)));
      expect(screen.queryByText(computing)).toBeNull();
      cleanup();
    }
    appStore.setState({ locale: 'nl' });
  });

  it('names a heavy model’s kept question that no longer fits once the worker has answered', async () => {
    const kept = heavyExample({ report: { exit: reportExitOf({ ...question, from: 2040 }) } });
    render(<ExitSection model={kept} evaluation={evaluateModel(kept)} />);
    screen.getByText('Het antwoord op de uittreedvraag wordt berekend…');
    await screen.findByText(/De uittreedvraag past niet meer bij het model/, undefined, { timeout: 30_000 });
    screen.getByText(/^report\.exit\.leave\.from: /);
  });
});
