// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BarChart,
  formatTick,
  LineChart,
  MAX_SERIES,
  patternFill,
  SERIES_COLORS,
  stackStyle,
} from '../../src/components/charts';
import { appStore } from '../../src/state';

// jsdom has no canvas to draw on: the plot is replaced by a bare canvas with the same name.
vi.mock('react-chartjs-2', () => ({
  Chart: (props: { 'aria-label': string }) => <canvas role="img" aria-label={props['aria-label']} />,
}));

afterEach(cleanup);

const contrast = (hex: string) => {
  const lum = (h: string) => {
    const c = [1, 3, 5]
      .map((i) => Number.parseInt(h.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  return (1 + 0.05) / (lum(hex) + 0.05);
};

describe('the shared charts', () => {
  it('give the canvas an accessible name and show the exact figures in a data table', () => {
    appStore.setState({ locale: 'nl' });
    render(
      <LineChart
        label="Kosten per scenario"
        labelsHeading="Jaar"
        labels={[2013, 2014, 2015]}
        dashedFrom={2}
        datasets={[
          { label: 'Baseline', data: ['1234567.49', '1300000.50', null] },
          { label: 'Totaal', data: ['1', '2', '3'], isTableOnly: true },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: 'Kosten per scenario' }).tagName).toBe('CANVAS');
    const table = screen.getByRole('table', { name: 'Kosten per scenario' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Jaar', 'Baseline', 'Totaal']);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['€ 1.234.567', '€ 1']);
    expect(within(rows[2]!).getAllByRole('cell')[0]!.textContent).toBe('€ 1.300.001');
    // The extrapolated year is marked in words for screen readers, and the gap shows a dash.
    expect(within(rows[3]!).getByRole('rowheader').textContent).toContain('geëxtrapoleerd');
    expect(within(rows[3]!).getAllByRole('cell')[0]!.textContent).toBe('—');
  });

  it('formats plain numbers with the given decimals and a stacked bar chart lists every series', () => {
    appStore.setState({ locale: 'en' });
    render(
      <BarChart
        label="FTE"
        unit="number"
        digits={1}
        isStacked
        labels={['A']}
        datasets={[
          { label: 'x', data: ['12.25'] },
          { label: 'y', data: [3] },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'FTE' });
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12.3', '3.0']);
    expect(screen.getByText('Show as table: FTE')).toBeInTheDocument();
    appStore.setState({ locale: 'nl' });
  });

  it('uses series colours with at least 3:1 contrast on white and compact Dutch ticks', () => {
    for (const c of SERIES_COLORS) expect(contrast(c)).toBeGreaterThanOrEqual(3);
    expect(formatTick(1_250_000, 'money', 'nl')).toBe('€ 1,25 mln');
    expect(formatTick(-350_000, 'money', 'nl')).toBe('−€ 0,35 mln');
    expect(formatTick(1_250_000, 'thousands50', 'en')).toBe('€1.25M');
  });

  it('one tick style per axis: millions as soon as the axis reaches € 100.000, never "k" beside "mln"', () => {
    const axis = [0, 250_000, 500_000, 750_000, 1_000_000];
    expect(axis.map((v) => formatTick(v, 'money', 'nl', axis))).toEqual([
      '€ 0',
      '€ 0,25 mln',
      '€ 0,50 mln',
      '€ 0,75 mln',
      '€ 1,00 mln',
    ]);
    const halves = [-500_000, 0, 500_000, 1_000_000];
    expect(halves.map((v) => formatTick(v, 'money', 'en', halves))).toEqual(['−€0.5M', '€0', '€0.5M', '€1.0M']);
    const small = [0, 20_000, 40_000, 60_000];
    expect(small.map((v) => formatTick(v, 'money', 'nl', small))).toEqual(['€ 0', '€ 20.000', '€ 40.000', '€ 60.000']);
    for (const text of [...axis, ...halves].map((v) => formatTick(v, 'money', 'nl', [...axis, ...halves])))
      expect(text).not.toMatch(/k$/);
  });
});

describe('stacked charts (issue 20, item 13)', () => {
  it('give every series of up to 44 its own colour and pattern; a one-off series is hatched', () => {
    const styles = Array.from({ length: 44 }, (_, i) => stackStyle(i));
    expect(new Set(styles.map((s) => `${s.color}/${s.pattern}`)).size).toBe(44);
    expect(styles.slice(0, SERIES_COLORS.length).every((s) => s.pattern === 'solid')).toBe(true);
    expect(stackStyle(0, true).pattern).toBe('diagonal');
    expect(stackStyle(SERIES_COLORS.length, true).pattern).toBe('diagonal');
  });

  it('fill a stacked series past the palette with a canvas pattern, not a repeated colour', () => {
    const created: string[] = [];
    const fake = {
      fillRect: () => undefined,
      beginPath: () => undefined,
      moveTo: () => undefined,
      lineTo: () => undefined,
      arc: () => undefined,
      fill: () => undefined,
      stroke: () => undefined,
      createPattern: () => {
        created.push('pattern');
        return { isPattern: true };
      },
    };
    const spy = vi
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockImplementation(() => fake as unknown as CanvasRenderingContext2D);
    try {
      expect(patternFill('#0072B2', 'solid')).toBe('#0072B2');
      expect(patternFill('#0072B2', 'cross')).toEqual({ isPattern: true });
      // As many series as a chart draws (MAX_SERIES; beyond it the rest is added up into one).
      const n = MAX_SERIES;
      expect(n).toBeGreaterThan(SERIES_COLORS.length);
      created.length = 0;
      render(
        <BarChart
          label="Gestapeld"
          labels={[2020]}
          isStacked
          datasets={Array.from({ length: n }, (_, i) => ({ label: `S${i}`, data: ['1'] }))}
        />,
      );
      // Each series beyond the palette is hatched.
      expect(created.length).toBe(n - SERIES_COLORS.length);
    } finally {
      spy.mockRestore();
    }
  });
});
