/**
 * How an input's value reads on screen (pickers, sliders, tornado rows). Kept apart from the
 * input catalogue (uncertainty-inputs.ts) so that the app shell's picker loads only this.
 */
import { formatDecimal, formatMoney, formatPercent, type Locale } from '../i18n/format';

/** The unit an input's value is shown in: a percentage (rates, fractions), money, a whole number or a plain number. */
export type InputUnit = 'percent' | 'money' | 'number' | 'integer';

const decimalsOf = (v: string) => (v.split('.')[1] ?? '').length;

/** An input value (a decimal string) as screens show it: 35,0%, € 75.000, € 4,56, 44,5. */
export function formatInputValue(value: string, unit: InputUnit, locale: Locale): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale, Math.min(2, Math.max(1, decimalsOf(value) - 2)));
    case 'money':
      return formatMoney(value, locale, /\.\d*[1-9]/.test(value) ? 'cents' : 'euro');
    case 'integer':
      return formatDecimal(value, locale, 0);
    case 'number':
      return formatDecimal(value, locale, Math.min(4, decimalsOf(value)));
  }
}
