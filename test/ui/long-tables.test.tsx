// @vitest-environment jsdom
// Issue 19 item 5: the Partijen name table of a 342-municipality model and the money tables of a
// 100-scenario model render only the rows in view, say how many rows they have, keep the names'
// labels, and bring a row into view when the keyboard focuses it; an edit far down still commits.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PartiesSection } from '../../src/features/model-setup/parties-section';
import { MoneyTable } from '../../src/features/results/money-table';
import { appStore, useActiveModel } from '../../src/state';
import { nationalName, nationalTableModel } from '../support/national-table';

let id = '';
beforeEach(() => {
  appStore.setState({ locale: 'nl', models: {}, history: {}, activeModelId: null });
  id = appStore.getState().addModel(nationalTableModel(342, 3));
});
afterEach(cleanup);

function Parties() {
  const model = useActiveModel();
  return model ? <PartiesSection model={model} /> : null;
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-hidden') !== 'true')
    .slice(1);

describe('the Partijen table of 346 parties', () => {
  it('renders only the rows in view, each name with its label, and says how many rows it has', () => {
    render(<Parties />);
    const table = screen.getAllByRole('table')[0]!;
    expect(table.getAttribute('aria-rowcount')).toBe('347');
    const rows = bodyRows(table);
    expect(rows.length).toBeLessThan(40);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.getByLabelText(`Naam van ${nationalName(1)}`)).toHaveValue(nationalName(1));
    expect(screen.queryByLabelText(`Naam van ${nationalName(300)}`)).toBeNull();
  });

  it('renders the rows a scroll brings into view, and a name far down is renamed', async () => {
    const user = userEvent.setup();
    render(<Parties />);
    const box = screen.getAllByRole('table')[0]!.parentElement!;
    Object.defineProperty(box, 'scrollTop', { value: 300 * 46, configurable: true });
    fireEvent.scroll(box);
    expect(screen.queryByLabelText(`Naam van ${nationalName(1)}`)).toBeNull();
    const field = screen.getByLabelText(`Naam van ${nationalName(305)}`);
    expect(field.closest('tr')!.getAttribute('aria-rowindex')).toBe('306');
    await user.clear(field);
    await user.type(field, 'Hoofdplaats{Enter}');
    expect(appStore.getState().models[id]!.model.parties[304]!.name).toBe('Hoofdplaats');
    expect(screen.getByLabelText('Naam van Hoofdplaats')).toHaveValue('Hoofdplaats');
  });

  it('keeps Tab moving through the names: the focused row comes into view and the next rows are rendered', async () => {
    const user = userEvent.setup();
    render(<Parties />);
    const table = screen.getAllByRole('table')[0]!;
    const last = bodyRows(table).at(-1)!;
    within(last).getByRole('textbox').focus();
    const index = Number(last.getAttribute('aria-rowindex'));
    await user.tab();
    await user.tab();
    const focused = document.activeElement as HTMLElement;
    expect(Number(focused.closest('tr')!.getAttribute('aria-rowindex'))).toBe(index + 1);
    expect(focused).toHaveAccessibleName(`Naam van ${nationalName(index)}`);
  });
});

describe('a money table of 100 rows', () => {
  const rows = Array.from({ length: 100 }, (_, i) => ({
    id: `s${i}`,
    label: `Scenario ${i + 1}`,
    values: ['1.00', '2.00'],
    query: () => null,
  }));

  it('renders only the rows in view and the rest when scrolled to', () => {
    render(<MoneyTable caption="Kosten" years={[2020, 2021]} rows={rows} />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('101');
    expect(bodyRows(table).length).toBeLessThan(40);
    expect(screen.queryByRole('rowheader', { name: 'Scenario 90' })).toBeNull();
    const box = table.parentElement!;
    Object.defineProperty(box, 'scrollTop', { value: 85 * 33, configurable: true });
    fireEvent.scroll(box);
    const row = screen.getByRole('rowheader', { name: 'Scenario 90' }).closest('tr')!;
    expect(row.getAttribute('aria-rowindex')).toBe('91');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['€ 1', '€ 2']);
  });

  it('renders every row of a short table as before', () => {
    render(<MoneyTable caption="Kosten" years={[2020, 2021]} rows={rows.slice(0, 20)} />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBeNull();
    expect(bodyRows(table)).toHaveLength(20);
  });
});
