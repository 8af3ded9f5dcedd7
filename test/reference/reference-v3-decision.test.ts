/**
 * The reference itself on the decision rules of model-v3 §10.4–§10.8 (and the §10.9 output
 * fields): tiny models — two municipalities `a` (300 inhabitants) and `b` (100) sharing `x`,
 * 2020–2023, no indexation — whose every figure below is computed by hand from the spec text,
 * written out in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { ModelFile, Party, Scenario } from '../../src/engine';
import { referenceDocument } from './reference';

type Doc = {
  scenarios: {
    id: string;
    years: {
      year: number;
      total: string;
      oneOff: string;
      byParty: Record<string, string>;
      byOwner: Record<string, string>;
      byCategory: Record<string, string>;
    }[];
    exits: unknown[];
    staffTransition?: unknown[];
    cash: { years: { year: number; total: string }[] };
    parties: Record<
      string,
      {
        years: { year: number; total: string; oneOff: string }[];
        cash: { years: { year: number; total: string }[] };
        budget?: unknown[];
        actuals?: unknown[];
        forecastBreakEven?: unknown;
      }
    >;
  }[];
};

const PARTIES = (extra: { a?: object; b?: object; x?: object } = {}): Party[] =>
  [
    {
      id: 'a',
      name: 'A',
      kind: 'municipality',
      inhabitants: 300,
      costPerFte: { own: 60000, hired: 120000 },
      ...extra.a,
    },
    {
      id: 'b',
      name: 'B',
      kind: 'municipality',
      inhabitants: 100,
      costPerFte: { own: 60000, hired: 120000 },
      ...extra.b,
    },
    {
      id: 'x',
      name: 'X',
      kind: 'shared',
      costPerFte: { own: 70000, hired: 100000 },
      allocation: { default: { basis: 'inhabitants' } },
      ...extra.x,
    },
  ] as Party[];

/** x: applications 1000 a year (a 750, b 250); a's own applications 500, b's 200. */
const BASE_LINES = [
  { type: 'opex', id: 'x-apps', party: 'x', category: 'applications', amount: 1000 },
  { type: 'opex', id: 'a-apps', party: 'a', category: 'applications', amount: 500 },
  { type: 'opex', id: 'b-apps', party: 'b', category: 'applications', amount: 200 },
];

function model(scenarios: object[], options: { parties?: Party[]; lines?: object[]; staff?: object[] } = {}) {
  return {
    format: 'ict-business-case',
    version: 3,
    horizon: { startYear: 2020, endYear: 2023 },
    assumptions: {
      priceBaseYear: 2020,
      indexation: { default: 0, personnel: 0 },
      discountRate: 0,
      extrapolation: 'none',
    },
    parties: options.parties ?? PARTIES(),
    scenarios: [
      {
        id: 'baseline',
        name: 'Baseline',
        basedOn: null,
        lines: options.lines ?? BASE_LINES,
        staff: options.staff ?? [],
      },
      ...scenarios,
    ] as Scenario[],
  } as unknown as ModelFile;
}

const run = (m: ModelFile) => JSON.parse(JSON.stringify(referenceDocument(m))) as Doc;
const scenario = (d: Doc, id: string) => d.scenarios.find((s) => s.id === id) as Doc['scenarios'][number];
const column = (s: Doc['scenarios'][number], pick: (y: Doc['scenarios'][number]['years'][number]) => string) =>
  s.years.map(pick);
const partyTotals = (s: Doc['scenarios'][number], id: string) => s.parties[id]?.years.map((y) => y.total);
const partyCash = (s: Doc['scenarios'][number], id: string) => s.parties[id]?.cash.years.map((y) => y.total);

const leave = (fields: object) => ({
  id: 's',
  name: 'S',
  basedOn: 'baseline',
  changes: [{ op: 'leave', party: 'a', shared: 'x', from: 2022, noticeYears: 1, ...fields }],
});

describe('reference: leave (model-v3 §10.4), hand-computed', () => {
  // E = 2022, D = 2021. Under S (= the baseline) a bears 750 of x's 1000 (w = 3/4).
  // Shedding [0.5, 1]: x's factor 2022 = 1 − 0.75 × 0.5 = 0.625 → 625; 2023 = 1 − 0.75 → 250.
  // From 2022 a is out of x's key: b bears all of x. a's own 500 goes on (standalone baseline).
  const tapered = (booking: string) =>
    leave({ settlement: { method: 'tapered', factors: [1, 0.5] }, shed: { default: [0.5, 1] }, booking });

  it('tapered, booked in the decision year: a pays 750 + 375 in 2021, x receives it for b', () => {
    const s = scenario(run(model([tapered('decisionYear')])), 's');
    expect(s.exits).toEqual([
      {
        party: 'a',
        shared: 'x',
        from: 2022,
        decisionYear: 2021,
        method: 'tapered',
        terms: [
          { year: 2022, amount: '750.00' },
          { year: 2023, amount: '375.00' },
        ],
        total: '1125.00',
      },
    ]);
    // a: 500 + 750; 2021 + 1125 exit; 2022– only its own 500. b: 200 + 250; 2021 − 1125; then 200 + 625, 200 + 250.
    expect(partyTotals(s, 'a')).toEqual(['1250.00', '2375.00', '500.00', '500.00']);
    expect(partyTotals(s, 'b')).toEqual(['450.00', '-675.00', '825.00', '450.00']);
    expect(s.parties.a?.years[1]?.oneOff).toBe('1125.00');
    expect(column(s, (y) => y.total)).toEqual(['1700.00', '1700.00', '1325.00', '950.00']);
    expect(column(s, (y) => y.byOwner.x as string)).toEqual(['1000.00', '-125.00', '625.00', '250.00']);
    expect(column(s, (y) => y.byCategory.exit as string)).toEqual(['0.00', '0.00', '0.00', '0.00']);
    // Cash: each term in its year, for both sides.
    expect(partyCash(s, 'a')).toEqual(['1250.00', '1250.00', '1250.00', '875.00']);
    expect(partyCash(s, 'b')).toEqual(['450.00', '450.00', '75.00', '75.00']);
  });

  it('tapered, booked as paid: accrual follows the terms', () => {
    const s = scenario(run(model([tapered('asPaid')])), 's');
    expect(partyTotals(s, 'a')).toEqual(['1250.00', '1250.00', '1250.00', '875.00']);
    expect(partyTotals(s, 'b')).toEqual(['450.00', '450.00', '75.00', '75.00']);
  });

  it('directDamage per category: what x did not shed, a term after L booked in L with L values', () => {
    // x also has datacom 400, key fixed 1:1 (a 200), never shed. R_apps(2022) = 1000 − 625 = 375,
    // R_apps(2023) = 1000 − 250 = 750; R_datacom = 0. Terms: 2022 (750 − 375) + 200 = 575;
    // 2023 0 + 200 = 200; 2024 > L: L's values again, 200. Total 975.
    const parties = PARTIES({
      x: {
        allocation: {
          default: { basis: 'inhabitants' },
          byCategory: { datacom: { basis: 'fixed', shares: { a: 1, b: 1 } } },
        },
      },
    });
    const lines = [...BASE_LINES, { type: 'opex', id: 'x-dc', party: 'x', category: 'datacom', amount: 400 }];
    const m = model(
      [
        leave({
          settlement: { method: 'directDamage', years: 3 },
          shed: { default: [0.5, 1], byCategory: { datacom: [0] } },
          booking: 'asPaid',
        }),
      ],
      { parties, lines },
    );
    const s = scenario(run(m), 's');
    expect(s.exits[0]).toMatchObject({
      method: 'directDamage',
      terms: [
        { year: 2022, amount: '575.00' },
        { year: 2023, amount: '200.00' },
        { year: 2024, amount: '200.00' },
      ],
      total: '975.00',
    });
    // a: 500 + 750 + 200 before E; then 500 + its terms (2023: 200 + 200 booked in L).
    expect(partyTotals(s, 'a')).toEqual(['1450.00', '1450.00', '1075.00', '900.00']);
    // b: 200 + 250 + 200; then 200 + 625 + 400 − 575; 200 + 250 + 400 − 400.
    expect(partyTotals(s, 'b')).toEqual(['650.00', '650.00', '650.00', '450.00']);
  });

  it('fixed and none', () => {
    const fixed = scenario(
      run(model([leave({ settlement: { method: 'fixed', amount: '1000.5' }, booking: 'asPaid' })])),
      's',
    );
    expect(fixed.exits[0]).toMatchObject({ terms: [{ year: 2022, amount: '1000.50' }], total: '1000.50' });
    // Default shedding [0.2, 0.4, …]: x 2022 = 1000 × (1 − 0.75 × 0.2) = 850, all b's; 2023 = 700.
    expect(partyTotals(fixed, 'a')).toEqual(['1250.00', '1250.00', '1500.50', '500.00']);
    expect(partyTotals(fixed, 'b')).toEqual(['450.00', '450.00', '49.50', '900.00']);
    const none = scenario(run(model([leave({ settlement: { method: 'none' } })])), 's');
    expect(none.exits[0]).toMatchObject({ method: 'none', terms: [], total: '0.00', decisionYear: 2021 });
    expect(partyTotals(none, 'a')).toEqual(['1250.00', '1250.00', '500.00', '500.00']);
  });

  it('standalone baseline rebuilds the baseline lines; none keeps S; reentry lines and staff are added', () => {
    // The parent p scales a's own lines to 0.8 (400). Settlement none, shedding as default.
    const parent = {
      id: 'p',
      name: 'P',
      basedOn: 'baseline',
      changes: [{ op: 'scale', select: { party: 'a' }, factor: 0.8 }],
    };
    const child = (id: string, fields: object) => ({
      id,
      name: id,
      basedOn: 'p',
      changes: [{ op: 'leave', party: 'a', shared: 'x', from: 2022, settlement: { method: 'none' }, ...fields }],
    });
    const d = run(
      model(
        [
          parent,
          child('alone', { standalone: 'baseline' }),
          child('keep', {
            standalone: 'none',
            reentry: [
              { type: 'opex', id: 'a-dc', party: 'a', category: 'datacom', amount: 300, from: 2022 },
              { party: 'a', group: 'technicalMgmt', fte: 2 },
            ],
          }),
        ],
        { staff: [{ party: 'a', group: 'technicalMgmt', fte: 1 }] },
      ),
    );
    // Baseline staff of a: 1 FTE × 60000 = 60000 (p scales it to 48000 as well: select { party: a }).
    // alone: 400 + 48000 + 750 before E; from E the baseline's 500 + 60000.
    expect(partyTotals(scenario(d, 'alone'), 'a')).toEqual(['49150.00', '49150.00', '60500.00', '60500.00']);
    // keep: S goes on (400 + 48000) plus reentry datacom 300; the staff entry sets 2 FTE from 2022 (120000, no scale).
    expect(partyTotals(scenario(d, 'keep'), 'a')).toEqual(['49150.00', '49150.00', '120700.00', '120700.00']);
  });
});

describe('reference: the leaver’s assets and VAT around an exit, hand-computed', () => {
  it('investments made before E keep their charges; those of S dated from E drop; the baseline’s are not re-added twice', () => {
    // Baseline: a invests 400 in datacom in 2021 (4 years, from 2022: 100 a year, no interest).
    // p adds an investment of a of 800 in 2022 (200 a year from 2023). The child leaves from 2022
    // (standalone baseline, no settlement): the 2021 asset runs on, the 2022 one of S is never made.
    const parties = PARTIES({ a: { depreciationYears: { datacom: 4 } } });
    const lines = [
      ...BASE_LINES,
      { type: 'investment', id: 'a-inv', party: 'a', category: 'datacom', year: 2021, amount: 400 },
    ];
    const d = run(
      model(
        [
          {
            id: 'p',
            name: 'P',
            basedOn: 'baseline',
            changes: [
              {
                op: 'addLine',
                line: { type: 'investment', id: 'a-late', party: 'a', category: 'datacom', year: 2022, amount: 800 },
              },
            ],
          },
          {
            id: 'c',
            name: 'C',
            basedOn: 'p',
            changes: [{ op: 'leave', party: 'a', shared: 'x', from: 2022, settlement: { method: 'none' } }],
          },
        ],
        { parties, lines },
      ),
    );
    expect(partyTotals(scenario(d, 'p'), 'a')).toEqual(['1250.00', '1250.00', '1350.00', '1550.00']);
    expect(partyTotals(scenario(d, 'c'), 'a')).toEqual(['1250.00', '1250.00', '600.00', '600.00']);
    // Cash: the 2021 outlay stays, the 2022 one is gone.
    expect(partyCash(scenario(d, 'c'), 'a')).toEqual(['1250.00', '1650.00', '500.00', '500.00']);
  });

  it('charged VAT is on the allocation after the exit and never on the settlement', () => {
    // Nothing compensable: a pays 21 % of its 750 until 2021, nothing after; b 21 % of 250, then of
    // x's shed 625 and 250 (131.25, 52.50). b's receipt of −1125 in 2021 is no supply: still 52.50.
    const parties = PARTIES({
      a: { vat: { compensable: 0 } },
      b: { vat: { compensable: 0 } },
      x: { vat: { regime: 'charged' } },
    });
    const exit = leave({ settlement: { method: 'tapered', factors: [1, 0.5] }, shed: { default: [0.5, 1] } });
    const s = scenario(run(model([exit], { parties })), 's');
    expect(column(s, (y) => y.byCategory.vat as string)).toEqual(['210.00', '210.00', '131.25', '52.50']);
    expect(partyTotals(s, 'b')).toEqual(['502.50', '-622.50', '956.25', '502.50']);
  });
});

describe('reference: VAT (model-v3 §10.6), hand-computed', () => {
  it('charged: rate on the allocated cost, less what the municipality recovers, recurring and one-off apart', () => {
    // a bears 750 of x's applications; V = 157.50; compensable 1 in 2020 (before the map), 0.5 from 2021:
    // 157.50 − round(78.75) = 78.75. x's one-off 100 in 2022: a 75 → V = 15.75, 15.75 − round(7.875) = 7.87.
    const parties = PARTIES({ a: { vat: { compensable: { 2021: 0.5 } } }, x: { vat: { regime: 'charged' } } });
    const lines = [
      ...BASE_LINES,
      { type: 'oneOff', id: 'x-once', party: 'x', category: 'programme', year: 2022, amount: 100 },
    ];
    const base = scenario(run(model([], { parties, lines })), 'baseline');
    expect(column(base, (y) => y.byCategory.vat as string)).toEqual(['0.00', '78.75', '86.62', '78.75']);
    expect(column(base, (y) => y.byOwner.a as string)).toEqual(['500.00', '578.75', '586.62', '578.75']);
    expect(base.parties.a?.years[2]?.oneOff).toBe('82.87'); // 75 + 7.87
    expect(partyTotals(base, 'b')).toEqual(['450.00', '450.00', '475.00', '450.00']);
  });

  it('exempt: x pays VAT on its purchases and hired staff, not on a write-off, split by the key of each category', () => {
    // inputShare 0.5: VAT = round(0.105 × P). applications P = 1000 → 105 (a 78.75, b 26.25).
    // Hired staff: 2 FTE × 0.5 × 100000 = 100000 → 10500, key personnel fixed 1:1 (5250 each).
    // datacom investment 400 (2019, 4 years, no interest): 100 a year → 10.50 (a 7.88, b 2.62 by largest
    // remainder, tie to a). Scenario s retires it from 2022: write-off 200 then, no VAT on it.
    const parties = PARTIES({
      x: {
        vat: { regime: 'exempt', inputShare: 0.5 },
        depreciationYears: { datacom: 4 },
        allocation: {
          default: { basis: 'inhabitants' },
          byCategory: { personnel: { basis: 'fixed', shares: { a: 1, b: 1 } } },
        },
      },
    });
    const lines = [
      ...BASE_LINES,
      { type: 'investment', id: 'x-inv', party: 'x', category: 'datacom', year: 2019, amount: 400 },
    ];
    const staff = [{ party: 'x', group: 'technicalMgmt', fte: 2, hiredShare: 0.5 }];
    const d = run(
      model(
        [
          {
            id: 's',
            name: 'S',
            basedOn: 'baseline',
            changes: [{ op: 'endLine', id: 'x-inv', from: 2022, retire: true }],
          },
        ],
        {
          parties,
          lines,
          staff,
        },
      ),
    );
    const base = scenario(d, 'baseline');
    expect(column(base, (y) => y.byCategory.vat as string)).toEqual(['10615.50', '10615.50', '10615.50', '10615.50']);
    expect(column(base, (y) => y.byOwner.x as string)).toEqual(
      // 1000 + staff (2 × (0.5 × 70000 + 0.5 × 100000) = 170000) + 100 + VAT 10615.50
      ['181715.50', '181715.50', '181715.50', '181715.50'],
    );
    // a: 500 + 750 + 85000 + 75 + VAT (78.75 + 5250 + 7.88).
    expect(partyTotals(base, 'a')).toEqual(['91661.63', '91661.63', '91661.63', '91661.63']);
    const s = scenario(d, 's');
    expect(column(s, (y) => y.byCategory.vat as string)).toEqual(['10615.50', '10615.50', '10605.00', '10605.00']);
  });
});

describe('reference: staff transition (model-v3 §10.5), hand-computed', () => {
  // Baseline technicalMgmt: a 10 FTE (20 % hired: own 8, hired 2), b 5 own. Baseline own 13, hired 2.
  // s: a → 4 from 2021 (own 3.2, hired 0.8), x gets 4 own from 2021, b → 2 from 2022.
  // 2021: Rd = 15 − 13 = 2 = N; Hd = 1.2 = NH (hired first); O = 0.8; A = min(0.8, 0.05 × 13 × 12/12) = 0.65;
  //       U = 0.15; origin a (own 8 → 3.2, hired 2 → 0.8): 1.2 × 120000 × 3/12 = 36000
  //       + 0.15 × (60000 × 12/12 + 1000) = 9150 → 45150.
  // 2022: Rd = 5, N = 3, NH = 0, A = 0.65, U = 2.35; origin b (5 → 2): 2.35 × 61000 = 143350.
  // 2023: nothing new.
  const staff = [
    { party: 'a', group: 'technicalMgmt', fte: 10, hiredShare: 0.2 },
    { party: 'b', group: 'technicalMgmt', fte: 5 },
  ];
  const levers = [
    { op: 'setStaff', party: 'a', group: 'technicalMgmt', fte: { 2021: 4 } },
    { op: 'setStaff', party: 'b', group: 'technicalMgmt', fte: { 2022: 2 } },
    { op: 'addStaff', staff: { party: 'x', group: 'technicalMgmt', fte: { 2021: 4 } } },
  ];
  const rule = (fields: object) => ({
    op: 'staffTransition',
    groups: ['technicalMgmt'],
    monthsOfSalary: 12,
    hiredNoticeMonths: 3,
    attrition: 0.05,
    perPerson: 1000,
    ...fields,
  });
  const rows2021_2022 = [
    { group: 'technicalMgmt', year: 2021, reduction: 2, hired: 1.2, attrition: 0.65, surplus: 0.15, cost: '45150.00' },
    { group: 'technicalMgmt', year: 2022, reduction: 3, hired: 0, attrition: 0.65, surplus: 2.35, cost: '143350.00' },
  ];
  const d = run(
    model(
      [
        { id: 's', name: 'S', basedOn: 'baseline', changes: [...levers, rule({ booking: 'asIncurred' })] },
        {
          id: 'x-bears',
          name: 'X bears',
          basedOn: 'baseline',
          changes: [...levers, rule({ booking: 'decisionYear', decisionYear: 2020, bearer: 'x' })],
        },
        // Inherits s's rule, recomputed on its own staff: b → 1 in 2023 adds N = 1, U = 0.35 → 21350.
        {
          id: 'child',
          name: 'Child',
          basedOn: 's',
          changes: [{ op: 'setStaff', party: 'b', group: 'technicalMgmt', fte: { 2023: 1 } }],
        },
        // Its own rule replaces s's: no attrition, 24 months, notice 2, no perPerson.
        {
          id: 'own',
          name: 'Own',
          basedOn: 's',
          changes: [{ op: 'staffTransition', groups: ['technicalMgmt'], booking: 'asIncurred' }],
        },
      ],
      { lines: [], staff },
    ),
  );

  it('hired first, attrition, origins; booked as incurred on the origin', () => {
    const s = scenario(d, 's');
    expect(s.staffTransition).toEqual(rows2021_2022);
    expect(column(s, (y) => y.byCategory.friction as string)).toEqual(['0.00', '45150.00', '143350.00', '0.00']);
    expect(column(s, (y) => y.byOwner.a as string).slice(1, 2)).toEqual(['333150.00']); // 4 × 72000 + 45150
    expect(s.years[1]?.oneOff).toBe('45150.00');
    expect(scenario(d, 'baseline').staffTransition).toBeUndefined();
    expect(scenario(d, 'baseline').exits).toEqual([]);
  });

  it('a party bears it all in the decision year; cash stays in the year incurred', () => {
    const s = scenario(d, 'x-bears');
    expect(s.staffTransition).toEqual(rows2021_2022);
    // 188500 on x in 2020, split by inhabitants: a 141375, b 47125.
    expect(column(s, (y) => y.byCategory.friction as string)).toEqual(['188500.00', '0.00', '0.00', '0.00']);
    expect(s.parties.a?.years[0]?.oneOff).toBe('141375.00');
    expect(s.parties.b?.years[0]?.oneOff).toBe('47125.00');
    // Cash: x's 45150 in 2021 (a 33862.50, b 11287.50) and 143350 in 2022.
    const cashA = s.parties.a?.cash.years.map((y) => y.total);
    const accrualA = s.parties.a?.years.map((y) => y.total);
    expect(cashA?.[0]).toBe('720000.00'); // 10 × 72000, no friction yet
    expect(accrualA?.[0]).toBe('861375.00'); // + 141375
    // 2021: 4 × 72000 + x's 4 × 70000 split 3:1 (210000) + the friction paid then, 33862.50.
    expect(cashA?.[1]).toBe('531862.50');
  });

  it('a child inherits the rule, recomputed on its staff; an own rule replaces the parent’s', () => {
    expect(scenario(d, 'child').staffTransition).toEqual([
      ...rows2021_2022,
      { group: 'technicalMgmt', year: 2023, reduction: 1, hired: 0, attrition: 0.65, surplus: 0.35, cost: '21350.00' },
    ]);
    // 2021: N 2, NH 1.2 → 1.2 × 120000 × 2/12 = 24000; U 0.8 × 60000 × 2 = 96000. 2022: 3 × 120000.
    expect(scenario(d, 'own').staffTransition).toEqual([
      { group: 'technicalMgmt', year: 2021, reduction: 2, hired: 1.2, attrition: 0, surplus: 0.8, cost: '120000.00' },
      { group: 'technicalMgmt', year: 2022, reduction: 3, hired: 0, attrition: 0, surplus: 3, cost: '360000.00' },
    ]);
  });
});

describe('reference: budget and actuals (model-v3 §10.7, §10.8), hand-computed', () => {
  // The tapered decision-year exit of a: a pays 1250, 2375 (1125 one-off), 500, 500; baseline 1250 a year.
  const parties = PARTIES({
    a: { budget: { ict: { 2020: 1200, 2022: 1000 }, target: { 2021: 100 }, reserve: { 2021: 1000, 2022: 50 } } },
  });
  const exit = leave({ settlement: { method: 'tapered', factors: [1, 0.5] }, shed: { default: [0.5, 1] } });
  const actuals = {
    scenario: 's',
    years: { 2020: { a: { total: 1300 } }, 2021: { a: { total: 2000 }, b: { total: 0 } } },
  };
  const d = run({ ...model([exit], { parties }), actuals } as unknown as ModelFile);

  it('structural and incidental gap, reserve funds one-off cost only, target shortfall', () => {
    expect(scenario(d, 's').parties.a?.budget).toEqual([
      { year: 2020, structural: '50.00', incidental: '0.00', total: '50.00', targetShortfall: '0.00' },
      { year: 2021, structural: '50.00', incidental: '125.00', total: '175.00', targetShortfall: '100.00' },
      { year: 2022, structural: '-500.00', incidental: '0.00', total: '-500.00', targetShortfall: '0.00' },
      { year: 2023, structural: '-500.00', incidental: '0.00', total: '-500.00', targetShortfall: '0.00' },
    ]);
    expect(scenario(d, 'baseline').parties.a?.budget).toEqual([
      { year: 2020, structural: '50.00', incidental: '0.00', total: '50.00', targetShortfall: '0.00' },
      { year: 2021, structural: '50.00', incidental: '0.00', total: '50.00', targetShortfall: '0.00' },
      { year: 2022, structural: '250.00', incidental: '0.00', total: '250.00', targetShortfall: '0.00' },
      { year: 2023, structural: '250.00', incidental: '0.00', total: '250.00', targetShortfall: '0.00' },
    ]);
    expect(scenario(d, 's').parties.b?.budget).toBeUndefined();
  });

  it('actuals against the plan, realised savings, forecast break-even', () => {
    const s = scenario(d, 's');
    expect(s.parties.a?.actuals).toEqual([
      {
        year: 2020,
        actual: '1300.00',
        plan: '1250.00',
        variance: '50.00',
        realisedSavings: '-50.00',
        cumulativeRealisedSavings: '-50.00',
      },
      {
        year: 2021,
        actual: '2000.00',
        plan: '2375.00',
        variance: '-375.00',
        realisedSavings: '-750.00',
        cumulativeRealisedSavings: '-800.00',
      },
    ]);
    // Savings −50, −750, 750, 750 → cumulative −50, −800, −50, 700: 2023.
    expect(s.parties.a?.forecastBreakEven).toEqual({ year: 2023, extrapolated: false });
    // b: baseline 450; plan 450, −675, 825, 450; actual 0 in 2021 → savings 0, 450, −375, 0 → cumulative ≥ 0 throughout.
    expect(s.parties.b?.actuals).toEqual([
      {
        year: 2021,
        actual: '0.00',
        plan: '-675.00',
        variance: '675.00',
        realisedSavings: '450.00',
        cumulativeRealisedSavings: '450.00',
      },
    ]);
    expect(s.parties.b?.forecastBreakEven).toEqual({ year: 2020, extrapolated: false });
    expect(scenario(d, 'baseline').parties.a?.actuals).toBeUndefined();
    expect(scenario(d, 'baseline').parties.a?.forecastBreakEven).toBeUndefined();
  });
});
