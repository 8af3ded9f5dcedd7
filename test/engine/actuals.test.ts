/**
 * Realised figures (model-v3 §10.8, §10.9): plan, variance, realised savings and their running
 * sum per municipality, the forecast break-even, the CLI keys, and the validation of the
 * `actuals` section with its JSON paths. The figures are computed by hand below.
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateModel,
  goalProgress,
  realisedPerInhabitant,
  toCliDocument,
  validateModel,
  type ModelFile,
} from '../../src/engine';

/**
 * Two municipalities (a: 100 inhabitants, b: 300) and a shared party c (allocated by
 * inhabitants, ¼ and ¾), no indexation. Baseline: a 1000, b 3000 a year. Scenario s: a one-off
 * of 400 at c in 2020, both opex lines × 0.9 from 2021, and 100 a year at c from 2021.
 *
 * Plan a: 2020 1000 + 100 = 1100; 2021–2022 900 + 25 = 925; 2023–2024 (indexLast at 0 %) 925.
 * Plan b: 2020 3000 + 300 = 3300; 2021–2022 2700 + 75 = 2775; then 2775.
 */
function model(): ModelFile {
  return {
    format: 'ict-business-case',
    version: 3,
    meta: { title: 'Actuals, by hand' },
    horizon: { startYear: 2020, endYear: 2022, extrapolateTo: 2024 },
    assumptions: { indexation: { default: 0, personnel: 0 } },
    parties: [
      { id: 'a', name: 'A', kind: 'municipality', inhabitants: 100 },
      { id: 'b', name: 'B', kind: 'municipality', inhabitants: 300 },
      { id: 'c', name: 'C', kind: 'shared' },
    ],
    scenarios: [
      {
        id: 'base',
        name: 'Baseline',
        basedOn: null,
        lines: [
          { type: 'opex', id: 'oa', party: 'a', category: 'other', amount: 1000 },
          { type: 'opex', id: 'ob', party: 'b', category: 'other', amount: 3000 },
        ],
        staff: [],
      },
      {
        id: 's',
        name: 'Samen',
        basedOn: 'base',
        changes: [
          {
            op: 'addLine',
            line: { type: 'oneOff', id: 'prog', party: 'c', category: 'programme', year: 2020, amount: 400 },
          },
          { op: 'scale', select: { lineIds: ['oa', 'ob'] }, from: 2021, factor: 0.9 },
          { op: 'addLine', line: { type: 'opex', id: 'oc', party: 'c', category: 'other', amount: 100, from: 2021 } },
        ],
      },
      { id: 't', name: 'Other', basedOn: 'base', changes: [] },
    ],
    actuals: {
      scenario: 's',
      years: {
        '2021': { a: { total: '990.005' }, b: { total: 2700 } },
        '2020': { a: { total: 1150, fte: 2.5 } },
      },
    },
  } as ModelFile;
}

const party = (m: ModelFile, scenario: string, id: string) =>
  toCliDocument(evaluateModel(m)).scenarios.find((s) => s.id === scenario)?.parties[id];

describe('actuals against the plan (model-v3 §10.8)', () => {
  it('gives plan, variance, realised savings and their running sum per year with an actual, in year order', () => {
    const a = party(model(), 's', 'a');
    // 990.005 is rounded to cents half away from zero: 990.01.
    expect(a?.actuals).toEqual([
      {
        year: 2020,
        actual: '1150.00',
        plan: '1100.00',
        variance: '50.00',
        realisedSavings: '-150.00',
        cumulativeRealisedSavings: '-150.00',
      },
      {
        year: 2021,
        actual: '990.01',
        plan: '925.00',
        variance: '65.01',
        realisedSavings: '9.99',
        cumulativeRealisedSavings: '-140.01',
      },
    ]);
    // Plan break-even of a: savings −100, 75, 75 → cumulative −100, −25, 50: 2022.
    expect(a?.breakEven).toEqual({ year: 2022, extrapolated: false });
    // Forecast: −150, 9.99, 75, 75, 75 → cumulative −150, −140.01, −65.01, 9.99, 84.99: 2023, extrapolated.
    expect(a?.forecastBreakEven).toEqual({ year: 2023, extrapolated: true });
  });

  it('counts a cumulative of exactly 0 as broken even, as spec §8 does', () => {
    const b = party(model(), 's', 'b');
    expect(b?.actuals).toEqual([
      {
        year: 2021,
        actual: '2700.00',
        plan: '2775.00',
        variance: '-75.00',
        realisedSavings: '300.00',
        cumulativeRealisedSavings: '300.00',
      },
    ]);
    // Forecast savings −300, 300, 225 → cumulative −300, 0, 225: 2021 (the plan's is 2022).
    expect(b?.breakEven).toEqual({ year: 2022, extrapolated: false });
    expect(b?.forecastBreakEven).toEqual({ year: 2021, extrapolated: false });
  });

  it('prints the keys only in the scenario the actuals name, and not at all without actuals', () => {
    expect(party(model(), 't', 'a')).not.toHaveProperty('actuals');
    expect(party(model(), 'base', 'a')).not.toHaveProperty('forecastBreakEven');
    const m = model();
    delete m.actuals;
    expect(party(m, 's', 'a')).not.toHaveProperty('actuals');
  });

  it('gives a municipality without actuals an empty list and the plan break-even', () => {
    const m = model();
    m.actuals = { scenario: 's', years: { '2020': { b: { total: 3300 } } } };
    const a = party(m, 's', 'a');
    expect(a?.actuals).toEqual([]);
    expect(a?.forecastBreakEven).toEqual(a?.breakEven);
  });

  it('gives no forecast break-even when the actuals name the baseline (it has none, spec §8)', () => {
    const m = model();
    m.actuals = { scenario: 'base', years: { '2020': { a: { total: 900 } } } };
    const a = party(m, 'base', 'a');
    expect(a?.actuals?.[0]).toMatchObject({ plan: '1000.00', variance: '-100.00', realisedSavings: '100.00' });
    expect(a?.forecastBreakEven).toBeNull();
  });

  it('keeps the realised FTE in the results (not printed by the CLI)', () => {
    const e = evaluateModel(model());
    expect(e.scenarios.find((s) => s.id === 's')?.parties.a?.actuals?.[0]?.fte).toBe('2.5');
    expect(party(model(), 's', 'a')?.actuals?.[0]).not.toHaveProperty('fte');
  });

  it('takes actuals in the years after endYear under computeThrough', () => {
    const m = model();
    m.assumptions = { ...m.assumptions, extrapolation: 'computeThrough' };
    m.actuals = { scenario: 's', years: { '2024': { a: { total: 2000 } } } };
    const a = party(m, 's', 'a');
    expect(a?.actuals).toEqual([
      {
        year: 2024,
        actual: '2000.00',
        plan: '925.00',
        variance: '1075.00',
        realisedSavings: '-1000.00',
        cumulativeRealisedSavings: '-1000.00',
      },
    ]);
    // Forecast cumulative: −100, −25, 50, 125, −875: never broken even.
    expect(a?.forecastBreakEven).toBeNull();
  });
});

describe('validation of actuals, with the JSON path', () => {
  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const errors = (edit: (m: Json) => void) => {
    const m = model() as unknown as Json;
    edit(m);
    return validateModel(m).map((e) => `${e.path}: ${e.message}`);
  };

  it('accepts the model', () => {
    expect(errors(() => {})).toEqual([]);
  });
  it('refuses a scenario that does not exist', () => {
    expect(errors((m) => (m.actuals.scenario = 'nope'))).toEqual(['actuals.scenario: unknown scenario "nope"']);
  });
  it('refuses a year outside [startYear, endYear] and, under computeThrough, allows up to extrapolateTo', () => {
    expect(errors((m) => (m.actuals.years['2023'] = { a: { total: 1 } }))).toEqual([
      'actuals.years.2023: an actual must lie in the computed years 2020 (horizon.startYear) to 2022 (horizon.endYear)',
    ]);
    expect(errors((m) => (m.actuals.years['2019'] = {}))).toHaveLength(1);
    expect(
      errors((m) => {
        m.assumptions = { extrapolation: 'computeThrough' };
        m.actuals.years['2024'] = { a: { total: 1 } };
      }),
    ).toEqual([]);
    expect(
      errors((m) => {
        m.assumptions = { extrapolation: 'computeThrough' };
        m.actuals.years['2025'] = { a: { total: 1 } };
      }),
    ).toEqual([
      'actuals.years.2025: an actual must lie in the computed years 2020 (horizon.startYear) to 2024 (horizon.extrapolateTo under computeThrough)',
    ]);
    expect(errors((m) => (m.actuals.years['20x1'] = {}))).toEqual(['actuals.years.20x1: "20x1" is not a year']);
  });
  it('refuses a key that is not a municipality', () => {
    expect(errors((m) => (m.actuals.years['2020'].c = { total: 1 }))).toEqual([
      'actuals.years.2020.c: "c" is not a municipality (actuals are a municipality\'s own annual accounts, its contributions to shared parties included)',
    ]);
    expect(errors((m) => (m.actuals.years['2020'].zz = { total: 1 }))).toEqual([
      'actuals.years.2020.zz: unknown party "zz"',
    ]);
  });
  it('refuses negative and non-decimal amounts and FTE, and unknown fields', () => {
    expect(errors((m) => (m.actuals.years['2020'].a.total = -1))).toEqual(['actuals.years.2020.a.total: must be ≥ 0']);
    expect(errors((m) => (m.actuals.years['2020'].a.fte = -0.5))).toEqual(['actuals.years.2020.a.fte: must be ≥ 0']);
    expect(errors((m) => (m.actuals.years['2020'].a.total = '1.000,00'))).toEqual([
      'actuals.years.2020.a.total: must be a number or a decimal string such as "1234.56" (found "1.000,00")',
    ]);
    expect(errors((m) => (m.actuals.years['2020'].a = { fte: 3 }))).toEqual([
      'actuals.years.2020.a.total: is required',
    ]);
    expect(errors((m) => (m.actuals.extra = 1))).toEqual(['actuals.extra: is not a known field']);
  });
  it('refuses actuals in a file of version 1 or 2', () => {
    expect(errors((m) => (m.version = 2))).toEqual(['actuals: needs "version": 3 or higher (the file says 2)']);
  });
});

describe('goals and indicators (docs/model-v3.md)', () => {
  const withGoals = (goals: unknown[]): ModelFile => ({ ...model(), goals }) as unknown as ModelFile;
  const goal = {
    id: 'g',
    aim: 'Lagere ICT-kosten per inwoner',
    party: 'a',
    indicator: 'costPerInhabitant',
    target: 10,
    targetYear: 2022,
  };

  it('derives cost per inhabitant from the actuals: realised, plan and baseline', () => {
    const m = model();
    // a has 100 inhabitants: 1150 / 100 = 11.50, plan 1100 / 100, baseline 1000 / 100; 990.01 / 100 = 9.9001 → 9.90.
    expect(realisedPerInhabitant(m, evaluateModel(m)).filter((r) => r.party === 'a')).toEqual([
      { party: 'a', year: 2020, actual: '11.50', plan: '11.00', baseline: '10.00', ftePer100k: '2500.0' },
      { party: 'a', year: 2021, actual: '9.90', plan: '9.25', baseline: '10.00', ftePer100k: null },
    ]);
  });

  it('gives each goal its values and a status', () => {
    const m = withGoals([
      goal,
      { ...goal, id: 'h', target: 9, targetYear: 2021 },
      { ...goal, id: 'i', target: 9, targetYear: 2030 },
      { ...goal, id: 'j', indicator: 'hiredShare', target: 0.2, direction: 'atLeast', realised: { '2020': 0.25 } },
      { ...goal, id: 'k', indicator: 'custom', label: 'Tevredenheid', target: 7, direction: 'atLeast' },
    ]);
    const progress = goalProgress(m, evaluateModel(m));
    expect(progress.map((p) => [p.goal.id, p.status, p.latest])).toEqual([
      ['g', 'met', { year: 2021, value: '9.90' }],
      ['h', 'missed', { year: 2021, value: '9.90' }],
      ['i', 'notYet', { year: 2021, value: '9.90' }],
      ['j', 'met', { year: 2020, value: '0.25' }],
      ['k', 'noData', null],
    ]);
    expect(progress[0]?.values.map((v) => v.source)).toEqual(['actuals', 'actuals']);
  });

  it('validates goals with their paths and needs version 3', () => {
    const errors = (goals: unknown[], version = 3) =>
      validateModel({ ...withGoals(goals), version }).map((e) => `${e.path}: ${e.message}`);
    expect(errors([goal])).toEqual([]);
    expect(errors([{ ...goal, party: 'c' }])).toEqual(['goals[0].party: "c" is not a municipality']);
    expect(errors([{ ...goal, indicator: 'custom' }])).toEqual([
      'goals[0].label: is required for the indicator "custom" (say what is measured)',
    ]);
    expect(errors([{ ...goal, indicator: 'hiredShare', target: 2 }])).toEqual([
      'goals[0].target: a hired share is a fraction: must be ≤ 1',
    ]);
    expect(errors([{ ...goal, realised: { '2020': -1 } }])).toEqual(['goals[0].realised.2020: must be ≥ 0']);
    expect(errors([goal, goal])).toEqual(['goals[1].id: "g" is already used by goals[0]']);
    const m = withGoals([goal]) as unknown as Record<string, unknown>;
    delete m.actuals;
    expect(validateModel({ ...m, version: 2 }).map((e) => e.path)).toEqual(['goals']);
  });
});
