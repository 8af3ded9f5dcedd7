/**
 * Worked examples for the engine's rules (spec §5–§8), with the arithmetic by hand. Small
 * models: one or two municipalities, a shared centre, a few years. Money in the comments is in
 * euros; the engine's results are decimal strings.
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateModel,
  isModelError,
  type Change,
  type Line,
  type ModelFile,
  type Party,
  type StaffEntry,
} from '../../src/engine';

const A: Party = {
  id: 'a',
  name: 'A',
  kind: 'municipality',
  inhabitants: 600,
  workstations: 10,
  employees: 30,
  interestRate: 0.05,
  costPerFte: { own: 50000, hired: 100000 },
};
const B: Party = { id: 'b', name: 'B', kind: 'municipality', inhabitants: 400, workstations: 30, employees: 10 };
const C: Party = { id: 'c', name: 'Centrum', kind: 'shared', interestRate: 0.1 };

function model(opts: {
  lines?: Line[];
  staff?: StaffEntry[];
  changes?: Change[];
  parties?: Party[];
  horizon?: ModelFile['horizon'];
  assumptions?: ModelFile['assumptions'];
}): ModelFile {
  return {
    format: 'ict-business-case',
    version: 1,
    horizon: opts.horizon ?? { startYear: 2020, endYear: 2022, extrapolateTo: 2024 },
    assumptions: { indexation: { default: 0, personnel: 0 }, ...opts.assumptions },
    parties: opts.parties ?? [A, B, C],
    scenarios: [
      { id: 'base', name: 'Base', basedOn: null, lines: opts.lines ?? [], staff: opts.staff ?? [] },
      { id: 's', name: 'S', basedOn: 'base', changes: opts.changes ?? [] },
    ],
  };
}

const years = (m: ModelFile, id = 's') => evaluateModel(m).scenarios.find((s) => s.id === id)?.years ?? [];
const totals = (m: ModelFile, id = 's') => years(m, id).map((y) => y.total);

describe('lines (spec §5.1)', () => {
  it('opex is indexed from the price base year, overrides replace a year nominally', () => {
    // 1000 × 1.1^0, × 1.1^1 = 1100, override 2022 = 500 (not indexed). Extrapolated: recurring 2022 × 1.1^k:
    // 2023: 550, 2024: 605.
    const m = model({
      lines: [{ type: 'opex', id: 'o', party: 'a', category: 'other', amount: 1000, overrides: { 2022: 500 } }],
      assumptions: { indexation: { default: 0.1 } },
    });
    expect(totals(m, 'base')).toEqual(['1000.00', '1100.00', '500.00', '550.00', '605.00']);
  });

  it('an investment is depreciated from the next year with interest over the book value', () => {
    // A buys 3000 in 2019, workplace term 3 (set below), 5 % interest. 2020: 1000 + 150; 2021: 1000 + 100; 2022: 1000 + 50.
    const a: Party = { ...A, depreciationYears: { workplace: 3 } };
    const m = model({
      parties: [a, B, C],
      lines: [{ type: 'investment', id: 'i', party: 'a', category: 'workplace', year: 2019, amount: 3000 }],
    });
    expect(totals(m, 'base').slice(0, 3)).toEqual(['1150.00', '1100.00', '1050.00']);
  });

  it('an application adds the project-cost rate of the scenario it is evaluated in', () => {
    // purchase 1000, renewal rate 1.25 in base → 2250 over 5 years from 2021: 450 + 5 % × 2250 = 562.50 in 2021.
    // In s the rate is set to 1.0 → 2000: 400 + 100 = 500.
    const m = model({
      lines: [{ type: 'application', id: 'app', party: 'a', year: 2020, purchase: 1000, project: 'renewal' }],
      changes: [{ op: 'setParam', path: 'assumptions.projectCostRate.renewal', value: 1 }],
    });
    expect(totals(m, 'base')[1]).toBe('562.50');
    expect(totals(m, 's')[1]).toBe('500.00');
  });

  it('a recurring investment per inhabitant of a shared party uses all municipalities', () => {
    // 2 € × (600 + 400) = 2000 a year from 2020, term 5 → 400 depreciation; centre interest 10 %:
    // 2021: 400 + 200 (first investment) = 600; 2022: 400 + 160 + 400 + 200 = 1160.
    const m = model({
      lines: [
        {
          type: 'recurringInvestment',
          id: 'r',
          party: 'c',
          category: 'datacom',
          from: 2020,
          to: 2030,
          perInhabitant: 2,
        },
      ],
    });
    expect(totals(m, 'base').slice(0, 3)).toEqual(['0.00', '600.00', '1160.00']);
  });

  it('one-off lines count as one-off and do not extrapolate', () => {
    const m = model({
      lines: [{ type: 'oneOff', id: 'x', party: 'a', category: 'transition', year: 2022, amount: 700 }],
    });
    const y = years(m, 'base');
    expect(y.map((v) => v.oneOff)).toEqual(['0.00', '0.00', '700.00', '0.00', '0.00']);
  });
});

describe('staff (spec §5.2)', () => {
  it('costs fte × ((1 − h)·own + h·hired), per group where byGroup says so', () => {
    // 2 FTE, 25 % hired: 2 × (0.75 × 50000 + 0.25 × 100000) = 125000. Management own 80000: 1 × 80000.
    const a: Party = { ...A, costPerFte: { own: 50000, hired: 100000, byGroup: { management: { own: 80000 } } } };
    const m = model({
      parties: [a, B, C],
      staff: [
        { party: 'a', group: 'technicalMgmt', fte: 2, hiredShare: 0.25 },
        { party: 'a', group: 'management', fte: { 2021: 1 } },
      ],
    });
    expect(totals(m, 'base').slice(0, 3)).toEqual(['125000.00', '205000.00', '205000.00']);
  });
});

describe('changes (spec §5.3)', () => {
  const opexA: Line = { type: 'opex', id: 'wp', party: 'a', category: 'workplace', amount: 1000 };

  it('transfer moves the cost to the shared party, which allocates it by inhabitants', () => {
    // From 2021 the centre incurs 1000, split 600 : 400 → A 600, B 400.
    const m = model({ lines: [opexA], changes: [{ op: 'transfer', select: { party: 'a' }, to: 'c', from: 2021 }] });
    const y = years(m);
    expect(y[0]?.byOwner).toMatchObject({ a: '1000.00', c: '0.00' });
    expect(y[1]?.byOwner).toMatchObject({ a: '0.00', c: '1000.00' });
    expect(y[1]?.byParty).toEqual({ a: '600.00', b: '400.00' });
  });

  it('a scale applies to what exists when it is applied, and keeps applying after a later transfer', () => {
    // Scale A's workplace by 0.5 from 2021, then transfer it to the centre: still 500 from 2021.
    // A line added after the scale is not reduced.
    const m = model({
      lines: [opexA],
      changes: [
        { op: 'scale', select: { party: 'a', category: 'workplace' }, from: 2021, factor: 0.5 },
        { op: 'transfer', select: { party: 'a' }, to: 'c', from: 2021 },
        { op: 'addLine', line: { type: 'opex', id: 'late', party: 'a', category: 'workplace', amount: 10 } },
      ],
    });
    expect(totals(m).slice(0, 3)).toEqual(['1010.00', '510.00', '510.00']);
  });

  it('reduction × phase-in: factor 1 − r × p(y), 1 before the phase-in starts', () => {
    // r = 0.4, phase-in 2021: 0.5, 2022: 1 → factors 1, 0.8, 0.6.
    const m = model({
      lines: [opexA],
      changes: [{ op: 'scale', select: { category: 'workplace' }, reduction: 0.4, phaseIn: { 2021: 0.5, 2022: 1 } }],
    });
    expect(totals(m).slice(0, 3)).toEqual(['1000.00', '800.00', '600.00']);
  });

  it('endLine with retire books the remaining book value as a one-off disinvestment', () => {
    // 3000 bought 2019, term 3: book value at the start of 2021 = 2000 → one-off 2000 in 2021; no charges from 2021.
    const a: Party = { ...A, depreciationYears: { workplace: 3 } };
    const m = model({
      parties: [a, B, C],
      lines: [{ type: 'investment', id: 'i', party: 'a', category: 'workplace', year: 2019, amount: 3000 }],
      changes: [{ op: 'endLine', id: 'i', from: 2021, retire: true }],
    });
    const y = years(m);
    expect(y.map((v) => v.total).slice(0, 3)).toEqual(['1150.00', '2000.00', '0.00']);
    expect(y[1]?.oneOff).toBe('2000.00');
    expect(evaluateModel(m).scenarios[1]?.investment).toBe('2000.00');
  });

  it('setStaff replaces FTE from its first year; earlier scales keep working before it', () => {
    // 2 FTE own at 50000 = 100000; scale × 0.5 (all years) → 50000; setStaff 2022: 1 FTE → 50000 unscaled.
    const m = model({
      staff: [{ party: 'a', group: 'technicalMgmt', fte: 2 }],
      changes: [
        { op: 'scale', select: { group: 'technicalMgmt' }, factor: 0.5 },
        { op: 'setStaff', party: 'a', group: 'technicalMgmt', fte: { 2022: 1 } },
      ],
    });
    expect(totals(m).slice(0, 3)).toEqual(['50000.00', '50000.00', '50000.00']);
    expect(evaluateModel(m).scenarios[1]?.staff.map((s) => s.byPartyGroup.a?.technicalMgmt)).toEqual(['1', '1', '1']);
  });

  it('a disabled change is skipped', () => {
    const m = model({ lines: [opexA], changes: [{ op: 'scale', select: {}, factor: 0, enabled: false }] });
    expect(totals(m).slice(0, 3)).toEqual(['1000.00', '1000.00', '1000.00']);
  });
});

describe('results (spec §7, §8)', () => {
  it('allocation floors and gives remaining cents to the largest remainders; one-off split apart', () => {
    // 100.01 recurring on the centre over 600 : 400 → 60.006 / 40.004 → 6000 / 4000 cents + 1 to A (.6 > .4).
    const m = model({ lines: [{ type: 'opex', id: 'c1', party: 'c', category: 'other', amount: '100.01' }] });
    expect(years(m, 'base')[0]?.byParty).toEqual({ a: '60.01', b: '40.00' });
  });

  it('savings, break-even, payback and NPV', () => {
    // Base: 1000 a year. S: one-off 300 in 2020, recurring −200 from 2020 → totals 1100, 800, 800; extrapolated 800, 800.
    // Savings −100, 200, 200, 200, 200; cumulative −100, 100, … → break-even 2021, payback 1 + 100/200 = 1.5.
    // NPV at 0 %: 300 over the horizon (−100 + 200 + 200), 700 extended.
    const m = model({
      lines: [{ type: 'opex', id: 'o', party: 'a', category: 'other', amount: 1000 }],
      assumptions: { discountRate: 0 },
      changes: [
        { op: 'scale', select: { lineIds: ['o'] }, factor: 0.8 },
        {
          op: 'addLine',
          line: { type: 'oneOff', id: 'x', party: 'a', category: 'transition', year: 2020, amount: 300 },
        },
      ],
    });
    const s = evaluateModel(m).scenarios[1];
    expect(s?.years.map((y) => y.savings)).toEqual(['-100.00', '200.00', '200.00', '200.00', '200.00']);
    expect(s?.breakEven).toEqual({ year: 2021, isExtrapolated: false });
    expect(s?.paybackYears).toBe(1.5);
    expect([s?.npv, s?.npvExtended, s?.investment]).toEqual(['300.00', '700.00', '300.00']);
    expect(s?.parties.a?.breakEven).toEqual({ year: 2021, isExtrapolated: false });
  });

  it('NPV discounts each year from the start year, rounded once', () => {
    // Savings 100 each year at 10 %: 100 + 90.9090… + 82.6446… = 273.5537… → 273.55.
    const m = model({
      lines: [{ type: 'opex', id: 'o', party: 'a', category: 'other', amount: 1000 }],
      assumptions: { discountRate: 0.1 },
      horizon: { startYear: 2020, endYear: 2022 },
      changes: [{ op: 'scale', select: {}, factor: 0.9 }],
    });
    expect(evaluateModel(m).scenarios[1]?.npv).toBe('273.55');
  });

  it('all-zero allocation weights in a year with cost to split name party, category and year', () => {
    const c: Party = {
      ...C,
      allocation: {
        default: { basis: 'fixed', shares: { a: 1, b: 0 } },
        byCategory: { other: { basis: 'employees', members: ['b'] } },
      },
    };
    const b0: Party = { ...B, employees: { 2021: 0 } };
    const m = model({
      parties: [A, b0, c],
      lines: [{ type: 'opex', id: 'c1', party: 'c', category: 'other', amount: 10 }],
    });
    try {
      evaluateModel(m);
      expect.unreachable('evaluation should fail');
    } catch (e) {
      expect(isModelError(e)).toBe(true);
      if (isModelError(e))
        expect(e.errors).toEqual([
          {
            path: 'parties[2].allocation',
            message: 'all allocation weights are 0 for category "other" in 2020 (shared party "c")',
          },
        ]);
    }
  });
});
