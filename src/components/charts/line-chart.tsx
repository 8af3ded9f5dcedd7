/**
 * A line chart of series over labels (typically years), with its data table below.
 *
 *   <LineChart label="Kosten per scenario" labels={[2013, 2014]} labelsHeading="Jaar"
 *     datasets={[{ label: 'Baseline', data: ['21000000.00', '21400000.00'] }]}
 *     dashedFrom={5} markers={[{ at: 2018, text: 'Break-even 3.0' }]} />
 */
import { StaggeredChart as Chart } from './staggered-chart';
import { interpolate, useLocale, useT } from '../../i18n/i18n';
import { chartMessages } from './messages';
import { aggregateSeries, MAX_SERIES } from './aggregate';
import { ChartTable } from './chart-table';
import { toPlot } from './format';
import { markerKey, markerPlugin } from './markers';
import { commonOptions } from './options';
import { POINT_STYLES, seriesColor } from './palette';
import './charts.css';
import type { ChartProps } from './types';

export type LineChartProps = ChartProps & {
  /** Index of the first extrapolated label: lines into and after it are dashed, table rows marked. */
  dashedFrom?: number;
  /** Fill the area under each line (translucent). Default false. */
  isFilled?: boolean;
};

export function LineChart(props: LineChartProps) {
  const {
    label,
    labels,
    unit = 'money',
    digits = 0,
    height = 320,
    markers,
    note,
    dashedFrom,
    isComputedThrough = false,
  } = props;
  const locale = useLocale();
  const t = useT(chartMessages);
  // Frozen extrapolation dashed, computed-through years finely dotted.
  const laterDash = isComputedThrough ? [2, 3] : [6, 4];
  // More than a dozen series: the largest kept, the rest added up into one.
  const datasets = aggregateSeries(
    props.datasets,
    (count) => (props.otherLabel ? interpolate(props.otherLabel, { count }) : t('other', { count })),
    MAX_SERIES,
    props.aggregate,
  );
  const shown = datasets.filter((d) => !d.isTableOnly);
  const data = {
    labels: labels.map(String),
    datasets: shown.map((d, i) => {
      const color = d.color ?? seriesColor(i);
      return {
        label: d.label,
        data: d.data.map(toPlot),
        borderColor: color,
        backgroundColor: color,
        borderWidth: 3,
        pointStyle: POINT_STYLES[i % POINT_STYLES.length],
        pointRadius: 4,
        spanGaps: false,
        ...(d.isDashed ? { borderDash: [8, 4] } : {}),
        segment: {
          borderDash: (ctx: { p1DataIndex: number }) =>
            dashedFrom !== undefined && ctx.p1DataIndex >= dashedFrom ? laterDash : d.isDashed ? [6, 4] : undefined,
        },
      };
    }),
  };
  const later =
    dashedFrom === undefined
      ? undefined
      : { from: dashedFrom, text: t(isComputedThrough ? 'computedTip' : 'frozenTip') };
  const options = commonOptions(shown, unit, digits, locale, false, false, later);
  // The marker plugin is fixed when the chart is created: a new chart when markers or labels change.
  const plugins = [markerPlugin(markers ?? [], labels)];
  return (
    <figure className="chart">
      <div className="chart-box" style={{ height: `${height}px` }}>
        <Chart
          key={`${markerKey(markers)}#${labels.join(',')}`}
          type="line"
          data={data}
          options={options}
          plugins={plugins}
          role="img"
          aria-label={label}
        />
      </div>
      {note && <figcaption className="chart-note">{note}</figcaption>}
      <ChartTable {...props} datasets={datasets} extrapolatedFrom={dashedFrom} />
    </figure>
  );
}
