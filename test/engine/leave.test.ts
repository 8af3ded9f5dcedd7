/**
 * Leaving a shared party (model-v3 §10.4): hand-computed figures on a small model for every
 * settlement method and both bookings, the standalone paths and re-entry, the cash view and
 * `exits`; every validation rule with its path (also through the CLI, exit 2); and properties:
 * the settlement leaves each scenario's total unchanged, and what it moves is exactly what the
 * leaver pays and the remaining members receive.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  evaluateModel,
  isModelError,
  toCliDocument,
  validateModel,
  type Evaluation,
  type LeaveChange,
  type ModelFile,
  type ScenarioResult,
} from '../../src/engine';
import { outcomesOf } from '../../src/engine/results';
import { generateModelV3 } from '../support/model-generator';

/*
 * The small model (test/fixtures/leave/leave-small.json), no indexation, 2020–2023 computed
 * through to L = 2025. A (50,000 inhabitants), B (30,000) and C (20,000) transfer their
 * applications (1,000,000 / 600,000 / 400,000) to X from 2021, which does them for 90 %
 * (1,800,000); A's 10 FTE technical management (100,000 each) goes to X as 8 FTE (800,000).
 * X splits applications by inhabitants (A 50 %) and personnel by fixed shares 1:1:2 (A 25 %).
 * Under S ("shared"): A pays 900,000 + 200,000 = 1,100,000 a year, B 540,000 + 200,000,
 * C 360,000 + 400,000. A leaves in 2023 (notice 1: decision year 2022); X sheds applications
 * by the default schedule 0.2, 0.4, 0.6 … and personnel by 0, 0.5, 1.
 *
 * Exit variant before settlement, from 2023 (X's cost, then split over B and C only):
 *   applications 1,800,000 × (1 − 0.5 × 0.2 | 0.4 | 0.6) = 1,620,000 | 1,440,000 | 1,260,000 (B:C 30:20)
 *   personnel      800,000 × (1 − 0.25 × 0 | 0.5 | 1)    =   800,000 |   700,000 |   600,000 (B:C 1:2)
 *   A (standalone baseline): its baseline applications 1,000,000 and 10 FTE 1,000,000 again.
 */
const base = JSON.parse(readFileSync('test/fixtures/leave/leave-small.json', 'utf8')) as ModelFile;
const cents = (m: string) => Math.round(Number(m) * 100);

function withLeave(edit: Partial<LeaveChange>): ModelFile {
  const m = structuredClone(base);
  const s = m.scenarios[2] as { changes: LeaveChange[] };
  s.changes[0] = { ...(s.changes[0] as LeaveChange), ...edit };
  return m;
}
const scenario = (e: Evaluation, id: string) => e.scenarios.find((s) => s.id === id) as ScenarioResult;
const byParty = (s: ScenarioResult, year: number) => s.years.find((y) => y.year === year)?.byParty ?? {};
const owner = (s: ScenarioResult, year: number) => s.years.find((y) => y.year === year)?.byOwner ?? {};

describe('leave: hand-computed settlements (model-v3 §10.4)', () => {
  it('tapered, decisionYear: Σ f_k × C(E − 1) booked in D; X receives it, split by its default key over B and C', () => {
    const e = evaluateModel(base);
    const exit = scenario(e, 'exit');
    // C(2022) = 900,000 + 200,000 = 1,100,000; factors 1, 0.8, 0.6, 0.4, 0.2; the last two after L still owed.
    expect(exit.exits).toEqual([
      {
        party: 'a',
        shared: 'x',
        from: 2023,
        decisionYear: 2022,
        method: 'tapered',
        terms: [
          { year: 2023, amount: '1100000.00' },
          { year: 2024, amount: '880000.00' },
          { year: 2025, amount: '660000.00' },
          { year: 2026, amount: '440000.00' },
          { year: 2027, amount: '220000.00' },
        ],
        total: '3300000.00',
      },
    ]);
    // 2022: A 1,100,000 + 3,300,000; B 740,000 − 60 % of 3,300,000; C 760,000 − 40 %.
    expect(byParty(exit, 2022)).toEqual({ a: '4400000.00', b: '-1240000.00', c: '-560000.00' });
    expect(owner(exit, 2022)).toEqual({ a: '3300000.00', b: '0.00', c: '0.00', x: '-700000.00' });
    // 2023: B 972,000 + 266,666.67 (8,000,000,0 cents 1:2, the odd cent to the larger remainder), C 648,000 + 533,333.33.
    expect(byParty(exit, 2023)).toEqual({ a: '2000000.00', b: '1238666.67', c: '1181333.33' });
    expect(byParty(exit, 2024)).toEqual({ a: '2000000.00', b: '1097333.33', c: '1042666.67' });
    expect(byParty(exit, 2025)).toEqual({ a: '2000000.00', b: '956000.00', c: '904000.00' });
    // The years before E are S's.
    expect(byParty(exit, 2021)).toEqual(byParty(scenario(e, 'shared'), 2021));
    // Every total is unchanged by the settlement: the owner view nets it out in exit.
    expect(exit.years.find((y) => y.year === 2022)?.byCategory.exit).toBe('0.00');
    expect(exit.years.find((y) => y.year === 2022)?.total).toBe('2600000.00');
  });

  it('tapered, asPaid: each term in its year, the terms after L in L; the cash view books as paid too', () => {
    const e = evaluateModel(withLeave({ booking: 'asPaid' }));
    const exit = scenario(e, 'exit');
    expect(byParty(exit, 2022)).toEqual({ a: '1100000.00', b: '740000.00', c: '760000.00' });
    // 2023: 1,100,000 received, B 60 %, C 40 %.
    expect(byParty(exit, 2023)).toEqual({ a: '3100000.00', b: '578666.67', c: '741333.33' });
    // 2025: 660,000 + 440,000 + 220,000 = 1,320,000.
    expect(byParty(exit, 2025)).toEqual({ a: '3320000.00', b: '164000.00', c: '376000.00' });
    const cashA = exit.parties.a?.cash?.years.map((y) => [y.year, y.total]);
    expect(cashA).toEqual([
      [2020, '2000000.00'],
      [2021, '1100000.00'],
      [2022, '1100000.00'],
      [2023, '3100000.00'],
      [2024, '2880000.00'],
      [2025, '3320000.00'],
    ]);
  });

  it('the cash view books a decisionYear settlement as paid', () => {
    const exit = scenario(evaluateModel(base), 'exit');
    expect(exit.parties.a?.cash?.years.find((y) => y.year === 2022)?.total).toBe('1100000.00');
    expect(exit.parties.a?.cash?.years.find((y) => y.year === 2023)?.total).toBe('3100000.00');
    expect(exit.parties.b?.cash?.years.find((y) => y.year === 2023)?.total).toBe('578666.67');
  });

  it('directDamage, decisionYear: max(0, C_c − R_c) per category and year, received per category by its own key', () => {
    const e = evaluateModel(withLeave({ settlement: { method: 'directDamage' } }));
    const exit = scenario(e, 'exit');
    // applications: 900,000 − 180,000 | 360,000 | 540,000 (and 2026, 2027 at L = 2025's values);
    // personnel: 200,000 − 0 | 100,000 | 200,000.
    expect(exit.exits?.[0]?.terms).toEqual([
      { year: 2023, amount: '920000.00' },
      { year: 2024, amount: '640000.00' },
      { year: 2025, amount: '360000.00' },
      { year: 2026, amount: '360000.00' },
      { year: 2027, amount: '360000.00' },
    ]);
    expect(exit.exits?.[0]?.total).toBe('2640000.00');
    // 2022: applications 2,340,000 by inhabitants (B 1,404,000, C 936,000); personnel 300,000 by 1:2 (100,000, 200,000).
    expect(byParty(exit, 2022)).toEqual({ a: '3740000.00', b: '-764000.00', c: '-376000.00' });
  });

  it('directDamage, asPaid: the remaining members pay in the exit year exactly what they paid under S', () => {
    const e = evaluateModel(withLeave({ settlement: { method: 'directDamage', years: 3 }, booking: 'asPaid' }));
    const exit = scenario(e, 'exit');
    expect(exit.exits?.[0]?.terms.map((t) => t.amount)).toEqual(['920000.00', '640000.00', '360000.00']);
    // 2023: B 1,238,666.67 − 432,000 − 66,666.67; C 1,181,333.33 − 288,000 − 133,333.33.
    expect(byParty(exit, 2023)).toEqual({ a: '2920000.00', b: '740000.00', c: '760000.00' });
    expect(byParty(exit, 2024)).toEqual({ a: '2640000.00', b: '740000.00', c: '760000.00' });
    expect(byParty(exit, 2025)).toEqual({ a: '2360000.00', b: '740000.00', c: '760000.00' });
  });

  it('fixed: the amount in E (asPaid) or in D (decisionYear), received by the default key', () => {
    const paid = scenario(
      evaluateModel(withLeave({ settlement: { method: 'fixed', amount: 2500000 }, booking: 'asPaid' })),
      'exit',
    );
    expect(paid.exits?.[0]?.terms).toEqual([{ year: 2023, amount: '2500000.00' }]);
    expect(byParty(paid, 2023)).toEqual({ a: '4500000.00', b: '-261333.33', c: '181333.33' });
    const decided = scenario(evaluateModel(withLeave({ settlement: { method: 'fixed', amount: '2500000' } })), 'exit');
    expect(byParty(decided, 2022)).toEqual({ a: '3600000.00', b: '-760000.00', c: '-240000.00' });
  });

  it('none: no terms; noticeYears moves the decision year', () => {
    const exit = scenario(evaluateModel(withLeave({ settlement: { method: 'none' }, noticeYears: 2 })), 'exit');
    expect(exit.exits).toEqual([
      { party: 'a', shared: 'x', from: 2023, decisionYear: 2021, method: 'none', terms: [], total: '0.00' },
    ]);
    expect(byParty(exit, 2022)).toEqual({ a: '1100000.00', b: '740000.00', c: '760000.00' });
  });

  it('standalone none with re-entry: S goes on for A (nothing left from 2021) plus its re-entry lines and staff', () => {
    const m = withLeave({
      settlement: { method: 'none' },
      standalone: 'none',
      reentry: [
        { type: 'oneOff', id: 'a-migration', party: 'a', category: 'transition', year: 2023, amount: 250000 },
        { type: 'opex', id: 'a-apps-again', party: 'a', category: 'applications', amount: 700000, from: 2024 },
        { party: 'a', group: 'technicalMgmt', fte: { '2023': 5, '2025': 6 } },
      ],
    });
    const exit = scenario(evaluateModel(m), 'exit');
    expect([2021, 2022, 2023, 2024, 2025].map((y) => byParty(exit, y).a)).toEqual([
      '1100000.00',
      '1100000.00',
      '750000.00',
      '1200000.00',
      '1300000.00',
    ]);
    expect(exit.parties.a?.years.find((y) => y.year === 2023)?.oneOff).toBe('250000.00');
    expect(exit.staff.find((y) => y.year === 2023)?.byPartyGroup.a?.technicalMgmt).toBe('5');
    expect(exit.staff.find((y) => y.year === 2022)?.byPartyGroup.a?.technicalMgmt).toBe('0');
  });

  it('standalone baseline: re-entry staff replaces the baseline FTE from its first year; S keeps the years before E', () => {
    const m = withLeave({
      settlement: { method: 'none' },
      reentry: [{ party: 'a', group: 'technicalMgmt', fte: { '2024': 4 } }],
    });
    const exit = scenario(evaluateModel(m), 'exit');
    expect(
      [2022, 2023, 2024, 2025].map((y) => exit.staff.find((s) => s.year === y)?.byPartyGroup.a?.technicalMgmt),
    ).toEqual(['0', '10', '4', '4']);
    expect([2023, 2024].map((y) => byParty(exit, y).a)).toEqual(['2000000.00', '1400000.00']);
    // X's own staff is shed: 8 FTE × 100,000 × 1, 0.875, 0.75.
    expect([2023, 2024, 2025].map((y) => exit.years.find((v) => v.year === y)?.byOwnerCategory.x?.personnel)).toEqual([
      '800000.00',
      '700000.00',
      '600000.00',
    ]);
  });

  it('investments of the leaver made before E keep their charges; those dated from E drop; the baseline investments from E come back', () => {
    const m = structuredClone(base);
    m.parties[0] = { ...m.parties[0]!, interestRate: 0, depreciationYears: { workplace: 4 } };
    (m.scenarios[0]!.lines as unknown[]).push(
      { type: 'investment', id: 'a-pc-2021', party: 'a', category: 'workplace', year: 2021, amount: 400000 },
      { type: 'investment', id: 'a-pc-2023', party: 'a', category: 'workplace', year: 2023, amount: 800000 },
    );
    // S does not make the 2023 investment; the baseline path makes it again.
    m.scenarios[1]!.changes!.push({ op: 'endLine', id: 'a-pc-2023', from: 2023 });
    (m.scenarios[2]!.changes![0] as LeaveChange).settlement = { method: 'none' };
    const e = evaluateModel(m);
    const wp = (id: string, y: number) =>
      e.scenarios.find((s) => s.id === id)?.years.find((v) => v.year === y)?.byOwnerCategory.a?.workplace;
    // 2021 investment: 100,000 a year 2022–2025 in every scenario; 2023 investment: 200,000 a year from 2024.
    expect([wp('shared', 2024), wp('exit', 2022), wp('exit', 2024), wp('exit', 2025)]).toEqual([
      '100000.00',
      '100000.00',
      '300000.00',
      '300000.00',
    ]);
  });
});

describe('leave: the outcome totals behind sensitivity', () => {
  it('are the exit variant totals (the settlement moves money, not totals)', () => {
    for (const settlement of [{ method: 'tapered' }, { method: 'directDamage' }] as LeaveChange['settlement'][]) {
      const m = withLeave({ settlement, booking: 'asPaid' });
      const exit = scenario(evaluateModel(m), 'exit');
      const totals = outcomesOf(m).scenarios.find((s) => s.id === 'exit')?.totals;
      expect(totals).toEqual(exit.years.map((y) => cents(y.total)));
      expect(totals).not.toEqual(outcomesOf(m).scenarios.find((s) => s.id === 'shared')?.totals);
    }
  });
});

describe('leave: validation with paths (model-v3 §10.4)', () => {
  const errors = (m: unknown) => validateModel(m).map((e) => `${e.path}: ${e.message}`);
  const paths = (m: unknown) => validateModel(m).map((e) => e.path);
  const at = 'scenarios[2].changes[0]';

  it('the small model is valid', () => expect(errors(base)).toEqual([]));

  const cases: [string, (m: ModelFile) => void, string][] = [
    ['a leaver that is not a municipality', (m) => Object.assign(leave(m), { party: 'x' }), `${at}.party`],
    [
      'a leaver that is no member of a key',
      (m) => (m.parties[3]!.allocation = { default: { basis: 'inhabitants', members: ['b', 'c'] } }),
      `${at}.party`,
    ],
    ['a shared party that is not shared', (m) => Object.assign(leave(m), { shared: 'b' }), `${at}.shared`],
    ['from = startYear', (m) => Object.assign(leave(m), { from: 2020 }), `${at}.from`],
    ['from after L', (m) => Object.assign(leave(m), { from: 2026 }), `${at}.from`],
    ['a decision year before startYear', (m) => Object.assign(leave(m), { noticeYears: 4 }), `${at}.noticeYears`],
    [
      'a negative factor',
      (m) => Object.assign(leave(m), { settlement: { method: 'tapered', factors: [1, -0.5] } }),
      `${at}.settlement.factors[1]`,
    ],
    [
      'years 0',
      (m) => Object.assign(leave(m), { settlement: { method: 'directDamage', years: 0 } }),
      `${at}.settlement.years`,
    ],
    [
      'years 31',
      (m) => Object.assign(leave(m), { settlement: { method: 'directDamage', years: 31 } }),
      `${at}.settlement.years`,
    ],
    [
      'years not whole',
      (m) => Object.assign(leave(m), { settlement: { method: 'directDamage', years: 2.5 } }),
      `${at}.settlement.years`,
    ],
    [
      'an unknown method',
      (m) => Object.assign(leave(m), { settlement: { method: 'goodwill' } }),
      `${at}.settlement.method`,
    ],
    [
      'a shed fraction above 1',
      (m) => Object.assign(leave(m), { shed: { default: [0.5, 1.5] } }),
      `${at}.shed.default[1]`,
    ],
    [
      'an unknown shed category',
      (m) => Object.assign(leave(m), { shed: { byCategory: { printers: [1] } } }),
      `${at}.shed.byCategory.printers`,
    ],
    ['an empty shed list', (m) => Object.assign(leave(m), { shed: { default: [] } }), `${at}.shed.default`],
    [
      'a re-entry line of another party',
      (m) =>
        Object.assign(leave(m), {
          reentry: [{ type: 'oneOff', id: 'r', party: 'b', category: 'transition', year: 2023, amount: 1 }],
        }),
      `${at}.reentry[0].party`,
    ],
    [
      'a re-entry staff entry of another party',
      (m) => Object.assign(leave(m), { reentry: [{ party: 'c', group: 'technicalMgmt', fte: 1 }] }),
      `${at}.reentry[0].party`,
    ],
    [
      'a re-entry line before from',
      (m) =>
        Object.assign(leave(m), {
          reentry: [{ type: 'oneOff', id: 'r', party: 'a', category: 'transition', year: 2022, amount: 1 }],
        }),
      `${at}.reentry[0].year`,
    ],
    [
      'a re-entry opex line without from',
      (m) =>
        Object.assign(leave(m), {
          reentry: [{ type: 'opex', id: 'r', party: 'a', category: 'applications', amount: 1 }],
        }),
      `${at}.reentry[0].from`,
    ],
    [
      'a re-entry line in an unknown category',
      (m) =>
        Object.assign(leave(m), {
          reentry: [{ type: 'opex', id: 'r', party: 'a', category: 'printers', amount: 1, from: 2023 }],
        }),
      `${at}.reentry[0].category`,
    ],
    ['an unknown booking', (m) => Object.assign(leave(m), { booking: 'later' }), `${at}.booking`],
    ['an unknown standalone path', (m) => Object.assign(leave(m), { standalone: 'partial' }), `${at}.standalone`],
    [
      'a leave before another change',
      (m) => m.scenarios[2]!.changes!.push({ op: 'scale', select: { party: 'b' }, factor: 0.9 }),
      at,
    ],
    [
      'two leaves of one shared party',
      (m) => m.scenarios[2]!.changes!.push({ ...leave(m), party: 'b' }),
      'scenarios[2].changes[1].shared',
    ],
    ['a leave in the baseline', (m) => (m.scenarios[0]!.changes = [{ ...leave(m) }]), 'scenarios[0].changes[0]'],
    [
      'a scenario based on a scenario with a leave',
      (m) => m.scenarios.push({ id: 'after', name: 'Daarna', basedOn: 'exit', changes: [] }),
      'scenarios[3].basedOn',
    ],
    ['indexLast', (m) => (m.assumptions!.extrapolation = 'indexLast'), at],
    [
      'a category list without exit',
      (m) =>
        (m.categories = [
          { id: 'applications', label: 'Apps', group: 'software' },
          { id: 'personnel', label: 'P', group: 'personnel' },
          { id: 'transition', label: 'T', group: 'oneOff' },
          { id: 'cioOffice', label: 'C', group: 'personnel' },
        ]),
      `${at}.settlement`,
    ],
  ];
  function leave(m: ModelFile): LeaveChange {
    return m.scenarios[2]!.changes![0] as LeaveChange;
  }
  for (const [what, edit, path] of cases) {
    it(`refuses ${what} at ${path}`, () => {
      const m = structuredClone(base);
      edit(m);
      expect(paths(m)).toContain(path);
    });
  }

  it('accepts every method, booking, standalone path and shed with byCategory', () => {
    for (const settlement of [
      { method: 'tapered', factors: [0.5] },
      { method: 'directDamage', years: 30 },
      { method: 'fixed', amount: '0' },
      { method: 'none' },
    ] as LeaveChange['settlement'][]) {
      for (const booking of ['decisionYear', 'asPaid'] as const)
        expect(
          errors(
            withLeave({
              settlement,
              booking,
              standalone: 'none',
              shed: { default: [1], byCategory: { personnel: [0] } },
            }),
          ),
        ).toEqual([]);
    }
    expect(errors(withLeave({ from: 2025, noticeYears: 0 }))).toEqual([]);
  });

  it('is a version-3 change: refused in version 2 with its path', () => {
    const m = structuredClone(base);
    m.version = 2;
    m.assumptions = { ...m.assumptions, extrapolation: 'none' };
    expect(errors(m)).toContain(`${at}: needs "version": 3 or higher (the file says 2)`);
  });

  it('an exit that leaves a key without a weighted member is refused when evaluated, naming party, category and year', () => {
    const m = structuredClone(base);
    m.parties[3]!.allocation!.byCategory!.personnel = { basis: 'fixed', shares: { a: 1, b: 0, c: 0 } };
    expect(validateModel(m)).toEqual([]);
    let caught: unknown;
    try {
      evaluateModel(m);
    } catch (e) {
      caught = e;
    }
    expect(isModelError(caught)).toBe(true);
    const message = (caught as Error).message;
    expect(message).toContain(at);
    expect(message).toContain('"x"');
    expect(message).toContain('"personnel"');
    expect(message).toContain('2023');
  });

  it('the CLI refuses a bad leave with exit 2 and the path, and prints exits for a good one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leave-'));
    const bad = structuredClone(base);
    Object.assign(bad.scenarios[2]!.changes![0]!, { party: 'x' });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/calc.ts', join(dir, 'bad.json')], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${at}.party: "x" is not a municipality`);
    writeFileSync(join(dir, 'good.json'), JSON.stringify(base));
    const out = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/calc.ts', join(dir, 'good.json')], {
        encoding: 'utf8',
      }),
    ) as ReturnType<typeof toCliDocument>;
    expect(out.scenarios.map((s) => s.exits?.length)).toEqual([0, 0, 1]);
    expect(out.scenarios[2]?.exits?.[0]?.total).toBe('3300000.00');
  }, 60_000);
});

/** A leave on a generated model: a random non-baseline leaf scenario, shared party and member, year and settlement. */
function generatedExit(
  seed: number,
  pick: { method: number; booking: number; standalone: number; year: number },
): ModelFile | null {
  const m = structuredClone(generateModelV3(seed));
  m.assumptions = { ...m.assumptions, extrapolation: pick.year % 2 === 0 ? 'computeThrough' : 'none' };
  delete m.uncertainty;
  delete m.workshop;
  const shared = m.parties.find((p) => p.kind === 'shared');
  const parent = m.scenarios.find((s) => s.basedOn !== null);
  const leaver = m.parties.find((p) => p.kind === 'municipality');
  if (!shared || !parent || !leaver) return null;
  const L = pick.year % 2 === 0 ? (m.horizon.extrapolateTo ?? m.horizon.endYear) : m.horizon.endYear;
  if (L <= m.horizon.startYear) return null;
  const from = m.horizon.startYear + 1 + (pick.year % (L - m.horizon.startYear));
  const settlements: LeaveChange['settlement'][] = [
    { method: 'tapered' },
    { method: 'directDamage', years: 1 + (pick.year % 7) },
    { method: 'fixed', amount: '123456.78' },
    { method: 'none' },
  ];
  const change: LeaveChange = {
    op: 'leave',
    party: leaver.id,
    shared: shared.id,
    from,
    noticeYears: from - m.horizon.startYear > 1 ? 1 : 0,
    settlement: settlements[pick.method % 4]!,
    booking: pick.booking % 2 === 0 ? 'decisionYear' : 'asPaid',
    standalone: pick.standalone % 2 === 0 ? 'baseline' : 'none',
    shed: { default: [0.5, 1], byCategory: { personnel: [0, 0.25] } },
  };
  m.scenarios.push({ id: 'exit', name: 'Exit', basedOn: parent.id, changes: [change] });
  m.scenarios.push({
    id: 'exit-none',
    name: 'Exit, no settlement',
    basedOn: parent.id,
    changes: [{ ...change, settlement: { method: 'none' } }],
  });
  return validateModel(m).length === 0 ? m : null;
}

describe('leave: properties on generated models', () => {
  it('the settlement leaves every total unchanged; the leaver bears the terms, the remaining members receive them', () => {
    const picks = fc.record({ method: fc.nat(), booking: fc.nat(), standalone: fc.nat(), year: fc.nat() });
    let checked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), picks, (seed, pick) => {
        const m = generatedExit(seed, pick);
        if (m === null) return;
        let e: Evaluation;
        try {
          e = evaluateModel(m);
        } catch (err) {
          if (isModelError(err)) return; // a key left without a weighted member
          throw err;
        }
        checked += 1;
        const withTerms = scenario(e, 'exit');
        const without = scenario(e, 'exit-none');
        const leave = m.scenarios.at(-2)!.changes![0] as LeaveChange;
        const exitRecord = withTerms.exits?.[0];
        expect(exitRecord).toBeDefined();
        const L = e.years.at(-1) as number;
        const booked = new Map<number, number>();
        for (const t of exitRecord!.terms) {
          const year = leave.booking === 'asPaid' ? Math.min(t.year, L) : exitRecord!.decisionYear;
          booked.set(year, (booked.get(year) ?? 0) + cents(t.amount));
        }
        expect(exitRecord!.terms.reduce((a, t) => a + cents(t.amount), 0)).toBe(cents(exitRecord!.total));
        // Before E the exit variant is S (the parent: everyone staying).
        const parent = scenario(e, m.scenarios.at(-2)!.basedOn!);
        without.years.forEach((y, i) => {
          if (y.year < leave.from) expect(y.byParty).toEqual(parent.years[i]!.byParty);
        });
        withTerms.years.forEach((y, i) => {
          const w = without.years[i]!;
          expect(y.total).toBe(w.total);
          const moved = booked.get(y.year) ?? 0;
          expect(cents(y.byParty[leave.party]!) - cents(w.byParty[leave.party]!)).toBe(moved);
          const others = Object.keys(y.byParty).filter((p) => p !== leave.party);
          const received = others.reduce((a, p) => a + cents(y.byParty[p]!) - cents(w.byParty[p]!), 0);
          expect(received).toBe(0 - moved || 0);
          expect(cents(y.byOwner[leave.shared]!) - cents(w.byOwner[leave.shared]!)).toBe(0 - moved || 0);
          expect(cents(y.oneOff) - cents(w.oneOff)).toBe(0);
        });
      }),
      { numRuns: 60 },
    );
    expect(checked).toBeGreaterThan(10);
  });
});
