// @vitest-environment jsdom
/**
 * A new lever is inert until the user confirms its values, and a scale's phase-in follows its
 * first year (issue 20, item 3).
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateModel, type ModelFile } from '../../src/engine';
import { ScenariosScreen } from '../../src/features/scenarios';
import { appStore } from '../../src/state';
import fixture from '../state/fixtures/two-municipalities.json';

const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;
const cards = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('change-card'));

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {}, locale: 'nl' }, true);
  id = appStore.getState().addModel(structuredClone(fixture as ModelFile));
  appStore.getState().select({ scenarioId: 's2' });
});
afterEach(cleanup);

async function addScale(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByLabelText('Soort hefboom'), 'scale');
  await user.click(screen.getByRole('button', { name: 'Hefboom toevoegen' }));
  return cards().at(-1)!;
}

describe('a new lever', () => {
  it('changes no figure until it is confirmed, and says so on its card', async () => {
    const user = userEvent.setup();
    const before = evaluateModel(model());
    render(<ScenariosScreen />);
    const card = await addScale(user);
    expect(model().scenarios[1]!.changes!.at(-1)).toMatchObject({ op: 'scale', enabled: false });
    expect(evaluateModel(model())).toEqual(before);
    expect(card).toHaveTextContent('Voorbeeldwaarde — nog te bevestigen (telt nog niet mee)');
    await user.click(within(card).getByRole('button', { name: /^Bevestigen: Applicaties \(alle partijen\) −10%/ }));
    const confirmed = model().scenarios[1]!.changes!.at(-1)!;
    expect(confirmed.enabled).toBeUndefined();
    expect(confirmed.note).toBeUndefined();
    expect(evaluateModel(model()).scenarios[1]!.npv).not.toBe(before.scenarios[1]!.npv);
    expect(cards().at(-1)!.querySelector('.change-confirm')).toBeNull();
  });

  it('is flagged in English too', async () => {
    appStore.setState({ locale: 'en' });
    const user = userEvent.setup();
    render(<ScenariosScreen />);
    await user.selectOptions(screen.getByLabelText('Kind of lever'), 'setStaff');
    await user.click(screen.getByRole('button', { name: 'Add lever' }));
    expect(cards().at(-1)!).toHaveTextContent(
      'Sample value — to be confirmed (not counted yet): new lever with sample values',
    );
    expect(within(cards().at(-1)!).getByRole('button', { name: /^Confirm: / })).toBeInTheDocument();
  });

  it('moves its phase-in along when “Vanaf” changes, so the title and the schedule agree', async () => {
    const user = userEvent.setup();
    render(<ScenariosScreen />);
    const card = await addScale(user);
    expect(card.querySelector('.change-text')?.textContent).toMatch(
      /^Applicaties \(alle partijen\) −10% vanaf 2014 \(ingefaseerd: 100% in 2014\)/,
    );
    const from = within(card).getByLabelText('Vanaf');
    await user.clear(from);
    await user.type(from, '2015{Enter}');
    const change = model().scenarios[1]!.changes!.at(-1)!;
    expect(change).toMatchObject({ op: 'scale', from: 2015, phaseIn: { 2015: 1 } });
    expect(Object.keys((change as { phaseIn: object }).phaseIn)).toEqual(['2015']);
    expect(cards().at(-1)!.querySelector('.change-text')?.textContent).toMatch(
      /^Applicaties \(alle partijen\) −10% vanaf 2015 \(ingefaseerd: 100% in 2015\)/,
    );
  });
});
