/**
 * Hand-made version-3 models for the differential test of the decision rules (model-v3
 * §10.4–§10.8), built on the computed-through edge model of ./edge-models-v3 (m1, m2 sharing
 * ictc from 2017, 2015–2020 computed through to 2025): leaving after collaborating under every
 * settlement method, booking and standalone choice, terms after L, notice of two years, two
 * exits from two shared parties in one scenario, a staff transition inherited, replaced and
 * borne by the shared party, charged and exempt VAT with compensable year maps, budgets and
 * actuals. Every model respects the validation rules of the spec.
 */
import type { ModelFile, Party, Scenario } from '../../src/engine';
import { edgeModelsV3 } from './edge-models-v3';

/** The computed-through edge model (scenarios baseline, s2 = collaborate from 2017, s3 = alone). */
function through(): ModelFile {
  const found = edgeModelsV3.find(([name]) => name.startsWith('v3 computeThrough: cycles'));
  if (found === undefined) throw new Error('edge model missing');
  return structuredClone(found[1]);
}

type Loose = Record<string, unknown>;
const party = (m: ModelFile, id: string) => m.parties.find((p) => p.id === id) as Party & Loose;
const child = (id: string, basedOn: string, changes: unknown[]): Scenario =>
  ({ id, name: id, basedOn, changes }) as unknown as Scenario;
const withScenarios = (m: ModelFile, ...scenarios: Scenario[]): ModelFile => ({
  ...m,
  scenarios: [...m.scenarios, ...scenarios],
});

const taperedExit = (): ModelFile => {
  const m = through();
  party(m, 'ictc').vat = { regime: 'charged' };
  party(m, 'm1').vat = { compensable: { 2015: 1, 2019: 0.4 } };
  party(m, 'm2').vat = { compensable: '0.25' };
  party(m, 'm2').budget = {
    ict: { 2015: 1500000, 2021: 1300000 },
    target: { 2018: 100000 },
    reserve: { 2017: 200000, 2021: 5000000 },
  };
  // m2 leaves ictc in 2022 after joining it in 2017: every default (tapered, decisionYear, baseline).
  return withScenarios(
    m,
    child('s2-exit', 's2', [
      { op: 'leave', party: 'm2', shared: 'ictc', from: 2022, settlement: { method: 'tapered' } },
    ]),
  );
};

const directDamageExit = (): ModelFile => {
  const m = through();
  party(m, 'ictc').vat = { regime: 'exempt', rate: '0.21', inputShare: 0.8 };
  return withScenarios(
    m,
    child('s2-damage', 's2', [
      {
        op: 'leave',
        party: 'm1',
        shared: 'ictc',
        from: 2023,
        noticeYears: 2,
        // Eight terms from 2023: those after 2025 use 2025's figures and are booked in 2025.
        settlement: { method: 'directDamage', years: 8 },
        shed: { default: [0.25, 0.5], byCategory: { personnel: [0, 0.5, 1] } },
        booking: 'asPaid',
        standalone: 'none',
        reentry: [
          { type: 'opex', id: 'm1-re-apps', party: 'm1', category: 'applications', amount: 150000, from: 2023 },
          { type: 'investment', id: 'm1-re-dc', party: 'm1', category: 'datacom', year: 2024, amount: 250000 },
          { type: 'oneOff', id: 'm1-re-tr', party: 'm1', category: 'transition', year: 2023, amount: 75000 },
          { party: 'm1', group: 'technicalMgmt', fte: { 2021: 6, 2024: 8 }, hiredShare: 0.25 },
          { party: 'm1', group: 'infoAdvice', fte: 2 },
        ],
      },
    ]),
  );
};

const fixedExitNone = (): ModelFile => {
  const m = through();
  m.assumptions = { ...m.assumptions, extrapolation: 'none' };
  m.scenarios = m.scenarios.map((s) =>
    s.id === 's2'
      ? ({
          ...s,
          changes: [
            ...(s.changes ?? []).filter((c) => !('from' in c && (c.from ?? 0) > 2020)),
            {
              op: 'staffTransition',
              groups: ['technicalMgmt'],
              attrition: 0.05,
              perPerson: 2500,
              booking: 'asIncurred',
            },
          ],
        } as unknown as Scenario)
      : s,
  );
  // The leave's own scenario inherits s2's staff transition (friction is priced on S, before the exit).
  return withScenarios(
    m,
    child('s2-fixed', 's2', [
      {
        op: 'leave',
        party: 'm2',
        shared: 'ictc',
        from: 2019,
        noticeYears: 2,
        settlement: { method: 'fixed', amount: '1234567.89' },
        booking: 'decisionYear',
        standalone: 'baseline',
      },
    ]),
    child('s3-none', 's3', [
      { op: 'leave', party: 'm1', shared: 'ictc', from: 2016, settlement: { method: 'none' }, standalone: 'none' },
    ]),
  );
};

const staffTransitions = (): ModelFile => {
  const m = through();
  m.assumptions = { ...m.assumptions, extrapolation: 'indexLast' };
  m.scenarios = m.scenarios.map((s) =>
    s.id === 's2'
      ? ({
          ...s,
          changes: [
            {
              op: 'staffTransition',
              bearer: 'ictc',
              booking: 'decisionYear',
              decisionYear: 2016,
              monthsOfSalary: 18,
              hiredNoticeMonths: 3,
              attrition: '0.03',
            },
            ...(s.changes ?? []).filter((c) => !('from' in c && (c.from ?? 0) > 2020)),
          ],
        } as unknown as Scenario)
      : s,
  );
  return withScenarios(
    m,
    // Inherits s2's rule, recomputed with fewer functional managers at m2.
    child('s2-lean', 's2', [{ op: 'setStaff', party: 'm2', group: 'functionalMgmt', fte: { 2018: 4, 2020: 3 } }]),
    // Replaces it: borne by each origin, as incurred, every group.
    child('s2-lean-own', 's2-lean', [
      { op: 'staffTransition', booking: 'asIncurred', perPerson: 5000, bearer: 'origin' },
      { op: 'setStaff', party: 'm1', group: 'technicalMgmt', fte: { 2019: 1 }, hiredShare: 0 },
    ]),
    // m1 borne by m2 alone, decided in the last year.
    child('s3-st', 's3', [
      { op: 'setStaff', party: 'm1', group: 'technicalMgmt', fte: { 2016: 9, 2018: 5 } },
      { op: 'staffTransition', bearer: 'm2', booking: 'decisionYear', decisionYear: 2020, groups: ['technicalMgmt'] },
    ]),
  );
};

const actualsAndBudgets = (): ModelFile => {
  const m = staffTransitions();
  party(m, 'm1').budget = { ict: 2400000, target: { 2017: 250000 }, reserve: { 2017: 300000, 2018: 50000 } };
  party(m, 'm2').budget = { ict: { 2016: 900000 } };
  party(m, 'ictc').vat = { regime: 'charged', rate: 0.21 };
  return {
    ...m,
    actuals: {
      scenario: 's2-lean',
      years: {
        2015: { m1: { total: 2500000, fte: 14 } },
        2017: { m1: { total: '2411111.11' }, m2: { total: 1000000 } },
        2018: { m2: { total: 0 } },
      },
    },
  } as unknown as ModelFile;
};

const twoSharedParties = (): ModelFile => {
  const m = through();
  m.parties = [
    ...m.parties,
    {
      id: 'pmo',
      name: 'Programmabureau',
      kind: 'shared',
      allocation: { default: { basis: 'fixed', shares: { m1: 1, m2: '1.5' } } },
      vat: { regime: 'exempt' },
    } as Party,
  ];
  m.scenarios = m.scenarios.map((s) =>
    s.basedOn === null
      ? {
          ...s,
          lines: [
            ...(s.lines ?? []),
            { type: 'opex', id: 'pmo-other', party: 'pmo', category: 'other', amount: 120000 },
            {
              type: 'recurringInvestment',
              id: 'pmo-wp',
              party: 'pmo',
              category: 'workplace',
              from: 2015,
              to: 2020,
              amount: 9000,
            },
          ],
        }
      : s,
  );
  return withScenarios(
    m,
    child('s2-both', 's2', [
      { op: 'leave', party: 'm1', shared: 'pmo', from: 2021, settlement: { method: 'directDamage', years: 3 } },
      {
        op: 'leave',
        party: 'm2',
        shared: 'ictc',
        from: 2024,
        settlement: { method: 'tapered', factors: [0.5, 0.5] },
        booking: 'asPaid',
        standalone: 'none',
      },
    ]),
  );
};

export const edgeModelsV3Decision: [string, ModelFile][] = [
  ['decision: tapered exit after collaborating, all defaults, charged VAT, budget', taperedExit()],
  ['decision: directDamage as paid, terms after L, exempt VAT, reentry lines and staff', directDamageExit()],
  [
    'decision: fixed exit with two years notice and an inherited staff transition; none; extrapolation none',
    fixedExitNone(),
  ],
  [
    'decision: staff transition borne by the shared party, inherited, replaced, borne by a municipality',
    staffTransitions(),
  ],
  ['decision: actuals and budgets (indexLast), charged VAT', actualsAndBudgets()],
  ['decision: two exits from two shared parties in one scenario', twoSharedParties()],
];
