// @vitest-environment jsdom
/**
 * The results and benchmark screens on the built-in example: what they show is compared with
 * the engine's own figures for the same model (never with copied numbers).
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { breakEvenText, paybackText } from '../../src/model';
import { compareAllocationBases, evaluateModel, explainFigure, staffTotals, type ModelFile } from '../../src/engine';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { BenchmarkScreen } from '../../src/features/benchmark';
import { ResultsScreen } from '../../src/features/results';
import { formatDecimal, formatMoney } from '../../src/i18n';
import { appStore } from '../../src/state';
import { NOT_ROUNDING, publishedCells } from '../support/haarlem-published';

// jsdom has no canvas to draw on: the plot is replaced by a bare canvas with the same name.
vi.mock('react-chartjs-2', () => ({
  Chart: (props: { 'aria-label': string }) => <canvas role="img" aria-label={props['aria-label']} />,
}));

const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;
const evaluation = () => evaluateModel(model());

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {}, locale: 'nl' }, true);
  id = appStore.getState().addModel(structuredClone(example as ModelFile));
});
afterEach(cleanup);

const cellText = (row: HTMLElement, figure: string) => row.querySelector(`[data-figure="${figure}"]`)?.textContent;

describe('the results overview', () => {
  it("shows each scenario's break-even, payback, investment and NPV as the engine computes them", () => {
    render(<ResultsScreen />);
    const e = evaluation();
    const last = e.years.at(-1)!;
    const table = screen.getByRole('table', { name: 'Kerncijfers per scenario' });
    for (const s of e.scenarios) {
      const row = table.querySelector<HTMLElement>(`tr[data-scenario="${s.id}"]`)!;
      const isBaseline = s.id === e.baselineId;
      expect(cellText(row, 'breakEven')).toBe(breakEvenText(s.breakEven, isBaseline, last, 'nl'));
      expect(cellText(row, 'payback')).toBe(paybackText(s.paybackYears, 'nl'));
      if (!isBaseline) {
        expect(cellText(row, 'investment')).toBe(formatMoney(s.investment, 'nl'));
        expect(cellText(row, 'npv')).toBe(formatMoney(s.npv, 'nl'));
        expect(cellText(row, 'npvExtended')).toBe(formatMoney(s.npvExtended, 'nl'));
      }
    }
    expect(screen.getByRole('img', { name: 'Kosten per scenario per jaar' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Cumulatieve besparing, met het terugverdienjaar' })).toBeInTheDocument();
  });

  it('opens the trace of a clicked total, whose items add up to it', async () => {
    const user = userEvent.setup();
    render(<ResultsScreen />);
    const e = evaluation();
    const s = e.scenarios.find((x) => x.id !== e.baselineId)!;
    const y = s.years.find((x) => x.year === e.endYear)!;
    const totals = screen.getByRole('table', { name: /Totale kosten per scenario per jaar/ });
    const cell = totals.querySelector(`tr[data-row="${s.id}"] td[data-year="${e.endYear}"] button`)!;
    await user.click(cell);
    expect(screen.getByRole('tab', { name: 'Herleiding' })).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement?.textContent).toContain(`${s.name}, ${e.endYear}`);
    expect(document.querySelector('[data-figure="figure"]')?.textContent).toBe(formatMoney(y.total, 'nl', 'cents'));
    expect(document.querySelector('[data-figure="sum"]')?.textContent).toBe(formatMoney(y.total, 'nl', 'cents'));
    const trace = explainFigure(model(), { scenarioId: s.id, year: e.endYear });
    expect(document.querySelectorAll('.trace-table tbody tr')).toHaveLength(trace.items.length);
    expect(screen.getByRole('status')).toHaveTextContent('De posten tellen op tot het bedrag');
  });
});

describe('the result tabs', () => {
  it('move with the arrow keys and keep focus on the tab (focus goes to the trace only from a figure)', async () => {
    const user = userEvent.setup();
    render(<ResultsScreen />);
    // Open a trace from a figure first (that moves focus to the trace), then go back by the tabs.
    await user.click(document.querySelector('.money-table td button')!);
    expect(document.activeElement?.tagName).toBe('H2');
    await user.click(screen.getByRole('tab', { name: 'Overzicht' }));
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Herleiding' })).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Herleiding' }));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Personeel' }));
  });
});

describe('the per-municipality view', () => {
  /** Opens the per-municipality tab in × €1,000 rounded to €50,000. */
  const openInThousands = async () => {
    const user = userEvent.setup();
    render(<ResultsScreen />);
    await user.click(screen.getByRole('tab', { name: 'Per gemeente' }));
    await user.click(screen.getByRole('radio', { name: /× € 1.000/ }));
  };
  /** The table of one municipality. */
  const tableOf = (party: string) => {
    const name = model().parties.find((p) => p.id === party)!.name;
    return screen.getByRole('table', { name: new RegExp(`^Kosten van ${name} per scenario \\(na verdeling\\)`) });
  };

  it('switches to × €1,000 rounded to €50,000, as the report shows it', async () => {
    await openInThousands();
    const e = evaluation();
    for (const m of e.municipalities) {
      const table = tableOf(m);
      for (const s of e.scenarios) {
        const cells = [...table.querySelectorAll(`tr[data-row="${s.id}"] td`)].map(
          (c) => c.textContent?.split(' — ')[0],
        );
        expect(cells).toEqual(s.parties[m]!.years.map((y) => formatMoney(y.total, 'nl', 'thousands50')));
      }
    }
  });

  it('shows the 2013 report’s published figures (× €1,000, rounded to €50,000) in every cell the example can reproduce', async () => {
    await openInThousands();
    const e = evaluation();
    const cells = publishedCells().filter((c) => !NOT_ROUNDING.includes(`${c.party} ${c.id} ${c.year}`));
    expect(cells).toHaveLength(25);
    for (const c of cells) {
      const table = tableOf(c.party);
      const col = e.years.indexOf(c.year);
      const shown = table.querySelectorAll(`tr[data-row="${c.id}"] td`)[col]?.textContent?.split(' — ')[0];
      expect(shown, `${c.party} ${c.id} ${c.year}`).toBe(formatMoney(String(c.published * 1000), 'nl', 'thousands50'));
    }
  });
});

describe('allocation keys compared', () => {
  it("shows each municipality's savings under each basis and flags losses", async () => {
    const user = userEvent.setup();
    render(<ResultsScreen />);
    await user.click(screen.getByRole('tab', { name: 'Verdeelsleutels vergeleken' }));
    const cmp = compareAllocationBases(model(), 'ictc');
    const e = evaluation();
    const s = e.scenarios.find((x) => x.id !== e.baselineId)!;
    const table = screen.getByRole('table', { name: new RegExp(`^${s.name}: uitkomst per gemeente`) });
    for (const o of cmp.outcomes) {
      const row = table.querySelector<HTMLElement>(`tr[data-basis="${o.basis}"]`)!;
      for (const m of e.municipalities) {
        const c = o.scenarios[s.id]![m]!;
        const cell = row.querySelector(`[data-party="${m}"][data-figure="savingsEnd"]`)!;
        expect(cell.textContent).toContain(formatMoney(c.savingsEnd, 'nl'));
        expect(cell.textContent?.includes('verlies')).toBe(c.isLoss);
      }
      expect(cellText(row, 'everyone')).toContain(
        e.municipalities.every((m) => !o.scenarios[s.id]![m]!.isLoss) ? 'ja' : 'nee',
      );
    }
  });
});

describe('the staff view', () => {
  it('shows FTE per function group per scenario, totalled over all parties', async () => {
    const user = userEvent.setup();
    render(<ResultsScreen />);
    await user.click(screen.getByRole('tab', { name: 'Personeel' }));
    const e = evaluation();
    const totals = staffTotals(e, e.endYear);
    const table = document.querySelector('.staff-table')!;
    for (const s of e.scenarios) {
      const total = table.querySelector(`tr[data-group="total"] td[data-scenario="${s.id}"]`)!;
      expect(total.textContent).toBe(formatDecimal(totals.find((x) => x.scenarioId === s.id)!.total, 'nl', 1));
    }
  });
});

describe('the benchmark screen', () => {
  it('compares cost per inhabitant with the benchmark and stores an edited table in the model as version 2', async () => {
    const user = userEvent.setup();
    render(<BenchmarkScreen />);
    expect(
      screen
        .getAllByRole('listitem')
        .some((li) =>
          /per inwoner (boven|onder) het gemiddelde 2022|gelijk aan het gemiddelde 2022/.test(li.textContent ?? ''),
        ),
    ).toBe(true);
    expect(model().benchmark).toBeUndefined();
    const grid = screen.getByRole('grid', { name: 'Benchmarktabel' });
    await user.click(within(within(grid).getAllByRole('row')[1]!).getAllByRole('gridcell')[1]!);
    await user.keyboard('40{Enter}');
    expect(model().benchmark?.rows[0]?.software).toBe(40);
    expect(model().version).toBe(2);
    appStore.getState().undo();
    expect(model().benchmark).toBeUndefined();
    expect(model().version).toBe(1);
  });
});
