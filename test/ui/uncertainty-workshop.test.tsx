// @vitest-environment jsdom
/**
 * Workshop mode: controls are stored in the model (version 2); in the full-screen view moving a
 * control changes only the what-if layer and the figures follow the engine; snapshots sit side
 * by side; "keep in model" is one undoable edit.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluateModel, readInput, type ModelFile } from '../../src/engine';
import { writeInput } from '../../src/engine/model';
import { breakEvenText } from '../../src/model';
import { WorkshopScreen } from '../../src/features/workshop';
import { formatMoney } from '../../src/i18n';
import { appStore } from '../../src/state';
import { suggestedControls } from '../../src/model';
import fixture from '../state/fixtures/two-municipalities.json';

vi.mock('react-chartjs-2', async () => (await import('../support/ui-mocks')).chartModuleMock());

const base = fixture as ModelFile;
const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;
const outcome = (m: ModelFile) => evaluateModel(m).scenarios.find((s) => s.id === 's3')!;
const breakEven = (m: ModelFile) =>
  breakEvenText(outcome(m).breakEven, false, m.horizon.extrapolateTo ?? m.horizon.endYear, 'nl');
const figure = (dialog: HTMLElement, label: string) =>
  within(dialog).getByText(label, { selector: '.ws-figures dt' }).nextElementSibling?.textContent;

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {}, workshop: {} }, true);
  id = appStore.getState().addModel(structuredClone(base));
});
afterEach(cleanup);

describe('workshop controls', { timeout: 30_000 }, () => {
  it('cannot start without controls; the suggestion stores up to six controls in a version 2 model', async () => {
    const user = userEvent.setup();
    render(<WorkshopScreen />);
    expect(screen.getByRole('button', { name: 'Workshop starten' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Voorstel overnemen' }));
    const controls = suggestedControls(base, 'nl');
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.length).toBeLessThanOrEqual(6);
    expect(model().version).toBe(2);
    expect(model().workshop?.controls).toEqual(controls);
    for (const c of controls) {
      expect(Number(c.min)).toBeLessThan(Number(c.max));
      expect(Number(readInput(base, c.path))).toBeGreaterThanOrEqual(Number(c.min));
      expect(Number(readInput(base, c.path))).toBeLessThanOrEqual(Number(c.max));
    }
    expect(screen.getByRole('button', { name: 'Workshop starten' })).toBeEnabled();
  });
});

describe('the workshop view', { timeout: 30_000 }, () => {
  const controls = suggestedControls(base, 'nl');
  beforeEach(() => {
    appStore.getState().updateModel(id, (m) => {
      m.version = 2;
      m.workshop = { controls };
    });
  });

  it('moves figures live on a what-if layer, keeps snapshots side by side, and keeps a variant as one undoable edit', async () => {
    const user = userEvent.setup();
    render(<WorkshopScreen />);
    await user.click(screen.getByRole('button', { name: 'Workshop starten' }));
    const dialog = screen.getByRole('dialog', { name: /^Workshop: / });
    const sliders = within(dialog).getAllByRole('slider');
    expect(sliders).toHaveLength(controls.length);
    expect(figure(dialog, 'Terugverdiend in')).toBe(breakEven(base));

    // Find a control whose minimum or maximum moves the break-even year of 3.0 (with the engine).
    const before = model();
    const moves = controls
      .flatMap((c, i) => [String(c.min), String(c.max)].map((v) => ({ i, c, v })))
      .find(({ c, v }) => breakEven(writeInput(base, c.path, v)) !== breakEven(base));
    expect(moves).toBeDefined();
    const { i, c, v } = moves!;
    fireEvent.change(sliders[i]!, { target: { value: v } });
    const moved = writeInput(base, c.path, v);
    expect(figure(dialog, 'Terugverdiend in')).toBe(breakEven(moved));
    expect(figure(dialog, 'Netto contante waarde')).toBe(formatMoney(outcome(moved).npv, 'nl'));
    expect(model()).toBe(before);
    expect(within(dialog).getByText(/· gewijzigd/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Momentopname' }));
    await user.click(within(dialog).getByRole('button', { name: 'Terug naar het model' }));
    expect(figure(dialog, 'Terugverdiend in')).toBe(breakEven(base));
    await user.click(within(dialog).getByRole('button', { name: 'Momentopname' }));
    expect(
      within(within(dialog).getByRole('list', { name: 'Varianten naast elkaar' })).getAllByRole('listitem'),
    ).toHaveLength(2);
    const table = within(dialog).getByRole('table', { name: /^Varianten vergeleken/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.querySelector('input')?.value ?? h.textContent),
    ).toEqual(['Onderdeel', 'Variant 1', 'Variant 2', 'Nu']);
    // Snapshot buttons carry visible words, and a variant can be named.
    expect(within(table).getAllByRole('button', { name: /^Deze variant bewaren in model: / })[0]).toHaveTextContent(
      'Bewaren in model',
    );
    expect(within(table).getByRole('button', { name: 'Variant 2 verwijderen' })).toHaveTextContent('Verwijderen');
    const name = within(table).getByRole('textbox', { name: 'Naam van Variant 2' });
    await user.clear(name);
    await user.type(name, 'Zonder inhuur{Enter}');
    expect(appStore.getState().workshop[id]?.snapshots.map((x) => x.label)).toEqual(['Variant 1', 'Zonder inhuur']);
    expect(within(table).getByRole('textbox', { name: 'Naam van Zonder inhuur' })).toHaveValue('Zonder inhuur');
    const row = within(within(table).getByRole('rowheader', { name: 'Terugverdiend in' }).closest('tr')!).getAllByRole(
      'cell',
    );
    expect(row.map((td) => td.textContent)).toEqual([breakEven(moved), breakEven(base), breakEven(base)]);

    const steps = appStore.getState().history[id]!.past.length;
    await user.click(within(dialog).getByRole('button', { name: 'Deze variant bewaren in model: Variant 1' }));
    expect(readInput(model(), c.path)).toBe(readInput(moved, c.path));
    expect(appStore.getState().history[id]!.past.length).toBe(steps + 1);
    expect(figure(dialog, 'Terugverdiend in')).toBe(breakEven(moved));
    act(() => appStore.getState().undo());
    expect(readInput(model(), c.path)).toBe(readInput(base, c.path));
  });

  it('steps with − and + within min and max, and closes back to the screen', async () => {
    const user = userEvent.setup();
    render(<WorkshopScreen />);
    await user.click(screen.getByRole('button', { name: 'Workshop starten' }));
    const dialog = screen.getByRole('dialog');
    const c = controls[0]!;
    const label = c.label!;
    const slider = within(dialog).getByRole('slider', { name: label });
    fireEvent.change(slider, { target: { value: String(c.max) } });
    const raise = within(dialog).getByRole('button', { name: `${label} verhogen` });
    expect(raise).toHaveAttribute('aria-disabled', 'true');
    await user.click(raise);
    expect(Number((slider as HTMLInputElement).value)).toBe(Number(c.max));
    await user.click(within(dialog).getByRole('button', { name: `${label} verlagen` }));
    expect(Number((slider as HTMLInputElement).value)).toBeCloseTo(Number(c.max) - Number(c.step), 9);
    expect(appStore.getState().workshop[id]?.values[c.path]).toBe(
      String(Number((Number(c.max) - Number(c.step)).toPrecision(12))),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Workshop starten' })).toHaveFocus();
  });

  it('follows a typed value while typing (after a pause), within min and max, and names the range otherwise', async () => {
    const user = userEvent.setup();
    render(<WorkshopScreen />);
    await user.click(screen.getByRole('button', { name: 'Workshop starten' }));
    const dialog = screen.getByRole('dialog');
    const c = controls.find((x) => Number(x.max) > Number(x.min))!;
    const field = within(dialog).getByRole('textbox', { name: `${c.label}: waarde typen` });
    // A quarter of the way: not the model's own value (the suggested controls centre on it).
    const mid = Number((Number(c.min) + (Number(c.max) - Number(c.min)) / 4).toPrecision(6));
    expect(String(mid)).not.toBe(String(readInput(base, c.path)));
    const unitIsPercent = /%$/.test((field as HTMLInputElement).value);
    const typed = (unitIsPercent ? String(Number((mid * 100).toPrecision(6))) : String(mid)).replace('.', ',');
    await user.clear(field);
    await user.type(field, typed);
    // No Enter, no leaving the field: the what-if layer takes the value after the typing pause.
    await vi.waitFor(() => expect(Number(appStore.getState().workshop[id]?.values[c.path])).toBeCloseTo(mid, 9), {
      timeout: 2000,
    });
    expect(field).toHaveFocus();
    expect(figure(dialog, 'Terugverdiend in')).toBe(breakEven(writeInput(base, c.path, String(mid))));
    await user.clear(field);
    await user.type(field, unitIsPercent ? String(Number(c.max) * 100 + 1000) : String(Number(c.max) * 10 + 1000));
    expect(within(dialog).getByText(/^Een getal van .* tot en met .*\.$/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });
});
