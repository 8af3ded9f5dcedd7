/**
 * A bar chart (grouped, stacked or horizontal), with its data table below. Series with
 * `asLine` are drawn as lines over the bars (e.g. cumulative savings over yearly savings).
 *
 *   <BarChart label="Kosten per categorie" labels={[2013, 2014]} isStacked
 *     datasets={[{ label: 'Personeel', data: ['5000000.00', '5100000.00'] }, …]} />
 */
import { StaggeredChart as Chart } from './staggered-chart';
import { interpolate, useLocale, useT } from '../../i18n/i18n';
import { chartMessages } from './messages';
import { aggregateSeries, MAX_SERIES } from './aggregate';
import { ChartTable } from './chart-table';
import { toPlot } from './format';
import { markerKey, markerPlugin } from './markers';
import { commonOptions } from './options';
import { patternFill, POINT_STYLES, seriesColor, stackStyle, withAlpha } from './palette';
import './charts.css';
import type { ChartProps } from './types';

export type BarChartProps = ChartProps & {
  /** Stack the (bar) series on each other. Default false (grouped). */
  isStacked?: boolean;
  /** Bars run horizontally (labels on the y axis). Default false. */
  isHorizontal?: boolean;
  /** Index of the first extrapolated label: those bars are drawn lighter, table rows marked. */
  extrapolatedFrom?: number;
};

export function BarChart(props: BarChartProps) {
  const {
    label,
    labels,
    unit = 'money',
    digits = 0,
    height = 320,
    markers,
    note,
    isStacked = false,
    isHorizontal = false,
    extrapolatedFrom,
    isComputedThrough = false,
  } = props;
  const locale = useLocale();
  const t = useT(chartMessages);
  const laterDash = isComputedThrough ? [2, 3] : [6, 4];
  // More than a dozen series: the largest kept, the rest added up into one.
  const datasets = aggregateSeries(
    props.datasets,
    (count) => (props.otherLabel ? interpolate(props.otherLabel, { count }) : t('other', { count })),
    MAX_SERIES,
    props.aggregate,
  );
  const shown = datasets.filter((d) => !d.isTableOnly);
  const isLater = (i: number) => extrapolatedFrom !== undefined && i >= extrapolatedFrom;
  const data = {
    labels: labels.map(String),
    datasets: shown.map((d, i) => {
      const color = d.color ?? seriesColor(i);
      if (d.asLine) {
        return {
          type: 'line' as const,
          label: d.label,
          data: d.data.map(toPlot),
          borderColor: color,
          backgroundColor: color,
          borderWidth: 3,
          pointStyle: POINT_STYLES[i % POINT_STYLES.length],
          pointRadius: 4,
          order: 0,
          segment: {
            borderDash: (ctx: { p1DataIndex: number }) =>
              isLater(ctx.p1DataIndex) ? laterDash : d.isDashed ? [6, 4] : undefined,
          },
        };
      }
      // Stacked: every series its own colour and pattern (past the palette, hatched); one-offs hatched.
      const style = isStacked ? stackStyle(i, d.isOneOff) : { color, pattern: d.isOneOff ? 'diagonal' : 'solid' };
      const base = d.color ?? style.color;
      const fill = patternFill(base, style.pattern as Parameters<typeof patternFill>[1]);
      return {
        type: 'bar' as const,
        label: d.label,
        data: d.data.map(toPlot),
        order: 1,
        backgroundColor: labels.map((_, j) =>
          typeof fill !== 'string' ? fill : isLater(j) && /^#[0-9a-f]{6}$/i.test(base) ? withAlpha(base, 0.7) : base,
        ),
        borderColor: isStacked ? '#ffffff' : base,
        borderWidth: isStacked ? 1 : 0,
        ...(isStacked ? { stack: 'all' } : {}),
      };
    }),
  };
  const later =
    extrapolatedFrom === undefined
      ? undefined
      : { from: extrapolatedFrom, text: t(isComputedThrough ? 'computedTip' : 'frozenTip') };
  const options = commonOptions(shown, unit, digits, locale, isStacked, isHorizontal, later);
  // The marker plugin is fixed when the chart is created: a new chart when markers or labels change.
  const plugins = [markerPlugin(markers ?? [], labels)];
  return (
    <figure className="chart">
      <div className="chart-box" style={{ height: `${height}px` }}>
        <Chart
          key={`${markerKey(markers)}#${labels.join(',')}`}
          type="bar"
          data={data}
          options={options}
          plugins={plugins}
          role="img"
          aria-label={label}
        />
      </div>
      {note && <figcaption className="chart-note">{note}</figcaption>}
      <ChartTable {...props} datasets={datasets} extrapolatedFrom={extrapolatedFrom} />
    </figure>
  );
}
