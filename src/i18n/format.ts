/**
 * Number and money formats for the UI. Money arrives from the engine as decimal strings; these
 * functions format them without turning the amount into a float where that could change a
 * digit (grouping is done on the string). Dutch: `€ 1.234.567`, English: `€1,234,567`.
 */
export type Locale = 'nl' | 'en';

/**
 * Per-locale number conventions: separators, the euro sign with its spacing, the tag for `Intl`,
 * and whether a lone `1.234` is read as a thousand (Dutch grouping).
 */
type Conventions = { group: string; decimal: string; euro: string; intl: string; isDotGrouping: boolean };
const conventions: Record<Locale, Conventions> = {
  nl: { group: '.', decimal: ',', euro: '€ ', intl: 'nl-NL', isDotGrouping: true },
  en: { group: ',', decimal: '.', euro: '€', intl: 'en-GB', isDotGrouping: false },
};

/** The BCP 47 tag for `Intl` formatters (dates, lists) of a locale: nl-NL, en-GB. */
export const intlLocale = (locale: Locale): string => conventions[locale].intl;

/** The euro sign as it precedes an amount: `€ ` in Dutch, `€` in English. */
export const euroSign = (locale: Locale): string => conventions[locale].euro;

/** The decimal separator of a locale: `,` in Dutch, `.` in English. */
export const decimalSeparator = (locale: Locale): string => conventions[locale].decimal;

function splitDecimal(value: string): { isNegative: boolean; int: string; frac: string } {
  const trimmed = value.trim();
  const isNegative = trimmed.startsWith('-');
  const body = trimmed.replace(/^[-+]/, '');
  const [int = '0', frac = ''] = body.split('.');
  return { isNegative, int: int.replace(/^0+(?=\d)/, ''), frac };
}

/** Rounds a decimal string to `digits` decimals, half away from zero, on the digits themselves. */
export function roundDecimalString(value: string, digits: number): string {
  const { isNegative, int, frac } = splitDecimal(value);
  const padded = (frac + '0'.repeat(digits + 1)).slice(0, digits + 1);
  let kept = int + padded.slice(0, digits);
  if (Number(padded[digits] ?? '0') >= 5) {
    const chars = kept.split('');
    let i = chars.length - 1;
    for (; i >= 0; i -= 1) {
      if (chars[i] === '9') chars[i] = '0';
      else {
        chars[i] = String(Number(chars[i]) + 1);
        break;
      }
    }
    kept = (i < 0 ? '1' : '') + chars.join('');
  }
  const intPart = kept.slice(0, kept.length - digits) || '0';
  const fracPart = digits > 0 ? kept.slice(kept.length - digits) : '';
  const isZero = /^0*$/.test(intPart + fracPart);
  return `${isNegative && !isZero ? '-' : ''}${intPart.replace(/^0+(?=\d)/, '')}${digits > 0 ? `.${fracPart}` : ''}`;
}

function group(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Formats a decimal string with grouping: `formatDecimal('1234567.891', 'nl', 2)` → `1.234.567,89`. */
export function formatDecimal(value: string | number, locale: Locale, digits = 0): string {
  const rounded = roundDecimalString(String(value), digits);
  const { isNegative, int, frac } = splitDecimal(rounded);
  const s = conventions[locale];
  const body = group(int, s.group) + (digits > 0 ? s.decimal + frac : '');
  return `${isNegative ? '−' : ''}${body}`;
}

export type MoneyUnit = 'euro' | 'cents' | 'thousands' | 'thousands50';

/**
 * Formats money (a decimal string in euros).
 * - `euro`: whole euros, `€ 1.234.567`;
 * - `cents`: `€ 1.234.567,89`;
 * - `thousands`: × €1,000, `1.235` (the unit is in the table heading);
 * - `thousands50`: × €1,000 rounded to €50,000 like the 2013 report, `1.250`.
 */
export function formatMoney(value: string, locale: Locale, unit: MoneyUnit = 'euro'): string {
  if (unit === 'thousands' || unit === 'thousands50') {
    const thousands = shiftDecimal(value, -3);
    if (unit === 'thousands') return formatDecimal(thousands, locale, 0);
    const fifties = roundDecimalString(divideBy50(thousands), 0);
    return formatDecimal(multiplyBy50(fifties), locale, 0);
  }
  const body = formatDecimal(value, locale, unit === 'cents' ? 2 : 0);
  const isNegative = body.startsWith('−');
  const digits = isNegative ? body.slice(1) : body;
  return `${isNegative ? '−' : ''}${euroSign(locale)}${digits}`;
}

/** Moves the decimal point of a decimal string: shiftDecimal('1234.5', -3) → '1.2345'. */
export function shiftDecimal(value: string, places: number): string {
  const { isNegative, int, frac } = splitDecimal(value);
  const digits = int + frac;
  let point = int.length + places;
  let all = digits;
  if (point <= 0) {
    all = '0'.repeat(1 - point) + all;
    point = 1;
  }
  if (point > all.length) all = all + '0'.repeat(point - all.length);
  const out = `${all.slice(0, point)}.${all.slice(point) || '0'}`.replace(/^0+(?=\d)/, '');
  return `${isNegative ? '-' : ''}${out}`;
}

function divideBy50(value: string): string {
  // value / 50 = value * 2 / 100; doubling a decimal string exactly.
  return shiftDecimal(doubleDecimal(value), -2);
}

function multiplyBy50(value: string): string {
  return shiftDecimal(halveInteger(value), 2);
}

function doubleDecimal(value: string): string {
  const { isNegative, int, frac } = splitDecimal(value);
  const digits = (int + frac).split('').map(Number);
  let carry = 0;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    const d = (digits[i] ?? 0) * 2 + carry;
    digits[i] = d % 10;
    carry = Math.floor(d / 10);
  }
  const all = (carry ? '1' : '') + digits.join('');
  const intLen = int.length + (carry ? 1 : 0);
  return `${isNegative ? '-' : ''}${all.slice(0, intLen)}${frac ? `.${all.slice(intLen)}` : ''}`;
}

function halveInteger(value: string): string {
  // value is an integer string; returns value / 2 as a decimal string (".5" when odd).
  const { isNegative, int } = splitDecimal(value);
  let rest = 0;
  let out = '';
  for (const ch of int) {
    const cur = rest * 10 + Number(ch);
    out += String(Math.floor(cur / 2));
    rest = cur % 2;
  }
  const body = (out.replace(/^0+(?=\d)/, '') || '0') + (rest ? '.5' : '');
  return `${isNegative && body !== '0' ? '-' : ''}${body}`;
}

/** A money amount (decimal string in euros) rounded as `formatMoney` shows it in `unit`, as whole euros (cents for `cents`). */
export function roundedAsShown(value: string, unit: MoneyUnit): string {
  if (unit === 'cents') return roundDecimalString(value, 2);
  if (unit === 'euro') return roundDecimalString(value, 0);
  const thousands = roundDecimalString(shiftDecimal(value, -3), 0);
  if (unit === 'thousands') return roundDecimalString(shiftDecimal(thousands, 3), 0);
  const fifties = roundDecimalString(divideBy50(shiftDecimal(value, -3)), 0);
  return roundDecimalString(shiftDecimal(multiplyBy50(fifties), 3), 0);
}

/**
 * Whether the parts, each rounded as shown, fail to add up to the total rounded as shown
 * (e.g. € 1 + € 1 shown beside a total of € 3 for 1.40 + 1.40 = 2.80). Exact on the digits.
 */
export function roundingDiffers(parts: readonly string[], total: string, unit: MoneyUnit): boolean {
  const scale = unit === 'cents' ? 2 : 0;
  const toInt = (v: string) => BigInt(roundDecimalString(shiftDecimal(roundedAsShown(v, unit), scale), 0));
  return parts.reduce((sum, p) => sum + toInt(p), 0n) !== toInt(total);
}

/**
 * A probability (0–1) as a percentage with one decimal (`0.734` → `73,4%`). Only exactly 0 and 1
 * read `0%` and `100%`: a chance that rounds to either end reads `< 0,1%` or `> 99,9%`, so a
 * 99.96 % chance is never shown as certainty nor a 0.04 % chance as impossible.
 */
export function formatChance(p: number, locale: Locale): string {
  if (!(p > 0)) return '0%';
  if (p >= 1) return '100%';
  const tenths = Math.round(p * 1000);
  if (tenths >= 1000) return `> ${formatDecimal('99.9', locale, 1)}%`;
  if (tenths <= 0) return `< ${formatDecimal('0.1', locale, 1)}%`;
  return `${formatDecimal((tenths / 10).toFixed(1), locale, 1)}%`;
}

/** Formats a rate given as a fraction (`0.025` → `2,5%`). */
export function formatPercent(value: string | number, locale: Locale, digits = 1): string {
  return `${formatDecimal(shiftDecimal(String(value), 2), locale, digits)}%`;
}

/**
 * Parses a number typed or pasted by a user: Dutch `1.234,56`, plain `1234.56`, `€ 1.234`,
 * `12,5%` (→ 0.125 when `isPercent`). In Dutch, `1.234` (a dot before exactly three digits)
 * is read as a thousands separator. Returns a canonical decimal string or null when it is
 * not a number.
 */
export function parseUserNumber(input: string, opts: { isPercent?: boolean; locale?: Locale } = {}): string | null {
  const locale = opts.locale ?? 'nl';
  let s = input
    .trim()
    .replace(/[\s\u00a0€]/g, '')
    .replace(/^−/, '-');
  const hasPercent = s.endsWith('%');
  if (hasPercent) s = s.slice(0, -1);
  if (s === '' || s === '-') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one is the decimal separator.
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    s = /^-?\d{1,3}(,\d{3})+$/.test(s) && s.split(',').length > 2 ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (
    lastDot >= 0 &&
    /^-?\d{1,3}(\.\d{3})+$/.test(s) &&
    (s.split('.').length > 2 || conventions[locale].isDotGrouping)
  ) {
    // Dutch `1.234` is one thousand two hundred thirty-four.
    s = s.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  if (hasPercent || opts.isPercent) s = shiftDecimal(s, -2);
  const normal = s.replace(/^(-?)0+(?=\d)/, '$1');
  return normal.includes('.') ? normal.replace(/\.?0+$/, '') || '0' : normal;
}
