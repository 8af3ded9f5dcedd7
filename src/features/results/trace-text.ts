/** How a trace item was computed, in words (the engine gives the rule and its inputs; the UI phrases them). */
import Decimal from 'decimal.js';
import type { DepreciationStart, ModelFile, TraceItem } from '../../engine';
import { formatDecimal, formatMoney, shiftDecimal, type Locale } from '../../i18n';
import { allLines, categoryLabel, depreciationStartName, groupLabel, lineName, partyName } from '../../model';
import type { Translate } from '../../i18n';
import type { ResultsKey } from './messages';

const str = (v: string | number | boolean | undefined): string => (v === undefined ? '' : String(v));
const money = (v: string | number | boolean | undefined, locale: Locale) => formatMoney(str(v) || '0', locale, 'cents');
/** Decimals shown at most; a value with more digits (an index compounded over years) reads "≈" with these. */
export const TRACE_DECIMALS = 10;

/**
 * A decimal string at the precision the engine used (issue 20, item 9): every digit it has, with
 * trailing zeros dropped; only beyond TRACE_DECIMALS decimals cut, marked "≈".
 */
export function exactText(v: string, locale: Locale, max = TRACE_DECIMALS): string {
  const plain = new Decimal(v || '0').toFixed();
  const frac = plain.split('.')[1] ?? '';
  const digits = frac.replace(/0+$/, '').length;
  return digits <= max ? formatDecimal(plain, locale, digits) : `≈ ${formatDecimal(plain, locale, max)}`;
}

/** A fraction (0.4312…) as a percentage at the engine's precision: `43,12%`, `≈ 33,3333333333%`. */
const percentText = (v: string, locale: Locale, max = TRACE_DECIMALS) =>
  `${exactText(shiftDecimal(new Decimal(v || '0').toFixed(), 2), locale, max)}%`;

const index = (v: string | number | boolean | undefined, locale: Locale) => exactText(str(v) || '1', locale);

function factorText(t: Translate<ResultsKey>, d: TraceItem['detail'], locale: Locale): string {
  const f = str(d.factor);
  return f && f !== '1' ? t('how_factor', { factor: exactText(f, locale) }) : '';
}

/** `endYear`: the last horizon year (what extrapolation grows from). */
export function howText(item: TraceItem, t: Translate<ResultsKey>, locale: Locale, endYear: number): string {
  const d = item.detail;
  switch (item.rule) {
    case 'opex':
      if (d.override !== undefined)
        return t('how_override', { override: money(d.override, locale) }) + factorText(t, d, locale);
      return (
        t('how_opex', {
          amount: money(d.amount, locale),
          index: index(d.isIndexed === false ? '1' : d.index, locale),
        }) + factorText(t, d, locale)
      );
    case 'charge': {
      // Per inhabitant: the inhabitants the investment used, so it can be recomputed by hand.
      const invested =
        d.investment === undefined
          ? ''
          : d.perInhabitant === undefined
            ? money(d.investment, locale)
            : t('how_perInhabitant', {
                investment: money(d.investment, locale),
                perInhabitant: money(d.perInhabitant, locale),
                inhabitants: exactText(str(d.inhabitants), locale),
              });
      return (
        t('how_charge', {
          investYear: str(d.investYear),
          investment: invested ? ` (${invested})` : '',
          years: str(d.years),
          interest: percentText(str(d.interestRate), locale),
          method: d.method === 'annuity' ? t('annuity') : t('linear'),
        }) +
        (d.start === undefined
          ? ''
          : t('how_start', { start: depreciationStartName(str(d.start) as DepreciationStart, locale) }))
      );
    }
    case 'staff':
      return (
        t('how_staff', {
          fte: exactText(str(d.fte), locale),
          own: money(d.costPerFteOwn, locale),
          hired: money(d.costPerFteHired, locale),
          hiredShare: percentText(str(d.hiredShare), locale),
          index: index(d.index, locale),
        }) + factorText(t, d, locale)
      );
    case 'oneOff':
      return t('how_oneOff', { amount: money(d.amount ?? item.amount, locale) });
    case 'disinvestment':
      return t('how_disinvestment', { investYear: str(d.investYear) });
    case 'allocation': {
      const weight = str(d.weight),
        total = str(d.totalWeight);
      // The share at the engine's precision (its weights are exact decimals; the cents are split by them).
      const share = new Decimal(total || '0').isZero()
        ? '—'
        : percentText(new Decimal(weight || '0').div(total).toSignificantDigits(30).toFixed(), locale);
      return t('how_allocation', {
        basis: t(`basis_${str(d.basis) || 'inhabitants'}` as ResultsKey),
        weight: exactText(weight, locale),
        totalWeight: exactText(total, locale),
        share,
        shared: money(d.sharedAmount, locale),
      });
    }
    case 'extrapolation':
      return t('how_extrapolation', {
        endYear,
        recurring: money(d.recurringEndYear, locale),
        rate: percentText(str(d.rate), locale),
        years: str(d.years),
      });
    default:
      return '';
  }
}

/** Where an item comes from: the line id, the staff group, or the shared party whose cost is shared. */
export function sourceText(item: TraceItem, model: ModelFile, t: Translate<ResultsKey>, locale: Locale): string {
  if (item.rule === 'staff')
    return `${t('staffSource', { group: groupLabel(model, str(item.detail.group), locale) })} — ${partyName(model, item.party)}`;
  if (item.rule === 'allocation') return t('shareOf', { party: partyName(model, item.party) });
  if (item.rule === 'extrapolation') return '—';
  // A line by what it is ("Vervanging Applicaties Haarlem"), never by its id.
  const line = item.lineId === undefined ? undefined : allLines(model).find((l) => l.id === item.lineId);
  return line ? lineName(line, line.id, { m: model, locale }) : partyName(model, item.party);
}

export const categoryText = (item: TraceItem, model: ModelFile, locale: Locale) =>
  item.category ? categoryLabel(model, item.category, locale) : '—';
