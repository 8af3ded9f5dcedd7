// @vitest-environment jsdom
/**
 * The uncertainty screen with workers in-process: ranges are model edits (version 2, one undo
 * step each), the tornado and a Monte Carlo run show what the engine computes, a run can be
 * cancelled.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluateModel, runMonteCarlo, runSensitivity, summarizeMonteCarlo, type ModelFile } from '../../src/engine';
import { bandPosition } from '../../src/engine/sampling';
import { UncertaintyScreen } from '../../src/features/uncertainty';
import { formatChance, formatMoney } from '../../src/i18n';
import { appStore, disposeEnginePool } from '../../src/state';
import { suggestedRanges } from '../../src/model';
import fixture from '../state/fixtures/two-municipalities.json';

vi.mock('../../src/worker/create-worker', async (original) =>
  (await import('../support/ui-mocks')).workerModuleMock(original),
);
vi.mock('react-chartjs-2', async () => (await import('../support/ui-mocks')).chartModuleMock());

const base = fixture as ModelFile;
const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {} }, true);
  appStore.setState({ monteCarlo: { status: 'idle' } });
  id = appStore.getState().addModel(structuredClone(base));
});
afterEach(() => {
  cleanup();
  disposeEnginePool();
});

async function typeNumber(label: string, text: string, within: HTMLElement = document.body) {
  const input = (await screen.findAllByLabelText(label)).find((el) => within.contains(el)) as HTMLInputElement;
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('ranges', { timeout: 30_000 }, () => {
  it('adds a range on any input through the picker, edits, converts and removes it; the first range makes the model version 2', async () => {
    const user = userEvent.setup();
    render(<UncertaintyScreen />);
    await user.click(screen.getByRole('tab', { name: 'Bandbreedtes' }));
    const add = screen.getByRole('group', { name: 'Bandbreedte toevoegen' });
    await user.selectOptions(within(add).getByLabelText('Onderdeel'), 'party:haarlem');
    await user.selectOptions(within(add).getByLabelText('Aanname'), 'parties.haarlem.costPerFte.own');
    await user.selectOptions(within(add).getByLabelText('Verdeling'), 'pert');
    await user.click(within(add).getByRole('button', { name: 'Toevoegen' }));
    expect(model().version).toBe(2);
    const range = model().uncertainty?.inputs[0];
    expect(range).toMatchObject({
      path: 'parties.haarlem.costPerFte.own',
      label: 'Haarlem: kosten per fte eigen',
      distribution: { kind: 'pert' },
    });
    const own = Number(base.parties[0]?.costPerFte?.own);
    expect(Number((range?.distribution as { low: string }).low)).toBe(own * 0.8);
    expect(Number((range?.distribution as { high: string }).high)).toBe(own * 1.2);
    expect(within(add).getByRole('button', { name: 'Toevoegen' })).toBeDisabled();

    const card = screen.getByRole('list', { name: 'Bandbreedtes' }).querySelector('li') as HTMLElement;
    await typeNumber('Hoog', '100.000', card);
    expect(model().uncertainty?.inputs[0]?.distribution).toMatchObject({ high: 100000 });
    // Low above high is refused in the field, the model keeps its value.
    await typeNumber('Laag', '120.000', card);
    expect(within(card).getByText('Mag hoogstens 100.000 zijn.')).toBeInTheDocument();
    expect(Number((model().uncertainty?.inputs[0]?.distribution as { low: string }).low)).toBe(own * 0.8);

    await user.selectOptions(within(card).getByLabelText('Verdeling'), 'normal');
    const normal = model().uncertainty?.inputs[0]?.distribution;
    expect(normal?.kind).toBe('normal');
    expect(Number((normal as { sd: string }).sd)).toBeCloseTo((100000 - own * 0.8) / 4, 6);

    const steps = appStore.getState().history[id]!.past.length;
    await user.click(within(card).getByRole('button', { name: /^Bandbreedte verwijderen: / }));
    expect(model().uncertainty?.inputs).toEqual([]);
    expect(appStore.getState().history[id]!.past.length).toBe(steps + 1);
  });

  it('takes the suggested ranges in one undoable step', async () => {
    const user = userEvent.setup();
    render(<UncertaintyScreen />);
    await user.click(screen.getByRole('tab', { name: 'Bandbreedtes' }));
    await user.click(screen.getByRole('button', { name: 'Voorgestelde bandbreedtes toevoegen' }));
    expect(model().uncertainty?.inputs).toEqual(suggestedRanges(base, 'nl'));
    expect(screen.getByRole('list', { name: 'Bandbreedtes' }).children).toHaveLength(
      suggestedRanges(base, 'nl').length,
    );
    act(() => appStore.getState().undo());
    expect(model().version).toBe(1);
    expect(model().uncertainty).toBeUndefined();
  });
});

describe('tornado', { timeout: 30_000 }, () => {
  it('shows the engine’s sensitivity rows with the base value, per metric', async () => {
    const user = userEvent.setup();
    render(<UncertaintyScreen />);
    await user.click(screen.getByRole('tab', { name: 'Gevoeligheid' }));
    await user.selectOptions(screen.getByLabelText('Scenario'), 's3');
    for (const metric of ['cumulativeSavings', 'npv'] as const) {
      await user.selectOptions(screen.getByLabelText('Uitkomst'), metric);
      const expected = runSensitivity(base, 's3', metric);
      expect(
        await screen.findByText(`Basis: ${formatMoney(String(expected.baseResult), 'nl')}`, {}, { timeout: 3000 }),
      ).toBeInTheDocument();
      const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(expected.rows.length);
      expect(within(rows[0]!).getAllByRole('cell')[3]).toHaveTextContent(
        formatMoney(String(expected.rows[0]!.highResult), 'nl'),
      );
    }
    expect(screen.getByRole('img', { name: /^Gevoeligheid van Netto contante waarde/ })).toBeInTheDocument();
  });
});

describe('Monte Carlo', { timeout: 30_000 }, () => {
  it('needs ranges first', async () => {
    render(<UncertaintyScreen />);
    expect(screen.getByText('Er zijn nog geen bandbreedtes om uit te trekken.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Doorrekenen' })).toBeDisabled();
  });

  it('runs N samples with a seed and shows the engine’s chances and spreads', async () => {
    const user = userEvent.setup();
    appStore.getState().updateModel(id, (m) => {
      m.version = 2;
      m.uncertainty = { inputs: suggestedRanges(base, 'nl') };
    });
    render(<UncertaintyScreen />);
    await typeNumber('Aantal trekkingen', '300');
    await typeNumber('Startgetal (seed)', '5');
    await user.click(screen.getByRole('button', { name: 'Doorrekenen' }));
    expect(await screen.findByText(/^300 trekkingen, startgetal 5, /, {}, { timeout: 10_000 })).toBeInTheDocument();
    const expected = summarizeMonteCarlo(runMonteCarlo(model(), { samples: 300, seed: 5 }));
    const point = evaluateModel(model());
    const last = expected.years[expected.years.length - 1]!;
    const table = screen.getByRole('table', { name: /^Uitkomsten per scenario/ });
    expect(within(table).getByRole('columnheader', { name: `Kans terugverdiend t/m ${last}` })).toBeInTheDocument();
    for (const s of expected.scenarios.filter((x) => !x.isBaseline)) {
      const name = base.scenarios.find((x) => x.id === s.id)!.name;
      const own = point.scenarios.find((x) => x.id === s.id)!;
      const cells = within(within(table).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell');
      const at = (year: number) => s.breakEvenByYear.find((b) => b.year === year)!.probability;
      // The point estimate's own break-even year and the chance by it, then by the last computed year.
      expect(cells[0]).toHaveTextContent(own.breakEven ? String(own.breakEven.year) : `niet vóór ${last}`);
      if (own.breakEven) expect(cells[1]).toHaveTextContent(formatChance(at(own.breakEven.year), 'nl'));
      expect(cells[2]).toHaveTextContent(formatChance(at(last), 'nl'));
      if (at(last) < 1) expect(cells[2]!.textContent).not.toBe('100%');
      expect(cells[cells.length - 2]).toHaveTextContent(formatMoney(s.npv.p50, 'nl'));
    }
    // The detail reconciles the spread with the point estimate in words.
    const detail = expected.scenarios.filter((x) => !x.isBaseline).at(-1)!;
    const own = point.scenarios.find((x) => x.id === detail.id)!;
    const position = bandPosition(own.npv, detail.npv);
    const lean = document.querySelector('.mc-lean') as HTMLElement;
    expect(lean).toHaveTextContent(`de puntschatting van de netto contante waarde (${formatMoney(own.npv, 'nl')})`);
    const where = {
      aboveBand: 'ligt boven de P10–P90-band',
      upper: 'ligt aan de gunstige kant van de P10–P90-band',
      centre: 'ligt midden in de P10–P90-band',
      lower: 'ligt aan de ongunstige kant van de P10–P90-band',
      belowBand: 'ligt onder de P10–P90-band',
    }[position];
    if (lean.dataset.lean !== 'none' || position !== 'centre')
      expect(lean.textContent).toMatch(/^De bandbreedtes zijn/);
    if (!lean.textContent!.includes('cumulatieve besparing')) expect(lean).toHaveTextContent(where);
    expect(screen.getByRole('img', { name: /^Kans dat .* in of vóór het jaar is terugverdiend$/ })).toBeInTheDocument();
    // The base case is drawn in the bands chart and listed in its table.
    expect(screen.getAllByText(new RegExp(`^${own.name} puntschatting$`)).length).toBeGreaterThan(0);
  });

  it('cancels a run', async () => {
    appStore.getState().updateModel(id, (m) => {
      m.version = 2;
      m.uncertainty = { inputs: suggestedRanges(base, 'nl') };
    });
    render(<UncertaintyScreen />);
    await typeNumber('Aantal trekkingen', '500000');
    fireEvent.click(screen.getByRole('button', { name: 'Doorrekenen' }));
    expect(screen.getByRole('progressbar', { name: 'Voortgang' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Stoppen' }));
    expect(await screen.findByText('De berekening is gestopt.')).toBeInTheDocument();
    expect(appStore.getState().monteCarlo.status).toBe('cancelled');
  });
});
