// @vitest-environment jsdom
/**
 * A scenario without a change (issue 20, item 4). The engine follows spec §8 — break-even in the
 * first year, payback 0 years, because cumulative savings of 0 are "≥ 0" — and the screens show
 * "—": there is nothing to pay back.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluateModel, type ModelFile } from '../../src/engine';
import { ResultsScreen } from '../../src/features/results';
import { ScenariosScreen } from '../../src/features/scenarios';
import { appStore } from '../../src/state';
import fixture from '../state/fixtures/two-municipalities.json';

vi.mock('react-chartjs-2', () => ({
  Chart: (props: { 'aria-label': string }) => <canvas role="img" aria-label={props['aria-label']} />,
}));

const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {}, locale: 'nl' }, true);
  const m = structuredClone(fixture as ModelFile);
  m.scenarios.push({ id: 'empty', name: 'Leeg', basedOn: 'baseline', changes: [] });
  id = appStore.getState().addModel(m);
  appStore.getState().select({ scenarioId: 'empty' });
});
afterEach(cleanup);

const outcome = () => {
  const dl = screen.getByLabelText('Uitkomst');
  return Object.fromEntries(
    [...dl.querySelectorAll('div')].map((d) => [
      d.querySelector('dt')!.textContent,
      d.querySelector('dd')!.textContent,
    ]),
  );
};

describe('a scenario without a change', () => {
  it('gets break-even in the first year and a payback of 0 from the engine, as spec §8 says', () => {
    const s = evaluateModel(model()).scenarios.find((x) => x.id === 'empty')!;
    expect(s.breakEven).toEqual({ year: 2013, isExtrapolated: false });
    expect(s.paybackYears).toBe(0);
  });

  it('shows “—” for break-even and payback on its scenario card', () => {
    render(<ScenariosScreen />);
    const figures = outcome();
    expect(figures['Terugverdiend in']).toBe('—');
    expect(figures.Terugverdientijd).toBe('—');
  });

  it('and in English', () => {
    appStore.setState({ locale: 'en' });
    render(<ScenariosScreen />);
    const dl = screen.getByLabelText('Outcome');
    const dds = [...dl.querySelectorAll('dd')].map((d) => d.textContent);
    expect(dds.slice(0, 2)).toEqual(['—', '—']);
  });

  it('shows “—” in the key figures and per municipality, while a scenario with savings keeps its year', async () => {
    const user = userEvent.setup();
    render(<ResultsScreen />);
    const table = screen.getByRole('table', { name: 'Kerncijfers per scenario' });
    const row = table.querySelector<HTMLElement>('tr[data-scenario="empty"]')!;
    expect(row.querySelector('[data-figure="breakEven"]')?.textContent).toBe('—');
    expect(row.querySelector('[data-figure="payback"]')?.textContent).toBe('—');
    expect(table.querySelector('tr[data-scenario="s2"] [data-figure="breakEven"]')?.textContent).toMatch(/^\d{4}/);
    await user.click(screen.getByRole('tab', { name: 'Per gemeente' }));
    const perParty = screen
      .getAllByRole('table')
      .filter((t) => t.querySelector('tr[data-scenario="empty"] [data-figure="breakEven"]'));
    expect(perParty.length).toBeGreaterThan(0);
    for (const t of perParty) expect(within(t).getAllByText('—').length).toBeGreaterThanOrEqual(2);
    for (const t of perParty)
      expect(t.querySelector('tr[data-scenario="empty"] [data-figure="breakEven"]')?.textContent).toBe('—');
  });
});
