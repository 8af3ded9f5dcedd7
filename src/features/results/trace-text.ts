/** How a trace item was computed, in words (the engine gives the rule and its inputs; the UI phrases them). */
import type { ModelFile, TraceItem } from '../../engine';
import { formatDecimal, formatMoney, formatPercent, type Locale } from '../../i18n';
import { allLines, categoryLabel, groupLabel, lineName, partyName } from '../../model';
import type { Translate } from '../../i18n';
import type { ResultsKey } from './messages';

const str = (v: string | number | boolean | undefined): string => (v === undefined ? '' : String(v));
const money = (v: string | number | boolean | undefined, locale: Locale) => formatMoney(str(v) || '0', locale, 'cents');
const index = (v: string | number | boolean | undefined, locale: Locale) => formatDecimal(str(v) || '1', locale, 4);

function factorText(t: Translate<ResultsKey>, d: TraceItem['detail'], locale: Locale): string {
  const f = str(d.factor);
  return f && f !== '1' ? t('how_factor', { factor: formatDecimal(f, locale, 4) }) : '';
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
                inhabitants: formatDecimal(str(d.inhabitants), locale, 0),
              });
      return t('how_charge', {
        investYear: str(d.investYear),
        investment: invested ? ` (${invested})` : '',
        years: str(d.years),
        interest: formatPercent(str(d.interestRate) || '0', locale, 2),
        method: d.method === 'annuity' ? t('annuity') : t('linear'),
      });
    }
    case 'staff':
      return (
        t('how_staff', {
          fte: formatDecimal(str(d.fte), locale, 2),
          own: money(d.costPerFteOwn, locale),
          hired: money(d.costPerFteHired, locale),
          hiredShare: formatPercent(str(d.hiredShare) || '0', locale, 0),
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
      const share = Number(total) === 0 ? '—' : formatPercent(String(Number(weight) / Number(total)), locale, 2);
      return t('how_allocation', {
        basis: t(`basis_${str(d.basis) || 'inhabitants'}` as ResultsKey),
        weight: formatDecimal(weight, locale, 0),
        totalWeight: formatDecimal(total, locale, 0),
        share,
        shared: money(d.sharedAmount, locale),
      });
    }
    case 'extrapolation':
      return t('how_extrapolation', {
        endYear,
        recurring: money(d.recurringEndYear, locale),
        rate: formatPercent(str(d.rate) || '0', locale, 1),
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
