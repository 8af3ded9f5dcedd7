/** Cost lines and levers in one short sentence each, for the input tables of the report. */
import type { Change, Line, ModelFile, Num, Select, YearMap } from '../../engine';
import { formatDecimal, formatMoney, formatPercent, type Locale } from '../../i18n';
import { canonical, categoryLabel, groupLabel, partyName } from '../../model';

const W = {
  nl: {
    perYear: 'per jaar', indexed: 'geïndexeerd', nominal: 'niet geïndexeerd', from: 'vanaf', to: 't/m', in: 'in', years: 'jaar', oneOff: 'eenmalig',
    perInhabitant: 'per inwoner', purchase: 'aanschaf', replacement: 'vervanging', renewal: 'vernieuwing', overrides: 'afwijkend in',
    add: 'Toevoegen', addStaff: 'Personeel toevoegen', setStaff: 'Formatie', becomes: 'wordt', end: 'stopt', retire: 'met desinvestering',
    transfer: 'naar', all: 'alle partijen', allCosts: 'alle kosten', factor: 'maal', phase: 'ingefaseerd', setParam: 'Aanname', and: 'en', fte: 'fte', line: 'regel',
  },
  en: {
    perYear: 'a year', indexed: 'indexed', nominal: 'not indexed', from: 'from', to: 'to', in: 'in', years: 'years', oneOff: 'one-off',
    perInhabitant: 'per inhabitant', purchase: 'purchase', replacement: 'replacement', renewal: 'renewal', overrides: 'different in',
    add: 'Add', addStaff: 'Add staff', setStaff: 'Staffing', becomes: 'becomes', end: 'stops', retire: 'with disinvestment',
    transfer: 'to', all: 'all parties', allCosts: 'all costs', factor: 'times', phase: 'phased in', setParam: 'Assumption', and: 'and', fte: 'FTE', line: 'line',
  },
} as const;

const money = (v: Num, locale: Locale) => formatMoney(canonical(v) ?? '0', locale, /\.\d*[1-9]/.test(canonical(v) ?? '') ? 'cents' : 'euro');
const decimal = (v: Num, locale: Locale) => formatDecimal(canonical(v) ?? '0', locale, Math.min(4, (canonical(v) ?? '').split('.')[1]?.length ?? 0));
const pct = (v: Num, locale: Locale) => formatPercent(canonical(v) ?? '0', locale, 1);

/** A year map as text: `30 fte` or `2014: 44,5 fte; 2016: 40 fte`. */
export function yearMapText(map: YearMap, locale: Locale, format: (v: Num) => string): string {
  if (typeof map !== 'object') return format(map);
  return Object.entries(map).map(([y, v]) => `${y}: ${format(v)}`).join('; ');
}

export function lineAmountText(l: Line, locale: Locale): string {
  const w = W[locale];
  switch (l.type) {
    case 'opex': {
      const over = l.overrides && Object.keys(l.overrides).length > 0 ? `; ${w.overrides} ${yearMapText(l.overrides, locale, (v) => money(v, locale))}` : '';
      return `${money(l.amount, locale)} ${w.perYear} (${l.indexed === false ? w.nominal : w.indexed})${over}`;
    }
    case 'investment': return `${money(l.amount, locale)}${l.years ? `, ${l.years} ${w.years}` : ''}${l.method ? `, ${l.method}` : ''}`;
    case 'recurringInvestment':
      return l.perInhabitant !== undefined ? `${money(l.perInhabitant, locale)} ${w.perInhabitant} ${w.perYear}` : `${money(l.amount ?? 0, locale)} ${w.perYear}${l.indexed ? ` (${w.indexed})` : ''}`;
    case 'application': return `${w.purchase} ${money(l.purchase, locale)} (${l.project === 'renewal' ? w.renewal : w.replacement})${l.years ? `, ${l.years} ${w.years}` : ''}`;
    case 'oneOff': return `${money(l.amount, locale)} ${w.oneOff}`;
  }
}

export function lineYearsText(l: Line, m: ModelFile, locale: Locale): string {
  const w = W[locale];
  if (l.type === 'opex' || l.type === 'recurringInvestment') {
    const from = l.from ?? m.horizon.startYear;
    const to = l.to ?? m.horizon.endYear;
    return `${from}–${to}`;
  }
  return `${w.in} ${l.year}`;
}

function selectText(m: ModelFile, sel: Select, locale: Locale): string {
  const w = W[locale];
  const list = (v: string | string[] | undefined, label: (id: string) => string) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(label));
  const what = [...list(sel.category, (c) => categoryLabel(m, c, locale)), ...list(sel.group, (g) => groupLabel(m, g, locale)), ...list(sel.lineIds, (x) => `${w.line} ${x}`)];
  return `${what.length > 0 ? what.join(` ${w.and} `) : w.allCosts} ${sel.party ? partyName(m, sel.party) : `(${w.all})`}`;
}

/** One lever as a sentence, e.g. `Applicaties (alle partijen) −35,0% vanaf 2015 (ingefaseerd: 2015: 25,0%; …)`. */
export function changeText(c: Change, m: ModelFile, locale: Locale): string {
  const w = W[locale];
  const fte = (v: Num) => `${decimal(v, locale)} ${w.fte}`;
  switch (c.op) {
    case 'addLine': {
      const l = c.line;
      const cat = categoryLabel(m, l.type === 'application' ? 'applications' : l.category, locale);
      return `${w.add}: ${cat} ${partyName(m, l.party)}, ${lineAmountText(l, locale)}, ${lineYearsText(l, m, locale)}`;
    }
    case 'addStaff': return `${w.addStaff}: ${groupLabel(m, c.staff.group, locale)} ${partyName(m, c.staff.party)}, ${yearMapText(c.staff.fte, locale, fte)}`;
    case 'setStaff': return `${w.setStaff} ${groupLabel(m, c.group, locale)} ${partyName(m, c.party)} ${w.becomes} ${yearMapText(c.fte, locale, fte)}`;
    case 'endLine': return `${w.line} ${c.id} ${w.end} ${w.from} ${c.from}${c.retire ? `, ${w.retire}` : ''}`;
    case 'transfer': return `${selectText(m, c.select, locale)} ${w.transfer} ${partyName(m, c.to)} ${w.from} ${c.from}`;
    case 'scale': {
      const from = c.from !== undefined ? ` ${w.from} ${c.from}` : '';
      if (c.reduction !== undefined) {
        const phase = c.phaseIn !== undefined ? ` (${w.phase}: ${yearMapText(c.phaseIn, locale, (v) => pct(v, locale))})` : '';
        return `${selectText(m, c.select, locale)} −${pct(c.reduction, locale)}${from}${phase}`;
      }
      return `${selectText(m, c.select, locale)} ${w.factor} ${yearMapText(c.factor ?? 1, locale, (v) => decimal(v, locale))}${from}`;
    }
    case 'setParam': return `${w.setParam} ${c.path} ${w.becomes} ${typeof c.value === 'object' ? JSON.stringify(c.value) : String(c.value)}`;
  }
}
