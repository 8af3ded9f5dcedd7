/**
 * Turning what a user types or pastes into a cell into a value for the model, or a message
 * saying why not. Numbers use parseUserNumber: Dutch `1.234,56` and plain `1234.56` both work.
 */
import { decimalSeparator, formatDecimal, parseUserNumber, type Locale } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import { gridMessages } from './messages';

export type ParseResult = { ok: true; value: string } | { ok: false; message: string };
type GridKey = keyof typeof gridMessages.nl;

export type CellParser = (text: string) => ParseResult;

export type NumberRule = {
  min?: number;
  max?: number;
  isInteger?: boolean;
  isPercent?: boolean;
  /** An empty cell is allowed and means "no value" (value ''). */
  isOptional?: boolean;
};

function compare(a: string, b: number): number {
  // Only bounds like 0, 1 or a year are compared: exact for these, no money is rounded here.
  return Number(a) - b;
}

export function numberParser(rule: NumberRule, locale: Locale): CellParser {
  const t = (key: GridKey, vars?: Record<string, string>) => translate(gridMessages, locale, key, vars);
  return (text) => {
    if (text.trim() === '') return rule.isOptional ? { ok: true, value: '' } : { ok: false, message: t('required') };
    const value = parseUserNumber(text, { locale, isPercent: rule.isPercent });
    if (value === null) return { ok: false, message: t('notANumber') };
    if (rule.isInteger && !/^-?\d+$/.test(value)) return { ok: false, message: t('notInteger') };
    const show = (n: number) =>
      rule.isPercent
        ? `${formatDecimal(String(n * 100), locale)}%`
        : formatDecimal(String(n), locale, Number.isInteger(n) ? 0 : 2);
    if (rule.min !== undefined && compare(value, rule.min) < 0)
      return { ok: false, message: t('tooSmall', { min: show(rule.min) }) };
    if (rule.max !== undefined && compare(value, rule.max) > 0)
      return { ok: false, message: t('tooLarge', { max: show(rule.max) }) };
    return { ok: true, value };
  };
}

const YES = ['ja', 'j', 'yes', 'y', 'waar', 'true', '1', 'x', '✓'];
const NO = ['nee', 'n', 'no', 'onwaar', 'false', '0', '-', ''];

export function booleanParser(locale: Locale): CellParser {
  return (text) => {
    const v = text.trim().toLowerCase();
    if (YES.includes(v)) return { ok: true, value: 'true' };
    if (NO.includes(v)) return { ok: true, value: 'false' };
    return { ok: false, message: translate(gridMessages, locale, 'notBoolean') };
  };
}

/** How a decimal string is shown in a cell being edited: no grouping, the locale's decimal sign. */
export function editText(value: string, locale: Locale): string {
  return value.replace('.', decimalSeparator(locale));
}
