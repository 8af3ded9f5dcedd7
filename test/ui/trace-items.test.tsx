// @vitest-environment jsdom
/** The trace of a recurring investment per inhabitant shows the inhabitants it used (issue 20, item 1). */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { evaluateModel, explainFigure, type ModelFile } from '../../src/engine';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { TraceItems } from '../../src/features/results/trace-items';
import { exactText } from '../../src/features/results/trace-text';
import { formatMoney } from '../../src/i18n';
import { createTemplateModel } from '../../src/model';
import { appStore } from '../../src/state';
import { modelFromTableLines } from '../support/national-table';

const fresh = appStore.getState();
beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {}, locale: 'nl' }, true);
});
afterEach(cleanup);

function renewalTrace() {
  const model = createTemplateModel({
    municipalities: 2,
    isWithCentre: false,
    startYear: 2026,
    years: 5,
    title: 'T',
    names: ['Bloemendaal', 'Heemstede'],
    centreName: 'x',
    scenarioName: 'x',
    baselineName: 'Baseline',
  });
  model.parties[0]!.inhabitants = { 2026: 24000 };
  const trace = explainFigure(model, {
    scenarioId: 'baseline',
    year: 2027,
    owner: 'gemeente-1',
    category: 'applications',
  });
  return { model, trace, evaluation: evaluateModel(model) };
}

describe('a trace item of a renewal per inhabitant', () => {
  it('shows the investment as amount per inhabitant × inhabitants', () => {
    const { model, trace, evaluation } = renewalTrace();
    render(<TraceItems trace={trace} what="Applicaties" model={model} evaluation={evaluation} />);
    const row = screen.getByRole('table').querySelector('tr[data-rule="charge"]')!;
    expect(row.textContent).toContain('investering 2026 (€ 109.440,00: € 4,56 per inwoner × 24.000 inwoners), 5 jaar');
  });

  it('says the same in English', () => {
    appStore.setState({ locale: 'en' });
    const { model, trace, evaluation } = renewalTrace();
    render(<TraceItems trace={trace} what="Applications" model={model} evaluation={evaluation} />);
    const row = screen.getByRole('table').querySelector('tr[data-rule="charge"]')!;
    expect(row.textContent).toContain(
      'investment 2026 (€109,440.00: €4.56 per inhabitant × 24,000 inhabitants), 5 years',
    );
  });
});

describe('the trace at the precision the engine used (issue 20, item 9)', () => {
  it('exactText keeps every digit up to ten decimals, then marks the cut', () => {
    expect(exactText('1.0404', 'nl')).toBe('1,0404');
    expect(exactText('1.02000', 'nl')).toBe('1,02');
    expect(exactText('24000', 'nl')).toBe('24.000');
    expect(exactText('1.1261624192', 'en')).toBe('1.1261624192');
    expect(exactText('1.148685667154', 'nl')).toBe('≈ 1,1486856672');
  });

  it('the index and shares shown recompute the amounts of the example by hand', () => {
    const model = example as ModelFile;
    const evaluation = evaluateModel(model);
    const trace = explainFigure(model, { scenarioId: 's2', year: 2017, party: 'haarlem' });
    render(<TraceItems trace={trace} what="Haarlem 2017" model={model} evaluation={evaluation} />);
    const rows = [...screen.getByRole('table').querySelectorAll('tbody tr')];
    const parse = (s: string) => new Decimal(s.replace(/\./g, '').replace(',', '.'));
    const cents = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    let checked = 0;
    for (const row of rows) {
      const how = row.querySelectorAll('td')[4]!.textContent!;
      const amount = new Decimal(row.querySelector('td[data-amount]')!.getAttribute('data-amount')!);
      const opex = /^€ ([\d.,]+) × index ([\d.,]+)(?: × factor ([\d.,]+))?$/.exec(how);
      if (row.getAttribute('data-rule') === 'opex' && opex) {
        const f = opex[3] ? parse(opex[3]) : new Decimal(1);
        expect(cents(parse(opex[1]!).times(parse(opex[2]!)).times(f)).toFixed(2)).toBe(amount.toFixed(2));
        checked += 1;
      }
      const share = /gewicht ([\d.,]+) van ([\d.,]+) \((?:≈ )?([\d.,]+)%\) van € ([\d.,]+)/.exec(how);
      if (row.getAttribute('data-rule') === 'allocation' && share) {
        const ratio = parse(share[1]!).div(parse(share[2]!));
        // The percentage is shown exactly (not to two decimals) …
        expect(parse(share[3]!).div(100).toFixed(10)).toBe(ratio.toDecimalPlaces(10).toFixed(10));
        // … and the share of the shared amount is within a cent of the item (the cents are split by largest remainder).
        expect(parse(share[4]!).times(ratio).minus(amount).abs().lte('0.01')).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1);
  });
});

describe('a trace of thousands of items (issue 19: a total over many municipalities)', () => {
  it('lists the largest 100 first, more on request, with the total of all items', async () => {
    const table = [
      'Naam\tInwoners',
      ...Array.from({ length: 342 }, (_, i) => `Plaats ${i + 1}\t${5000 + ((i * 7919) % 200) * 1000}`),
    ];
    const model = modelFromTableLines(table, { title: 'Landelijk' });
    const trace = explainFigure(model, { scenarioId: model.scenarios[1]!.id, year: 2031 });
    expect(trace.items.length).toBeGreaterThan(300);
    render(<TraceItems trace={trace} what="Totaal" model={model} evaluation={evaluateModel(model)} />);
    const rows = () => [...screen.getByRole('table').querySelectorAll<HTMLElement>('tbody tr')];
    const amounts = () => rows().map((r) => r.querySelector<HTMLElement>('[data-amount]')!.dataset.amount!);
    const largest = trace.items.map((i) => Math.abs(Number(i.amount))).sort((a, b) => b - a);
    expect(amounts().map((a) => Math.abs(Number(a)))).toEqual(largest.slice(0, 100));
    const count = trace.items.length.toLocaleString('nl-NL');
    expect(screen.getByText(`De 100 grootste van ${count} posten. Het totaal telt alle posten.`)).toBeTruthy();
    // The total is that of every item, not of the ones listed.
    expect(screen.getByRole('table').querySelector('[data-figure="total"]')!.textContent).toBe(
      formatMoney(trace.total, 'nl', 'cents'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Toon nog 200 posten' }));
    expect(rows()).toHaveLength(300);
  });
});
