// @vitest-environment jsdom
/**
 * The report's chapter 2 (issue 14): the method chosen with the app's explanations, the frozen
 * and computed-through methods side by side, and the cash view of a version-3 model — compared
 * with the engine's own figures for the same model.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { compareMethods, evaluateModel, type ModelFile } from '../../src/engine';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { ProjectionSection } from '../../src/features/report/projection-section';
import { formatMoney } from '../../src/i18n';
import { breakEvenText, describeDepreciationStart, describeExtrapolation, paybackText } from '../../src/model';

afterEach(cleanup);

const v1 = example as ModelFile;
/** The example made version 3, computed through to 2035, NPV at 2.25 % real. */
const { discountRate: _nominal, ...assumptions } = v1.assumptions ?? {};
const v3: ModelFile = {
  ...v1,
  version: 3,
  horizon: { ...v1.horizon, extrapolateTo: 2035 },
  assumptions: { ...assumptions, extrapolation: 'computeThrough', discountRealRate: 0.0225 },
};

function renderSection(model: ModelFile) {
  const evaluation = evaluateModel(model);
  const comparison = compareMethods(model);
  render(<ProjectionSection model={model} evaluation={evaluation} comparison={comparison} />);
  return { evaluation, comparison };
}

const cells = (table: HTMLElement, head: string) =>
  within(table)
    .getAllByRole('row')
    .filter((r) => within(r).queryByRole('rowheader')?.textContent === head)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' ')),
    );

describe('the report on the method of projection', () => {
  it('states the method chosen with the app’s one-line explanations (the example, v1)', () => {
    renderSection(v1);
    const table = screen.getByRole('table', { name: 'Gekozen methode' });
    expect(cells(table, 'Na 2017 (tot en met 2025)')[0]).toEqual([
      'laatste jaar doortrekken',
      describeExtrapolation('indexLast', 'nl'),
    ]);
    expect(cells(table, 'Afschrijven vanaf')[0]).toEqual([
      'het jaar na de investering',
      describeDepreciationStart('nextYear', 'nl'),
    ]);
    expect(cells(table, 'Disconteringsvoet')[0]?.[0]).toBe('3,00% per jaar (nominaal)');
  });

  it('sets the frozen and the computed-through method side by side with the engine’s figures', () => {
    const { comparison } = renderSection(v1);
    for (const r of comparison!.rows.filter((x) => x.party === null)) {
      const name = v1.scenarios.find((s) => s.id === r.scenarioId)!.name;
      const table = screen.getByRole('table', {
        name: `${name}: terugverdienjaar, terugverdientijd en netto contante waarde bij beide methoden`,
      });
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((c) => c.textContent),
      ).toEqual(['Uitkomst', 'laatste jaar doortrekken (gekozen)', 'doorrekenen']);
      expect(cells(table, 'Terugverdienjaar')[0]).toEqual([
        breakEvenText(r.frozen.breakEven, false, 2025, 'nl'),
        breakEvenText(r.through.breakEven, false, 2025, 'nl'),
      ]);
      expect(cells(table, 'Terugverdientijd')[0]).toEqual([
        paybackText(r.frozen.paybackYears, 'nl'),
        paybackText(r.through.paybackYears, 'nl'),
      ]);
      expect(cells(table, 'NCW lasten 2013–2025')[0]).toEqual([
        formatMoney(r.frozen.npvExtended, 'nl'),
        formatMoney(r.through.npvExtended, 'nl'),
      ]);
      expect(cells(table, 'Terugverdienjaar kasstromen')[0]).toEqual([
        breakEvenText(r.frozen.cashBreakEven, false, 2025, 'nl'),
        breakEvenText(r.through.cashBreakEven, false, 2025, 'nl'),
      ]);
      expect(cells(table, 'NCW kasstromen 2013–2025')[0]).toEqual([
        formatMoney(r.frozen.cashNpvExtended, 'nl'),
        formatMoney(r.through.cashNpvExtended, 'nl'),
      ]);
    }
    // The difference in words: 2.0 breaks even a year earlier computed through.
    expect(
      screen.getByText(/Samenwerking 2\.0: bevroren 2021 \(geëxtrapoleerd\), doorgerekend 2020 \(geëxtrapoleerd\)\./),
    ).toBeInTheDocument();
    // A v1 model has no cash view of its own.
    expect(screen.queryByRole('table', { name: 'Kerncijfers op kasbasis per scenario' })).toBeNull();
  });

  it('shows the cash view of a version-3 model: break-even, payback and NPVs as the engine computes them', () => {
    const { evaluation } = renderSection(v3);
    const choices = screen.getByRole('table', { name: 'Gekozen methode' });
    expect(cells(choices, 'Na 2017 (tot en met 2035)')[0]?.[0]).toBe('doorrekenen');
    expect(cells(choices, 'Disconteringsvoet')[0]?.[0]).toBe('2,25% per jaar reëel');
    const table = screen.getByRole('table', { name: 'Kerncijfers op kasbasis per scenario' });
    const s2 = evaluation.scenarios.find((s) => s.id === 's2')!;
    const s3 = evaluation.scenarios.find((s) => s.id === 's3')!;
    expect([s2.cash?.breakEven?.year, s3.cash?.breakEven?.year]).toEqual([2021, 2017]);
    for (const s of [s2, s3]) {
      expect(cells(table, s.name)[0]).toEqual([
        breakEvenText(s.cash!.breakEven, false, 2035, 'nl', s.cash!.years),
        paybackText(s.cash!.paybackYears, 'nl', s.cash!.years),
        formatMoney(s.cash!.npv, 'nl'),
        formatMoney(s.cash!.npvExtended, 'nl'),
      ]);
    }
    const totals = screen.getByRole('table', { name: /Uitgaven per scenario per jaar \(kasbasis/ });
    expect(within(totals).getAllByRole('row')).toHaveLength(1 + 2035 - 2013 + 1);
    expect(within(totals).getByRole('rowheader', { name: '2018*' })).toBeInTheDocument();
    // The model's own method is the computed-through one.
    const compare = screen.getByRole('table', {
      name: `${s2.name}: terugverdienjaar, terugverdientijd en netto contante waarde bij beide methoden`,
    });
    expect(
      within(compare)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Uitkomst', 'laatste jaar doortrekken', 'doorrekenen (gekozen)']);
  });

  it('has no comparison without years after endYear', () => {
    renderSection({ ...v1, horizon: { startYear: 2013, endYear: 2017 } });
    expect(screen.queryByRole('table', { name: /bij beide methoden/ })).toBeNull();
    expect(screen.getByRole('table', { name: 'Gekozen methode' })).toBeInTheDocument();
  });
});
