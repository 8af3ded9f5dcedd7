import { describe, expect, it } from 'vitest';
import {
  formatChance,
  formatDecimal,
  formatMoney,
  formatPercent,
  parseUserNumber,
  roundedAsShown,
  roundingDiffers,
  roundDecimalString,
  shiftDecimal,
} from '../../src/i18n/format';

describe('money and number formats', () => {
  it('formats euros the Dutch way and the English way', () => {
    expect(formatMoney('1234567.49', 'nl')).toBe('€ 1.234.567');
    expect(formatMoney('1234567.50', 'nl')).toBe('€ 1.234.568');
    expect(formatMoney('-1234.5', 'nl', 'cents')).toBe('−€ 1.234,50');
    expect(formatMoney('1234567.5', 'en')).toBe('€1,234,568');
    expect(formatMoney('0.004', 'nl', 'cents')).toBe('€ 0,00');
  });
  it('formats × €1,000 and × €1,000 rounded to €50,000 like the report', () => {
    expect(formatMoney('10812345.00', 'nl', 'thousands')).toBe('10.812');
    expect(formatMoney('10812345.00', 'nl', 'thousands50')).toBe('10.800');
    expect(formatMoney('10825000.00', 'nl', 'thousands50')).toBe('10.850');
    expect(formatMoney('11474999.99', 'nl', 'thousands50')).toBe('11.450');
    expect(formatMoney('-1225000', 'nl', 'thousands50')).toBe('−1.250');
  });
  it('rounds decimal strings half away from zero on the digits', () => {
    expect(roundDecimalString('2.345', 2)).toBe('2.35');
    expect(roundDecimalString('-2.345', 2)).toBe('-2.35');
    expect(roundDecimalString('9.995', 2)).toBe('10.00');
    expect(roundDecimalString('-0.004', 2)).toBe('0.00');
    expect(formatDecimal('1234.5', 'nl', 1)).toBe('1.234,5');
    expect(shiftDecimal('1234.5', -3)).toBe('1.2345');
    expect(shiftDecimal('0.025', 2)).toBe('2.5');
    expect(formatPercent('0.025', 'nl')).toBe('2,5%');
  });
  it('parses what users type or paste', () => {
    expect(parseUserNumber('1.234,56')).toBe('1234.56');
    expect(parseUserNumber('1234.56')).toBe('1234.56');
    expect(parseUserNumber('€ 1.234.567')).toBe('1234567');
    expect(parseUserNumber('1.234')).toBe('1234');
    expect(parseUserNumber('1.234', { locale: 'en' })).toBe('1.234');
    expect(parseUserNumber('1,234,567', { locale: 'en' })).toBe('1234567');
    expect(parseUserNumber('12,5%')).toBe('0.125');
    expect(parseUserNumber('−3,50')).toBe('-3.5');
    expect(parseUserNumber('abc')).toBeNull();
    expect(parseUserNumber('')).toBeNull();
    expect(parseUserNumber('1,2,3')).toBeNull();
  });
});

describe('chances', () => {
  it('one decimal, and never 99.96 % as 100 % nor 0.04 % as 0 %', () => {
    expect(formatChance(0.734, 'nl')).toBe('73,4%');
    expect(formatChance(0.998, 'nl')).toBe('99,8%');
    expect(formatChance(0.9996, 'nl')).toBe('> 99,9%');
    expect(formatChance(0.0004, 'nl')).toBe('< 0,1%');
    expect(formatChance(0.002, 'en')).toBe('0.2%');
    expect(formatChance(0.5, 'en')).toBe('50.0%');
    expect(formatChance(1, 'nl')).toBe('100%');
    expect(formatChance(0, 'nl')).toBe('0%');
  });
});

describe('rounded figures against their total', () => {
  it('rounds as shown in each unit', () => {
    expect(roundedAsShown('1234.50', 'euro')).toBe('1235');
    expect(roundedAsShown('1234.505', 'cents')).toBe('1234.51');
    expect(roundedAsShown('1234567.00', 'thousands')).toBe('1235000');
    expect(roundedAsShown('1224999.00', 'thousands50')).toBe('1200000');
    expect(roundedAsShown('1225000.00', 'thousands50')).toBe('1250000');
  });
  it('says when the rounded parts do not add up to the rounded total', () => {
    expect(roundingDiffers(['1.40', '1.40'], '2.80', 'euro')).toBe(true);
    expect(roundingDiffers(['1.40', '1.60'], '3.00', 'euro')).toBe(false);
    expect(roundingDiffers(['1.40', '1.40'], '2.80', 'cents')).toBe(false);
    expect(roundingDiffers(['30000.00', '30000.00'], '60000.00', 'thousands50')).toBe(true);
    expect(roundingDiffers(['-1.40', '-1.40'], '-2.80', 'euro')).toBe(true);
  });
});
