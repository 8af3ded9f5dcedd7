// @vitest-environment jsdom
/** The assumptions editor's version-3 choices (model-v3 §10.1–10.3): each explained, raising the version in one undo step. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelFile } from '../../src/engine';
import { ModelSetupScreen } from '../../src/features/model-setup';
import { appStore } from '../../src/state';
import fixture from '../state/fixtures/two-municipalities.json';

const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;

function open(edit?: (m: ModelFile) => void) {
  const m = structuredClone(fixture as ModelFile);
  edit?.(m);
  id = appStore.getState().addModel(m);
}

beforeEach(() => appStore.setState({ ...fresh, models: {}, history: {} }, true));
afterEach(cleanup);

async function assumptionsTab() {
  const user = userEvent.setup();
  render(<ModelSetupScreen />);
  await user.click(screen.getByRole('tab', { name: 'Aannames' }));
  return user;
}

describe('the assumptions editor’s version-3 choices', () => {
  it('chooses halfYear: the explanation shows, the model becomes version 3, and one undo takes both back', async () => {
    open();
    const user = await assumptionsTab();
    const start = screen.getByLabelText('Afschrijven vanaf');
    expect(start).toHaveAccessibleDescription('Afschrijving en rente beginnen het jaar na de investering.');
    await user.selectOptions(start, 'halfYear');
    expect(model().version).toBe(3);
    expect(model().assumptions!.depreciationStart).toBe('halfYear');
    expect(screen.getByLabelText('Afschrijven vanaf')).toHaveAccessibleDescription(
      'In het jaar van investeren een half jaar afschrijving, geen rente; lineair.',
    );
    appStore.getState().undo();
    expect(model().version).toBe(1);
    expect(model().assumptions?.depreciationStart).toBeUndefined();
  });

  it('does not offer annuity with a BBV start, nor a BBV start with annuity', async () => {
    open((m) => {
      m.assumptions = { ...m.assumptions, depreciationMethod: 'annuity' };
    });
    const user = await assumptionsTab();
    const start = screen.getByLabelText('Afschrijven vanaf');
    expect(screen.getByRole('option', { name: /half jaar/ })).toBeDisabled();
    expect(screen.getByRole('option', { name: /dat jaar geen rente/ })).toBeDisabled();
    expect(start).toHaveAccessibleDescription(/alleen lineair; dit model schrijft annuïtair af/);
    await user.selectOptions(screen.getByLabelText('Afschrijvingsmethode'), 'linear');
    await user.selectOptions(screen.getByLabelText('Afschrijven vanaf'), 'sameYearNoInterest');
    expect(model().assumptions).toMatchObject({
      depreciationMethod: 'linear',
      depreciationStart: 'sameYearNoInterest',
    });
    expect(screen.getByRole('option', { name: 'annuïtair' })).toBeDisabled();
    expect(screen.getByLabelText('Afschrijvingsmethode')).toHaveAccessibleDescription(/Annuïtair kan niet/);
  });

  it('offers the four extrapolations, each explained; computeThrough raises the version', async () => {
    open();
    const user = await assumptionsTab();
    const select = screen.getByLabelText('Na het laatste jaar');
    expect([...(select as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      'indexLast',
      'indexLastByCategory',
      'computeThrough',
      'none',
    ]);
    expect(select).toHaveAccessibleDescription(/bevroren en geïndexeerd \(methode 2013\)/);
    await user.selectOptions(select, 'computeThrough');
    expect(model()).toMatchObject({ version: 3, assumptions: { extrapolation: 'computeThrough' } });
    expect(screen.getByLabelText('Na het laatste jaar')).toHaveAccessibleDescription(
      'Alle regels doorgerekend tot het laatste jaar: kapitaallasten lopen af, programma’s eindigen.',
    );
  });

  it('switches to a real discount rate, which replaces the nominal one, and back', async () => {
    open((m) => {
      m.assumptions = { ...m.assumptions, discountRate: 0.04 };
    });
    const user = await assumptionsTab();
    await user.selectOptions(screen.getByLabelText('Disconteren (netto contante waarde)'), 'real');
    expect(model().version).toBe(3);
    expect(model().assumptions!.discountRate).toBeUndefined();
    expect(model().assumptions!.discountRealRate).toBe(0.0225);
    expect(screen.getByLabelText('Reële disconteringsvoet (netto contante waarde)')).toHaveValue('2,25');
    await user.selectOptions(screen.getByLabelText('Disconteren (netto contante waarde)'), 'nominal');
    expect(model().assumptions!.discountRealRate).toBeUndefined();
    expect(screen.getByLabelText('Disconteringsvoet (netto contante waarde)')).toBeInTheDocument();
  });

  it('sets a party’s own start, “as the assumptions” by default', async () => {
    open();
    const user = userEvent.setup();
    render(<ModelSetupScreen />);
    await user.click(screen.getByRole('tab', { name: 'Afschrijving en rente' }));
    const select = screen.getByLabelText('Afschrijven vanaf: Haarlem');
    expect(select).toHaveValue('');
    expect(
      screen.getAllByRole('option', { name: 'zoals de aannames (het jaar na de investering)' }).length,
    ).toBeGreaterThan(0);
    await user.selectOptions(select, 'sameYearNoInterest');
    expect(model().parties[0]).toMatchObject({ depreciationStart: 'sameYearNoInterest' });
    expect(model().version).toBe(3);
    await user.selectOptions(screen.getByLabelText('Afschrijven vanaf: Haarlem'), '');
    expect(model().parties[0]!.depreciationStart).toBeUndefined();
  });

  it('shows the starts of 80 municipalities as a windowed table, the rest of the rows in spacers', async () => {
    open((m) => {
      const haarlem = m.parties.find((p) => p.id === 'haarlem')!;
      for (let i = 1; i <= 80; i += 1) m.parties.push({ ...haarlem, id: `extra-${i}`, name: `Extra ${i}` });
    });
    const user = userEvent.setup();
    render(<ModelSetupScreen />);
    await user.click(screen.getByRole('tab', { name: 'Afschrijving en rente' }));
    const table = screen.getByRole('table', { name: 'Afschrijven vanaf, per partij' });
    expect(table).toHaveAttribute('aria-rowcount', String(model().parties.length));
    const selects = table.querySelectorAll('select');
    // Only the rows in view (and a few around them) are rendered.
    expect(selects.length).toBeGreaterThan(5);
    expect(selects.length).toBeLessThan(model().parties.length);
    expect(screen.queryByLabelText('Afschrijven vanaf: Extra 80')).toBeNull();
    const select = screen.getByLabelText('Afschrijven vanaf: Haarlem');
    // The description names the assumptions' start (on a phone it says in full what a cut label shows).
    expect(select).toHaveAccessibleDescription('Deze partij volgt de aannames: het jaar na de investering.');
    await user.selectOptions(select, 'halfYear');
    expect(model().parties[0]).toMatchObject({ depreciationStart: 'halfYear' });
    expect(screen.getByLabelText('Afschrijven vanaf: Haarlem')).toHaveValue('halfYear');
  });

  it('windows the starts by the taller rows of a phone, where name, choice and description stack', async () => {
    const narrow = '(max-width: 480px)';
    const rowsWith = async (isPhone: boolean) => {
      vi.stubGlobal(
        'matchMedia',
        vi.fn((q: string) => ({ matches: isPhone && q === narrow, addEventListener() {}, removeEventListener() {} })),
      );
      const user = userEvent.setup();
      const { unmount } = render(<ModelSetupScreen />);
      await user.click(screen.getByRole('tab', { name: 'Afschrijving en rente' }));
      const table = screen.getByRole('table', { name: 'Afschrijven vanaf, per partij' });
      const rendered = table.querySelectorAll('select').length;
      const spacer = table.querySelector<HTMLElement>('tr[aria-hidden="true"] td')!;
      const result = { rendered, spacer: spacer.style.height };
      unmount();
      vi.unstubAllGlobals();
      return result;
    };
    open((m) => {
      const haarlem = m.parties.find((p) => p.id === 'haarlem')!;
      for (let i = 1; i <= 80; i += 1) m.parties.push({ ...haarlem, id: `extra-${i}`, name: `Extra ${i}` });
    });
    const count = model().parties.length;
    // Without layout the box is taken as 480px high: 46px rows on a wide screen, 116px on a phone,
    // plus 8 rows of overscan; the spacer stands in for the rest at the same height.
    const wide = await rowsWith(false);
    expect(wide).toEqual({ rendered: Math.ceil(480 / 46) + 8, spacer: `${(count - wide.rendered) * 46}px` });
    const phone = await rowsWith(true);
    expect(phone).toEqual({ rendered: Math.ceil(480 / 116) + 8, spacer: `${(count - phone.rendered) * 116}px` });
  });
});
