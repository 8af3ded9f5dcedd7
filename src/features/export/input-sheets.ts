/**
 * The model's inputs as sheets: the model and its assumptions, categories, parties and their
 * figures per year, allocation keys, cost lines, staff tables and levers. Values as in the
 * file (assumptions the file leaves out show their default), year maps per horizon year.
 */
import {
  effectiveAssumptions,
  keyMembers,
  type AllocationKey,
  type Change,
  type Line,
  type ModelFile,
  type Num,
  type StaffEntry,
} from '../../engine';
import { translate, type Locale } from '../../i18n';
import {
  assetCategoriesOf,
  basisLabel,
  categoriesOf,
  allLines,
  categoryLabel,
  changeScope,
  describeChange,
  describeMessages,
  lineName,
  numericInputs,
  depreciationStartName,
  extrapolationName,
  functionGroupsOf,
  groupLabel,
  horizonYears,
  partyName,
} from '../../model';
import type { Translate } from '../../i18n';
import { fileNum, mapNum, num, text, year, yes, type Cell, type Sheet } from './cells';
import type { ExportKey } from './messages';

type Ctx = { model: ModelFile; t: Translate<ExportKey>; locale: Locale; years: number[] };

export function inputSheets(model: ModelFile, t: Translate<ExportKey>, locale: Locale, exportedOn: string): Sheet[] {
  const ctx: Ctx = { model, t, locale, years: horizonYears(model.horizon) };
  return [
    modelSheet(ctx, exportedOn),
    categorySheet(ctx),
    partySheet(ctx),
    figureSheet(ctx),
    allocationSheet(ctx),
    lineSheet(ctx),
    staffSheet(ctx),
    changeSheet(ctx),
  ];
}

function modelSheet({ model, t, locale }: Ctx, exportedOn: string): Sheet {
  const a = effectiveAssumptions(model);
  const rows: Cell[][] = [
    [text(t('mTitle')), text(model.meta?.title)],
    [text(t('mDescription')), text(model.meta?.description)],
    [text(t('mAuthor')), text(model.meta?.author)],
    [text(t('mExported')), text(exportedOn)],
    [text(t('mStart')), year(model.horizon.startYear)],
    [text(t('mEnd')), year(model.horizon.endYear)],
    [text(t('mExtrapolate')), year(model.horizon.extrapolateTo ?? model.horizon.endYear)],
    [text(t('mPriceBase')), year(a.priceBaseYear)],
    [text(t('mIndexDefault')), fileNum(a.indexation.default, 'rate')],
    [text(t('mIndexPersonnel')), fileNum(a.indexation.personnel, 'rate')],
    ...Object.entries(a.indexation.byCategory).map(([c, v]): Cell[] => [
      text(t('mIndexCategory', { category: categoryLabel(model, c, locale) })),
      fileNum(v, 'rate'),
    ]),
    ...(model.assumptions?.discountRealRate === undefined
      ? [[text(t('mDiscount')), fileNum(a.discountRate, 'rate')]]
      : [[text(t('mDiscountReal')), fileNum(model.assumptions.discountRealRate, 'rate')]]),
    [text(t('mDepStart')), text(depreciationStartName(a.depreciationStart, locale))],
    ...model.parties
      .filter((p) => p.depreciationStart !== undefined)
      .map((p): Cell[] => [
        text(t('mDepStartOf', { party: p.name })),
        text(depreciationStartName(p.depreciationStart as NonNullable<typeof p.depreciationStart>, locale)),
      ]),
    [
      text(t('mDepMethod')),
      text(translate(describeMessages, locale, a.depreciationMethod === 'annuity' ? 'methodAnnuity' : 'methodLinear')),
    ],
    [text(t('mProjectReplacement')), fileNum(a.projectCostRate.replacement, 'rate')],
    [text(t('mProjectRenewal')), fileNum(a.projectCostRate.renewal, 'rate')],
    [text(t('mExtrapolation')), text(extrapolationName(a.extrapolation, locale))],
  ];
  return { id: 'model', name: t('sheetModel'), header: [t('field'), t('value')], rows, widths: [36, 60] };
}

function categorySheet({ model, t, locale }: Ctx): Sheet {
  const rows: Cell[][] = [
    ...categoriesOf(model).map((c): Cell[] => [
      text(t('category')),
      text(categoryLabel(model, c.id, locale)),
      text(groupWord(c.group, t)),
    ]),
    ...functionGroupsOf(model).map((g): Cell[] => [
      text(t('functionGroup')),
      text(groupLabel(model, g.id, locale)),
      text(categoryLabel(model, g.category, locale)),
    ]),
  ];
  return {
    id: 'categories',
    name: t('sheetCategories'),
    header: [t('kind'), t('name'), t('group')],
    rows,
    widths: [16, 40, 24],
  };
}

function partySheet({ model, t, locale }: Ctx): Sheet {
  const assets = assetCategoriesOf(model);
  const header = [
    t('name'),
    t('kind'),
    t('interestRate'),
    t('costOwn'),
    t('costHired'),
    ...assets.map((c) => t('depreciation', { category: categoryLabel(model, c.id, locale) })),
  ];
  const rows = model.parties.map((p): Cell[] => [
    text(p.name),
    text(p.kind === 'municipality' ? t('municipalityKind') : t('sharedKind')),
    fileNum(p.interestRate ?? 0, 'rate'),
    fileNum(p.costPerFte?.own, 'money'),
    fileNum(p.costPerFte?.hired, 'money'),
    ...assets.map((c) => num(String(p.depreciationYears?.[c.id] ?? 5), 'int')),
  ]);
  // Costs per FTE that differ per function group, one row each below the parties.
  for (const p of model.parties) {
    for (const [g, cost] of Object.entries(p.costPerFte?.byGroup ?? {})) {
      rows.push([
        text(`${p.name} — ${groupLabel(model, g, locale)}`),
        text(t('functionGroup')),
        null,
        fileNum(cost.own, 'money'),
        fileNum(cost.hired, 'money'),
      ]);
    }
  }
  return { id: 'parties', name: t('sheetParties'), header, rows, widths: [32, 18] };
}

function figureSheet({ model, t, years }: Ctx): Sheet {
  const rows: Cell[][] = [];
  for (const p of model.parties) {
    for (const key of ['inhabitants', 'workstations', 'employees'] as const) {
      if (p[key] === undefined) continue;
      rows.push([text(p.name), text(t(key)), ...years.map((y) => mapNum(p[key], y, 'int'))]);
    }
  }
  return {
    id: 'figures',
    name: t('sheetFigures'),
    header: [t('name'), t('figure'), ...years.map(String)],
    rows,
    widths: [28, 16],
  };
}

function allocationSheet({ model, t, locale }: Ctx): Sheet {
  const municipalities = model.parties.filter((p) => p.kind === 'municipality');
  const rows: Cell[][] = [];
  const add = (partyId: string, scope: string, key: AllocationKey) => {
    const members = keyMembers(
      key,
      municipalities.map((m) => m.id),
    );
    rows.push([
      text(partyName(model, partyId)),
      text(scope),
      text(basisLabel(key.basis, locale)),
      text(members.map((m) => partyName(model, m)).join(', ')),
      ...municipalities.map((m) => (key.shares?.[m.id] === undefined ? null : fileNum(key.shares[m.id], 'decimal'))),
    ]);
  };
  for (const p of model.parties.filter((x) => x.kind === 'shared')) {
    if (!p.allocation) {
      add(p.id, t('allocationDefault'), { basis: 'inhabitants' });
      continue;
    }
    if (p.allocation.default) add(p.id, t('allocationDefault'), p.allocation.default);
    for (const [c, key] of Object.entries(p.allocation.byCategory ?? {}))
      add(p.id, categoryLabel(model, c, locale), key);
  }
  const header = [
    t('party'),
    t('allocationFor'),
    t('basis'),
    t('members'),
    ...municipalities.map((m) => t('share', { party: m.name })),
  ];
  return { id: 'allocation', name: t('sheetAllocation'), header, rows, widths: [24, 28, 14, 36] };
}

/** Every line of every scenario: the baseline's, a scenario's own and those added by a lever. */
function linesOf(model: ModelFile): { scenario: string; line: Line }[] {
  const out: { scenario: string; line: Line }[] = [];
  for (const s of model.scenarios) {
    for (const line of s.lines ?? []) out.push({ scenario: s.name, line });
    for (const c of s.changes ?? []) if (c.op === 'addLine') out.push({ scenario: s.name, line: c.line });
  }
  return out;
}

function lineSheet({ model, t, locale }: Ctx): Sheet {
  const header = [
    t('scenario'),
    t('lineId'),
    t('lineType'),
    t('party'),
    t('category'),
    t('amount'),
    t('perInhabitant'),
    t('year'),
    t('from'),
    t('to'),
    t('term'),
    t('method'),
    t('indexed'),
    t('project'),
    t('overrides'),
    t('note'),
  ];
  const words = { yes: t('yes'), no: t('no') };
  const rows = linesOf(model).map(({ scenario, line: l }): Cell[] => {
    const category = l.type === 'application' ? 'applications' : l.category;
    const amount: Num | undefined =
      l.type === 'application' ? l.purchase : l.type === 'recurringInvestment' ? l.amount : l.amount;
    return [
      text(scenario),
      text(lineName(l, l.id, { m: model, locale })),
      text(t(`type_${l.type}`)),
      text(partyName(model, l.party)),
      text(categoryLabel(model, category, locale)),
      amount === undefined ? null : fileNum(amount, 'money'),
      l.type === 'recurringInvestment' ? fileNum(l.perInhabitant, 'money') : null,
      l.type === 'investment' || l.type === 'application' || l.type === 'oneOff' ? year(l.year) : null,
      l.type === 'opex' || l.type === 'recurringInvestment' ? year(l.from) : null,
      l.type === 'opex' || l.type === 'recurringInvestment' ? year(l.to) : null,
      l.type === 'investment' || l.type === 'application'
        ? l.years === undefined
          ? null
          : num(String(l.years), 'int')
        : null,
      l.type === 'investment' && l.method
        ? text(translate(describeMessages, locale, l.method === 'annuity' ? 'methodAnnuity' : 'methodLinear'))
        : null,
      l.type === 'opex'
        ? yes(l.indexed !== false, words)
        : l.type === 'recurringInvestment'
          ? yes(l.indexed === true, words)
          : null,
      l.type === 'application' && l.project ? text(translate(describeMessages, locale, l.project)) : null,
      l.type === 'opex' && l.overrides
        ? text(
            Object.entries(l.overrides)
              .map(([y, v]) => `${y}: ${String(v)}`)
              .join('; '),
          )
        : null,
      text(l.note),
    ];
  });
  return {
    id: 'lines',
    name: t('sheetLines'),
    header,
    rows,
    widths: [22, 22, 18, 20, 28, 16, 12, 8, 8, 8, 10, 10, 10, 12, 24, 40],
  };
}

function staffSheet({ model, t, locale, years }: Ctx): Sheet {
  const entries: { scenario: string; s: StaffEntry }[] = [];
  for (const sc of model.scenarios) {
    for (const s of sc.staff ?? []) entries.push({ scenario: sc.name, s });
    for (const c of sc.changes ?? []) if (c.op === 'addStaff') entries.push({ scenario: sc.name, s: c.staff });
  }
  const rows = entries.map(({ scenario, s }): Cell[] => [
    text(scenario),
    text(partyName(model, s.party)),
    text(groupLabel(model, s.group, locale)),
    mapNum(s.hiredShare ?? 0, years[0] ?? model.horizon.startYear, 'rate'),
    ...years.map((y) => mapNum(s.fte, y, 'fte')),
    text([varying(s.hiredShare), s.note].filter(Boolean).join(' — ')),
  ]);
  const header = [
    t('scenario'),
    t('party'),
    t('functionGroup'),
    t('hiredShare'),
    ...years.map((y) => t('fteIn', { year: y })),
    t('note'),
  ];
  return { id: 'staff', name: t('sheetStaff'), header, rows, widths: [22, 20, 36, 12] };
}

/** The group of a category in words (infrastructure, software, …). */
function groupWord(group: string, t: Translate<ExportKey>): string {
  const key = `group_${group}`;
  return ['group_infrastructure', 'group_software', 'group_personnel', 'group_oneOff', 'group_other'].includes(key)
    ? t(key as ExportKey)
    : group;
}

/** A hired share that changes over the years, spelled out (the number column holds the first year's). */
function varying(map: StaffEntry['hiredShare']): string {
  if (map === undefined || typeof map !== 'object' || Object.keys(map).length < 2) return '';
  return Object.entries(map)
    .map(([y, v]) => `${y}: ${String(v)}`)
    .join('; ');
}

function changeSheet({ model, t, locale }: Ctx): Sheet {
  const words = { yes: t('yes'), no: t('no') };
  const rows: Cell[][] = [];
  const inputs = new Map(numericInputs(model, locale).map((i) => [i.path, i.title]));
  for (const s of model.scenarios) {
    (s.changes ?? []).forEach((c, i) => rows.push(changeRow(model, locale, s.name, i + 1, c, words, t, inputs)));
  }
  const header = [
    t('scenario'),
    t('number'),
    t('op'),
    t('enabled'),
    t('party'),
    t('category'),
    t('functionGroup'),
    t('lineId'),
    t('from'),
    t('toParty'),
    t('factor'),
    t('reduction'),
    t('path'),
    t('details'),
  ];
  return {
    id: 'changes',
    name: t('sheetChanges'),
    header,
    rows,
    widths: [22, 5, 12, 6, 20, 28, 28, 20, 8, 16, 8, 10, 30, 60],
  };
}

function changeRow(
  model: ModelFile,
  locale: Locale,
  scenario: string,
  nr: number,
  c: Change,
  words: { yes: string; no: string },
  t: Translate<ExportKey>,
  inputs: ReadonlyMap<string, string>,
): Cell[] {
  const list = (v: string | string[] | undefined, label: (id: string) => string) =>
    v === undefined ? null : text((Array.isArray(v) ? v : [v]).map(label).join(', '));
  const cat = (id: string) => categoryLabel(model, id, locale);
  const grp = (id: string) => groupLabel(model, id, locale);
  const { party, category, group, lineIds, from } = changeScope(c);
  const lines = allLines(model);
  const line = (id: string) =>
    lineName(
      lines.find((l) => l.id === id),
      id,
      { m: model, locale },
    );
  return [
    text(scenario),
    num(String(nr), 'int'),
    text(t(`op_${c.op}`)),
    yes(c.enabled !== false, words),
    text(party === undefined ? undefined : partyName(model, party)),
    list(category, cat),
    list(group, grp),
    list(lineIds, line),
    year(from),
    text(c.op === 'transfer' ? partyName(model, c.to) : undefined),
    c.op === 'scale' && c.factor !== undefined && typeof c.factor !== 'object' ? fileNum(c.factor, 'decimal') : null,
    c.op === 'scale' && c.reduction !== undefined ? fileNum(c.reduction, 'rate') : null,
    text(c.op === 'setParam' ? inputs.get(c.path) : undefined),
    text(describeChange(c, model, locale)),
  ];
}
