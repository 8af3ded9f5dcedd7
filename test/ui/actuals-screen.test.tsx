// @vitest-environment jsdom
// The Realisatie screen (model-v3 §10.8) and the import of realised figures: pasting a block
// changes the variance and the forecast; a CSV with a bad cell is refused cell by cell and
// changes nothing; a good one changes the actuals only on confirmation.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { monitoringFictitious } from '../../src/examples';
import { evaluateModel, type ModelFile } from '../../src/engine';
import { ActualsScreen } from '../../src/features/actuals';
import { forecastSentence } from '../../src/features/actuals/forecast';
import { ImportScreen } from '../../src/features/import';
import { ReportScreen } from '../../src/features/report';
import { exportMessages, type ExportKey } from '../../src/features/export/messages';
import { buildWorkbook } from '../../src/features/export/workbook';
import { translate } from '../../src/i18n';
import { appStore } from '../../src/state';

const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;
const history = () => appStore.getState().history[id]?.past.length ?? 0;

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {} }, true);
  id = appStore.getState().addModel(structuredClone(monitoringFictitious));
});
afterEach(cleanup);

const csvFile = (rows: string[][]) =>
  new File([`\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}`], 'realisatie.csv', { type: 'text/csv' });

describe('the fictitious monitoring example', () => {
  it('says it is fictitious, in its meta and on the screen, and evaluates', () => {
    expect(monitoringFictitious.meta?.fictitious).toBe(true);
    expect(monitoringFictitious.meta?.title).toMatch(/Fictief/);
    const e = evaluateModel(monitoringFictitious);
    const oever = e.scenarios.find((s) => s.id === 'samen')?.parties.oeverstad;
    expect(oever?.actuals).toHaveLength(5);
    expect(oever?.breakEven?.year).toBe(2017);
    expect(oever?.forecastBreakEven?.year).toBe(2018);
    render(<ActualsScreen />);
    expect(screen.getByTestId('fictitious')).toHaveTextContent('Fictief voorbeeld');
    expect(screen.getByTestId('forecast')).toHaveTextContent(
      'Met de realisatie tot en met 2018 is de investering naar verwachting in 2018 terugverdiend, een jaar later dan begroot.',
    );
    expect(within(screen.getByTestId('goals')).getByText('Niet gehaald')).toBeInTheDocument();
  });
});

describe('the forecast sentence', () => {
  it('compares the forecast with the plan', () => {
    const at = (year: number) => ({ year, isExtrapolated: false });
    expect(forecastSentence(2016, at(2022), at(2021), 2030).compare?.key).toBe('laterOne');
    expect(forecastSentence(2016, at(2024), at(2021), 2030).compare).toEqual({ key: 'laterMany', vars: { count: 3 } });
    expect(forecastSentence(2016, at(2020), at(2021), 2030).compare?.key).toBe('earlierOne');
    expect(forecastSentence(2016, at(2021), at(2021), 2030).compare?.key).toBe('sameAsPlan');
    expect(forecastSentence(2016, null, at(2021), 2030).sentence.key).toBe('forecastNever');
    expect(forecastSentence(null, at(2021), at(2021), 2030).sentence.key).toBe('noForecast');
  });
});

describe('the realisation grid', () => {
  it('takes a pasted block of amounts and FTE as one edit, and the variance and forecast follow', async () => {
    const m = structuredClone(monitoringFictitious) as ModelFile;
    delete m.actuals;
    appStore.setState({ ...fresh, models: {}, history: {} }, true);
    id = appStore.getState().addModel(m);
    const user = userEvent.setup();
    render(<ActualsScreen />);
    expect(screen.getByTestId('forecast')).toHaveTextContent('Vul realisatie in om de verwachting te zien.');
    const grid = screen.getByRole('grid', { name: 'Realisatie van Oeverstad' });
    const first = within(grid).getAllByRole('gridcell')[0] as HTMLElement;
    first.focus();
    await user.paste('5.720.000\t23\n5.590.000\t9,5');
    expect(history()).toBe(1);
    expect(model().version).toBe(3);
    expect(model().actuals).toEqual({
      scenario: 'samen',
      years: {
        '2014': { oeverstad: { total: 5720000, fte: 23 } },
        '2015': { oeverstad: { total: 5590000, fte: 9.5 } },
      },
    });
    const variance = screen.getByTestId('variance-table');
    expect(within(variance).getAllByRole('row')).toHaveLength(3);
    expect(variance).toHaveTextContent('53.300,00');
    expect(screen.getByTestId('forecast')).toHaveTextContent('tot en met 2015');
  });
});

describe('importing realised figures', () => {
  async function choose(file: File) {
    const user = userEvent.setup();
    render(<ImportScreen />);
    await user.selectOptions(screen.getByLabelText('Soort tabel'), 'actuals');
    await user.selectOptions(screen.getByLabelText('Gemeente of partij'), 'duinhorst');
    await user.upload(screen.getByLabelText('Bestand kiezen'), file);
    await screen.findByRole('heading', { name: `Voorbeeld: ${file.name}` });
    return user;
  }

  it('names the bad cell and changes nothing', async () => {
    const before = model();
    const user = await choose(
      csvFile([
        ['Rij', '2019', '2020'],
        ['ICT-kosten', '2.600.000', '-5'],
        ['Fte', '5', '5'],
      ]),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('C2');
    expect(alert.querySelectorAll('li')).toHaveLength(1);
    const confirm = screen.getByRole('button', { name: 'Importeren in de realisatie' });
    expect(confirm).toBeDisabled();
    await user.click(confirm);
    expect(model()).toBe(before);
    expect(history()).toBe(0);
  });

  it('writes the filled years on confirmation only, as one undo step; empty cells leave a year as it is', async () => {
    const user = await choose(
      csvFile([
        ['Rij', '2018', '2019', '2020'],
        ['ICT-kosten', '', '2.600.000', '2.650.000,50'],
        ['Fte', '', '5', '4,5'],
      ]),
    );
    expect(model().actuals?.years['2019']).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Importeren in de realisatie' }));
    expect(history()).toBe(1);
    expect(model().actuals?.years['2018']?.duinhorst).toEqual({ total: 2540000, fte: 5 });
    expect(model().actuals?.years['2019']).toEqual({ duinhorst: { total: 2600000, fte: 5 } });
    expect(model().actuals?.years['2020']).toEqual({ duinhorst: { total: 2650000.5, fte: 4.5 } });
  });
});

describe('the report chapter and the export sheets', () => {
  it('report: a table per municipality, the forecast sentence and the goals', () => {
    render(<ReportScreen />);
    expect(screen.getByRole('heading', { name: '9. Realisatie en doelen' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Realisatie van Oeverstad tegen het plan' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(table).toHaveTextContent('53.300');
    expect(
      screen.getByText(
        'Oeverstad: met de realisatie tot en met 2018 is de investering naar verwachting in 2018 terugverdiend, een jaar later dan begroot.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Doelen en indicatoren' })).toHaveTextContent('Niet gehaald');
  });

  it('export: the realised figures and goals as sheets, money as the engine gives it', () => {
    const t = (key: ExportKey, vars?: Record<string, string | number>) => translate(exportMessages, 'nl', key, vars);
    const sheets = buildWorkbook(monitoringFictitious, evaluateModel(monitoringFictitious), t, 'nl', '2025-01-01');
    const actuals = sheets.find((s) => s.id === 'actuals');
    expect(actuals?.name).toBe('Realisatie');
    expect(actuals?.rows).toHaveLength(10);
    expect(actuals?.rows[0]?.slice(1, 10).map((c) => (c === null ? null : c.value))).toEqual([
      'Oeverstad',
      '2014',
      '5720000.00',
      '5666700.00',
      '53300.00',
      '-653300.00',
      '-653300.00',
      '23',
      '2018',
    ]);
    expect(sheets.find((s) => s.id === 'goals')?.rows).toHaveLength(4);
    const plain = sheets.map((s) => s.id);
    expect(
      buildWorkbook(
        { ...monitoringFictitious, actuals: undefined, goals: undefined },
        evaluateModel(monitoringFictitious),
        t,
        'nl',
        '2025-01-01',
      ).map((s) => s.id),
    ).toEqual(plain.filter((id) => id !== 'actuals' && id !== 'goals'));
  });
});
