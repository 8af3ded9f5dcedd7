/**
 * Small hand-made models for the differential test that reach rules the generator
 * (test/support/model-generator.ts) does not: retiring in various years and ending twice,
 * staff sequences (scale before setStaff, hired shares, byGroup costs), transfers before and
 * after scales and between shared parties, `setParam` of every kind inherited down a chain,
 * deflation before the price base year, custom category and function-group lists,
 * `extrapolation: none`, allocation ties on single cents and an evaluation-time allocation error.
 */
import type { Change, Line, ModelFile, Party, Scenario, StaffEntry } from '../../src/engine';

const PARTIES: Party[] = [
  {
    id: 'm1',
    name: 'Een',
    kind: 'municipality',
    inhabitants: { 2015: 100000, 2018: 101234 },
    workstations: 800,
    employees: 900,
    interestRate: 0.04,
    depreciationYears: { workplace: 4, applications: 5, datacom: 7 },
    costPerFte: {
      own: 70000,
      hired: 100000,
      byGroup: { management: { own: 90000 }, technicalMgmt: { hired: 120000 } },
    },
  },
  {
    id: 'm2',
    name: 'Twee',
    kind: 'municipality',
    inhabitants: 55555,
    workstations: { 2015: 400, 2017: 450 },
    employees: 333,
    interestRate: '0.035',
    costPerFte: { own: '71234.56', hired: 99999 },
  },
  { id: 'm3', name: 'Drie', kind: 'municipality', inhabitants: 77777, workstations: 333, employees: 444 },
  {
    id: 'ictc',
    name: 'Centrum',
    kind: 'shared',
    interestRate: 0.05,
    depreciationYears: { workplace: 3 },
    costPerFte: { own: 80000, hired: 115000 },
    allocation: {
      default: { basis: 'fixed', shares: { m1: 1, m2: 1, m3: 1 } },
      byCategory: {
        personnel: { basis: 'workstations' },
        applications: { basis: 'usage', shares: { m3: '0.5', m1: '1.5' }, members: ['m3', 'm1'] },
      },
    },
  },
  { id: 'shared2', name: 'Bureau', kind: 'shared', interestRate: 0.02 },
];

function model(title: string, scenarios: Scenario[], extra: Partial<ModelFile> = {}): ModelFile {
  return {
    format: 'ict-business-case',
    version: 1,
    meta: { title },
    horizon: { startYear: 2015, endYear: 2020, extrapolateTo: 2024 },
    assumptions: { priceBaseYear: 2015 },
    parties: PARTIES,
    scenarios,
    ...extra,
  };
}

const baseline = (lines: Line[], staff: StaffEntry[] = []): Scenario => ({
  id: 'baseline',
  name: 'Basis',
  basedOn: null,
  lines,
  staff,
});
const scenario = (id: string, basedOn: string, changes: Change[]): Scenario => ({ id, name: id, basedOn, changes });

const CAPITAL_LINES: Line[] = [
  { type: 'investment', id: 'inv-a', party: 'm1', category: 'workplace', year: 2012, amount: 100000 },
  {
    type: 'investment',
    id: 'inv-b',
    party: 'm2',
    category: 'datacom',
    year: 2016,
    amount: '250000.55',
    years: 6,
    method: 'annuity',
  },
  { type: 'investment', id: 'inv-c', party: 'm3', category: 'facilities', year: 2017, amount: '0.03' },
  { type: 'investment', id: 'inv-d', party: 'ictc', category: 'workplace', year: 2015, amount: 90000 },
  { type: 'application', id: 'app-a', party: 'm1', year: 2015, purchase: 120000, project: 'replacement' },
  { type: 'application', id: 'app-b', party: 'm2', year: 2014, purchase: '33333.33', project: 'renewal', years: 3 },
  { type: 'oneOff', id: 'one-a', party: 'm2', category: 'programme', year: 2018, amount: 50000 },
  { type: 'oneOff', id: 'one-b', party: 'ictc', category: 'transition', year: 2016, amount: '1000.005' },
  { type: 'investment', id: 'inv-e', party: 'm1', category: 'applications', year: 2018, amount: '1000.125', years: 2 },
  { type: 'opex', id: 'opex-a', party: 'm1', category: 'telecom', amount: 1000, from: 2010, to: 2030 },
  {
    type: 'opex',
    id: 'opex-b',
    party: 'm3',
    category: 'other',
    amount: '5000.5',
    overrides: { 2016: 10, 2019: '7.77' },
  },
];

/** endLine/retire: existing assets, from = investment year, after the schedule, ending twice. */
const retire = model('retire', [
  baseline(CAPITAL_LINES),
  scenario('s2', 'baseline', [
    { op: 'endLine', id: 'inv-a', from: 2015, retire: true },
    { op: 'endLine', id: 'inv-b', from: 2016, retire: true },
    { op: 'endLine', id: 'inv-d', from: 2017, retire: true },
    { op: 'endLine', id: 'app-a', from: 2018, retire: true },
    { op: 'endLine', id: 'app-a', from: 2019 },
    { op: 'endLine', id: 'app-b', from: 2016, retire: true },
    { op: 'endLine', id: 'one-a', from: 2018 },
    { op: 'endLine', id: 'opex-a', from: 2019 },
    { op: 'endLine', id: 'opex-b', from: 2017, enabled: false },
  ]),
  scenario('s3', 's2', [
    { op: 'endLine', id: 'inv-c', from: 2019, retire: true },
    { op: 'endLine', id: 'inv-a', from: 2017 },
    { op: 'endLine', id: 'app-b', from: 2017 },
    { op: 'endLine', id: 'app-b', from: 2016, retire: true },
    { op: 'endLine', id: 'one-b', from: 2016 },
  ]),
  scenario('s4', 'baseline', [
    { op: 'setParam', path: 'assumptions.depreciationStart', value: 'sameYear' },
    { op: 'endLine', id: 'inv-b', from: 2017, retire: true },
    { op: 'endLine', id: 'inv-d', from: 2015, retire: true },
    { op: 'endLine', id: 'app-a', from: 2016, retire: true },
    { op: 'endLine', id: 'app-b', from: 2016 },
    { op: 'endLine', id: 'app-b', from: 2016, retire: true },
  ]),
]);

const STAFF: StaffEntry[] = [
  { party: 'm1', group: 'management', fte: { 2015: 3, 2017: '4.5' }, hiredShare: { 2016: 0.5 } },
  { party: 'm1', group: 'technicalMgmt', fte: 10, hiredShare: 0.25 },
  { party: 'm2', group: 'functionalMgmt', fte: 5 },
  { party: 'm3', group: 'cio', fte: 1 },
];

/** Staff: scales before and after setStaff, hired shares, byGroup costs, a shared party's staff. */
const staff = model('staff', [
  baseline([{ type: 'opex', id: 'x', party: 'm3', category: 'other', amount: 1 }], STAFF),
  scenario('s2', 'baseline', [
    { op: 'scale', select: { group: ['management', 'technicalMgmt'] }, from: 2016, factor: 0.9 },
    { op: 'setStaff', party: 'm1', group: 'management', fte: { 2018: 2 }, hiredShare: 0.1 },
    { op: 'setStaff', party: 'ictc', group: 'technicalMgmt', fte: { 2016: 12 }, hiredShare: { 2017: 0.3 } },
    { op: 'scale', select: { party: 'ictc' }, reduction: 0.2 },
    { op: 'scale', select: { category: 'personnel' }, factor: { 2017: 1.1 } },
    { op: 'addStaff', staff: { party: 'm2', group: 'infoAdvice', fte: { 2019: 2 } } },
    { op: 'addStaff', staff: { party: 'ictc', group: 'cio', fte: { 2016: '1.5' }, hiredShare: 1 } },
  ]),
  scenario('s3', 's2', [
    { op: 'setStaff', party: 'm1', group: 'technicalMgmt', fte: { 2015: 0 } },
    { op: 'setParam', path: 'parties.m1.costPerFte.own', value: 75000 },
    { op: 'setParam', path: 'parties.m2.costPerFte.hired', value: 1000 },
    { op: 'setStaff', party: 'm2', group: 'functionalMgmt', fte: 3, hiredShare: { 2017: 0.5 } },
    {
      op: 'setParam',
      path: 'parties.ictc.allocation.byCategory.personnel',
      value: { basis: 'employees', members: ['m2', 'm1'] },
    },
    { op: 'scale', select: { party: 'm1', group: 'management' }, from: 2019, reduction: '0.5', phaseIn: { 2020: 1 } },
  ]),
]);

const TRANSFER_LINES: Line[] = [
  { type: 'opex', id: 'm1-wp', party: 'm1', category: 'workplace', amount: 300000 },
  { type: 'opex', id: 'm2-wp', party: 'm2', category: 'workplace', amount: 200000, indexed: false },
  {
    type: 'recurringInvestment',
    id: 'm1-ri',
    party: 'm1',
    category: 'workplace',
    from: 2014,
    to: 2020,
    perInhabitant: 2.5,
    indexed: true,
  },
  {
    type: 'recurringInvestment',
    id: 'm2-ri',
    party: 'm2',
    category: 'appServers',
    from: 2013,
    to: 2019,
    amount: 10000,
    indexed: true,
  },
  {
    type: 'recurringInvestment',
    id: 'ictc-ri',
    party: 'ictc',
    category: 'datacom',
    from: 2015,
    to: 2020,
    perInhabitant: '0.75',
  },
  {
    type: 'opex',
    id: 'm3-apps',
    party: 'm3',
    category: 'applications',
    amount: '123456.78',
    from: 2016,
    to: 2019,
    overrides: { 2017: 100000 },
  },
  { type: 'investment', id: 'm2-inv', party: 'm2', category: 'workplace', year: 2017, amount: 40000 },
  { type: 'opex', id: 'm1-late', party: 'm1', category: 'other', amount: 5000, from: 2019 },
  { type: 'opex', id: 'm1-early', party: 'm1', category: 'other', amount: 6000, to: 2016 },
  { type: 'application', id: 'm1-app', party: 'm1', year: 2016, purchase: 10000, project: 'renewal' },
];

/** Transfers before and after scales, to a second shared party, of per-inhabitant lines. */
const transfer = model('transfer', [
  baseline(TRANSFER_LINES),
  scenario('s2', 'baseline', [
    { op: 'scale', select: { party: 'm1', category: 'workplace' }, from: 2016, factor: 0.8 },
    { op: 'transfer', select: { party: 'm1' }, to: 'ictc', from: 2017 },
    { op: 'transfer', select: { party: 'm2', category: ['workplace', 'appServers'] }, to: 'ictc', from: 2016 },
    { op: 'scale', select: { party: 'ictc' }, from: 2018, reduction: 0.3, phaseIn: { 2018: 0.5, 2019: 1 } },
    { op: 'transfer', select: { party: 'ictc', lineIds: ['ictc-ri', 'm1-wp'] }, to: 'shared2', from: 2019 },
    { op: 'scale', select: { lineIds: ['m3-apps', 'm2-inv'] }, factor: { 2017: 0.5 } },
    { op: 'scale', select: { category: 'applications' }, factor: 2 },
    { op: 'scale', select: { party: 'm1', category: ['other', 'applications'] }, from: 2016, factor: { 2018: 0.5 } },
  ]),
  scenario('s3', 'baseline', [
    { op: 'transfer', select: { party: 'm1' }, to: 'shared2', from: 2015 },
    { op: 'setParam', path: 'parties.shared2.depreciationYears.workplace', value: 2 },
    { op: 'setParam', path: 'parties.shared2.interestRate', value: 0.1 },
  ]),
]);

/** Parameters: deflation before the price base year, annuities with r = 0, setParam down a chain. */
const params = model(
  'params',
  [
    baseline([...CAPITAL_LINES, ...TRANSFER_LINES.filter((l) => l.type !== 'investment')], STAFF),
    scenario('s4', 's3', [{ op: 'scale', select: {}, factor: 1 }]),
    scenario('s3', 's2', [
      { op: 'setParam', path: 'assumptions.priceBaseYear', value: 2015 },
      { op: 'setParam', path: 'assumptions.indexation.byCategory.workplace', value: 0.1 },
      {
        op: 'addLine',
        line: { type: 'application', id: 'app-c', party: 'ictc', year: 2019, purchase: 77777, project: 'replacement' },
        enabled: false,
      },
      {
        op: 'addLine',
        line: { type: 'application', id: 'app-d', party: 'ictc', year: 2018, purchase: 77777, project: 'replacement' },
      },
    ]),
    scenario('s2', 'baseline', [
      { op: 'setParam', path: 'assumptions.indexation.default', value: 0.04 },
      { op: 'setParam', path: 'assumptions.discountRate', value: 0 },
      { op: 'setParam', path: 'assumptions.depreciationMethod', value: 'linear' },
      { op: 'setParam', path: 'parties.m2.inhabitants', value: { 2015: 60000, 2019: 1000 } },
      { op: 'setParam', path: 'assumptions.projectCostRate.replacement', value: 0.8 },
      { op: 'setParam', path: 'parties.m1.interestRate', value: 0 },
      {
        op: 'setParam',
        path: 'parties.ictc.allocation.default',
        value: { basis: 'inhabitants', members: ['m2', 'm3'] },
      },
      { op: 'setStaff', party: 'm2', group: 'functionalMgmt', fte: { 2016: 4 } },
    ]),
  ],
  {
    assumptions: {
      priceBaseYear: 2017,
      indexation: { default: '0.015', personnel: 0.025, byCategory: { telecom: 0.05 } },
      discountRate: 0.025,
      depreciationMethod: 'annuity',
      projectCostRate: { renewal: 0.5 },
    },
  },
);

/** Custom category and function-group lists; no extrapolation although extrapolateTo is given. */
const custom = model(
  'custom',
  [
    baseline(
      [
        { type: 'opex', id: 'h', party: 'm1', category: 'hosting', amount: 1000 },
        { type: 'opex', id: 's', party: 'ictc', category: 'software', amount: 2000 },
        { type: 'investment', id: 'k', party: 'm2', category: 'kit', year: 2016, amount: 3000 },
        { type: 'oneOff', id: 'p', party: 'ictc', category: 'project', year: 2017, amount: 4000 },
      ],
      [
        { party: 'm1', group: 'ops', fte: 2 },
        { party: 'm2', group: 'apps', fte: 1 },
      ],
    ),
    scenario('s2', 'baseline', [
      { op: 'transfer', select: { party: 'm1', category: 'hosting' }, to: 'shared2', from: 2018 },
      { op: 'scale', select: { group: 'apps' }, from: 2017, factor: 0.5 },
      { op: 'addLine', line: { type: 'oneOff', id: 'p2', party: 'm3', category: 'project', year: 2015, amount: 999 } },
    ]),
  ],
  {
    categories: [
      { id: 'hosting', label: 'Hosting', group: 'personnel' },
      { id: 'software', label: 'Software', group: 'software' },
      { id: 'kit', label: 'Kit', group: 'infrastructure' },
      { id: 'project', label: 'Project', group: 'oneOff' },
    ],
    functionGroups: [
      { id: 'ops', label: 'Ops', category: 'hosting' },
      { id: 'apps', label: 'Apps', category: 'software' },
    ],
    assumptions: { indexation: { default: 0.01, personnel: 0.05 }, extrapolation: 'none' },
    parties: PARTIES.map((p) =>
      p.kind === 'shared'
        ? { id: p.id, name: p.name, kind: 'shared' }
        : { ...p, depreciationYears: { kit: 2 }, costPerFte: { own: 70000, byGroup: { apps: { hired: 1 } } } },
    ),
  },
);

/** Single cents split three ways (ties by member order), reversed members, decimal usage shares. */
const ties = model(
  'ties',
  [
    baseline([
      { type: 'oneOff', id: 't1', party: 'ictc', category: 'programme', year: 2015, amount: '0.01' },
      { type: 'oneOff', id: 't2', party: 'ictc', category: 'transition', year: 2015, amount: '0.02' },
      { type: 'opex', id: 't3', party: 'ictc', category: 'other', amount: 100, indexed: false },
      { type: 'opex', id: 't4', party: 'ictc', category: 'applications', amount: '0.07', indexed: false },
      { type: 'opex', id: 't5', party: 'shared2', category: 'other', amount: '1000.03' },
      { type: 'opex', id: 't6', party: 'ictc', category: 'telecom', amount: '0.05', indexed: false },
    ]),
    scenario('s2', 'baseline', [
      {
        op: 'setParam',
        path: 'parties.ictc.allocation.byCategory.telecom',
        value: { basis: 'fixed', shares: { m3: 1, m2: 1, m1: 1 }, members: ['m3', 'm2', 'm1'] },
      },
      {
        op: 'setParam',
        path: 'parties.ictc.allocation.byCategory.other',
        value: { basis: 'usage', shares: { m1: '0.1', m2: '0.2', m3: '0.3' } },
      },
    ]),
  ],
  { horizon: { startYear: 2015, endYear: 2016 } },
);

/** Models valid on paper that both implementations must refuse when evaluated (all weights 0 in a year with cost). */
export const failingModels: [string, ModelFile][] = [
  [
    'edge: all weights 0',
    model('zero weights', [baseline([{ type: 'opex', id: 'z', party: 'shared2', category: 'other', amount: 10 }])], {
      parties: PARTIES.map((p) => (p.kind === 'municipality' ? { ...p, inhabitants: { 2017: 5 } } : p)),
    }),
  ],
];

export const edgeModels: [string, ModelFile][] = [
  ['edge: retire', retire],
  ['edge: staff', staff],
  ['edge: transfer', transfer],
  ['edge: params', params],
  ['edge: custom lists', custom],
  ['edge: ties', ties],
];
