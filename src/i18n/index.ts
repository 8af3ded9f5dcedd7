export {
  defineMessages,
  interpolate,
  translate,
  useLocale,
  useT,
  type MessageTable,
  type MessageVars,
  type Translate,
} from './i18n';
export { pageLocale, setPageLocale, subscribePageLocale } from './locale';
export {
  decimalSeparator,
  euroSign,
  formatChance,
  formatDecimal,
  formatMoney,
  intlLocale,
  formatPercent,
  roundedAsShown,
  roundDecimalString,
  roundingDiffers,
  shiftDecimal,
  parseUserNumber,
  type Locale,
  type MoneyUnit,
} from './format';
export { commonMessages } from './messages';
