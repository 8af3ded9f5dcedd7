// @vitest-environment jsdom
/**
 * The results' view switch (lasten / kasstromen) and the method panel (bevroren / doorgerekend)
 * on the built-in example, compared with the engine's own figures for the same model.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareMethods, evaluateModel, type ModelFile } from '../../src/engine';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { ResultsScreen } from '../../src/features/results';
import { formatMoney } from '../../src/i18n';
import { breakEvenText } from '../../src/model';
import { appStore } from '../../src/state';

vi.mock('react-chartjs-2', () => ({
  Chart: (props: { 'aria-label': string }) => <canvas role="img" aria-label={props['aria-label']} />,
}));

const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;

function open(edit?: (m: ModelFile) => void) {
  const m = structuredClone(example as ModelFile);
  edit?.(m);
  id = appStore.getState().addModel(m);
}
const asVersion3 = (m: ModelFile) => {
  m.version = 3;
  m.assumptions = { ...m.assumptions, extrapolation: 'computeThrough' };
};

beforeEach(() => appStore.setState({ ...fresh, models: {}, history: {}, locale: 'nl' }, true));
afterEach(cleanup);

describe('the view switch Lasten (begroting) / Kasstromen', () => {
  it('explains for a version-1 file that cash flows need a newer choice, and offers no cash view', () => {
    open();
    render(<ResultsScreen />);
    const group = screen.getByRole('group', { name: 'Bedragen als' });
    expect(within(group).getByRole('radio', { name: 'Lasten (begroting)' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Kasstromen' })).toBeDisabled();
    expect(group).toHaveAccessibleDescription(/Kasstromen rekent het model pas uit na een van de nieuwere rekenkeuzes/);
  });

  it('shows the cash figures of a version-3 model in the overview and per municipality, by keyboard', async () => {
    open(asVersion3);
    const user = userEvent.setup();
    render(<ResultsScreen />);
    const accrual = screen.getByRole('radio', { name: 'Lasten (begroting)' });
    accrual.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Kasstromen' })).toBeChecked();
    const e = evaluateModel(model());
    const last = e.years.at(-1)!;
    const table = screen.getByRole('table', { name: 'Kerncijfers per scenario — kasstromen' });
    for (const s of e.scenarios.filter((x) => x.id !== e.baselineId)) {
      const row = table.querySelector<HTMLElement>(`tr[data-scenario="${s.id}"]`)!;
      expect(row.querySelector('[data-figure="breakEven"]')!.textContent).toBe(
        breakEvenText(s.cash!.breakEven, false, last, 'nl'),
      );
      expect(row.querySelector('[data-figure="npvExtended"]')!.textContent).toBe(
        formatMoney(s.cash!.npvExtended, 'nl'),
      );
    }
    // Payments have no trace: the totals are plain amounts.
    const totals = screen.getByRole('table', { name: /^Totale kosten per scenario per jaar — kasstromen/ });
    expect(within(totals).queryAllByRole('button')).toHaveLength(0);
    await user.click(screen.getByRole('tab', { name: 'Per gemeente' }));
    expect(screen.getByRole('radio', { name: 'Kasstromen' })).toBeChecked();
    const haarlem = screen.getByRole('table', { name: 'Kerncijfers Haarlem — kasstromen' });
    const s = e.scenarios.find((x) => x.id !== e.baselineId)!;
    expect(haarlem.querySelector(`tr[data-scenario="${s.id}"] [data-figure="npv"]`)!.textContent).toBe(
      formatMoney(s.parties.haarlem!.cash!.npv, 'nl'),
    );
  });
});

describe('the method panel', () => {
  it('shows both methods side by side for the example, marks its own, and says the difference in words', async () => {
    open();
    const user = userEvent.setup();
    render(<ResultsScreen />);
    const c = compareMethods(model())!;
    expect(c.method).toBe('indexLast');
    const panel = screen.getByRole('region', { name: 'Na de horizon: bevroren of doorgerekend' });
    const e = evaluateModel(model());
    for (const s of e.scenarios.filter((x) => x.id !== e.baselineId)) {
      const row = c.rows.find((r) => r.scenarioId === s.id && r.party === null)!;
      const table = within(panel).getByRole('table', { name: `${s.name}: bevroren en doorgerekend` });
      expect(
        within(table).getByRole('columnheader', { name: /Bevroren \(methode 2013\)\s*methode van dit model/ }),
      ).toBeInTheDocument();
      const cells = within(table.querySelector<HTMLElement>('tr[data-figure="breakEven"]')!).getAllByRole('cell');
      expect(cells.map((x) => x.textContent)).toEqual([
        breakEvenText(row.frozen.breakEven, false, c.extrapolateTo, 'nl'),
        breakEvenText(row.through.breakEven, false, c.extrapolateTo, 'nl'),
      ]);
      const npv = within(table.querySelector<HTMLElement>('tr[data-figure="npvExtended"]')!).getAllByRole('cell');
      expect(npv.map((x) => x.textContent)).toEqual([
        formatMoney(row.frozen.npvExtended, 'nl'),
        formatMoney(row.through.npvExtended, 'nl'),
      ]);
    }
    // Samenwerking 2.0 breaks even earlier computed through (issue 14): the sentence says by how much.
    const two = c.rows.find(
      (r) =>
        r.party === null &&
        r.through.breakEven !== null &&
        r.frozen.breakEven !== null &&
        r.through.breakEven.year < r.frozen.breakEven.year,
    )!;
    const name = e.scenarios.find((s) => s.id === two.scenarioId)!.name;
    const diff = two.frozen.breakEven!.year - two.through.breakEven!.year;
    expect(panel).toHaveTextContent(
      `Doorgerekend is ${name} in ${two.through.breakEven!.year} terugverdiend, ${diff === 1 ? 'een jaar' : `${diff} jaar`} eerder dan met de bevroren methode.`,
    );
    expect(panel).toHaveTextContent(/kapitaallasten na 2017 nog op of af en eindigen programmakosten/);
    // Per municipality through the picker.
    await user.selectOptions(within(panel).getByLabelText('Business case van'), 'haarlem');
    const row = c.rows.find((r) => r.scenarioId === two.scenarioId && r.party === 'haarlem')!;
    const table = within(panel).getByRole('table', { name: `${name}: bevroren en doorgerekend` });
    const cells = within(table.querySelector<HTMLElement>('tr[data-figure="npv"]')!).getAllByRole('cell');
    expect(cells.map((x) => x.textContent)).toEqual([
      formatMoney(row.frozen.npv, 'nl'),
      formatMoney(row.through.npv, 'nl'),
    ]);
  });

  it('says there is nothing to compare without years after the horizon', () => {
    open((m) => {
      m.horizon = { startYear: m.horizon.startYear, endYear: m.horizon.endYear };
    });
    render(<ResultsScreen />);
    expect(screen.getByRole('region', { name: 'Na de horizon: bevroren of doorgerekend' })).toHaveTextContent(
      /trekt de uitkomsten niet door na 2017/,
    );
  });
});

describe('the trace of a figure after the horizon', () => {
  it('says the frozen rule produced it under indexLast, and the plan’s rules under computeThrough (adding up)', async () => {
    open();
    const user = userEvent.setup();
    const { unmount } = render(<ResultsScreen />);
    await user.click(screen.getByRole('tab', { name: 'Herleiding' }));
    await user.selectOptions(screen.getByLabelText('Jaar'), '2020');
    expect(
      screen.getByText(/2020 ligt na de horizon \(2017\): dit bedrag is bevroren geëxtrapoleerd/),
    ).toBeInTheDocument();
    unmount();
    open(asVersion3);
    render(<ResultsScreen />);
    await user.click(screen.getByRole('tab', { name: 'Herleiding' }));
    await user.selectOptions(screen.getByLabelText('Jaar'), '2020');
    expect(
      screen.getByText(/2020 ligt na de horizon \(2017\): dit bedrag is doorgerekend met de regels van het plan/),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('De posten tellen op tot het bedrag in de resultaten.');
  });
});
