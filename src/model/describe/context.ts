/** What every sentence needs: the model (for names) and the locale, and the words of one table. */
import type { ModelFile, Num, YearMap } from '../../engine';
import { formatMoney, type Locale } from '../../i18n/format';
import { translate, type MessageVars } from '../../i18n/i18n';
import { canonical } from '../numbers';
import { describeMessages, type DescribeKey } from './messages';

export type DescribeContext = { m: ModelFile; locale: Locale };

export const say = (c: { locale: Locale }, key: DescribeKey, vars?: MessageVars): string =>
  translate(describeMessages, c.locale, key, vars);

/** Whole euros: `€ 1.000.000`. */
export const euros = (v: Num | undefined, c: { locale: Locale }): string =>
  formatMoney(canonical(v ?? 0) ?? '0', c.locale);

/** `a, b en c`. */
export function listText(items: string[], c: { locale: Locale }): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${say(c, 'and')} ${items[items.length - 1]}`;
}

/** A year map's steps in year order, `['', value]` for a single value. */
export function yearSteps(map: YearMap): [string, string][] {
  if (typeof map === 'number' || typeof map === 'string') return [['', canonical(map) ?? '0']];
  return Object.keys(map)
    .sort()
    .map((k) => [k, canonical(map[k]) ?? '0']);
}
