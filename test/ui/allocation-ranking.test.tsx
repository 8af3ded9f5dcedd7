// @vitest-environment jsdom
// Allocation keys compared at national scale (issue 19): beyond a dozen municipalities they are
// rows (not columns), searchable, largest difference between the keys first, windowed past 60
// rows, with per key whether every municipality gains. Compared with the engine's own outcomes.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareAllocationBases, evaluateModel, type BasisOutcome } from '../../src/engine';
import { AllocationAtScale, rankAllocation } from '../../src/features/results/allocation-ranking';
import { resultsMessages, type ResultsKey } from '../../src/features/results/messages';
import { formatMoney, translate } from '../../src/i18n';
import { modelFromTableLines } from '../support/national-table';
import { appStore } from '../../src/state';

vi.mock('react-chartjs-2', async () => (await import('../support/ui-mocks')).chartModuleMock());

// 80 municipalities of different sizes in two regions; one (Plaats 1) with very few workstations
// and employees for its inhabitants, so the keys differ for it.
const COUNT = 80;
const sizes = Array.from({ length: COUNT }, (_, i) => 5000 + ((i * 7919) % 80) * 2000);
const table = [
  'Naam\tInwoners\tWerkplekken\tMedewerkers\tRegio',
  ...sizes.map((n, i) => {
    const staff = i === 0 ? 10 : Math.round(n / 100) + ((i * 37) % 50);
    return `Plaats ${i + 1}\t${n}\t${staff}\t${staff}\t${i % 2 ? 'Oost' : 'West'}`;
  }),
];
const model = modelFromTableLines(table, { title: 'Tachtig' });
const e = evaluateModel(model);
const shared = e.sharedParties[0]!;
const outcomes = compareAllocationBases(model, shared).outcomes;
const usable = outcomes.filter((o) => !o.error);
const scenario = e.scenarios.find((s) => s.id !== e.baselineId)!;
const nameOf = (id: string) => model.parties.find((p) => p.id === id)!.name;
const basisName = (o: BasisOutcome) => translate(resultsMessages, 'nl', `basis_${o.basis}` as ResultsKey);

beforeEach(() => appStore.setState({ locale: 'nl' }));
afterEach(cleanup);

/** The order the view should have, computed here from the engine's outcomes. */
function expectedOrder(filter: (id: string) => boolean = () => true): string[] {
  return e.municipalities
    .filter(filter)
    .map((m) => {
      const v = usable.map((o) => Number(o.scenarios[scenario.id]![m]!.savingsEnd));
      return { name: nameOf(m), spread: Math.round((Math.max(...v) - Math.min(...v)) * 100) };
    })
    .sort((a, b) => b.spread - a.spread || a.name.localeCompare(b.name, 'nl'))
    .map((x) => x.name);
}
const ranking = () =>
  screen.getByRole('table', { name: /(grootste verschil eerst|largest difference first) \(\d+\)$/ });
const renderedNames = () =>
  within(ranking())
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('rowheader').textContent);

describe('allocation keys compared at national scale', () => {
  it('orders municipalities by the largest difference between the keys’ savings', () => {
    const ranked = rankAllocation(outcomes, scenario.id, e.municipalities, nameOf, '', false);
    expect(ranked.map((r) => r.name)).toEqual(expectedOrder());
    // The municipality with few workstations and employees is where the key matters most.
    expect(ranked[0]!.name).toBe('Plaats 1');
    const top = ranked[0]!;
    const v = usable.map((o) => Number(o.scenarios[scenario.id]![top.party]!.savingsEnd));
    expect(Number(top.spread)).toBeCloseTo(Math.max(...v) - Math.min(...v), 2);
  });

  it('shows per key whether every municipality gains, and the rows windowed with the per-key figures', () => {
    render(<AllocationAtScale model={model} evaluation={e} outcomes={outcomes} basisName={basisName} />);
    const summary = screen.getByRole('table', {
      name: `${scenario.name}: voordeel voor iedere gemeente, per verdeelsleutel`,
    });
    for (const o of outcomes) {
      const row = summary.querySelector<HTMLElement>(`tr[data-basis="${o.basis}"]`)!;
      expect(within(row).getByRole('rowheader').textContent).toBe(basisName(o));
      if (o.error) continue;
      const losers = e.municipalities.filter((m) => o.scenarios[scenario.id]![m]!.isLoss).length;
      expect(row.querySelector('[data-figure="losers"]')!.textContent).toBe(String(losers));
      expect(row.querySelector('[data-figure="everyone"]')!.textContent).toBe(losers === 0 ? 'ja' : '⚠ nee');
    }
    // 80 rows: windowed, far fewer rendered, the count told to assistive technology.
    const t = ranking();
    expect(t.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    const names = renderedNames();
    expect(names.length).toBeLessThan(COUNT);
    expect(names).toEqual(expectedOrder().slice(0, names.length));
    // The per-key figures of the first row, loss flagged.
    const first = t.querySelector<HTMLElement>('tbody tr[data-party]')!;
    const party = first.dataset.party!;
    for (const o of usable) {
      const c = o.scenarios[scenario.id]![party]!;
      const cell = first.querySelector(`[data-basis="${o.basis}"][data-figure="savingsEnd"]`)!;
      expect(cell.textContent).toContain(formatMoney(c.savingsEnd, 'nl'));
      expect(cell.textContent!.includes('⚠ verlies')).toBe(c.isLoss);
    }
    // Scrolled down, the rows further down the ranking are rendered in place of the first.
    const box = t.closest<HTMLElement>('[role="region"]')!;
    box.scrollTop = 60 * 33;
    fireEvent.scroll(box);
    const later = renderedNames();
    expect(later).toContain(expectedOrder()[COUNT - 1]);
    expect(later).not.toContain(expectedOrder()[0]);
  });

  it('finds municipalities by name and filters those with a loss', () => {
    render(<AllocationAtScale model={model} evaluation={e} outcomes={outcomes} basisName={basisName} />);
    fireEvent.change(screen.getByLabelText('Zoek een gemeente'), { target: { value: 'plaats 7' } });
    expect(renderedNames()).toEqual(expectedOrder((m) => /^Plaats 7\d?$/.test(nameOf(m))));
    expect(screen.getByText('11 van 80 gemeenten')).toBeTruthy();
    expect(ranking().getAttribute('aria-rowcount')).toBeNull();
    fireEvent.change(screen.getByLabelText('Zoek een gemeente'), { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('Alleen gemeenten met verlies onder een sleutel'));
    const losing = (m: string) => usable.some((o) => o.scenarios[scenario.id]![m]!.isLoss);
    const expected = expectedOrder(losing);
    // Some municipalities lose under some key in this model, others under none.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(COUNT);
    expect(renderedNames()).toEqual(expected);
    for (const row of within(ranking()).getAllByRole('row').slice(1)) expect(row.textContent).toContain('⚠ verlies');
    expect(screen.getByText(`${expected.length} van 80 gemeenten`)).toBeTruthy();
  });

  it('counts the municipalities for which the key makes no difference; they are at the bottom', () => {
    render(<AllocationAtScale model={model} evaluation={e} outcomes={outcomes} basisName={basisName} />);
    const same = e.municipalities.filter((m) =>
      usable.every(
        (o) => o.scenarios[scenario.id]![m]!.savingsEnd === usable[0]!.scenarios[scenario.id]![m]!.savingsEnd,
      ),
    );
    // The other region's municipalities take no part in this region's centre.
    expect(same.length).toBeGreaterThan(0);
    expect(same.length).toBeLessThan(COUNT);
    expect(document.querySelector('[data-figure="sameUnderEveryKey"]')!.textContent).toBe(
      `Voor ${same.length} van de 80 gemeenten maakt de keuze van sleutel t/m ${e.years.at(-1)} geen verschil: onder elke sleutel dezelfde besparing (bijvoorbeeld omdat zij niet aan dit scenario deelnemen). Zij staan onderaan de tabel.`,
    );
    expect(new Set(expectedOrder().slice(-same.length))).toEqual(new Set(same.map(nameOf)));
  });

  it('charts the dozen municipalities at the top of the table, following its search', () => {
    render(<AllocationAtScale model={model} evaluation={e} outcomes={outcomes} basisName={basisName} />);
    const chartOf = () =>
      JSON.parse(document.querySelector<HTMLElement>('canvas[data-chart]')!.dataset.chart!) as {
        labels: string[];
        datasets: { label: string; data: number[] }[];
      };
    const data = chartOf();
    expect(data.labels).toEqual(usable.map(basisName));
    // No "overige gemeenten": the top 12 of the ranking, each with its savings per key.
    expect(data.datasets.map((d) => d.label)).toEqual(expectedOrder().slice(0, 12));
    const top = e.municipalities.find((m) => nameOf(m) === expectedOrder()[0])!;
    expect(data.datasets[0]!.data).toEqual(usable.map((o) => Number(o.scenarios[scenario.id]![top]!.savingsEnd)));
    expect(
      screen.getByRole('img', {
        name: `${scenario.name}: besparing t/m ${e.years.at(-1)} per verdeelsleutel van de 12 gemeenten bovenaan de tabel`,
      }),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Zoek een gemeente'), { target: { value: 'plaats 7' } });
    expect(chartOf().datasets.map((d) => d.label)).toEqual(expectedOrder((m) => /^Plaats 7\d?$/.test(nameOf(m))));
  });

  it('speaks English with English number formats', () => {
    appStore.setState({ locale: 'en' });
    render(
      <AllocationAtScale
        model={model}
        evaluation={e}
        outcomes={outcomes}
        basisName={(o) => translate(resultsMessages, 'en', `basis_${o.basis}` as ResultsKey)}
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'Difference between the keys' })).toBeTruthy();
    expect(screen.getByLabelText('Find a municipality')).toBeTruthy();
    const first = ranking().querySelector<HTMLElement>('tbody tr[data-party]')!;
    const spread = rankAllocation(outcomes, scenario.id, e.municipalities, nameOf, '', false)[0]!.spread;
    expect(first.querySelector('[data-figure="spread"]')!.textContent).toBe(formatMoney(spread, 'en'));
  });
});
