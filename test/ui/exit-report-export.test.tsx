// @vitest-environment jsdom
/**
 * Leaving (issue 15) in the report and the export: the "Uittreding" section shows each exit's
 * terms and every municipality's result next to everyone staying, and the export's
 * "Uittreding" sheet carries the engine's terms to the cent; neither appears without an exit.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_VARIANT_ID, evaluateModel, exitQuestionModel, type ModelFile } from '../../src/engine';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { ExitSection } from '../../src/features/report/exit-section';
import { exitSheets } from '../../src/features/export/exit-sheets';

afterEach(cleanup);

const withExit: ModelFile = exitQuestionModel(
  example as ModelFile,
  {
    scenarioId: 's2',
    party: 'haarlemmermeer',
    shared: 'ictc',
    from: 2019,
    settlement: { method: 'tapered' },
  },
  'Haarlemmermeer treedt uit in 2019',
);
const evaluation = evaluateModel(withExit);
const exit = evaluation.scenarios.find((s) => s.id === EXIT_VARIANT_ID)!.exits![0]!;

describe('the report section Uittreding', () => {
  it('lists the terms and the total, and each municipality against everyone staying', () => {
    render(<ExitSection model={withExit} evaluation={evaluation} />);
    screen.getByRole('heading', { level: 2, name: 'Uittreding' });
    const terms = screen.getByRole('table', { name: /uittreedsom per termijn \(aflopend, geboekt in 2018\)/ });
    const amounts = within(terms)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(amounts).toEqual([
      '€\u00a06.359.405',
      '€\u00a05.087.524',
      '€\u00a03.815.643',
      '€\u00a02.543.762',
      '€\u00a01.271.881',
      '€\u00a019.078.215',
    ]);
    expect(exit.total).toBe('19078215.27');
    const effect = screen.getByRole('table', { name: /resultaat tot en met 2025 tegen Samenwerking 2.0/ });
    const haarlem = within(effect)
      .getAllByRole('row')
      .find((r) => within(r).queryByRole('rowheader')?.textContent === 'Haarlem')!;
    expect(within(haarlem).getAllByRole('cell')[2]?.textContent).toBe('−€\u00a01.627.742');
  });

  it('is absent without an exit', () => {
    const plain = evaluateModel(example as ModelFile);
    const { container } = render(<ExitSection model={example as ModelFile} evaluation={plain} />);
    expect(container.textContent).toBe('');
  });
});

describe('the export sheet Uittreding', () => {
  it('has one row per term with the engine’s amounts, and no sheet without an exit', () => {
    const [sheet] = exitSheets(withExit, evaluation, 'nl');
    expect(sheet?.name).toBe('Uittreding');
    expect(sheet?.rows.map((r) => [r[6], r[7], r[8]])).toEqual(
      exit.terms.map((t) => [
        { kind: 'number', value: String(t.year), format: 'year' },
        { kind: 'number', value: t.amount, format: 'money' },
        { kind: 'number', value: exit.total, format: 'money' },
      ]),
    );
    expect(exitSheets(example as ModelFile, evaluateModel(example as ModelFile), 'nl')).toEqual([]);
  });
});
