/** An inline Chart.js plugin that draws vertical markers (e.g. the break-even year) with a caption. */
import type { Chart, Plugin } from 'chart.js';
import { PALETTE } from './palette';
import type { ChartMarker } from './types';

export function markerPlugin(markers: ChartMarker[], labels: (string | number)[]): Plugin {
  return {
    id: 'kantelpuntMarkers',
    afterDatasetsDraw(chart: Chart) {
      const x = chart.scales.x;
      const { top, bottom } = chart.chartArea;
      if (!x) return;
      const ctx = chart.ctx;
      markers.forEach((m, k) => {
        const i = labels.findIndex((l) => String(l) === String(m.at));
        if (i < 0) return;
        const px = x.getPixelForValue(i);
        ctx.save();
        ctx.strokeStyle = m.color ?? PALETTE.grey;
        ctx.fillStyle = m.color ?? PALETTE.grey;
        ctx.lineWidth = 2;
        ctx.setLineDash([2, 3]);
        ctx.beginPath();
        ctx.moveTo(px, top);
        ctx.lineTo(px, bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.font = '600 13px system-ui, sans-serif';
        ctx.textAlign = px > (chart.chartArea.left + chart.chartArea.right) / 2 ? 'right' : 'left';
        ctx.fillText(m.text, px + (ctx.textAlign === 'right' ? -4 : 4), top + 14 + 16 * k);
        ctx.restore();
      });
    },
  };
}

/** A stable key for a marker list: the chart is re-created when its markers change. */
export function markerKey(markers: ChartMarker[] | undefined): string {
  return (markers ?? []).map((m) => `${m.at}:${m.text}:${m.color ?? ''}`).join('|');
}
