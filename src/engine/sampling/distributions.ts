/**
 * Distributions of uncertain inputs (version 2): triangular, PERT, uniform and truncated
 * normal. Draws are floats (they are inputs, not results); they are written into the model as
 * decimal strings and evaluated by the exact engine.
 */
import type { Distribution } from '../model';
import { standardNormal, type Rng } from './random';

export type NumericDistribution =
  | { kind: 'triangular' | 'pert'; low: number; mode: number; high: number }
  | { kind: 'uniform'; low: number; high: number }
  | { kind: 'normal'; mean: number; sd: number; low: number; high: number };

/**
 * Parameters as numbers. `base` is the input's value in the file: the mode (mean) when the
 * range leaves it out, moved to the nearest end of the range when the value lies outside it
 * (an edit or a workshop slider may put it there; the range as stated wins).
 */
export function numericDistribution(
  d: Distribution,
  base: number,
  bounds: { min: number; max: number },
): NumericDistribution {
  switch (d.kind) {
    case 'triangular':
    case 'pert': {
      const [low, high] = [Number(d.low), Number(d.high)];
      return { kind: d.kind, low, mode: d.mode === undefined ? clamp(base, low, high) : Number(d.mode), high };
    }
    case 'uniform':
      return { kind: 'uniform', low: Number(d.low), high: Number(d.high) };
    case 'normal': {
      const low = Math.max(d.low === undefined ? -Infinity : Number(d.low), bounds.min);
      const high = Math.min(d.high === undefined ? Infinity : Number(d.high), bounds.max);
      return {
        kind: 'normal',
        mean: d.mean === undefined ? clamp(base, low, high) : Number(d.mean),
        sd: Number(d.sd),
        low,
        high,
      };
    }
  }
}

const clamp = (x: number, low: number, high: number) => Math.min(Math.max(x, low), high);

function triangular(low: number, mode: number, high: number, u: number): number {
  if (high === low) return low;
  const f = (mode - low) / (high - low);
  return u < f
    ? low + Math.sqrt(u * (high - low) * (mode - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

/** Gamma(shape, 1) for shape ≥ 1 (Marsaglia–Tsang). */
function gamma(shape: number, rng: Rng): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

function pert(low: number, mode: number, high: number, rng: Rng): number {
  if (high === low) return low;
  const alpha = 1 + (4 * (mode - low)) / (high - low);
  const beta = 1 + (4 * (high - mode)) / (high - low);
  const x = gamma(alpha, rng);
  const y = gamma(beta, rng);
  return low + (x / (x + y)) * (high - low);
}

/** One draw. A normal is truncated by rejection (after 1,000 misses: clamped). */
export function draw(d: NumericDistribution, rng: Rng): number {
  switch (d.kind) {
    case 'triangular':
      return triangular(d.low, d.mode, d.high, rng());
    case 'pert':
      return pert(d.low, d.mode, d.high, rng);
    case 'uniform':
      return d.low + rng() * (d.high - d.low);
    case 'normal': {
      for (let i = 0; i < 1000; i += 1) {
        const x = d.mean + d.sd * standardNormal(rng);
        if (x >= d.low && x <= d.high) return x;
      }
      return Math.min(Math.max(d.mean, d.low), d.high);
    }
  }
}

/** Expected value (used by tests and the UI's description of a range). */
export function expectedValue(d: NumericDistribution): number {
  switch (d.kind) {
    case 'triangular':
      return (d.low + d.mode + d.high) / 3;
    case 'pert':
      return (d.low + 4 * d.mode + d.high) / 6;
    case 'uniform':
      return (d.low + d.high) / 2;
    case 'normal':
      return d.mean;
  }
}

/** The P10 and P90-ish span used as low/high in sensitivity: the range ends, or mean ± 1.2816 sd. */
export function lowHigh(d: NumericDistribution): { low: number; high: number } {
  if (d.kind === 'normal') {
    return { low: Math.max(d.mean - 1.2816 * d.sd, d.low), high: Math.min(d.mean + 1.2816 * d.sd, d.high) };
  }
  return { low: d.low, high: d.high };
}
