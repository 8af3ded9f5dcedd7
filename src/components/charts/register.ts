/**
 * Registers the Chart.js pieces the shared charts use — and only those, so the rest of
 * Chart.js is tree-shaken out of the bundle. Importing this module is enough; registering
 * twice is harmless.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

/** Defaults for every chart: no animation (a change redraws within one frame), readable fonts. */
export const BASE_OPTIONS = {
  animation: false as const,
  responsive: true,
  maintainAspectRatio: false,
  interaction: { mode: 'index' as const, intersect: false },
};

export const FONT = { size: 14 } as const;
