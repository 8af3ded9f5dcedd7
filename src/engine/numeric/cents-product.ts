/**
 * round(a × b) to whole cents, exactly as `toCents(a.times(b))` computes it — the product
 * rounded to 40 significant digits (half away from zero), then to cents (half away from zero) —
 * without building the intermediate Decimal. This is the last step of nearly every
 * contribution (amount × index, FTE cost × index, …), so it runs thousands of times per
 * evaluation.
 *
 * It works on decimal.js's documented representation (`d`: base-1e7 words aligned to the
 * decimal point, `e`: exponent of the first digit, `s`: sign) with the same word-by-word long
 * multiplication decimal.js uses — integer arithmetic only, every intermediate below 2^53.
 * Rounding to 40 digits can change the cents only through a carry: when the digits from the
 * fourth decimal down to the 40th significant digit are all 9 and the 41st is ≥ 5. Anything
 * outside the common case (a sign, a zero, a product of €10^14 or more, few fraction digits
 * below the cut) is left to decimal.js.
 */
import { Decimal, times, toCents } from './money';

const BASE = 1e7;
const PRECISION = 40;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/** Product words: `w[0 … n − 1]`, most significant first (the first may be 0). */
type Words = { w: Float64Array; n: number };

/**
 * Scratch space for the product words. The computation is synchronous and overwrites the words
 * it reads, so one buffer serves every call: no result depends on what it held before.
 */
const scratch = new Float64Array(32);

/**
 * Exact product words of two positive Decimals: decimal.js's long multiplication, with the
 * carry split by a floor division that is corrected to stay exact (every value below 2^53).
 */
function productWords(a: readonly number[], aLength: number, b: readonly number[], bLength: number): Words {
  const isAFirst = aLength >= bLength;
  const x = isAFirst ? a : b;
  const y = isAFirst ? b : a;
  const xLength = isAFirst ? aLength : bLength;
  const yLength = isAFirst ? bLength : aLength;
  const n = xLength + yLength;
  const r = n <= scratch.length ? scratch : new Float64Array(n);
  r.fill(0, 0, n);
  for (let i = yLength - 1; i >= 0; i -= 1) {
    const yi = y[i] as number;
    let carry = 0;
    let k = xLength + i;
    for (; k > i; k -= 1) {
      const t = (r[k] as number) + yi * (x[k - i - 1] as number) + carry;
      let c = Math.floor(t / BASE);
      let v = t - c * BASE;
      if (v < 0) {
        c -= 1;
        v += BASE;
      } else if (v >= BASE) {
        c += 1;
        v -= BASE;
      }
      r[k] = v;
      carry = c;
    }
    // r[i] is still 0 here and carry < BASE.
    r[k] = carry;
  }
  product.w = r;
  product.n = n;
  return product;
}

/** The words `productWords` returns: one object, rewritten by every call (read before the next). */
const product: Words = { w: scratch, n: 0 };

const wordAt = (p: Words, i: number): number => (i < p.n ? (p.w[i] as number) : 0);

const digitsOf = (w: number): number =>
  w >= 1e6 ? 7 : w >= 1e5 ? 6 : w >= 1e4 ? 5 : w >= 1e3 ? 4 : w >= 100 ? 3 : w >= 10 ? 2 : 1;

/**
 * Whether rounding the product to 40 digits carries into its third decimal (null: not decided
 * here). The 40th significant digit ends in word `word`, which keeps its first `kept` digits.
 */
function carriesIntoMils(p: Words, from: number, fraction: number): boolean | null {
  const rest = PRECISION - digitsOf(wordAt(p, from));
  const j = Math.ceil(rest / 7);
  const word = from + j;
  const kept = rest - 7 * (j - 1);
  if (word >= p.n) return false;
  if (word <= fraction) return null;
  const w = wordAt(p, word);
  const below = POW10[7 - kept] as number;
  const roundingDigit = kept === 7 ? Math.floor(wordAt(p, word + 1) / 1e6) : Math.floor(w / (below / 10)) % 10;
  if (roundingDigit < 5) return false;
  if (wordAt(p, fraction) % 1e4 !== 9999) return false;
  for (let i = fraction + 1; i < word; i += 1) if (wordAt(p, i) !== BASE - 1) return false;
  return Math.floor(w / below) === (POW10[kept] as number) - 1;
}

const isPlain = (x: Decimal) => x.s === 1 && x.isFinite() && !x.isZero();

function fusedCents(a: Decimal, b: Decimal): number | null {
  if (!isPlain(a) || !isPlain(b)) return null;
  return wordsCents(a.d, a.d.length, Math.floor(a.e / 7), b.d, Math.floor(b.e / 7));
}

/**
 * `fusedCents` of two positive numbers given as base-1e7 words, most significant first, and the
 * word exponent of their first word (value = Σ words[i] · 1e7^(top − i)).
 */
function wordsCents(
  ad: readonly number[],
  aLength: number,
  aTop: number,
  bd: readonly number[],
  bTop: number,
): number | null {
  const p = productWords(ad, aLength, bd, bd.length);
  const from = wordAt(p, 0) === 0 ? 1 : 0;
  // Word exponent of word `from`: value = Σ w[i] · 1e7^(top − (i − from)).
  const top = aTop + bTop + (from === 0 ? 1 : 0);
  if (top > 1) return null;
  if (top < -1) return 0;
  let euros = 0;
  for (let i = from; i <= from + top; i += 1) euros = euros * BASE + wordAt(p, i);
  if (euros >= 9e13) return null;
  const fraction = from + top + 1;
  const f = wordAt(p, fraction);
  const carry = carriesIntoMils(p, from, fraction);
  if (carry === null) return null;
  const third = (Math.floor(f / 1e4) % 10) + (carry ? 1 : 0);
  return euros * 100 + Math.floor(f / 1e5) + (third >= 5 ? 1 : 0);
}

/**
 * The float route, tried first. A float product decides the cents whenever it is not within its
 * error bound of a half cent — nearly always — so the word-by-word multiplication below is left
 * for the rare product near a tie (and for what the float route does not take). Exactness:
 * `floatOf` reads a Decimal of at most 8 words with a relative error ≤ (2·7 + 2)·u (u = 2⁻⁵³:
 * one rounding per multiply and per add of the Horner sum of positive words, one for the power
 * of ten and one for scaling by it); the product of three such values and the × 100 add four
 * roundings, so the float is within 52·u ≈ 5.8·10⁻¹⁵ of the exact product relatively, and the
 * rounding to 40 digits that decimal.js applies to each product moves it by ≤ 5·10⁻⁴⁰ relatively.
 * `decidedCents` takes the float only when no half cent lies within 10⁻¹³ (17 times that bound)
 * of it: then the exact product, rounded to 40 digits or not, rounds half up to the same cents.
 * Tested against decimal.js in test/engine/fast-paths.test.ts, ties and near-ties included.
 */
const FLOAT_ERROR = 1e-13;

/** 10^(7j) as floats (the nearest float; exact up to j = 3): the scale of a Decimal's word j places down. */
const POW1E7 = Array.from({ length: 12 }, (_, j) => Number(`1e${7 * j}`));

/** A positive Decimal of at most 8 words as a float, within 16 roundings of it (NaN: not taken). */
function floatOf(x: Decimal): number {
  const d = x.d;
  const n = d.length;
  if (n > 8) return NaN;
  let m = d[0] as number;
  for (let i = 1; i < n; i += 1) m = m * BASE + (d[i] as number);
  // value = m · 1e7^(top − (n − 1)), top = the first word's exponent.
  const shift = Math.floor(x.e / 7) - n + 1;
  if (shift >= 0) return shift < POW1E7.length ? m * (POW1E7[shift] as number) : NaN;
  return -shift < POW1E7.length ? m / (POW1E7[-shift] as number) : NaN;
}

/** Cents of a float product of positive factors (`cents` × 100 already) when the error bound decides them; else −1. */
function decidedCents(cents: number): number {
  // Also refuses NaN; below 2^50 a float's fraction is exact and its error well under a cent.
  if (!(cents < 2 ** 50)) return -1;
  const whole = Math.floor(cents);
  const fraction = cents - whole;
  if (Math.abs(fraction - 0.5) <= cents * FLOAT_ERROR) return -1;
  return fraction > 0.5 ? whole + 1 : whole;
}

/** round(a × b) to whole cents, half away from zero, the product first rounded to 40 digits as decimal.js does. */
export function mulCents(a: Decimal, b: Decimal): number {
  if (isPlain(a) && isPlain(b)) {
    const cents = decidedCents(floatOf(a) * floatOf(b) * 100);
    if (cents >= 0) return cents;
  }
  return fusedCents(a, b) ?? toCents(times(a, b));
}

/**
 * The words of a × b rounded to 40 significant digits: the first `roundedLength` (reused: read
 * before the next call; 40 digits take at most 7 words, a carry one more).
 */
const rounded: number[] = new Array<number>(8).fill(0);
let roundedLength = 0;

/** How many words `rounded` starts below the product's word 0 (its first non-zero word; one less after a carry into a new word). */
let roundedShift = 0;

/**
 * round((a × b) × c) to whole cents with both products rounded to 40 digits, exactly as
 * `mulCents(times(a, b), c)` — without building a × b as a Decimal: its exact words are rounded
 * to 40 significant digits half up (decimal.js's rounding of `times`), then multiplied by c's.
 * This is a contribution with a scale factor (amount × index × scale): every entry of a
 * scenario that scales everything.
 */
export function mulCents3(a: Decimal, b: Decimal, c: Decimal): number {
  if (isPlain(a) && isPlain(b) && isPlain(c)) {
    const fromFloat = decidedCents(floatOf(a) * floatOf(b) * floatOf(c) * 100);
    if (fromFloat >= 0) return fromFloat;
    const top = Math.floor(a.e / 7) + Math.floor(b.e / 7) + 1;
    roundProduct(productWords(a.d, a.d.length, b.d, b.d.length));
    const cents = wordsCents(rounded, roundedLength, top - roundedShift, c.d, Math.floor(c.e / 7));
    if (cents !== null) return cents;
  }
  return mulCents(times(a, b), c);
}

/** a × b as `mulCents3` rounds it, as a Decimal: for the tests that hold it to decimal.js's `times` (positive a, b only). */
export function roundedProduct(a: Decimal, b: Decimal): Decimal {
  roundProduct(productWords(a.d, a.d.length, b.d, b.d.length));
  const top = Math.floor(a.e / 7) + Math.floor(b.e / 7) + 1 - roundedShift;
  const words = rounded.slice(0, roundedLength);
  const digits = words.map((w, i) => (i === 0 ? String(w) : String(w).padStart(7, '0'))).join('');
  return new Decimal(`${digits}e${7 * (top - words.length + 1)}`);
}

/**
 * Rounds the words of a non-zero product to 40 significant digits, half up, into `rounded` (from
 * its first non-zero word; trailing zero words dropped) and sets `roundedShift`.
 */
function roundProduct(p: Words): void {
  let from = 0;
  while (wordAt(p, from) === 0) from += 1;
  const rest = PRECISION - digitsOf(wordAt(p, from));
  const j = Math.ceil(rest / 7);
  const word = from + j;
  // One word spare in front, for a carry into a new first word.
  let length = 0;
  for (let i = from; i < Math.min(p.n, word + 1); i += 1) rounded[1 + length++] = wordAt(p, i);
  let first = 1;
  roundedShift = from;
  if (word < p.n) {
    // The 40th digit ends in `word`, which keeps its first `kept` digits; the next digit decides.
    const kept = rest - 7 * (j - 1);
    const below = POW10[7 - kept] as number;
    const w = wordAt(p, word);
    const roundingDigit = kept === 7 ? Math.floor(wordAt(p, word + 1) / 1e6) : Math.floor(w / (below / 10)) % 10;
    let k = 1 + word - from;
    rounded[k] = Math.floor(w / below) * below;
    if (roundingDigit >= 5) {
      let carry = below;
      while (carry > 0 && k >= 1) {
        const v = (rounded[k] as number) + carry;
        rounded[k] = v >= BASE ? v - BASE : v;
        carry = v >= BASE ? 1 : 0;
        k -= 1;
      }
      if (carry > 0) {
        rounded[0] = 1;
        first = 0;
        length += 1;
        roundedShift -= 1;
      }
    }
  }
  while (length > 1 && rounded[first + length - 1] === 0) length -= 1;
  // Moved to the front, where productWords reads the words from.
  for (let i = 0; i < length; i += 1) rounded[i] = rounded[first + i] as number;
  roundedLength = length;
}
