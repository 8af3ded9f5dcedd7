/**
 * Labels of the numeric inputs that ranges and workshop controls sit on, short enough for a
 * picker, a tornado row or a slider: "hefboom 2 (Haarlem, Applicaties): reductie",
 * "reductie Applicaties". Selects are named briefly here (party first), lines by what they are;
 * never an id or a path.
 */
import type { Line, ModelFile, Scenario, Select } from '../../engine';
import type { Locale } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import { categoryLabel, groupLabel, partyName } from '../catalog';
import { allLines } from '../model-edits';
import { lineName } from './lines';
import { fieldWordMessages, type FieldWord } from './messages';

const isFieldWord = (s: string): s is FieldWord => Object.hasOwn(fieldWordMessages.nl, s);

/** The word for a path segment ("reduction" → "reductie"), or undefined when it has none. */
export function fieldWord(segment: string, locale: Locale): string | undefined {
  return isFieldWord(segment) ? translate(fieldWordMessages, locale, segment) : undefined;
}

const isYear = (s: string) => /^\d{4}$/.test(s);

/** The fields of a path in words, its year last: "kosten per fte eigen (2015)". */
export function fieldText(rel: string[], m: ModelFile, locale: Locale): string {
  const words = rel.filter((s) => !isYear(s)).map((s) => fieldWord(s, locale) ?? categoryLabel(m, s, locale));
  const year = rel.find(isYear);
  return `${words.join(' ')}${year ? ` (${year})` : ''}`;
}

/** What a select picks, short: "Applicaties", "ICT-centrum, 7 kostensoorten". */
function selectShort(sel: Select, m: ModelFile, locale: Locale): string {
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const few = (items: string[], label: (x: string) => string, many: FieldWord) =>
    items.length > 2 ? [`${items.length} ${fieldWord(many, locale)}`] : items.map(label);
  return [
    ...(sel.party ? [partyName(m, sel.party)] : []),
    ...few(list(sel.category), (c) => categoryLabel(m, c, locale), 'categories'),
    ...few(list(sel.group), (g) => groupLabel(m, g, locale), 'groups'),
    ...few(sel.lineIds ?? [], (l) => lineShort(undefined, l, m, locale), 'line'),
  ].join(', ');
}

/** A line by what it is, never by its id: "Vervanging ICT-werkplek Haarlem". */
function lineShort(line: Line | undefined, id: string, m: ModelFile, locale: Locale): string {
  return lineName(line ?? allLines(m).find((l) => l.id === id), id, { m, locale });
}

/** An input path in words, for a lever that changes an assumption: "projectkosten vervanging", "ICT-centrum: kosten per fte eigen". */
export function pathText(path: string, m: ModelFile, locale: Locale): string {
  const [root = '', key = '', ...rest] = path.split('.');
  if (root === 'parties') return `${partyName(m, key)}: ${fieldText(rest, m, locale)}`;
  if (root === 'assumptions') return fieldText([key, ...rest], m, locale);
  return fieldText(path.split('.').slice(-2), m, locale);
}

/** The label of a number in a scenario's own lines, staff or levers (`rel` is the path below the scenario). */
export function scenarioLeafLabel(s: Scenario, rel: string[], m: ModelFile, locale: Locale): string {
  const w = (k: FieldWord) => translate(fieldWordMessages, locale, k);
  const [list, key = '', ...rest] = rel;
  if (list === 'lines')
    return `${w('line')} ${lineShort(
      s.lines?.find((l) => l.id === key),
      key,
      m,
      locale,
    )}: ${fieldText(rest, m, locale)}`;
  if (list === 'staff') {
    const e = s.staff?.[Number(key)];
    return `${w('staff')} ${e ? `${partyName(m, e.party)} – ${groupLabel(m, e.group, locale)}` : key}: ${fieldText(rest, m, locale)}`;
  }
  const c = s.changes?.[Number(key)];
  const head = `${w('lever')} ${Number(key) + 1}`;
  if (c?.op === 'addLine')
    return `${head}, ${lineShort(c.line, c.line.id, m, locale)}: ${fieldText(rest.slice(1), m, locale)}`;
  if (c?.op === 'addStaff')
    return `${head} (${partyName(m, c.staff.party)} – ${groupLabel(m, c.staff.group, locale)}): ${fieldText(rest.slice(1), m, locale)}`;
  if (c?.op === 'setStaff')
    return `${head} (${partyName(m, c.party)} – ${groupLabel(m, c.group, locale)}): ${fieldText(rest, m, locale)}`;
  if (c?.op === 'scale' || c?.op === 'transfer') {
    const what = selectShort(c.select, m, locale);
    return `${head}${what ? ` (${what})` : ''}: ${fieldText(rest, m, locale)}`;
  }
  if (c?.op === 'setParam') return `${head} (${pathText(c.path, m, locale)}): ${fieldText(rest, m, locale)}`;
  return `${head}: ${fieldText(rest, m, locale)}`;
}

/** A lever's input named by what it does: "reductie Applicaties", "fte ICT-centrum – Technisch beheer vanaf 2014". */
export function leverTitle(s: Scenario, rel: string[], m: ModelFile, locale: Locale): string | null {
  const c = s.changes?.[Number(rel[1])];
  const rest = rel.slice(2);
  const year = rest.find(isYear);
  const field = rest.filter((x) => !isYear(x)).at(-1) ?? '';
  const when = year
    ? ` ${field === 'fte' || field === 'hiredShare' ? `${fieldWord('from', locale)} ` : ''}${year}`
    : '';
  const word = fieldWord(field, locale) ?? field;
  if (c?.op === 'scale' || c?.op === 'transfer') return `${word} ${selectShort(c.select, m, locale)}${when}`;
  if (c?.op === 'setStaff') return `${word} ${partyName(m, c.party)} – ${groupLabel(m, c.group, locale)}${when}`;
  if (c?.op === 'addStaff')
    return `${word} ${partyName(m, c.staff.party)} – ${groupLabel(m, c.staff.group, locale)}${when}`;
  if (c?.op === 'setParam') return pathText(c.path, m, locale);
  if (c?.op === 'addLine') {
    const l = c.line;
    const what = 'category' in l ? categoryLabel(m, l.category, locale) : lineShort(l, l.id, m, locale);
    const at = 'year' in l ? ` ${l.year}` : '';
    return `${what}${at}, ${partyName(m, l.party)}${field === 'amount' ? '' : ` (${word})`}${when}`;
  }
  return null;
}
