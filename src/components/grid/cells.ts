/** Grid cells for numbers held as decimal strings, formatted the locale's way. */
import { formatDecimal, parseUserNumber, shiftDecimal, type Locale } from '../../i18n/format';
import { editText } from './parsers';
import type { GridCell } from './types';

export type NumCellOptions = { digits?: number; isPercent?: boolean; tone?: GridCell['tone']; isReadOnly?: boolean };

function digitsOf(value: string): number {
  const frac = value.split('.')[1] ?? '';
  return frac.length;
}

/** A cell for a decimal string ('' = empty); shows up to `digits` decimals (default: as many as the value has, max 2). */
export function numCell(value: string | null, locale: Locale, o: NumCellOptions = {}): GridCell {
  if (value === null || value === '') return { display: '', edit: '', tone: o.tone, isReadOnly: o.isReadOnly };
  if (o.isPercent) {
    const pct = parseUserNumber(shiftDecimal(value, 2), { locale: 'en' }) ?? value;
    const d = o.digits ?? Math.min(2, digitsOf(pct));
    return {
      display: `${formatDecimal(pct, locale, d)}%`,
      edit: editText(pct, locale),
      tone: o.tone,
      isReadOnly: o.isReadOnly,
    };
  }
  const d = o.digits ?? Math.min(2, digitsOf(value));
  return {
    display: formatDecimal(value, locale, d),
    edit: editText(value, locale),
    tone: o.tone,
    isReadOnly: o.isReadOnly,
  };
}

export function textCell(text: string, isReadOnly = true): GridCell {
  return { display: text, edit: text, isReadOnly };
}
