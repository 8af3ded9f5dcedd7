/**
 * The arithmetic a contribution is computed with. The exact kernel is decimal.js with one
 * rounding to cents per contribution (spec §8) — every result the app, the CLI and the report
 * show. The fast kernel runs the same formulas (the same code in project.ts) in float64 for
 * Monte Carlo sampling, where 10,000 evaluations must take seconds, not minutes; tests check
 * that it agrees with the exact kernel within €1 per yearly total.
 */
import { mulCents, mulCents3 } from './cents-product';
import { dec, isOne, type Num, ONE, times, toCents, type Decimal } from './money';

/** A kernel's number: a Decimal in the exact kernel, a float in the fast one. Opaque to callers. */
export type Q = { readonly kernelNumber: unique symbol };

export type Kernel = {
  name: 'exact' | 'fast';
  of: (d: Decimal) => Q;
  /**
   * `of(dec(x))` for a file value (JSON number or decimal string). The fast kernel reads it as
   * `Number` does — the float `of` gives for its Decimal (`toFloat`) — without parsing a Decimal.
   */
  ofNum: (x: Num) => Q;
  mul: (a: Q, b: Q) => Q;
  add: (a: Q, b: Q) => Q;
  sub: (a: Q, b: Q) => Q;
  one: Q;
  isZero: (a: Q) => boolean;
  /** Whether a is exactly 1 (a factor that changes nothing). */
  isOne: (a: Q) => boolean;
  /** Euros rounded to whole cents, half away from zero. */
  cents: (euros: Q) => number;
  /** `cents(mul(a, b))`, in one step. */
  mulCents: (a: Q, b: Q) => number;
  /** `cents(mul(mul(a, b), c))`, in one step. */
  mulCents3: (a: Q, b: Q, c: Q) => number;
  /**
   * (1 + rate)^exponent (an index factor), or null when the exact kernel should take it from
   * the memoised Decimal powers (params.ts `indexAt`); the fast kernel computes it in float64.
   */
  growth: (rate: Decimal, exponent: number) => Q | null;
};

const d = (q: Q) => q as unknown as Decimal;
const q = (x: Decimal | number) => x as unknown as Q;

export const exactKernel: Kernel = {
  name: 'exact',
  of: (x) => q(x),
  ofNum: (x) => q(dec(x)),
  mul: (a, b) => q(times(d(a), d(b))),
  add: (a, b) => q(d(a).plus(d(b))),
  sub: (a, b) => q(d(a).minus(d(b))),
  one: q(ONE),
  isZero: (a) => d(a).isZero(),
  isOne: (a) => isOne(d(a)),
  cents: (a) => toCents(d(a)),
  mulCents: (a, b) => mulCents(d(a), d(b)),
  mulCents3: (a, b, c) => mulCents3(d(a), d(b), d(c)),
  growth: () => null,
};

/**
 * A number of the exact kernel as the Decimal it is (results, trace). Not a field of the kernel:
 * both kernels keep one shape, so the contribution code's calls through `K` stay monomorphic.
 */
export const exactDecimal = (a: Q): Decimal => d(a);

const f = (x: Q) => x as unknown as number;

const POW1E7 = [1, 1e7, 1e14, 1e21, 1e28];

/**
 * A Decimal as the nearest float: from its base-1e7 words when it has at most two (14 digits,
 * summed exactly, then one correctly rounded scaling), else through decimal.js's string route.
 */
function toFloat(x: Decimal): number {
  const d = x.d;
  if (d === null || d.length > 2 || !x.isFinite()) return x.toNumber();
  const mantissa = d.length === 1 ? (d[0] as number) : (d[0] as number) * 1e7 + (d[1] as number);
  const shift = Math.floor(x.e / 7) - (d.length - 1);
  if (shift < -4 || shift > 4) return x.toNumber();
  const v = shift >= 0 ? mantissa * (POW1E7[shift] as number) : mantissa / (POW1E7[-shift] as number);
  return x.s < 0 ? -v : v;
}

/**
 * Float values of Decimals. The same Decimal often comes several times in a row (a rate in every
 * year): the last one is remembered. No memo beyond that: reading a float from the Decimal's
 * words is cheaper than a look-up, and a memo would keep every sample's short-lived Decimals
 * alive into the old generation.
 */
function floatOf(): (x: Decimal) => Q {
  let lastX: Decimal | null = null;
  let lastV = 0;
  return (x) => {
    if (x !== lastX) {
      lastV = toFloat(x);
      lastX = x;
    }
    return q(lastV);
  };
}

function fastCents(a: Q): number {
  const c = f(a) * 100;
  return c < 0 ? -Math.round(-c) : Math.round(c);
}

/**
 * (1 + rate)^exponent in float64, remembered per rate object and exponent: every line of a
 * category asks for the same few powers in every sample, and the rates are the compiled
 * assumptions' Decimals, which live through the run. The same float as computing it again.
 */
function growthOf(of: (x: Decimal) => Q): (rate: Decimal, exponent: number) => Q {
  let powers = new Map<Decimal, Map<number, number>>();
  return (rate, exponent) => {
    if (exponent === 0) return q(1);
    let byExponent = powers.get(rate);
    if (byExponent === undefined) {
      if (powers.size >= 256) powers = new Map();
      byExponent = new Map();
      powers.set(rate, byExponent);
    }
    let v = byExponent.get(exponent);
    if (v === undefined) {
      v = (1 + f(of(rate))) ** exponent;
      byExponent.set(exponent, v);
    }
    return q(v);
  };
}

export function createFastKernel(): Kernel {
  const of = floatOf();
  return {
    name: 'fast',
    of,
    // `+ 0`: dec(-0) is 0 (the Decimal cache keys -0 as 0).
    ofNum: (x) => q(typeof x === 'number' ? x + 0 : Number(x)),
    mul: (a, b) => q(f(a) * f(b)),
    add: (a, b) => q(f(a) + f(b)),
    sub: (a, b) => q(f(a) - f(b)),
    one: q(1),
    isZero: (a) => f(a) === 0,
    isOne: (a) => f(a) === 1,
    cents: fastCents,
    mulCents: (a, b) => fastCents(q(f(a) * f(b))),
    mulCents3: (a, b, c) => fastCents(q(f(a) * f(b) * f(c))),
    growth: growthOf(of),
  };
}
