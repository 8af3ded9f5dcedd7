// @vitest-environment jsdom
// The per-municipality view of a large model (issue 19, item 5): a ranking by largest effect,
// searchable by name, with one business case (table and chart) instead of one per municipality.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluateModel } from '../../src/engine';
import { MunicipalityView } from '../../src/features/results/municipality-view';
import { formatMoney } from '../../src/i18n';
import { modelFromTableLines } from '../support/national-table';
import { appStore } from '../../src/state';

vi.mock('react-chartjs-2', async () => (await import('../support/ui-mocks')).chartModuleMock());

// 30 municipalities of different sizes in two regions: the larger, the larger its saving.
const sizes = Array.from({ length: 30 }, (_, i) => 5000 + ((i * 7919) % 30) * 3000);
const table = ['Naam\tInwoners\tRegio', ...sizes.map((n, i) => `Plaats ${i + 1}\t${n}\t${i % 2 ? 'Oost' : 'West'}`)];
const model = modelFromTableLines(table, { title: 'Dertig' });
const e = evaluateModel(model);

beforeEach(() => appStore.setState({ locale: 'nl' }));
afterEach(cleanup);

const ranking = () => screen.getByRole('table', { name: /^Gemeenten gesorteerd op grootste effect/ });
const rankedNames = () =>
  within(ranking())
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('rowheader').textContent);

describe('the per-municipality view of a large model', () => {
  it('ranks every municipality by the largest effect first and shows one business case', () => {
    render(<MunicipalityView model={model} evaluation={e} />);
    const npv = (i: number) => {
      const party = model.parties[i]!.id;
      return e.scenarios.slice(1).reduce((best, s) => Math.max(best, Math.abs(Number(s.parties[party]!.npv))), 0);
    };
    const expected = model.parties
      .slice(0, 30)
      .map((p, i) => ({ name: p.name, size: npv(i) }))
      .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name))
      .map((x) => x.name);
    expect(rankedNames()).toEqual(expected.slice(0, 25));
    // The largest effect is the largest municipality's.
    const largest = model.parties[sizes.indexOf(Math.max(...sizes))]!.name;
    expect(rankedNames()[0]).toBe(largest);
    const top = within(ranking()).getAllByRole('row')[1]!;
    const party = model.parties.find((p) => p.name === largest)!.id;
    const s = e.scenarios.find((x) => x.parties[party]?.npv !== '0.00' && x.id !== 'baseline')!;
    expect(top.querySelector('[data-figure="npv"]')!.textContent).toBe(formatMoney(s.parties[party]!.npv, 'nl'));
    // One business case (with one chart), not thirty.
    expect(screen.getAllByRole('img')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: `Business case ${largest}` })).toBeTruthy();
  });

  it('finds municipalities by part of their name and shows the chosen one’s case', async () => {
    const user = userEvent.setup();
    render(<MunicipalityView model={model} evaluation={e} />);
    fireEvent.change(screen.getByLabelText('Zoek een gemeente'), { target: { value: 'plaats 2' } });
    // Plaats 2 and Plaats 20–29.
    expect([...rankedNames()].sort()).toEqual(['Plaats 2', ...Array.from({ length: 10 }, (_, i) => `Plaats 2${i}`)]);
    expect(screen.getByText('11 van 30 gemeenten')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Toon business case van Plaats 24' }));
    expect(screen.getByRole('heading', { name: 'Business case Plaats 24' })).toBeTruthy();
    expect(screen.getAllByRole('table', { name: /^Kosten van Plaats 24 per scenario/ }).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText('Zoek een gemeente'), { target: { value: 'Nergens' } });
    expect(screen.getByText('Geen gemeente gevonden met “Nergens”.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Business case/ })).toBeNull();
  });
});
