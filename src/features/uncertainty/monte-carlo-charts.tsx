/**
 * Charts of a Monte Carlo run: the chance of having broken even by year and the histograms use
 * the shared charts; the P10–P90 bands need a filled area between two lines, drawn here with
 * the shared Chart.js set-up, palette and table alternative.
 */
import { Chart } from 'react-chartjs-2';
import {
  BarChart,
  BASE_OPTIONS,
  ChartTable,
  formatTick,
  seriesColor,
  toPlot,
  withAlpha,
  type ChartSeries,
} from '../../components/charts';
import type { MonteCarloScenario, Spread } from '../../engine';
import { useLocale, useT } from '../../i18n';
import { uncertaintyMessages } from './messages';

export function ChanceChart({ scenario, label }: { scenario: MonteCarloScenario; label: string }) {
  const t = useT(uncertaintyMessages);
  const firstExtrapolated = scenario.breakEvenByYear.findIndex((b) => b.isExtrapolated);
  return (
    <BarChart
      label={label}
      labels={scenario.breakEvenByYear.map((b) => b.year)}
      labelsHeading={t('colYear')}
      unit="number"
      digits={1}
      extrapolatedFrom={firstExtrapolated < 0 ? undefined : firstExtrapolated}
      height={260}
      datasets={[
        {
          label: t('chanceSeries'),
          data: scenario.breakEvenByYear.map((b) => (Math.round(b.probability * 1000) / 10).toFixed(1)),
        },
      ]}
    />
  );
}

export function HistogramChart({ spread, label }: { spread: Spread; label: string }) {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const labels = spread.histogram.map((b) => formatTick(Number(b.from), 'money', locale));
  return (
    <BarChart
      label={label}
      labels={labels}
      labelsHeading={t('colRange')}
      unit="number"
      height={200}
      datasets={[{ label: t('colCount'), data: spread.histogram.map((b) => b.count), color: seriesColor(2) }]}
    />
  );
}

type BandSeries = { name: string; s: MonteCarloScenario };

export function BandsChart({ series, label }: { series: BandSeries[]; label: string }) {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const first = series[0]?.s;
  const years = first?.bands.map((b) => b.year) ?? [];
  const firstExtrapolated = first ? first.bands.findIndex((b) => b.isExtrapolated) : -1;
  const table: ChartSeries[] = series.flatMap(({ name, s }) =>
    (['p10', 'p50', 'p90'] as const).map((k) => ({
      label: `${name} ${k.toUpperCase()}`,
      data: s.bands.map((b) => b[k]),
    })),
  );
  const datasets = series.flatMap(({ name, s }, i) => {
    const color = seriesColor(i);
    const line = (k: 'p10' | 'p50' | 'p90') => s.bands.map((b) => toPlot(b[k]));
    return [
      {
        label: `${name} P10`,
        data: line('p10'),
        borderColor: color,
        borderWidth: 1,
        pointRadius: 0,
        fill: false,
        borderDash: [4, 4],
      },
      {
        label: t('bandLabel', { scenario: name }),
        data: line('p90'),
        borderColor: color,
        borderWidth: 1,
        pointRadius: 0,
        fill: '-1' as const,
        backgroundColor: withAlpha(color, 0.18),
        borderDash: [4, 4],
      },
      {
        label: t('medianLabel', { scenario: name }),
        data: line('p50'),
        borderColor: color,
        backgroundColor: color,
        borderWidth: 3,
        pointRadius: 3,
        fill: false,
      },
    ];
  });
  const options = {
    ...BASE_OPTIONS,
    scales: { y: { ticks: { callback: (v: number | string) => formatTick(Number(v), 'money', locale) } } },
    plugins: {
      legend: {
        position: 'bottom' as const,
        labels: { filter: (item: { text: string }) => !item.text.endsWith(' P10') },
      },
    },
  };
  return (
    <figure className="chart">
      <div className="chart-box mc-bands">
        <Chart
          type="line"
          data={{ labels: years.map(String), datasets }}
          options={options}
          role="img"
          aria-label={label}
        />
      </div>
      <ChartTable
        label={label}
        labels={years}
        labelsHeading={t('colYear')}
        datasets={table}
        extrapolatedFrom={firstExtrapolated < 0 ? undefined : firstExtrapolated}
      />
    </figure>
  );
}
