/** Cost lines in words: a line's name, a line a lever adds, and a line's amount and years for tables. */
import type { Line, ModelFile, Num, YearMap } from '../../engine';
import { formatMoney, type Locale } from '../../i18n/format';
import { categoryLabel, partyName } from '../catalog';
import { canonical } from '../numbers';
import { euros, say, type DescribeContext } from './context';

const categoryOf = (l: Line, c: DescribeContext) =>
  categoryLabel(c.m, l.type === 'application' ? 'applications' : l.category, c.locale);

/** A line by what it is: "Investering Applicaties Haarlem 2015"; its id when there is no such line. */
export function lineName(l: Line | undefined, id: string, c: DescribeContext): string {
  if (!l) return id;
  const vars = { category: categoryOf(l, c), party: partyName(c.m, l.party) };
  switch (l.type) {
    case 'opex':
      return `${vars.category} ${vars.party}`;
    case 'investment':
      return say(c, 'lineInvestment', { ...vars, year: l.year });
    case 'recurringInvestment':
      return say(c, 'lineRecurring', vars);
    case 'application':
      return say(c, 'lineApplication', { ...vars, year: l.year });
    case 'oneOff':
      return `${vars.category} ${vars.party} ${l.year}`;
  }
}

/** A line that a lever adds, with its amount: "Project- en programmakosten ICT-centrum 2013: € 1.000.000 eenmalig". */
export function addedLineText(l: Line, c: DescribeContext): string {
  const vars = { category: categoryOf(l, c), party: partyName(c.m, l.party) };
  switch (l.type) {
    case 'oneOff':
      return say(c, 'addOneOff', { ...vars, year: l.year, amount: euros(l.amount, c) });
    case 'opex': {
      const from = l.from ? ` ${say(c, 'fromYear', { year: l.from })}` : '';
      const to = l.to ? ` ${say(c, 'addOpexTo', { year: l.to })}` : '';
      return `${say(c, 'addOpex', { ...vars, amount: euros(l.amount, c) })}${from}${to}`;
    }
    case 'investment':
      return say(c, 'addInvestment', { ...vars, year: l.year, amount: euros(l.amount, c) });
    case 'recurringInvestment': {
      const amount =
        l.perInhabitant !== undefined
          ? say(c, 'perInhabitant', { amount: formatMoney(canonical(l.perInhabitant) ?? '0', c.locale, 'cents') })
          : euros(l.amount, c);
      return say(c, 'addRecurring', { ...vars, from: l.from, to: l.to, amount });
    }
    case 'application':
      return say(c, 'addApplication', {
        ...vars,
        year: l.year,
        amount: euros(l.purchase, c),
        project: say(c, l.project === 'renewal' ? 'renewal' : 'replacement'),
      });
  }
}

/** Money with cents only where it has them. */
const money = (v: Num, locale: Locale) =>
  formatMoney(canonical(v) ?? '0', locale, /\.\d*[1-9]/.test(canonical(v) ?? '') ? 'cents' : 'euro');

/** A year map as text: `30 fte` or `2014: 44,5 fte; 2016: 40 fte`. */
export function yearMapText(map: YearMap, locale: Locale, format: (v: Num) => string): string {
  if (typeof map !== 'object') return format(map);
  return Object.entries(map)
    .map(([y, v]) => `${y}: ${format(v)}`)
    .join('; ');
}

/** A line's amount for the report's tables: "€ 75.000 per jaar (geïndexeerd)", "aanschaf € 40.000 (vervanging), 5 jaar". */
export function lineAmountText(l: Line, locale: Locale): string {
  const c = { locale };
  const term = (years: number | undefined) => (years ? `, ${say(c, 'termYears', { years })}` : '');
  switch (l.type) {
    case 'opex': {
      const over =
        l.overrides && Object.keys(l.overrides).length > 0
          ? `; ${say(c, 'overrides', { values: yearMapText(l.overrides, locale, (v) => money(v, locale)) })}`
          : '';
      return `${say(c, 'amountPerYear', { amount: money(l.amount, locale) })} (${say(c, l.indexed === false ? 'nominal' : 'indexed')})${over}`;
    }
    case 'investment':
      return `${money(l.amount, locale)}${term(l.years)}${l.method ? `, ${l.method}` : ''}`;
    case 'recurringInvestment':
      return l.perInhabitant !== undefined
        ? say(c, 'amountPerYear', { amount: say(c, 'perInhabitant', { amount: money(l.perInhabitant, locale) }) })
        : `${say(c, 'amountPerYear', { amount: money(l.amount ?? 0, locale) })}${l.indexed ? ` (${say(c, 'indexed')})` : ''}`;
    case 'application':
      return `${say(c, 'purchase', { amount: money(l.purchase, locale) })} (${say(c, l.project === 'renewal' ? 'renewal' : 'replacement')})${term(l.years)}`;
    case 'oneOff':
      return say(c, 'oneOff', { amount: money(l.amount, locale) });
  }
}

/** A line's years for the report's tables: `2014–2018` or `in 2015`. */
export function lineYearsText(l: Line, m: ModelFile, locale: Locale): string {
  if (l.type === 'opex' || l.type === 'recurringInvestment')
    return `${l.from ?? m.horizon.startYear}–${l.to ?? m.horizon.endYear}`;
  return say({ locale }, 'inYear', { year: l.year });
}
