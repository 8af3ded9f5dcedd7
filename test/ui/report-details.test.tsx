// @vitest-environment jsdom
/** Issue 20 item 13: the report's cumulative chart carries the break-even markers; continued tables carry their caption. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateModel, type ModelFile } from '../../src/engine';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { CostsSection } from '../../src/features/report/costs-section';
import { ReportTable } from '../../src/features/report/report-table';

afterEach(cleanup);

describe('report details', () => {
  it('the cumulative savings chart names each scenario’s break-even year, as the screen marks it', () => {
    const evaluation = evaluateModel(example as ModelFile);
    render(<CostsSection evaluation={evaluation} />);
    const others = evaluation.scenarios.filter((s) => s.id !== evaluation.baselineId && s.breakEven);
    expect(others.length).toBeGreaterThan(0);
    const chart = screen.getByRole('img', { name: /^Cumulatieve besparing/ });
    for (const s of others)
      expect(chart.getAttribute('aria-label')).toContain(`Terugverdienjaar ${s.name}: ${s.breakEven!.year}`);
  });

  it('a report table repeats its caption in a header row for continued pages, hidden from assistive technology', () => {
    render(
      <ReportTable
        caption="Kosten per jaar"
        columns={['Jaar', 'A', 'B']}
        rows={[{ key: 'x', head: '2020', cells: ['1', '2'] }]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Kosten per jaar' });
    const row = table.querySelector('thead tr.report-caption-row')!;
    expect(row.getAttribute('aria-hidden')).toBe('true');
    expect(row.textContent).toBe('Kosten per jaar');
    expect(row.querySelector('td')!.getAttribute('colspan')).toBe('3');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Jaar', 'A', 'B']);
  });
});
