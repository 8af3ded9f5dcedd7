/**
 * Each lever as a sentence in plain language, the way a council would say it:
 * "Technisch beheer Haarlem naar 0 fte vanaf 2014".
 */
import type { Change, Line, ModelFile, Select, YearMap } from '../../engine';
import { formatDecimal, formatMoney, formatPercent, type Locale } from '../../i18n';
import { allLines, asList, canonical, categoryLabel, groupLabel, partyName } from '../../model';
import { basisLabel, paramDefs } from './params';

type Ctx = { m: ModelFile; locale: Locale };

const nl = (c: Ctx) => c.locale === 'nl';
const money = (v: string | number | undefined, c: Ctx) => formatMoney(canonical(v ?? 0) ?? '0', c.locale);

function list(items: string[], c: Ctx): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${nl(c) ? 'en' : 'and'} ${items[items.length - 1]}`;
}

function entries(map: YearMap): [string, string][] {
  if (typeof map === 'number' || typeof map === 'string') return [['', canonical(map) ?? '0']];
  return Object.keys(map).sort().map((k) => [k, canonical(map[k]) ?? '0']);
}

/** "0 fte vanaf 2014" or "10 fte in 2014, 8 fte vanaf 2015". */
function fteText(map: YearMap, c: Ctx): string {
  const e = entries(map);
  return e.map(([y, v], i) => {
    const f = `${formatDecimal(v, c.locale, v.includes('.') ? 1 : 0)} fte`;
    if (y === '') return f;
    const isLast = i === e.length - 1;
    return `${f} ${isLast ? (nl(c) ? 'vanaf' : 'from') : (nl(c) ? 'in' : 'in')} ${y}`;
  }).join(', ');
}

function selectText(s: Select, c: Ctx): string {
  const cats = asList(s.category).map((id) => categoryLabel(c.m, id, c.locale));
  const groups = asList(s.group).map((id) => groupLabel(c.m, id, c.locale));
  const lines = (s.lineIds ?? []).map((id) => lineText(allLines(c.m).find((l) => l.id === id), id, c));
  const what = [...cats, ...groups, ...lines];
  const subject = what.length > 0 ? list(what, c) : nl(c) ? 'Alle kosten' : 'All costs';
  if (!s.party) return `${subject} (${nl(c) ? 'alle partijen' : 'all parties'})`;
  return `${subject} ${nl(c) ? 'van' : 'of'} ${partyName(c.m, s.party)}`;
}

export function lineText(l: Line | undefined, id: string, c: Ctx): string {
  if (!l) return id;
  const cat = categoryLabel(c.m, l.type === 'application' ? 'applications' : l.category, c.locale);
  const party = partyName(c.m, l.party);
  switch (l.type) {
    case 'opex': return `${cat} ${party}`;
    case 'investment': return `${nl(c) ? 'Investering' : 'Investment'} ${cat} ${party} ${l.year}`;
    case 'recurringInvestment': return `${nl(c) ? 'Jaarlijkse investering' : 'Yearly investment'} ${cat} ${party}`;
    case 'application': return `${nl(c) ? 'Applicatie-aanschaf' : 'Application purchase'} ${party} ${l.year}`;
    case 'oneOff': return `${cat} ${party} ${l.year}`;
  }
}

function addLineText(l: Line, c: Ctx): string {
  const cat = categoryLabel(c.m, l.type === 'application' ? 'applications' : l.category, c.locale);
  const party = partyName(c.m, l.party);
  const n = nl(c);
  switch (l.type) {
    case 'oneOff': return `${cat} ${party} ${l.year}: ${money(l.amount, c)} ${n ? 'eenmalig' : 'one-off'}`;
    case 'opex': return `${cat} ${party}: ${money(l.amount, c)} ${n ? 'per jaar' : 'a year'}${l.from ? ` ${n ? 'vanaf' : 'from'} ${l.from}` : ''}${l.to ? ` ${n ? 'tot en met' : 'to'} ${l.to}` : ''}`;
    case 'investment': return `${n ? 'Investering' : 'Investment'} ${cat} ${party} ${l.year}: ${money(l.amount, c)}`;
    case 'recurringInvestment': {
      const amount = l.perInhabitant !== undefined ? `${formatMoney(canonical(l.perInhabitant) ?? '0', c.locale, 'cents')} ${n ? 'per inwoner' : 'per inhabitant'}` : money(l.amount, c);
      return `${n ? 'Jaarlijkse investering' : 'Yearly investment'} ${cat} ${party} ${l.from}–${l.to}: ${amount}`;
    }
    case 'application': return `${n ? 'Applicatie-aanschaf' : 'Application purchase'} ${party} ${l.year}: ${money(l.purchase, c)} (${l.project === 'renewal' ? (n ? 'vernieuwing' : 'renewal') : (n ? 'vervanging' : 'replacement')})`;
  }
}

function scaleText(ch: Extract<Change, { op: 'scale' }>, c: Ctx): string {
  const n = nl(c);
  const what = selectText(ch.select, c);
  const from = ch.from !== undefined ? ` ${n ? 'vanaf' : 'from'} ${ch.from}` : '';
  if (ch.reduction !== undefined) {
    const r = formatPercent(canonical(ch.reduction) ?? '0', c.locale, 0);
    const schedule = ch.phaseIn === undefined ? '' : ` (${n ? 'ingefaseerd' : 'phased in'}: ${entries(ch.phaseIn).map(([y, v]) => `${formatPercent(v, c.locale, 0)}${y ? ` ${n ? 'in' : 'in'} ${y}` : ''}`).join(', ')})`;
    return `${what} −${r}${from}${schedule}`;
  }
  const f = entries(ch.factor ?? 1).map(([y, v]) => `× ${formatDecimal(v, c.locale, v.includes('.') ? Math.min(4, v.split('.')[1]?.length ?? 0) : 0)}${y ? ` ${n ? 'vanaf' : 'from'} ${y}` : ''}`).join(', ');
  return `${what} ${f}${from}`;
}

function setParamText(ch: Extract<Change, { op: 'setParam' }>, c: Ctx): string {
  const def = paramDefs(c.m, c.locale).find((d) => d.path === ch.path);
  const label = def?.label ?? ch.path;
  const v = ch.value;
  let value: string;
  if (def?.kind === 'percent') value = formatPercent(canonical(v as string) ?? String(v), c.locale, 1);
  else if (def?.kind === 'money') value = money(v as string, c);
  else if (def?.kind === 'basis' && typeof v === 'object' && v !== null) value = basisLabel(String((v as { basis?: string }).basis), c.locale);
  else if (def?.kind === 'start') value = v === 'sameYear' ? (nl(c) ? 'het jaar van investering' : 'the year of investment') : (nl(c) ? 'het jaar erna' : 'the next year');
  else if (def?.kind === 'method') value = v === 'annuity' ? (nl(c) ? 'annuïtair' : 'annuity') : (nl(c) ? 'lineair' : 'linear');
  else value = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return `${label} ${nl(c) ? 'wordt' : 'becomes'} ${value}`;
}

export function describeChange(ch: Change, m: ModelFile, locale: Locale): string {
  const c: Ctx = { m, locale };
  const n = nl(c);
  switch (ch.op) {
    case 'addLine': return addLineText(ch.line, c);
    case 'addStaff': return `${groupLabel(m, ch.staff.group, locale)} ${partyName(m, ch.staff.party)}: ${fteText(ch.staff.fte, c)}`;
    case 'setStaff': return `${groupLabel(m, ch.group, locale)} ${partyName(m, ch.party)} ${n ? 'naar' : 'to'} ${fteText(ch.fte, c)}`;
    case 'endLine': return `${lineText(allLines(m).find((l) => l.id === ch.id), ch.id, c)} ${n ? 'stopt vanaf' : 'ends from'} ${ch.from}${ch.retire ? (n ? ', met desinvestering' : ', with disinvestment') : ''}`;
    case 'transfer': return `${selectText(ch.select, c)} ${n ? 'naar' : 'to'} ${partyName(m, ch.to)} ${n ? 'vanaf' : 'from'} ${ch.from}`;
    case 'scale': return scaleText(ch, c);
    case 'setParam': return setParamText(ch, c);
  }
}
