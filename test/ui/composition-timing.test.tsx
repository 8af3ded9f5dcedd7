// @vitest-environment jsdom
/**
 * The composition view's "Kapitaallasten-effect (timing)" (issue 14, item 4): shown with its
 * explanation for a scenario that only lengthens a depreciation term, with the engine's figures;
 * absent where the effect is zero.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { capitalTiming, type ModelFile } from '../../src/engine';
import { ResultsScreen } from '../../src/features/results';
import { formatMoney } from '../../src/i18n';
import { appStore } from '../../src/state';

vi.mock('react-chartjs-2', () => ({
  Chart: (props: { 'aria-label': string }) => <canvas role="img" aria-label={props['aria-label']} />,
}));

const longerTerm: ModelFile = {
  format: 'ict-business-case',
  version: 1,
  meta: { title: 'Langere afschrijving' },
  horizon: { startYear: 2014, endYear: 2020 },
  parties: [
    {
      id: 'm1',
      name: 'Een',
      kind: 'municipality',
      inhabitants: 50000,
      interestRate: 0.04,
      depreciationYears: { workplace: 4 },
      costPerFte: { own: 70000, hired: 90000 },
    },
  ],
  scenarios: [
    {
      id: 'base',
      name: 'Baseline',
      basedOn: null,
      lines: [
        { type: 'investment', id: 'wp', party: 'm1', category: 'workplace', year: 2014, amount: 100000 },
        { type: 'opex', id: 'apps', party: 'm1', category: 'applications', amount: 50000 },
      ],
    },
    {
      id: 'long',
      name: 'Langer afschrijven',
      basedOn: 'base',
      changes: [{ op: 'setParam', path: 'parties.m1.depreciationYears.workplace', value: 5 }],
    },
  ],
};

const fresh = appStore.getState();
beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {}, locale: 'nl' }, true);
  appStore.getState().addModel(structuredClone(longerTerm));
});
afterEach(cleanup);

describe('the composition view', () => {
  it("shows the timing effect of a longer depreciation term, explained, with the engine's figures", async () => {
    const user = userEvent.setup();
    render(<ResultsScreen />);
    await user.click(screen.getByRole('tab', { name: 'Samenstelling' }));
    await user.selectOptions(screen.getByLabelText('Scenario'), 'long');
    const table = screen.getByRole('table', {
      name: /Kapitaallasten-effect \(timing\) per categorie – Langer afschrijven/,
    });
    expect(screen.getByText(/is geen besparing maar een verschuiving in de tijd/)).toBeInTheDocument();
    const row = table.querySelector<HTMLElement>('tr[data-row="timing-workplace"]')!;
    expect(within(row).getByRole('rowheader')).toHaveTextContent(
      'Kapitaallasten-effect (timing): ICT-werkplek (hardware)',
    );
    const expected = capitalTiming(longerTerm).scenarios.long!.byCategory.workplace!;
    expect(expected.slice(0, 6)).toEqual(['0.00', '5000.00', '4800.00', '4600.00', '4400.00', '-20800.00']);
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(expected.map((v) => formatMoney(v, 'nl')));
    // Only categories whose effect is not zero: no line for applications.
    expect(table.querySelector('tr[data-row="timing-applications"]')).toBeNull();
  });

  it('shows no timing line where the effect is zero (the baseline)', async () => {
    const user = userEvent.setup();
    render(<ResultsScreen />);
    await user.click(screen.getByRole('tab', { name: 'Samenstelling' }));
    await user.selectOptions(screen.getByLabelText('Scenario'), 'base');
    expect(screen.queryByRole('table', { name: /Kapitaallasten-effect/ })).toBeNull();
  });
});
