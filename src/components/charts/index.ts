/**
 * Shared chart wrappers (Chart.js via react-chartjs-2; only the pieces used are registered).
 * Every chart has an accessible name (`label`) and a data-table alternative below it, and
 * formats values the Dutch way from decimal strings. See line-chart.tsx / bar-chart.tsx.
 */
export { LineChart, type LineChartProps } from './line-chart';
export { BarChart, type BarChartProps } from './bar-chart';
export { ChartTable } from './chart-table';
export { formatTick, formatValue, tickCallback, toPlot, type ChartValue, type ValueUnit } from './format';
export {
  type FillPattern,
  PALETTE,
  patternFill,
  POINT_STYLES,
  SERIES_COLORS,
  seriesColor,
  stackStyle,
  withAlpha,
} from './palette';
export { BASE_OPTIONS } from './register';
export type { ChartMarker, ChartProps, ChartSeries } from './types';
export { TableScroll } from './table-scroll';
export { markerPlugin } from './markers';
export { MAX_SERIES } from './aggregate';
