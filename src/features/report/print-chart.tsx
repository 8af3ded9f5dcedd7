/**
 * A line chart of the report, drawn once as an image at print resolution (three times the
 * CSS size: about 290 dpi across the width of an A4 page), so that it is sharp on paper and in
 * a PDF. It uses the shared chart set-up (registered Chart.js parts, palette, point styles, tick
 * formats); the shared LineChart draws a live canvas at screen resolution, which prints blurred.
 * The figures themselves are in the tables beside each chart.
 */
import { Chart, type ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import {
  BASE_OPTIONS,
  markerPlugin,
  POINT_STYLES,
  seriesColor,
  tickCallback,
  toPlot,
  type ChartMarker,
  type ChartSeries,
} from '../../components/charts';
import type { Locale } from '../../i18n';
import { useLocale } from '../../i18n';

/** The drawing's size in CSS pixels (the width of the A4 text column) and its scale for print. */
export const CHART_WIDTH = 680;
export const CHART_HEIGHT = 300;
export const PRINT_SCALE = 3;

type Props = {
  label: string;
  labels: (string | number)[];
  datasets: ChartSeries[];
  dashedFrom?: number;
  note?: string;
  /** Vertical markers (the break-even years, as on the screen); named in the image's text alternative too. */
  markers?: ChartMarker[];
};

function config(p: Props, locale: Locale): ChartConfiguration<'line'> {
  const font = { size: 12 };
  return {
    type: 'line',
    data: {
      labels: p.labels.map(String),
      datasets: p.datasets.map((d, i) => ({
        label: d.label,
        data: d.data.map(toPlot),
        borderColor: d.color ?? seriesColor(i),
        backgroundColor: d.color ?? seriesColor(i),
        borderWidth: 2.5,
        pointStyle: POINT_STYLES[i % POINT_STYLES.length],
        pointRadius: 3.5,
        segment: {
          borderDash: (ctx) => (p.dashedFrom !== undefined && ctx.p1DataIndex >= p.dashedFrom ? [6, 4] : undefined),
        },
      })),
    },
    options: {
      ...BASE_OPTIONS,
      responsive: false,
      devicePixelRatio: PRINT_SCALE,
      events: [],
      scales: {
        x: { ticks: { font }, grid: { display: false } },
        y: {
          ticks: { font, callback: tickCallback('money', locale) },
          grid: { color: (ctx) => (ctx.tick?.value === 0 ? '#1b1f24' : '#d5dbe1') },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { font, usePointStyle: true, color: '#1b1f24' } },
        tooltip: { enabled: false },
      },
    },
    // A white background: a transparent PNG prints fine but looks grey in some PDF viewers.
    plugins: [
      markerPlugin(p.markers ?? [], p.labels),
      {
        id: 'white',
        beforeDraw: (chart) => {
          const { ctx } = chart;
          ctx.save();
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(0, 0, chart.width, chart.height);
          ctx.restore();
        },
      },
    ],
  };
}

/** Draws the chart on a detached canvas and returns it as a PNG data URL (null where there is no canvas, e.g. jsdom). */
function drawImage(p: Props, locale: Locale): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = CHART_WIDTH;
  canvas.height = CHART_HEIGHT;
  try {
    if (!canvas.getContext('2d')) return null;
    const chart = new Chart(canvas, config(p, locale));
    const url = canvas.toDataURL('image/png');
    chart.destroy();
    return url;
  } catch {
    return null;
  }
}

export function PrintChart(props: Props) {
  const locale = useLocale();
  // The drawing depends on the data only; a stable text key keeps it from being redrawn on every render.
  const key = JSON.stringify({
    labels: props.labels,
    datasets: props.datasets,
    dashedFrom: props.dashedFrom,
    markers: props.markers,
  });
  const alt = [props.label, ...(props.markers ?? []).map((m) => m.text)].join(' — ');
  const url = useMemo(
    () => drawImage({ label: '', ...(JSON.parse(key) as Omit<Props, 'label'>) }, locale),
    [key, locale],
  );
  return (
    <figure className="report-figure">
      {url ? (
        <img className="report-chart" src={url} alt={alt} width={CHART_WIDTH} height={CHART_HEIGHT} />
      ) : (
        <div className="report-chart report-chart-pending" role="img" aria-label={alt} />
      )}
      <figcaption>
        {props.label}
        {props.note ? ` — ${props.note}` : ''}
      </figcaption>
    </figure>
  );
}
