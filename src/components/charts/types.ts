import type { ReactNode } from 'react';
import type { ChartValue, ValueUnit } from './format';

/** One series of a chart. `data` is aligned with the chart's `labels`. */
export type ChartSeries = {
  label: string;
  data: ChartValue[];
  /** Defaults to the palette colour of the series' position. */
  color?: string;
  /** Draw the whole series dashed (e.g. a reference line). */
  isDashed?: boolean;
  /** In the data table only (e.g. a total column beside stacked parts). */
  isTableOnly?: boolean;
  /** BarChart only: draw this series as a line over the bars (e.g. cumulative savings). */
  asLine?: boolean;
  /** Always drawn, never folded into the rest beyond MAX_SERIES (e.g. a benchmark reference). */
  isPinned?: boolean;
  /** BarChart only: a one-off series, drawn hatched so it differs from recurring ones beyond colour. */
  isOneOff?: boolean;
};

/** A vertical marker at one of the labels, e.g. the break-even year. */
export type ChartMarker = { at: string | number; text: string; color?: string };

/** Props shared by LineChart and BarChart. */
export type ChartProps = {
  /** The accessible name of the chart (aria-label of the canvas, caption of its table). */
  label: string;
  /** The x-axis labels (years, categories, …). */
  labels: (string | number)[];
  datasets: ChartSeries[];
  /** How values are formatted in ticks, tooltips and the table. Default `money`. */
  unit?: ValueUnit;
  /** Decimals for `unit: 'number'`. Default 0. */
  digits?: number;
  /** The heading of the label column of the data table (e.g. "Jaar"). */
  labelsHeading?: string;
  /** Height of the plot in px. Default 320. */
  height?: number;
  markers?: ChartMarker[];
  /** Shown below the chart (a legend note, a source). */
  note?: ReactNode;
  /**
   * The years after the horizon are computed through by the plan's rules (model-v3 §10.1), not
   * frozen growth of the last year: drawn finely dotted and named so in the tooltip and table.
   */
  isComputedThrough?: boolean;
  /** Open the data table initially. Default false (it is in a <details>). */
  isTableOpen?: boolean;
  /**
   * The name of the series that adds up the rest beyond MAX_SERIES (issue 19), e.g. "overige
   * gemeenten ({count})"; `{count}` is filled in. Default "overige ({count})".
   */
  otherLabel?: string;
  /**
   * What happens to the series beyond MAX_SERIES: `sum` (default) adds them up into one series;
   * `omit` leaves them out of the plot but keeps them in the data table, for figures that do
   * not add up (e.g. cost per inhabitant).
   */
  aggregate?: 'sum' | 'omit';
};
