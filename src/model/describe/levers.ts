/**
 * Each lever as a sentence in plain language, the way a council would say it:
 * "Technisch beheer Haarlem naar 0 fte vanaf 2014". One function per change op; the change-op
 * table (../changes.ts) picks the one for a change.
 */
import type { Change, YearMap } from '../../engine';
import { formatDecimal, formatPercent } from '../../i18n/format';
import { groupLabel, partyName } from '../catalog';
import { allLines } from '../model-edits';
import { canonical } from '../numbers';
import { euros, say, yearSteps, type DescribeContext } from './context';
import { addedLineText, lineName } from './lines';
import { basisLabel, paramDefs } from './params';
import { selectText } from './selects';

type Of<Op extends Change['op']> = Extract<Change, { op: Op }>;

/** "0 fte vanaf 2014" or "10 fte in 2014, 8 fte vanaf 2015". */
export function fteText(map: YearMap, c: DescribeContext): string {
  const steps = yearSteps(map);
  return steps
    .map(([y, v], i) => {
      const f = say(c, 'fte', { value: formatDecimal(v, c.locale, v.includes('.') ? 1 : 0) });
      if (y === '') return f;
      return `${f} ${say(c, i === steps.length - 1 ? 'fromYear' : 'inYear', { year: y })}`;
    })
    .join(', ');
}

export const describeAddLine = (ch: Of<'addLine'>, c: DescribeContext): string => addedLineText(ch.line, c);

export const describeAddStaff = (ch: Of<'addStaff'>, c: DescribeContext): string =>
  say(c, 'addStaff', {
    group: groupLabel(c.m, ch.staff.group, c.locale),
    party: partyName(c.m, ch.staff.party),
    fte: fteText(ch.staff.fte, c),
  });

export const describeSetStaff = (ch: Of<'setStaff'>, c: DescribeContext): string =>
  say(c, 'setStaff', {
    group: groupLabel(c.m, ch.group, c.locale),
    party: partyName(c.m, ch.party),
    fte: fteText(ch.fte, c),
  });

export const describeEndLine = (ch: Of<'endLine'>, c: DescribeContext): string =>
  `${say(c, 'endLine', {
    line: lineName(
      allLines(c.m).find((l) => l.id === ch.id),
      ch.id,
      c,
    ),
    year: ch.from,
  })}${ch.retire ? say(c, 'retire') : ''}`;

export const describeTransfer = (ch: Of<'transfer'>, c: DescribeContext): string =>
  say(c, 'transfer', { what: selectText(ch.select, c), to: partyName(c.m, ch.to), year: ch.from });

export function describeScale(ch: Of<'scale'>, c: DescribeContext): string {
  const what = selectText(ch.select, c);
  const from = ch.from !== undefined ? ` ${say(c, 'fromYear', { year: ch.from })}` : '';
  if (ch.reduction !== undefined) {
    const r = formatPercent(canonical(ch.reduction) ?? '0', c.locale, 0);
    const steps =
      ch.phaseIn === undefined
        ? []
        : yearSteps(ch.phaseIn).map(
            ([y, v]) => `${formatPercent(v, c.locale, 0)}${y ? ` ${say(c, 'inYear', { year: y })}` : ''}`,
          );
    const schedule = ch.phaseIn === undefined ? '' : ` (${say(c, 'phasedIn', { steps: steps.join(', ') })})`;
    return `${what} −${r}${from}${schedule}`;
  }
  const digits = (v: string) => (v.includes('.') ? Math.min(4, v.split('.')[1]?.length ?? 0) : 0);
  const f = yearSteps(ch.factor ?? 1)
    .map(([y, v]) => `× ${formatDecimal(v, c.locale, digits(v))}${y ? ` ${say(c, 'fromYear', { year: y })}` : ''}`)
    .join(', ');
  return `${what} ${f}${from}`;
}

function paramValueText(kind: string | undefined, v: unknown, c: DescribeContext): string {
  if (kind === 'percent') return formatPercent(canonical(v as string) ?? String(v), c.locale, 1);
  if (kind === 'money') return euros(v as string, c);
  if (kind === 'basis' && typeof v === 'object' && v !== null)
    return basisLabel(String((v as { basis?: string }).basis), c.locale);
  if (kind === 'start') return say(c, v === 'sameYear' ? 'startSameYear' : 'startNextYear');
  if (kind === 'method') return say(c, v === 'annuity' ? 'methodAnnuity' : 'methodLinear');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export function describeSetParam(ch: Of<'setParam'>, c: DescribeContext): string {
  const def = paramDefs(c.m, c.locale).find((d) => d.path === ch.path);
  return say(c, 'setParam', { label: def?.label ?? ch.path, value: paramValueText(def?.kind, ch.value, c) });
}

/** "Haarlemmermeer treedt uit ICT-centrum vanaf 2019, aflopende vergoeding" (model-v3 §10.4). */
export function describeLeave(ch: Of<'leave'>, c: DescribeContext): string {
  const s = ch.settlement;
  const method =
    s.method === 'fixed'
      ? say(c, 'method_fixed', { amount: euros(s.amount, c) })
      : say(
          c,
          s.method === 'tapered'
            ? 'method_tapered'
            : s.method === 'directDamage'
              ? 'method_directDamage'
              : 'method_none',
        );
  return say(c, 'leave', { party: partyName(c.m, ch.party), shared: partyName(c.m, ch.shared), year: ch.from, method });
}

/** "Frictiekosten volgens regel (Technisch beheer): 24 maanden salaris …, geboekt in 2013". */
export function describeStaffTransition(ch: Of<'staffTransition'>, c: DescribeContext): string {
  const groups =
    ch.groups === undefined
      ? say(c, 'staffTransitionAllGroups')
      : ch.groups.map((g) => groupLabel(c.m, g, c.locale)).join(', ');
  const number = (v: string | number | undefined, fallback: string) => canonical(v ?? fallback) ?? fallback;
  return say(c, 'staffTransition', {
    groups,
    months: formatDecimal(number(ch.monthsOfSalary, '24'), c.locale, 0),
    notice: formatDecimal(number(ch.hiredNoticeMonths, '2'), c.locale, 0),
    attrition: formatPercent(number(ch.attrition, '0'), c.locale, 0),
    booking:
      ch.booking === 'decisionYear'
        ? say(c, 'bookingDecisionYear', { year: ch.decisionYear ?? '' })
        : say(c, 'bookingAsIncurred'),
  });
}
