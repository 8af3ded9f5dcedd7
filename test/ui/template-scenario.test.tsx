// @vitest-environment jsdom
/**
 * The template's collaboration scenario (issue 20, item 2): its levers that follow the baseline
 * (transfers, ending the municipalities' technical management) are plain; the values it cannot
 * express relative to the baseline (the centre's staff, the one-off costs) are flagged on their
 * cards as sample values to be confirmed, with the municipalities' own staff for comparison.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/engine';
import { ScenariosScreen } from '../../src/features/scenarios';
import { createTemplateModel, isToConfirm } from '../../src/model';
import { appStore } from '../../src/state';

const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;
const template = (locale: 'nl' | 'en' = 'nl') =>
  createTemplateModel({
    municipalities: 3,
    isWithCentre: true,
    startYear: 2026,
    years: 5,
    title: 'Drie gemeenten',
    locale,
    names: ['Bloemendaal', 'Heemstede', 'Zandvoort'],
    centreName: 'ICT-centrum',
    scenarioName: 'Samenwerking',
    baselineName: 'Baseline',
  });
const cards = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('change-card'));
const cardOf = (text: RegExp) => cards().find((c) => text.test(c.querySelector('.change-text')?.textContent ?? ''))!;

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {}, locale: 'nl' }, true);
  id = appStore.getState().addModel(template());
  appStore.getState().select({ scenarioId: 'centre' });
});
afterEach(cleanup);

describe('the template scenario', () => {
  it('flags the centre staff and the one-off costs as sample values, not the levers that follow the baseline', () => {
    const flagged = model().scenarios[1]!.changes!.map((c) => `${c.op}:${isToConfirm(c)}`);
    expect(flagged).toEqual([
      'transfer:false',
      'transfer:false',
      'transfer:false',
      'setStaff:false',
      'setStaff:false',
      'setStaff:false',
      'addStaff:true',
      'addLine:true',
      'addLine:true',
    ]);
    expect(template('en').scenarios[1]!.changes![6]!.note).toMatch(
      /^Sample value — to be confirmed: 20\.4 FTE is 85 % of 3 × 8 FTE/,
    );
  });

  it('shows the flag on the card with the municipalities’ own staff beside it, following what the user enters', () => {
    render(<ScenariosScreen />);
    const card = cardOf(/^Technisch beheer ICT-centrum/);
    expect(card).toHaveTextContent(
      'Voorbeeldwaarde — nog te bevestigen: 20,4 fte is 85 % van 3 × 8 fte technisch beheer van het sjabloon',
    );
    expect(card).toHaveTextContent(
      'Ter vergelijking: technisch beheer bij de gemeenten in “Baseline”, 2027: 24,0 fte.',
    );
    cleanup();
    // The user enters 5 FTE technical management for each municipality (15 in total).
    appStore.getState().updateModel(
      id,
      (m) => {
        for (const s of m.scenarios[0]!.staff!) if (s.group === 'technicalMgmt') s.fte = { 2026: 5 };
      },
      'fte',
    );
    render(<ScenariosScreen />);
    expect(cardOf(/^Technisch beheer ICT-centrum/)).toHaveTextContent(
      'Ter vergelijking: technisch beheer bij de gemeenten in “Baseline”, 2027: 15,0 fte.',
    );
    expect(cardOf(/^Technisch beheer Bloemendaal/).querySelector('.change-confirm')).toBeNull();
  });

  it('confirms a sample value: the flag goes, the figures stay, and it can be undone', async () => {
    const user = userEvent.setup();
    const before = evaluateModel(model());
    render(<ScenariosScreen />);
    await user.click(
      within(cardOf(/^Technisch beheer ICT-centrum/)).getByRole('button', {
        name: /^Bevestigen: Technisch beheer ICT-centrum/,
      }),
    );
    const change = model().scenarios[1]!.changes![6]!;
    expect(isToConfirm(change)).toBe(false);
    expect(change.note).toBeUndefined();
    expect(cardOf(/^Technisch beheer ICT-centrum/).querySelector('.change-confirm')).toBeNull();
    expect(evaluateModel(model())).toEqual(before);
    appStore.getState().undo();
    expect(isToConfirm(model().scenarios[1]!.changes![6]!)).toBe(true);
  });
});
