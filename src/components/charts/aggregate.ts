/**
 * A chart keeps at most MAX_SERIES series (issue 19): beyond that the largest (by the sum of
 * their absolute values) are kept and the rest are added up, exactly, into one series such as
 * "overige gemeenten (330)", so a chart of 342 municipalities stays readable. Reference lines
 * (dashed, drawn as a line over bars) and table-only series are always kept as they are.
 */
import { sumDecimals } from '../../model';
import type { ChartValue } from './format';
import type { ChartSeries } from './types';

export const MAX_SERIES = 12;
/** The colour of the aggregated series: a neutral grey that no palette colour uses. */
export const OTHER_COLOR = '#8a8f98';

const text = (v: ChartValue): string | null => {
  if (v === null || v === '') return null;
  const s = String(v);
  return /^-?\d+(\.\d+)?$/.test(s) ? s : null;
};
const absText = (v: ChartValue) => (text(v) ?? '0').replace(/^-/, '');

/**
 * `otherLabel(count)`: the name of the series that holds the rest. With `mode` `omit` the rest
 * is not added up but kept for the data table only (figures that do not add up).
 */
export function aggregateSeries(
  datasets: ChartSeries[],
  otherLabel: (count: number) => string,
  max = MAX_SERIES,
  mode: 'sum' | 'omit' = 'sum',
): ChartSeries[] {
  const isPinned = (d: ChartSeries) => Boolean(d.isTableOnly || d.isDashed || d.asLine || d.isPinned);
  const free = datasets.filter((d) => !isPinned(d));
  if (free.length <= max) return datasets;
  // Only for ranking the series: a float sum (a 100-scenario chart ranks 6,000 values per render).
  const size = (d: ChartSeries) => d.data.reduce<number>((sum, v) => sum + Number(absText(v)), 0);
  const kept = new Set(
    free
      .map((d) => ({ d, size: size(d) }))
      .sort((a, b) => b.size - a.size)
      .slice(0, max - 1)
      .map((x) => x.d),
  );
  const rest = free.filter((d) => !kept.has(d));
  if (mode === 'omit') return datasets.map((d) => (rest.includes(d) ? { ...d, isTableOnly: true } : d));
  const length = Math.max(...rest.map((d) => d.data.length));
  const data = Array.from({ length }, (_, i): ChartValue => {
    const values = rest.map((d) => text(d.data[i] ?? null)).filter((v): v is string => v !== null);
    return values.length === 0 ? null : sumDecimals(values);
  });
  const other: ChartSeries = { label: otherLabel(rest.length), data, color: OTHER_COLOR };
  // Kept series stay in their own order, the rest goes after the last kept free series.
  const out: ChartSeries[] = [];
  for (const d of datasets) if (isPinned(d) || kept.has(d)) out.push(d);
  const lastFree = out.reduce((at, d, i) => (kept.has(d) ? i : at), -1);
  out.splice(lastFree + 1, 0, other);
  return out;
}
