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
  PALETTE,
  seriesColor,
  tickCallback,
  toPlot,
  withAlpha,
  type ChartSeries,
} from '../../components/charts';
import type { MonteCarloScenario, Spread } from '../../engine';
import { useLocale, useT } from '../../i18n';
import { uncertaintyMessages } from './messages';

type ChanceProps = {
  scenario: MonteCarloScenario;
  label: string;
  /** The point estimate's break-even year (null: none; undefined: not known), marked in the chart. */
  pointYear?: number | null;
};

export function ChanceChart({ scenario, label, pointYear }: ChanceProps) {
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
      markers={
        pointYear === undefined || pointYear === null
          ? undefined
          : [{ at: pointYear, text: t('pointMarker', { year: pointYear }), color: PALETTE.black }]
      }
      datasets={[
        {
          label: t('chanceSeries'),
          data: scenario.breakEvenByYear.map((b) => (Math.round(b.probability * 1000) / 10).toFixed(1)),
        },
      ]}
    />
  );
}

type HistogramProps = {
  spread: Spread;
  label: string;
  /** The point estimate, marked at its bin. */ pointValue?: string;
};

/** The histogram bin a value falls in (the first or last when it lies outside all draws). */
export function binOf(spread: Spread, value: string): number {
  const v = Number(value);
  const i = spread.histogram.findIndex((b) => v >= Number(b.from) && v < Number(b.to));
  if (i >= 0) return i;
  return v < Number(spread.histogram[0]?.from ?? 0) ? 0 : spread.histogram.length - 1;
}

export function HistogramChart({ spread, label, pointValue }: HistogramProps) {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const froms = spread.histogram.map((b) => Number(b.from));
  const labels = froms.map((v) => formatTick(v, 'money', locale, froms));
  const bin = pointValue === undefined ? -1 : binOf(spread, pointValue);
  return (
    <BarChart
      label={label}
      labels={labels}
      labelsHeading={t('colRange')}
      unit="number"
      height={200}
      markers={bin < 0 ? undefined : [{ at: labels[bin] as string, text: t('pointValueMarker'), color: PALETTE.black }]}
      datasets={[{ label: t('colCount'), data: spread.histogram.map((b) => b.count), color: seriesColor(2) }]}
    />
  );
}

type PointCase = { years: { year: number; total: string }[] };
type BandSeries = { name: string; s: MonteCarloScenario; point?: PointCase };

export function BandsChart({ series, label }: { series: BandSeries[]; label: string }) {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const first = series[0]?.s;
  const years = first?.bands.map((b) => b.year) ?? [];
  const firstExtrapolated = first ? first.bands.findIndex((b) => b.isExtrapolated) : -1;
  const pointData = (point: PointCase | undefined) =>
    point ? years.map((y) => point.years.find((p) => p.year === y)?.total ?? null) : null;
  const table: ChartSeries[] = series.flatMap(({ name, s, point }) => [
    ...(['p10', 'p50', 'p90'] as const).map((k) => ({
      label: `${name} ${k.toUpperCase()}`,
      data: s.bands.map((b) => b[k]),
    })),
    ...(point ? [{ label: t('pointLine', { scenario: name }), data: pointData(point) ?? [] }] : []),
  ]);
  const datasets = series.flatMap(({ name, s, point }, i) => {
    const color = seriesColor(i);
    const line = (k: 'p10' | 'p50' | 'p90') => s.bands.map((b) => toPlot(b[k]));
    const pointLine = pointData(point);
    return [
      ...(pointLine
        ? [
            {
              label: t('pointLine', { scenario: name }),
              data: pointLine.map(toPlot),
              borderColor: PALETTE.black,
              backgroundColor: color,
              borderWidth: 2,
              pointRadius: 4,
              pointStyle: 'crossRot' as const,
              fill: false,
            },
          ]
        : []),
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
    scales: { y: { ticks: { callback: tickCallback('money', locale) } } },
    plugins: {
      legend: {
        position: 'bottom' as const,
        labels: { filter: (item: { text: string }) => !item.text.endsWith(' P10') },
      },
      // Years after the horizon are named in the tooltip, as the table marks them with *.
      tooltip: {
        callbacks: {
          title: (items: { label?: string; dataIndex: number }[]) => {
            const first = items[0];
            if (!first) return '';
            return firstExtrapolated >= 0 && first.dataIndex >= firstExtrapolated
              ? `${first.label ?? ''} (${t('laterYear')})`
              : (first.label ?? '');
          },
        },
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
