// @vitest-environment jsdom
/** The trace of a recurring investment per inhabitant shows the inhabitants it used (issue 20, item 1). */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateModel, explainFigure } from '../../src/engine';
import { TraceItems } from '../../src/features/results/trace-items';
import { createTemplateModel } from '../../src/model';
import { appStore } from '../../src/state';

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
