/**
 * Deterministic generator of valid, varied model files for property, differential, trace and
 * benchmark tests. The same seed always gives the same model. Every line type and every change
 * op of spec §5 appears across seeds, as do existing assets from before the horizon, overrides,
 * decimal-string amounts, disabled changes, per-party terms and all allocation bases.
 */
import {
  type AllocationBasis,
  type AllocationKey,
  type Change,
  type Line,
  type ModelFile,
  type Party,
  type Scenario,
  type StaffEntry,
} from '../../src/engine';
import { mulberry32, type Rng } from '../../src/engine/sampling';

export type GeneratorOptions = {
  municipalities?: number;
  sharedParties?: number;
  years?: number;
  scenarios?: number;
  linesPerMunicipality?: number;
  /**
   * Every municipality renews every asset category every year: one `recurringInvestment` per
   * municipality and asset category over the whole horizon, after its other lines (the
   * vintage-heavy shape of issue 19). Off by default, so other models stay as they were.
   */
  renewsEveryCategory?: boolean;
};

const OPEX_CATEGORIES = ['workplace', 'applications', 'datacom', 'telecom', 'facilities', 'other', 'appServers'];
const ASSET_CATEGORIES = [
  'workplace',
  'workplaceServers',
  'peripherals',
  'applications',
  'appServers',
  'datacom',
  'telecom',
  'facilities',
];
const ONE_OFF_CATEGORIES = ['programme', 'transition', 'friction'];
const GROUPS = ['management', 'businessOffice', 'infoAdvice', 'functionalMgmt', 'technicalMgmt', 'cio'];
const BASES: AllocationBasis[] = ['inhabitants', 'workstations', 'employees', 'fixed', 'usage'];

type Gen = {
  rng: Rng;
  int: (lo: number, hi: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  chance: (p: number) => boolean;
  /** A money amount, sometimes as a decimal string with cents. */
  money: (lo: number, hi: number) => number | string;
};

function gen(seed: number): Gen {
  const rng = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  return {
    rng,
    int,
    pick: <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)] as T,
    chance: (p: number) => rng() < p,
    money: (lo, hi) => {
      const euros = int(lo, hi);
      return rng() < 0.3 ? `${euros}.${String(int(0, 99)).padStart(2, '0')}` : euros;
    },
  };
}

function key(g: Gen, municipalities: string[]): AllocationKey {
  const basis = g.pick(BASES);
  const members =
    g.chance(0.25) && municipalities.length > 2 ? municipalities.slice(0, municipalities.length - 1) : undefined;
  const weighted = members ?? municipalities;
  const shares =
    basis === 'fixed' || basis === 'usage'
      ? Object.fromEntries(weighted.map((m, i) => [m, i === 0 ? g.int(1, 9) : g.int(0, 9)]))
      : undefined;
  return { basis, ...(shares ? { shares } : {}), ...(members ? { members } : {}) };
}

function parties(g: Gen, nMun: number, nShared: number, start: number): Party[] {
  const out: Party[] = [];
  for (let i = 0; i < nMun; i += 1) {
    const inhabitants = g.int(20, 200) * 1000;
    out.push({
      id: `m${i + 1}`,
      name: `Gemeente ${i + 1}`,
      kind: 'municipality',
      inhabitants: g.chance(0.3) ? { [start]: inhabitants, [start + 2]: inhabitants + g.int(0, 5000) } : inhabitants,
      workstations: g.int(200, 1500),
      employees: g.int(200, 1800),
      interestRate: g.pick([0, 0.02, 0.035, 0.045, '0.04']),
      depreciationYears: { workplace: g.int(3, 5), applications: g.int(4, 7), datacom: g.int(5, 10) },
      costPerFte: {
        own: g.int(55, 85) * 1000,
        hired: g.int(90, 130) * 1000,
        ...(g.chance(0.4) ? { byGroup: { management: { own: g.int(85, 110) * 1000 } } } : {}),
      },
    });
  }
  const municipalities = out.map((p) => p.id);
  for (let i = 0; i < nShared; i += 1) {
    out.push({
      id: i === 0 ? 'ictc' : `shared${i + 1}`,
      name: i === 0 ? 'ICT-centrum' : `Gedeeld ${i + 1}`,
      kind: 'shared',
      interestRate: 0.05,
      depreciationYears: { workplace: 4, appServers: 5 },
      costPerFte: { own: g.int(65, 85) * 1000, hired: g.int(95, 125) * 1000 },
      ...(g.chance(0.85)
        ? {
            allocation: {
              default: key(g, municipalities),
              ...(g.chance(0.4) ? { byCategory: { personnel: key(g, municipalities) } } : {}),
            },
          }
        : {}),
    });
  }
  return out;
}

function baselineLines(g: Gen, party: string, n: number, start: number, end: number): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < n; i += 1) {
    const id = `${party}-l${i + 1}`;
    const kind =
      i < 2
        ? 'opex'
        : g.pick(['opex', 'opex', 'investment', 'investment', 'recurringInvestment', 'application', 'oneOff'] as const);
    if (kind === 'opex') {
      const from = g.chance(0.2) ? start + g.int(0, end - start) : undefined;
      lines.push({
        type: 'opex',
        id,
        party,
        category: g.pick(OPEX_CATEGORIES),
        amount: g.money(10_000, 900_000),
        ...(from !== undefined ? { from } : {}),
        ...(g.chance(0.15) ? { to: end - g.int(0, Math.max(0, end - (from ?? start))) } : {}),
        ...(g.chance(0.15) ? { indexed: false } : {}),
        ...(g.chance(0.15) ? { overrides: { [start + g.int(0, end - start)]: g.money(5_000, 500_000) } } : {}),
      });
    } else if (kind === 'investment') {
      lines.push({
        type: 'investment',
        id,
        party,
        category: g.pick(ASSET_CATEGORIES),
        year: start + g.int(-6, end - start),
        amount: g.money(20_000, 2_000_000),
        ...(g.chance(0.3) ? { years: g.int(1, 8) } : {}),
        ...(g.chance(0.25) ? { method: g.pick(['linear', 'annuity'] as const) } : {}),
      });
    } else if (kind === 'recurringInvestment') {
      const from = start + g.int(-2, 1);
      lines.push({
        type: 'recurringInvestment',
        id,
        party,
        category: g.pick(ASSET_CATEGORIES),
        from,
        to: end - g.int(0, 1),
        ...(g.chance(0.5)
          ? { perInhabitant: g.pick([4.56, '2.25', 1]) }
          : { amount: g.money(10_000, 300_000), ...(g.chance(0.5) ? { indexed: true } : {}) }),
      });
    } else if (kind === 'application') {
      lines.push({
        type: 'application',
        id,
        party,
        year: start + g.int(-3, end - start),
        purchase: g.money(10_000, 800_000),
        project: g.pick(['replacement', 'renewal'] as const),
        ...(g.chance(0.3) ? { years: g.int(3, 8) } : {}),
      });
    } else {
      lines.push({
        type: 'oneOff',
        id,
        party,
        category: g.pick(ONE_OFF_CATEGORIES),
        year: start + g.int(0, end - start),
        amount: g.money(5_000, 400_000),
      });
    }
  }
  return lines;
}

/** One recurring investment per municipality and asset category, every year of the horizon. */
function renewals(g: Gen, municipalities: readonly string[], start: number, end: number): Line[] {
  return municipalities.flatMap((party) =>
    ASSET_CATEGORIES.map((category): Line => ({
      type: 'recurringInvestment',
      id: `${party}-renew-${category}`,
      party,
      category,
      from: start,
      to: end,
      ...(g.chance(0.5)
        ? { perInhabitant: g.pick([4.56, '2.25', 1, '0.75']) }
        : { amount: g.money(10_000, 300_000), ...(g.chance(0.5) ? { indexed: true } : {}) }),
    })),
  );
}

function baselineStaff(g: Gen, party: string, start: number, end: number): StaffEntry[] {
  const groups = GROUPS.filter((x) => x !== 'cio' && g.chance(0.7));
  return (groups.length > 0 ? groups : ['technicalMgmt']).map((group) => ({
    party,
    group,
    fte: g.chance(0.3)
      ? { [start]: g.int(1, 30), [start + g.int(1, Math.max(1, end - start))]: `${g.int(1, 30)}.5` }
      : g.int(1, 30),
    ...(g.chance(0.5) ? { hiredShare: g.pick([0.1, 0.25, '0.3', { [start]: 0.2, [end]: 0.05 }]) } : {}),
  }));
}

/** `lines`: what an `endLine` may name in the scenario being generated (baseline lines and its own additions). */
type Context = {
  g: Gen;
  municipalities: string[];
  shared: string[];
  start: number;
  end: number;
  lines: Line[];
  staffKeys: Set<string>;
};

function change(c: Context, scenarioId: string, i: number): Change {
  const { g, municipalities, shared, start, end } = c;
  const from = start + g.int(0, end - start);
  const party = g.pick(municipalities);
  const options = [
    'scale',
    'scale',
    'setStaff',
    'addLine',
    'endLine',
    'setParam',
    'addStaff',
    ...(shared.length > 0 ? ['transfer', 'transfer'] : []),
  ];
  const op = g.pick(options);
  if (op === 'scale') {
    const select = g.pick([
      { party },
      { category: g.pick(OPEX_CATEGORIES) },
      { party, category: [g.pick(OPEX_CATEGORIES), g.pick(ASSET_CATEGORIES)] },
      { group: g.pick(GROUPS) },
      {},
    ]);
    return g.chance(0.5)
      ? {
          op: 'scale',
          select,
          reduction: g.pick([0.15, 0.35, '0.1', 0.5]),
          phaseIn: { [from]: 0.25, [Math.min(end, from + 1)]: 0.5, [Math.min(end, from + 2)]: 1 },
        }
      : {
          op: 'scale',
          select,
          from,
          factor: g.chance(0.5) ? g.pick([0.9, '0.85', 1.1]) : { [from]: 0.95, [end]: 0.8 },
        };
  }
  if (op === 'setStaff') {
    const target = g.chance(0.3) && shared.length > 0 ? g.pick(shared) : party;
    const group = g.pick(GROUPS);
    c.staffKeys.add(`${target}/${group}`);
    return {
      op: 'setStaff',
      party: target,
      group,
      fte: { [from]: g.int(0, 20) },
      ...(g.chance(0.3) ? { hiredShare: 0.2 } : {}),
    };
  }
  if (op === 'addLine') {
    const owner = shared.length > 0 && g.chance(0.5) ? g.pick(shared) : party;
    const line = baselineLines(g, owner, 1, start, end)[0] as Line;
    const added = { ...line, id: `${scenarioId}-add${i}` } as Line;
    c.lines.push(added);
    return { op: 'addLine', line: added };
  }
  if (op === 'endLine') {
    const line = g.pick(c.lines);
    const canRetire = line.type === 'investment' || line.type === 'application';
    return { op: 'endLine', id: line.id, from, ...(canRetire && g.chance(0.6) ? { retire: true } : {}) };
  }
  if (op === 'setParam') {
    return g.pick<Change>([
      { op: 'setParam', path: 'assumptions.projectCostRate.replacement', value: 0.8 },
      { op: 'setParam', path: 'assumptions.projectCostRate.renewal', value: '1.0' },
      { op: 'setParam', path: `parties.${party}.interestRate`, value: 0.03 },
      { op: 'setParam', path: `parties.${party}.depreciationYears.workplace`, value: g.int(3, 6) },
      ...(shared.length > 0
        ? [{ op: 'setParam' as const, path: `parties.${shared[0]}.allocation.default`, value: key(g, municipalities) }]
        : []),
    ]);
  }
  if (op === 'addStaff') {
    const owner = shared.length > 0 ? g.pick([...shared, party]) : party;
    const group = GROUPS.find((x) => !c.staffKeys.has(`${owner}/${x}`));
    if (group === undefined) return { op: 'scale', select: { party: owner }, factor: 0.97 };
    c.staffKeys.add(`${owner}/${group}`);
    return { op: 'addStaff', staff: { party: owner, group, fte: { [from]: g.int(1, 10) } } };
  }
  return {
    op: 'transfer',
    select: g.pick([{ party }, { party, category: g.pick(OPEX_CATEGORIES) }]),
    to: g.pick(shared),
    from,
  };
}

/** A valid model file; defaults vary with the seed (2–4 municipalities, 0–1 shared party, 3–8 years, 2–4 scenarios). */
export function generateModel(seed: number, options: GeneratorOptions = {}): ModelFile {
  const g = gen(seed);
  const nMun = options.municipalities ?? g.int(2, 4);
  const nShared = options.sharedParties ?? g.int(0, 1);
  const nYears = options.years ?? g.int(3, 8);
  const nScenarios = options.scenarios ?? g.int(2, 4);
  const perMunicipality = options.linesPerMunicipality ?? g.int(4, 10);
  const start = 2013 + g.int(0, 10);
  const end = start + nYears - 1;
  const all = parties(g, nMun, nShared, start);
  const municipalities = all.filter((p) => p.kind === 'municipality').map((p) => p.id);
  const shared = all.filter((p) => p.kind === 'shared').map((p) => p.id);
  const lines = [...municipalities, ...shared.filter(() => g.chance(0.5))].flatMap((p) =>
    baselineLines(g, p, perMunicipality, start, end),
  );
  if (options.renewsEveryCategory === true) lines.push(...renewals(g, municipalities, start, end));
  const staff = municipalities.flatMap((p) => baselineStaff(g, p, start, end));
  const c: Context = {
    g,
    municipalities,
    shared,
    start,
    end,
    lines: [],
    staffKeys: new Set(staff.map((s) => `${s.party}/${s.group}`)),
  };
  const scenarios: Scenario[] = [{ id: 'baseline', name: 'Baseline', basedOn: null, lines, staff }];
  for (let s = 1; s < nScenarios; s += 1) {
    const id = `s${s + 1}`;
    c.lines = [...lines];
    const changes = Array.from({ length: g.int(2, 7) }, (_, i) => change(c, id, i));
    // Switch one lever off; never one that a later change of the scenario may build on.
    const off = changes.findIndex((ch) => ch.op === 'scale' || ch.op === 'setParam' || ch.op === 'transfer');
    if (off >= 0 && g.chance(0.3)) changes[off] = { ...(changes[off] as Change), enabled: false };
    scenarios.push({
      id,
      name: `Scenario ${s + 1}`,
      basedOn: g.chance(0.6) || s === 1 ? 'baseline' : `s${s}`,
      changes,
    });
  }
  return {
    format: 'ict-business-case',
    version: 1,
    meta: { title: `Generated model ${seed}` },
    horizon: { startYear: start, endYear: end, ...(g.chance(0.8) ? { extrapolateTo: end + g.int(0, 8) } : {}) },
    assumptions: {
      priceBaseYear: start,
      indexation: {
        default: g.pick([0.02, 0, '0.025']),
        personnel: g.pick([0.02, 0.03]),
        ...(g.chance(0.3) ? { byCategory: { applications: 0.03 } } : {}),
      },
      discountRate: g.pick([0.03, 0, '0.04']),
      ...(g.chance(0.3) ? { depreciationStart: 'sameYear' as const } : {}),
      ...(g.chance(0.2) ? { depreciationMethod: 'annuity' as const } : {}),
      ...(g.chance(0.2) ? { extrapolation: 'none' as const } : {}),
    },
    parties: all,
    scenarios,
  };
}

const NEW_STARTS = ['sameYearNoInterest', 'halfYear'] as const;
const STARTS = ['nextYear', 'sameYear', ...NEW_STARTS] as const;
const EXTRAPOLATIONS = ['indexLast', 'none', 'indexLastByCategory', 'computeThrough', 'computeThrough'] as const;

/**
 * A valid version-3 model (model-v3 §10.1–§10.3): the version-1 model of the same seed with a
 * varied extrapolation (computeThrough twice as often), depreciation starts in the assumptions
 * and per party (the new ones only without annuity, which they exclude), a real discount rate
 * instead of the nominal one, `toIsFinal` on replacement cycles, and, under computeThrough,
 * one-off lines and changes dated after endYear.
 */
export function generateModelV3(seed: number, options: GeneratorOptions = {}): ModelFile {
  const model = structuredClone(generateModel(seed, options));
  const g = gen(seed + 100_000);
  const { startYear, endYear } = model.horizon;
  const extrapolateTo = model.horizon.extrapolateTo ?? endYear + g.int(0, 6);
  model.version = 3;
  model.horizon = { ...model.horizon, extrapolateTo };
  const a = { ...model.assumptions } as Record<string, unknown>;
  a.extrapolation = g.pick(EXTRAPOLATIONS);
  const usesNewStart = g.chance(0.6);
  if (usesNewStart) {
    delete a.depreciationMethod;
    for (const s of model.scenarios) for (const l of s.lines ?? []) if (l.type === 'investment') delete l.method;
    for (const s of model.scenarios)
      for (const ch of s.changes ?? []) if (ch.op === 'addLine' && ch.line.type === 'investment') delete ch.line.method;
  }
  a.depreciationStart = g.pick(usesNewStart ? STARTS : (['nextYear', 'sameYear'] as const));
  if (g.chance(0.5)) {
    delete a.discountRate;
    a.discountRealRate = g.pick([0.0225, '0.015', 0]);
  }
  model.assumptions = a as ModelFile['assumptions'];
  for (const p of model.parties) {
    if (g.chance(0.35))
      (p as Record<string, unknown>).depreciationStart = g.pick(
        usesNewStart ? STARTS : (['nextYear', 'sameYear'] as const),
      );
  }
  const baseline = model.scenarios.find((s) => s.basedOn === null);
  for (const l of baseline?.lines ?? []) {
    if (l.type === 'recurringInvestment' && l.to === endYear && g.chance(0.3))
      (l as Record<string, unknown>).toIsFinal = true;
  }
  if (a.extrapolation === 'computeThrough' && extrapolateTo > endYear && baseline) {
    const party = model.parties[0]?.id ?? 'm1';
    const from = g.int(startYear, extrapolateTo);
    baseline.lines = [
      ...(baseline.lines ?? []),
      {
        type: 'oneOff',
        id: 'late-oneoff',
        party,
        category: 'programme',
        year: g.int(endYear + 1, extrapolateTo),
        amount: g.money(5_000, 200_000),
      },
      {
        type: 'opex',
        id: 'late-opex',
        party,
        category: 'other',
        amount: g.money(5_000, 90_000),
        from,
        ...(g.chance(0.5) ? { to: g.int(Math.max(from, endYear), extrapolateTo) } : {}),
      },
    ];
    const scenario = model.scenarios.find((s) => s.basedOn !== null);
    if (scenario) {
      scenario.changes = [
        ...(scenario.changes ?? []),
        { op: 'scale', select: { party }, from: g.int(endYear + 1, extrapolateTo), factor: 0.9 },
      ];
    }
  }
  return model;
}

/** Every AllocationKey-like object in a value (party allocations, setParam values), found by its `basis`. */
function keysIn(value: unknown, out: AllocationKey[] = []): AllocationKey[] {
  if (Array.isArray(value)) for (const v of value) keysIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    if ('basis' in value) out.push(value as AllocationKey);
    for (const v of Object.values(value)) keysIn(v, out);
  }
  return out;
}

/** A year map of a fraction in [0, 1] (BCF compensable share). */
const fractionMap = (g: Gen, start: number, end: number) =>
  g.pick<number | string | Record<string, number | string>>([
    0.5,
    '0.75',
    { [start + 1]: 0.6 },
    { [start]: 1, [start + g.int(0, end - start)]: 0 },
  ]);

/**
 * A valid version-3 model using the decision rules (model-v3 §10.4–§10.8): the §10.1–§10.3 model
 * of the same seed (with at least one shared party) plus VAT on the shared parties and
 * municipalities, budgets, a staff transition in some scenarios (so children inherit one),
 * exits in leaf scenarios, and actuals. It respects every validation rule of the spec: a `leave`
 * is the last change of a scenario that is no other's parent, at most one per shared party, the
 * extrapolation is computeThrough or none, the leaver is a member of every key of the shared
 * party (all keys keep a member of positive weight without it), `startYear < from ≤ L`,
 * `from − noticeYears ≥ startYear`, reentry lines dated in [from, L], decisionYear in
 * [startYear, L], actuals years in [startYear, L].
 */
export function generateModelV3Decision(seed: number, options: GeneratorOptions = {}): ModelFile {
  const model = generateModelV3(seed, { sharedParties: 1 + (seed % 4 === 0 ? 1 : 0), ...options });
  const g = gen(seed + 200_000);
  const { startYear: start } = model.horizon;
  const municipalities = model.parties.filter((p) => p.kind === 'municipality').map((p) => p.id);
  const shared = model.parties.filter((p) => p.kind === 'shared').map((p) => p.id);
  const a = model.assumptions as Record<string, unknown>;
  const leaves = g.chance(0.8);
  if (leaves && a.extrapolation !== 'computeThrough' && a.extrapolation !== 'none')
    a.extrapolation = g.chance(0.75) ? 'computeThrough' : 'none';
  const last = a.extrapolation === 'computeThrough' ? (model.horizon.extrapolateTo as number) : model.horizon.endYear;
  // Keys keep a member of positive weight when any one municipality leaves (generated keys only
  // ever leave out the last municipality, and inhabitants, workstations and employees are > 0).
  for (const k of keysIn([model.parties, model.scenarios]))
    if (k.shares) k.shares = Object.fromEntries(Object.entries(k.shares).map(([m, w]) => [m, Math.max(1, Number(w))]));
  const extra = (p: Party) => p as Party & Record<string, unknown>;
  for (const id of shared) {
    const p = extra(model.parties.find((x) => x.id === id) as Party);
    const regime = g.pick(['charged', 'exempt', 'exempt', 'charged', 'none'] as const);
    if (g.chance(0.85))
      p.vat = {
        regime,
        ...(g.chance(0.5) ? { rate: g.pick([0.21, '0.09', 0.21]) } : {}),
        ...(regime === 'exempt' && g.chance(0.5) ? { inputShare: g.pick([0.5, '0.8', 1]) } : {}),
      };
  }
  for (const id of municipalities) {
    const p = extra(model.parties.find((x) => x.id === id) as Party);
    if (g.chance(0.5)) p.vat = { compensable: fractionMap(g, start, last) };
    if (g.chance(0.6))
      p.budget = {
        ict: g.chance(0.5)
          ? g.int(500, 9000) * 1000
          : { [start]: g.int(500, 9000) * 1000, [start + 2]: g.money(400_000, 8_000_000) },
        ...(g.chance(0.6) ? { target: { [start + g.int(0, 2)]: g.int(10, 400) * 1000 } } : {}),
        ...(g.chance(0.6) ? { reserve: { [start + g.int(0, last - start)]: g.money(10_000, 600_000) } } : {}),
      };
  }
  const scenarios = model.scenarios.filter((s) => s.basedOn !== null);
  const groupsOf = model.functionGroups?.map((f) => f.id) ?? GROUPS;
  for (const s of scenarios) {
    if (!g.chance(0.55)) continue;
    const booking = g.pick(['decisionYear', 'asIncurred'] as const);
    const changes = s.changes ?? [];
    const at = g.int(0, changes.length);
    const rule = {
      op: 'staffTransition',
      ...(g.chance(0.5) ? { groups: [...new Set([g.pick(groupsOf), g.pick(groupsOf)])] } : {}),
      ...(g.chance(0.5) ? { monthsOfSalary: g.pick([12, 18, 24, 36]) } : {}),
      ...(g.chance(0.5) ? { hiredNoticeMonths: g.pick([1, 2, 3]) } : {}),
      ...(g.chance(0.6) ? { attrition: g.pick([0.03, '0.05', 0.1]) } : {}),
      ...(g.chance(0.4) ? { perPerson: g.money(1_000, 20_000) } : {}),
      ...(g.chance(0.4) ? { bearer: g.pick([...shared, ...municipalities]) } : {}),
      booking,
      ...(booking === 'decisionYear' ? { decisionYear: g.int(start, last) } : {}),
    };
    s.changes = [...changes.slice(0, at), rule as unknown as Change, ...changes.slice(at)];
  }
  if (leaves) {
    const parents = new Set(model.scenarios.map((s) => s.basedOn));
    const leafs = scenarios.filter((s) => !parents.has(s.id));
    // Generated keys may leave out the last municipality only (when there are more than two).
    const candidates = municipalities.length > 2 ? municipalities.slice(0, -1) : municipalities;
    for (const s of leafs) {
      if (last - start < 1 || !g.chance(0.85)) continue;
      // One municipality leaving two shared parties in one scenario is a reading of its own (the
      // standalone path once, docs/model-v3.md), which the reference leaves undefined: not generated.
      const leavers = new Set<string>();
      for (const x of shared) {
        if (x !== shared[0] && !g.chance(0.4)) continue;
        const m = g.pick(candidates);
        if (leavers.has(m)) continue;
        leavers.add(m);
        const noticeYears = g.int(1, Math.min(2, last - start));
        const from = g.int(start + noticeYears, last);
        const settlement = g.pick([
          { method: 'tapered' },
          { method: 'tapered', factors: [1, '0.5', 0.25] },
          { method: 'directDamage' },
          { method: 'directDamage', years: g.int(1, 8) },
          { method: 'fixed', amount: g.money(50_000, 2_000_000) },
          { method: 'none' },
        ]);
        const reentry = [];
        if (g.chance(0.5)) {
          const reFrom = g.int(from, last);
          reentry.push(
            {
              type: 'opex',
              id: `${s.id}-re-opex`,
              party: m,
              category: g.pick(OPEX_CATEGORIES),
              amount: g.money(10_000, 400_000),
              from: g.int(from, last),
            },
            g.pick([
              {
                type: 'investment',
                id: `${s.id}-re-inv`,
                party: m,
                category: g.pick(ASSET_CATEGORIES),
                year: g.int(from, last),
                amount: g.money(20_000, 900_000),
              },
              {
                type: 'oneOff',
                id: `${s.id}-re-once`,
                party: m,
                category: 'transition',
                year: g.int(from, last),
                amount: g.money(5_000, 300_000),
              },
              {
                type: 'recurringInvestment',
                id: `${s.id}-re-ri`,
                party: m,
                category: 'workplace',
                from: reFrom,
                // model.md §5.1: a recurringInvestment states its last year.
                to: g.int(reFrom, last),
                amount: g.money(10_000, 100_000),
              },
              {
                type: 'application',
                id: `${s.id}-re-app`,
                party: m,
                year: g.int(from, last),
                purchase: g.money(10_000, 300_000),
                project: 'renewal',
              },
            ]),
          );
        }
        if (g.chance(0.5))
          reentry.push({
            party: m,
            group: g.pick(groupsOf),
            fte: g.chance(0.5) ? g.int(1, 8) : { [g.int(from - 1, last)]: g.int(0, 8) },
            ...(g.chance(0.4) ? { hiredShare: 0.3 } : {}),
          });
        const leave = {
          op: 'leave',
          party: m,
          shared: x,
          from,
          ...(g.chance(0.6) ? { noticeYears } : {}),
          settlement: g.chance(0.2) && settlement.method === 'tapered' ? { method: 'tapered' } : settlement,
          ...(g.chance(0.5)
            ? {
                shed: {
                  ...(g.chance(0.7) ? { default: g.pick([[0.5, 1], [1], [0, '0.25', 0.5, 0.75, 1]]) } : {}),
                  ...(g.chance(0.5) ? { byCategory: { personnel: [0, 0.5, 1], applications: ['0.3'] } } : {}),
                },
              }
            : {}),
          ...(g.chance(0.5) ? { booking: g.pick(['decisionYear', 'asPaid']) } : {}),
          ...(g.chance(0.5) ? { standalone: g.pick(['baseline', 'none']) } : {}),
          ...(reentry.length > 0 ? { reentry } : {}),
        };
        // A leave without noticeYears has notice 1: keep D ≥ startYear.
        if (leave.noticeYears === undefined && from - 1 < start) continue;
        s.changes = [...(s.changes ?? []), leave as unknown as Change];
      }
    }
  }
  if (g.chance(0.7) && scenarios.length > 0) {
    const named = g.pick(scenarios);
    const years: Record<string, Record<string, { total: number | string; fte?: number }>> = {};
    for (let y = start; y <= Math.min(last, start + g.int(0, 4)); y += 1) {
      const entries = Object.fromEntries(
        municipalities
          .filter(() => g.chance(0.7))
          .map((m) => [m, { total: g.money(1_000_000, 12_000_000), ...(g.chance(0.3) ? { fte: g.int(5, 60) } : {}) }]),
      );
      if (Object.keys(entries).length > 0) years[y] = entries;
    }
    (model as ModelFile & Record<string, unknown>).actuals = { scenario: named.id, years };
  }
  return model;
}
