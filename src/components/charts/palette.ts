/**
 * Chart colours: based on Okabe–Ito (distinguishable with the common colour-vision
 * deficiencies), with the light members (orange #E69F00, sky #56B4E9) replaced by darker
 * tones so that every series has at least 3:1 contrast against the white background
 * (WCAG 2.1 SC 1.4.11) and stays visible on a washed-out projector. Lines also differ in
 * point style, so colour is never the only difference.
 */
export const PALETTE = {
  blue: '#0072B2', // 5.2:1 on white
  vermillion: '#D55E00', // 3.9:1
  green: '#009E73', // 3.4:1
  purple: '#CC79A7', // 3.1:1
  ochre: '#996600', // 4.9:1
  indigo: '#332288', // 12.2:1
  slate: '#5D6D7E', // 5.3:1
  wine: '#882255', // 8.7:1
  forest: '#117733', // 5.7:1
  magenta: '#AA4499', // 5.3:1
  black: '#000000',
  grey: '#6b7480', // 4.8:1, for reference lines and markers
} as const;

/** Series colours in order of use (the first ones are the most distinct). */
export const SERIES_COLORS: readonly string[] = [
  PALETTE.blue,
  PALETTE.vermillion,
  PALETTE.green,
  PALETTE.purple,
  PALETTE.ochre,
  PALETTE.indigo,
  PALETTE.slate,
  PALETTE.wine,
  PALETTE.forest,
  PALETTE.magenta,
  PALETTE.black,
];

/** Chart.js point styles, cycled with the colours so series differ in shape too. */
export const POINT_STYLES = [
  'circle',
  'rect',
  'triangle',
  'rectRot',
  'crossRot',
  'star',
  'rectRounded',
  'cross',
] as const;

/** The colour of series `i` (cycles past the end of the list). */
export function seriesColor(i: number): string {
  return SERIES_COLORS[((i % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length] as string;
}

/** A translucent fill of a colour (`#0072B2` → `rgba(0, 114, 178, 0.15)`), for bands and areas. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
