/** The columns of each kind of cost line in the baseline tables: how a cell shows and sets a field. */
import { booleanParser, numberParser, numCell, type CellParser, type GridCell } from '../../components/grid';
import type {
  ApplicationLine,
  InvestmentLine,
  Line,
  LineType,
  ModelFile,
  OneOffLine,
  OpexLine,
  RecurringInvestmentLine,
} from '../../engine';
import { commonMessages, translate, type Locale } from '../../i18n';
import { canonical, toNum } from '../../model';
import type { Translate } from '../../i18n';
import type { baselineMessages } from './messages';

export type LineColumn<L extends Line> = {
  id: string;
  label: string;
  cell: (l: L) => GridCell;
  apply: (l: L, value: string) => void;
};

export type ColumnContext = {
  t: Translate<keyof typeof baselineMessages.nl>;
  locale: Locale;
  years: number[];
  model: ModelFile;
  partyTerm: (category: string) => number;
};

type AnyLine = Record<string, unknown>;

function money<L extends Line>(
  id: string,
  label: string,
  key: string,
  c: ColumnContext,
  isOptional = false,
): LineColumn<L> {
  return {
    id,
    label,
    cell: (l) => ({
      ...numCell(canonical((l as unknown as AnyLine)[key] as string | number | undefined), c.locale),
      parse: numberParser({ min: 0, isOptional }, c.locale),
    }),
    apply: (l, v) => {
      const x = l as unknown as AnyLine;
      if (v === '') delete x[key];
      else x[key] = toNum(v);
    },
  };
}

function year<L extends Line>(
  id: string,
  label: string,
  key: string,
  c: ColumnContext,
  isOptional = false,
): LineColumn<L> {
  return {
    id,
    label,
    cell: (l) => {
      const v = (l as unknown as AnyLine)[key];
      return {
        ...numCell(typeof v === 'number' ? String(v) : '', c.locale, { digits: 0 }),
        edit: typeof v === 'number' ? String(v) : '',
        display: typeof v === 'number' ? String(v) : '',
        parse: numberParser({ isInteger: true, min: 1900, max: 2200, isOptional }, c.locale),
      };
    },
    apply: (l, v) => {
      const x = l as unknown as AnyLine;
      if (v === '') delete x[key];
      else x[key] = Number(v);
    },
  };
}

function flag<L extends Line>(
  id: string,
  label: string,
  key: string,
  fallback: boolean,
  c: ColumnContext,
): LineColumn<L> {
  const text = (b: boolean) => translate(commonMessages, c.locale, b ? 'yes' : 'no');
  return {
    id,
    label,
    cell: (l) => {
      const v = (l as unknown as AnyLine)[key];
      const b = typeof v === 'boolean' ? v : fallback;
      return { display: text(b), edit: text(b), parse: booleanParser(c.locale) };
    },
    apply: (l, v) => {
      const x = l as unknown as AnyLine;
      if ((v === 'true') === fallback) delete x[key];
      else x[key] = v === 'true';
    },
  };
}

function term<L extends InvestmentLine | ApplicationLine>(c: ColumnContext, category: (l: L) => string): LineColumn<L> {
  return {
    id: 'years',
    label: c.t('term'),
    cell: (l) =>
      l.years === undefined
        ? {
            ...numCell(String(c.partyTerm(category(l))), c.locale, { tone: 'derived' }),
            edit: '',
            parse: numberParser({ isInteger: true, min: 1, max: 100, isOptional: true }, c.locale),
          }
        : {
            ...numCell(String(l.years), c.locale, { tone: 'explicit' }),
            parse: numberParser({ isInteger: true, min: 1, max: 100, isOptional: true }, c.locale),
          },
    apply: (l, v) => {
      if (v === '') delete l.years;
      else l.years = Number(v);
    },
  };
}

function projectParser(c: ColumnContext): CellParser {
  return (text) => {
    const v = text.trim().toLowerCase();
    if (['vervanging', 'replacement', 'v'].includes(v)) return { ok: true, value: 'replacement' };
    if (['vernieuwing', 'renewal', 'n', 'r'].includes(v)) return { ok: true, value: 'renewal' };
    return { ok: false, message: c.t('notProject') };
  };
}

function overrides(c: ColumnContext): LineColumn<OpexLine>[] {
  return c.years.map((y) => ({
    id: `o${y}`,
    label: c.t('override', { year: y }),
    cell: (l) => ({
      ...numCell(canonical(l.overrides?.[String(y)]), c.locale, { tone: 'explicit' }),
      parse: numberParser({ min: 0, isOptional: true }, c.locale),
    }),
    apply: (l, v) => {
      const o = { ...l.overrides };
      if (v === '') delete o[String(y)];
      else o[String(y)] = toNum(v);
      if (Object.keys(o).length > 0) l.overrides = o;
      else delete l.overrides;
    },
  }));
}

export function columnsFor(type: LineType, c: ColumnContext): LineColumn<Line>[] {
  switch (type) {
    case 'opex':
      return [
        money<OpexLine>('amount', c.t('amount'), 'amount', c),
        flag<OpexLine>('indexed', c.t('indexed'), 'indexed', true, c),
        year<OpexLine>('from', c.t('from'), 'from', c, true),
        year<OpexLine>('to', c.t('to'), 'to', c, true),
        ...overrides(c),
      ] as LineColumn<Line>[];
    case 'investment':
      return [
        year<InvestmentLine>('year', c.t('year'), 'year', c),
        money<InvestmentLine>('amount', c.t('amount'), 'amount', c),
        term<InvestmentLine>(c, (l) => l.category),
      ] as LineColumn<Line>[];
    case 'recurringInvestment':
      return [
        year<RecurringInvestmentLine>('from', c.t('from'), 'from', c),
        year<RecurringInvestmentLine>('to', c.t('to'), 'to', c),
        exclusive('amount', c.t('amount'), 'perInhabitant', c),
        exclusive('perInhabitant', c.t('perInhabitant'), 'amount', c),
        flag<RecurringInvestmentLine>('indexed', c.t('indexed'), 'indexed', false, c),
      ] as LineColumn<Line>[];
    case 'application':
      return [
        year<ApplicationLine>('year', c.t('year'), 'year', c),
        money<ApplicationLine>('purchase', c.t('purchase'), 'purchase', c),
        {
          id: 'project',
          label: c.t('project'),
          cell: (l: ApplicationLine) => ({ display: c.t(l.project), edit: c.t(l.project), parse: projectParser(c) }),
          apply: (l: ApplicationLine, v: string) => {
            l.project = v === 'renewal' ? 'renewal' : 'replacement';
          },
        },
        term<ApplicationLine>(c, () => 'applications'),
      ] as LineColumn<Line>[];
    case 'oneOff':
      return [
        year<OneOffLine>('year', c.t('year'), 'year', c),
        money<OneOffLine>('amount', c.t('amount'), 'amount', c),
      ] as LineColumn<Line>[];
  }
}

/** Amount and per-inhabitant of a recurring investment exclude each other: setting one clears the other. */
function exclusive(
  key: 'amount' | 'perInhabitant',
  label: string,
  other: 'amount' | 'perInhabitant',
  c: ColumnContext,
): LineColumn<RecurringInvestmentLine> {
  const base = money<RecurringInvestmentLine>(key, label, key, c, true);
  return {
    ...base,
    apply: (l, v) => {
      base.apply(l, v);
      if (v !== '') delete l[other];
    },
  };
}
