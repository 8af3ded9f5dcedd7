/** Chart.js options shared by the line and bar charts: axes, tooltips and legend with our formats. */
import type { Locale } from '../../i18n/format';
import { formatValue, tickCallback, type ValueUnit } from './format';
import { BASE_OPTIONS, FONT } from './register';
import type { ChartSeries } from './types';

/** The part of a Chart.js tooltip item the label needs (any chart type). */
type TipItem = { dataset: { label?: string }; datasetIndex: number; dataIndex: number };

/** `later`: from which label index the years lie after the horizon, and what the tooltip calls them. */
export type LaterYears = { from: number; text: string };

export function commonOptions(
  shown: ChartSeries[],
  unit: ValueUnit,
  digits: number,
  locale: Locale,
  isStacked = false,
  isHorizontal = false,
  later?: LaterYears,
) {
  const valueAxis = {
    stacked: isStacked,
    ticks: { font: FONT, callback: tickCallback(unit, locale) },
    grid: { color: '#d5dbe1' },
  };
  const labelAxis = { stacked: isStacked, ticks: { font: FONT, autoSkip: !isHorizontal }, grid: { display: false } };
  return {
    ...BASE_OPTIONS,
    ...(isHorizontal ? { indexAxis: 'y' as const } : {}),
    scales: isHorizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
    plugins: {
      legend: { position: 'bottom' as const, labels: { font: FONT, usePointStyle: true, color: '#1b1f24' } },
      tooltip: {
        callbacks: {
          title: (items: (TipItem & { label?: string })[]) => {
            const first = items[0];
            if (first === undefined) return '';
            return later !== undefined && first.dataIndex >= later.from
              ? `${first.label ?? ''} (${later.text})`
              : (first.label ?? '');
          },
          // The exact figure from the decimal string, not the plotted float.
          label: (item: TipItem) =>
            `${item.dataset.label ?? ''}: ${formatValue(shown[item.datasetIndex]?.data[item.dataIndex] ?? null, unit, locale, digits)}`,
        },
      },
    },
  };
}
