/**
 * Exact arithmetic on decimal strings (the engine's money and FTE) for the few derived figures
 * the UI shows — sums, shares of a total — with scaled BigInt, never a binary float.
 */
function scaled(value: string): [bigint, number] {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) throw new Error(`not a decimal: ${value}`);
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2]}${frac}`);
  return [m[1] === '-' ? -n : n, frac.length];
}

function unscale(n: bigint, scale: number): string {
  const isNegative = n < 0n;
  const digits = (isNegative ? -n : n).toString().padStart(scale + 1, '0');
  const body = scale > 0 ? `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}` : digits;
  return `${isNegative && /[1-9]/.test(digits) ? '-' : ''}${body}`;
}

export function sumDecimals(values: readonly string[]): string {
  const parts = values.map(scaled);
  const scale = parts.reduce((s, [, k]) => Math.max(s, k), 0);
  return unscale(
    parts.reduce((total, [n, k]) => total + n * 10n ** BigInt(scale - k), 0n),
    scale,
  );
}

/** a / b with `digits` decimals, half away from zero; null when b is 0. */
export function ratio(a: string, b: string, digits = 6): string | null {
  const [an, as] = scaled(a);
  const [bn, bs] = scaled(b);
  if (bn === 0n) return null;
  let num = an * 10n ** BigInt(bs + digits);
  let den = bn * 10n ** BigInt(as);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const abs = num < 0n ? -num : num;
  const q = (abs * 2n + den) / (2n * den);
  return unscale(num < 0n ? -q : q, digits);
}

export const isZeroDecimal = (v: string): boolean => !/[1-9]/.test(v);

/** a × b, exact (as many decimals as both together). */
export function multiplyDecimals(a: string, b: string): string {
  const [an, as] = scaled(a);
  const [bn, bs] = scaled(b);
  return unscale(an * bn, as + bs);
}
