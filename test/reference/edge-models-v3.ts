/**
 * Small hand-made version-3 models for the differential test (model-v3 §10.1–§10.3): computing
 * through with replacement cycles that continue or end, charges running past endYear, one-off
 * lines and changes after endYear; per-category extrapolation with its own rates and a shared
 * party's allocation; the BBV starts per party and in the assumptions with retirement; a real
 * discount rate; and a computeThrough model whose extrapolateTo is its endYear.
 */
import type { ModelFile, Party, Scenario } from '../../src/engine';

const PARTIES: Party[] = [
  {
    id: 'm1',
    name: 'Een',
    kind: 'municipality',
    inhabitants: { 2015: 100000, 2021: 104000 },
    workstations: 800,
    employees: 900,
    interestRate: 0.04,
    depreciationYears: { workplace: 4, applications: 5, datacom: 7 },
    costPerFte: { own: 70000, hired: 100000 },
  },
  {
    id: 'm2',
    name: 'Twee',
    kind: 'municipality',
    inhabitants: 55555,
    workstations: 400,
    employees: 333,
    interestRate: '0.035',
    costPerFte: { own: '71234.56', hired: 99999 },
    depreciationStart: 'halfYear',
  },
  {
    id: 'ictc',
    name: 'Centrum',
    kind: 'shared',
    interestRate: 0.05,
    depreciationYears: { workplace: 3, datacom: 5 },
    costPerFte: { own: 80000, hired: 115000 },
    depreciationStart: 'sameYearNoInterest',
    allocation: {
      default: { basis: 'inhabitants' },
      byCategory: { personnel: { basis: 'fixed', shares: { m1: 2, m2: 1 } } },
    },
  },
];

const BASELINE: Scenario = {
  id: 'baseline',
  name: 'Baseline',
  basedOn: null,
  lines: [
    { type: 'opex', id: 'm1-apps', party: 'm1', category: 'applications', amount: 400000 },
    { type: 'opex', id: 'm2-apps', party: 'm2', category: 'applications', amount: '250000.55', to: 2019 },
    { type: 'opex', id: 'm1-dc', party: 'm1', category: 'datacom', amount: 123456.78, indexed: false },
    {
      type: 'recurringInvestment',
      id: 'm1-wp',
      party: 'm1',
      category: 'workplace',
      from: 2013,
      to: 2020,
      perInhabitant: 4.56,
    },
    {
      type: 'recurringInvestment',
      id: 'm2-wp',
      party: 'm2',
      category: 'workplace',
      from: 2015,
      to: 2020,
      amount: 50000,
      indexed: true,
      toIsFinal: true,
    },
    { type: 'investment', id: 'm1-net', party: 'm1', category: 'datacom', year: 2019, amount: 700000 },
    { type: 'investment', id: 'm2-net', party: 'm2', category: 'datacom', year: 2016, amount: 333333.33, years: 3 },
    { type: 'application', id: 'm2-zaak', party: 'm2', year: 2018, purchase: 120000, project: 'renewal' },
    { type: 'oneOff', id: 'm1-late', party: 'm1', category: 'programme', year: 2022, amount: 90000 },
  ],
  staff: [
    { party: 'm1', group: 'technicalMgmt', fte: { 2015: 12, 2022: 10 }, hiredShare: 0.2 },
    { party: 'm2', group: 'functionalMgmt', fte: '7.5' },
  ],
};

const SHARED: Scenario = {
  id: 's2',
  name: 'Samen',
  basedOn: 'baseline',
  changes: [
    { op: 'transfer', select: { party: 'm1', category: 'applications' }, to: 'ictc', from: 2017 },
    { op: 'transfer', select: { party: 'm2', category: 'applications' }, to: 'ictc', from: 2017 },
    {
      op: 'addLine',
      line: { type: 'investment', id: 'c-dc', party: 'ictc', category: 'datacom', year: 2017, amount: 500000 },
    },
    {
      op: 'addLine',
      line: {
        type: 'recurringInvestment',
        id: 'c-wp',
        party: 'ictc',
        category: 'workplace',
        from: 2017,
        to: 2020,
        amount: 80000,
      },
    },
    {
      op: 'addLine',
      line: { type: 'oneOff', id: 'c-tr', party: 'ictc', category: 'transition', year: 2017, amount: 250000 },
    },
    { op: 'addStaff', staff: { party: 'ictc', group: 'technicalMgmt', fte: { 2017: 14, 2021: 12 } } },
    { op: 'setStaff', party: 'm1', group: 'technicalMgmt', fte: { 2017: 2 } },
    { op: 'scale', select: { category: 'applications' }, reduction: 0.2, phaseIn: { 2018: 0.5, 2019: 1 } },
    { op: 'endLine', id: 'm1-net', from: 2021, retire: true },
    { op: 'scale', select: { party: 'ictc' }, from: 2022, factor: 0.95 },
  ],
};

const ALONE: Scenario = {
  id: 's3',
  name: 'Alleen',
  basedOn: 'baseline',
  changes: [
    { op: 'endLine', id: 'm2-net', from: 2017, retire: true },
    { op: 'scale', select: { party: 'm2' }, from: 2016, factor: { 2016: 0.9, 2021: 0.8 } },
    { op: 'setParam', path: 'parties.m1.interestRate', value: 0.03 },
  ],
};

function model(title: string, assumptions: ModelFile['assumptions'], extra: Partial<ModelFile> = {}): ModelFile {
  return {
    format: 'ict-business-case',
    version: 3,
    meta: { title },
    horizon: { startYear: 2015, endYear: 2020, extrapolateTo: 2025 },
    assumptions: {
      priceBaseYear: 2015,
      indexation: { default: 0.02, personnel: 0.03, byCategory: { applications: 0.04 } },
      ...assumptions,
    },
    parties: PARTIES,
    scenarios: [BASELINE, SHARED, ALONE],
    ...extra,
  };
}

export const edgeModelsV3: [string, ModelFile][] = [
  [
    'v3 computeThrough: cycles continue or end, charges past endYear, late lines and changes',
    model('through', { extrapolation: 'computeThrough' }),
  ],
  [
    'v3 indexLastByCategory with own rates and a shared party',
    model('by category', { extrapolation: 'indexLastByCategory' }),
  ],
  ['v3 indexLast, real discount rate', model('real rate', { extrapolation: 'indexLast', discountRealRate: 0.0225 })],
  [
    'v3 none, sameYearNoInterest for all, halfYear for one party',
    model('starts', { extrapolation: 'none', depreciationStart: 'sameYearNoInterest' }),
  ],
  [
    'v3 computeThrough, halfYear for all, real rate 0',
    model('half', { extrapolation: 'computeThrough', depreciationStart: 'halfYear', discountRealRate: '0' }),
  ],
  [
    'v3 computeThrough with extrapolateTo = endYear (nothing dated after it)',
    model(
      'short',
      { extrapolation: 'computeThrough', depreciationStart: 'sameYear' },
      {
        horizon: { startYear: 2015, endYear: 2020, extrapolateTo: 2020 },
        scenarios: [
          { ...BASELINE, lines: (BASELINE.lines ?? []).filter((l) => l.id !== 'm1-late') },
          { ...SHARED, changes: (SHARED.changes ?? []).filter((c) => !('from' in c && (c.from ?? 0) > 2020)) },
          ALONE,
        ],
      },
    ),
  ],
];
