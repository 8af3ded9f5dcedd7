// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/engine';
import { AllocationScreen } from '../../src/features/allocation';
import { ModelSetupScreen } from '../../src/features/model-setup';
import { ScenariosScreen } from '../../src/features/scenarios';
import { appStore } from '../../src/state';
import fixture from '../state/fixtures/two-municipalities.json';

const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {} }, true);
  id = appStore.getState().addModel(structuredClone(fixture as ModelFile));
  appStore.getState().select({ scenarioId: 's2' });
});
afterEach(cleanup);

describe('the scenarios screen', () => {
  it('shows levers as sentences, switches one off and on, and undoes that', async () => {
    const user = userEvent.setup();
    render(<ScenariosScreen />);
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('change-card'));
    expect(cards.map((c) => c.querySelector('.change-text')?.textContent)).toContain(
      'Technisch beheer Haarlem naar 0 fte vanaf 2014',
    );
    const toggle = within(cards[2]!).getByRole('checkbox', { name: 'Aan' });
    await user.click(toggle);
    expect(model().scenarios[1]!.changes![2]!.enabled).toBe(false);
    appStore.getState().undo();
    expect(model().scenarios[1]!.changes![2]!.enabled).toBeUndefined();
  });

  it('adds, moves and deletes a lever', async () => {
    const user = userEvent.setup();
    render(<ScenariosScreen />);
    await user.selectOptions(screen.getByLabelText('Soort hefboom'), 'scale');
    await user.click(screen.getByRole('button', { name: 'Hefboom toevoegen' }));
    expect(model().scenarios[1]!.changes!.at(-1)).toMatchObject({
      op: 'scale',
      select: { category: 'applications' },
      reduction: 0.1,
    });
    await user.click(screen.getByRole('button', { name: /^Omhoog: Applicaties/ }));
    expect(model().scenarios[1]!.changes![6]!.op).toBe('scale');
    await user.click(screen.getByRole('button', { name: /^Verwijderen: Applicaties/ }));
    expect(model().scenarios[1]!.changes!.some((c) => c.op === 'scale')).toBe(false);
  });

  it('adds a scenario based on the selected one and selects it', async () => {
    const user = userEvent.setup();
    render(<ScenariosScreen />);
    const name = screen.getByLabelText('Naam van het nieuwe scenario');
    await user.clear(name);
    await user.type(name, 'Variant');
    await user.click(screen.getByRole('button', { name: 'Scenario toevoegen' }));
    expect(model().scenarios.at(-1)).toMatchObject({ id: 'variant', name: 'Variant', basedOn: 's2', changes: [] });
    expect(screen.getByRole('heading', { level: 2, name: 'Variant' })).toBeInTheDocument();
  });
});

describe('the model setup screen', () => {
  it('edits inhabitants per year in a grid, keeping years before the horizon', async () => {
    const user = userEvent.setup();
    render(<ModelSetupScreen />);
    await user.click(screen.getByRole('tab', { name: 'Partijen' }));
    const grid = screen.getByRole('grid', { name: 'Inwoners' });
    const cell = within(within(grid).getAllByRole('row')[1]!).getAllByRole('gridcell')[2]!;
    await user.click(cell);
    await user.keyboard('156.000{Enter}');
    // The example's renewal investments start in 2012, so the old value is kept from there.
    expect(model().parties[0]!.inhabitants).toEqual({ 2012: 155000, 2015: 156000 });
  });
});

describe('the allocation screen', () => {
  it('switches a key to fixed shares and previews each municipality’s share', async () => {
    const user = userEvent.setup();
    render(<AllocationScreen />);
    await user.selectOptions(screen.getByLabelText('Verdelen'), 'fixed');
    expect(model().parties[2]!.allocation!.default).toEqual({
      basis: 'fixed',
      shares: { haarlem: 1, haarlemmermeer: 1 },
    });
    const grid = screen.getByRole('grid', { name: /^Aandelen/ });
    await user.click(within(within(grid).getAllByRole('row')[1]!).getAllByRole('gridcell')[0]!);
    await user.keyboard('3{Enter}');
    const preview = screen.getByRole('table', { name: /Aandeel per gemeente per jaar/ });
    expect(within(preview).getAllByRole('row')[1]!).toHaveTextContent('Haarlem75,0%75,0%75,0%75,0%75,0%');
  });
});
