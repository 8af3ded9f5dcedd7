// @vitest-environment jsdom
// Charts beyond a dozen series (issue 19, item 5): the largest eleven kept, the rest added up
// exactly into one "overige gemeenten" series, in the plot and in its data table alike.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BarChart, LineChart } from '../../src/components/charts';
import { aggregateSeries, MAX_SERIES } from '../../src/components/charts/aggregate';
import { appStore } from '../../src/state';

vi.mock('react-chartjs-2', async () => (await import('../support/ui-mocks')).chartModuleMock());

// Twenty municipalities; municipality i costs i × 1.000,10 in the first year and i × 2.000,20 in the second.
const series = Array.from({ length: 20 }, (_, k) => {
  const i = k + 1;
  return { label: `Gemeente ${i}`, data: [(i * 1000.1).toFixed(2), (i * 2000.2).toFixed(2)] };
});

beforeEach(() => appStore.setState({ locale: 'nl' }));
afterEach(cleanup);

describe('aggregating series', () => {
  it('keeps up to twelve series as they are', () => {
    const twelve = series.slice(0, MAX_SERIES);
    expect(aggregateSeries(twelve, () => 'rest')).toBe(twelve);
  });

  it('keeps the eleven largest in order and adds up the rest exactly', () => {
    const out = aggregateSeries(series, (n) => `overige gemeenten (${n})`);
    expect(out).toHaveLength(12);
    expect(out.slice(0, 11).map((s) => s.label)).toEqual(Array.from({ length: 11 }, (_, k) => `Gemeente ${k + 10}`));
    // Gemeente 1–9: (1 + … + 9) × 1.000,10 = 45.004,50 and × 2.000,20 = 90.009,00.
    expect(out[11]).toMatchObject({ label: 'overige gemeenten (9)', data: ['45004.50', '90009.00'] });
  });

  it('leaves figures that do not add up out of the plot, for the table only, and keeps a pinned reference', () => {
    const reference = { label: 'Benchmark', data: ['1', '1'], isPinned: true };
    const out = aggregateSeries([...series, reference], () => 'rest', MAX_SERIES, 'omit');
    expect(out).toHaveLength(21);
    expect(out.filter((d) => !d.isTableOnly).map((d) => d.label)).toEqual([
      ...Array.from({ length: 11 }, (_, k) => `Gemeente ${k + 10}`),
      'Benchmark',
    ]);
    expect(out.filter((d) => d.isTableOnly)).toHaveLength(9);
  });

  it('never folds a reference line into the rest', () => {
    const line = { label: 'Cumulatief', data: ['1', '2'], asLine: true };
    const out = aggregateSeries([line, ...series], () => 'rest');
    expect(out[0]).toBe(line);
    expect(out).toHaveLength(13);
  });
});

describe('charts of many municipalities', () => {
  it('draw twelve series and name the rest in the plot and the table', () => {
    render(
      <LineChart
        label="Kosten per gemeente"
        labels={[2027, 2028]}
        datasets={series}
        otherLabel="overige gemeenten ({count})"
      />,
    );
    const data = JSON.parse(screen.getByRole('img', { name: 'Kosten per gemeente' }).getAttribute('data-chart')!);
    expect(data.datasets).toHaveLength(12);
    expect(data.datasets[11].label).toBe('overige gemeenten (9)');
    expect(screen.getByRole('columnheader', { name: 'overige gemeenten (9)' })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'Gemeente 1' })).toBeNull();
  });

  it('use a neutral name for the rest when none is given', () => {
    render(<BarChart label="Per categorie" labels={[2027, 2028]} datasets={series} isStacked />);
    const data = JSON.parse(screen.getByRole('img', { name: 'Per categorie' }).getAttribute('data-chart')!);
    expect(data.datasets.at(-1).label).toBe('overige (9)');
  });
});
