export { defineMessages, interpolate, translate, useLocale, useT, type MessageTable, type MessageVars, type Translate } from './i18n';
export { pageLocale, setPageLocale, subscribePageLocale } from './locale';
export { formatDecimal, formatMoney, formatPercent, parseUserNumber, type Locale, type MoneyUnit } from './format';
export { commonMessages } from './messages';
