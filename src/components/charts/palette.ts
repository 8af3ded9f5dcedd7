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

/** A fill pattern over a series colour: none, diagonal hatching, cross-hatching or dots. */
export type FillPattern = 'solid' | 'diagonal' | 'cross' | 'dots';
const PATTERNS: readonly FillPattern[] = ['solid', 'diagonal', 'cross', 'dots'];

/**
 * The colour and pattern of series `i` of a stacked chart: the palette's colours solid first,
 * then the same colours hatched, cross-hatched and dotted, so that every series of up to
 * 44 differs from all others. A one-off series (`isOneOff`) is always hatched.
 */
export function stackStyle(i: number, isOneOff = false): { color: string; pattern: FillPattern } {
  const n = SERIES_COLORS.length;
  const pattern = PATTERNS[Math.floor(i / n) % PATTERNS.length] as FillPattern;
  return { color: seriesColor(i), pattern: isOneOff && pattern === 'solid' ? 'diagonal' : pattern };
}

/**
 * A canvas fill for a colour and pattern (white lines or dots over the colour, 10 px tiles);
 * the plain colour where there is no canvas (tests) or for `solid`.
 */
export function patternFill(color: string, pattern: FillPattern): string | CanvasPattern {
  if (pattern === 'solid' || typeof document === 'undefined') return color;
  const tile = document.createElement('canvas');
  tile.width = 10;
  tile.height = 10;
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = tile.getContext('2d');
  } catch {
    ctx = null;
  }
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 10, 10);
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#ffffff';
  ctx.lineWidth = 2;
  if (pattern === 'dots') {
    ctx.beginPath();
    ctx.arc(5, 5, 1.8, 0, 2 * Math.PI);
    ctx.fill();
  } else {
    ctx.beginPath();
    ctx.moveTo(-1, 11);
    ctx.lineTo(11, -1);
    if (pattern === 'cross') {
      ctx.moveTo(-1, -1);
      ctx.lineTo(11, 11);
    }
    ctx.stroke();
  }
  return ctx.createPattern(tile, 'repeat') ?? color;
}
