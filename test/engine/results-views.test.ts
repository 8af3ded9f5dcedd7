/**
 * Engine functions behind the results views (issue 5): cost per inhabitant against a benchmark,
 * staff per municipality after allocating shared staff, and each municipality's case under
 * each allocation basis. Expected values are derived here from the plain evaluation.
 */
import { describe, expect, it } from 'vitest';
import {
  compareAllocationBases,
  compareWithBenchmark,
  keyFiguresOf,
  costPerInhabitant,
  DEFAULT_BENCHMARK,
  benchmarkRowTotal,
  evaluateModel,
  staffByMunicipality,
  staffTotals,
  type Evaluation,
  type ModelFile,
} from '../../src/engine';
import { withAllocation } from '../../src/engine/views';
import { generateModel } from '../support/model-generator';

const cents = (m: string) => BigInt(m.replace('.', ''));
/** n / d rounded half away from zero (BigInt). */
const roundDiv = (n: bigint, d: bigint) => (n >= 0n ? (2n * n + d) / (2n * d) : -((-2n * n + d) / (2n * d)));
const toMoney = (c: bigint) => {
  const neg = c < 0n;
  const s = (neg ? -c : c).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
};

/** Inhabitants of a municipality in a year, by the spec's carry-forward rule (generated models have no setParam on them). */
function inhabitantsOf(model: ModelFile, party: string, year: number): bigint {
  const map = model.parties.find((p) => p.id === party)?.inhabitants ?? 0;
  if (typeof map !== 'object') return BigInt(map);
  const keys = Object.keys(map)
    .map(Number)
    .filter((y) => y <= year)
    .sort((a, b) => a - b);
  return keys.length === 0 ? 0n : BigInt(map[String(keys.at(-1))] as number);
}

function groupCents(e: Evaluation, scenarioId: string, year: number, party: string): Record<string, bigint> {
  const y = e.scenarios.find((s) => s.id === scenarioId)?.years.find((x) => x.year === year);
  const out: Record<string, bigint> = {};
  for (const c of e.categories)
    out[c.group] = (out[c.group] ?? 0n) + cents(y?.byPartyCategory[party]?.[c.id] ?? '0.00');
  return out;
}

const staffTotal = (byPartyGroup: Record<string, Record<string, string>>, parties?: string[]) =>
  Object.entries(byPartyGroup)
    .filter(([p]) => parties === undefined || parties.includes(p))
    .flatMap(([, g]) => Object.values(g))
    .reduce((a, v) => a + Number(v), 0);

describe('cost per inhabitant', () => {
  it.each([1, 8, 23])("is each municipality's allocated cost per group over its inhabitants (model %i)", (seed) => {
    const model = generateModel(seed);
    const e = evaluateModel(model);
    const year = e.endYear;
    const result = costPerInhabitant(model, year);
    for (const s of e.scenarios) {
      const rows = result[s.id]!;
      expect(rows.map((r) => r.party)).toEqual([...e.municipalities, null]);
      let allCents = { software: 0n, personnel: 0n, infrastructure: 0n };
      let allInhabitants = 0n;
      for (const m of e.municipalities) {
        const g = groupCents(e, s.id, year, m);
        const inh = inhabitantsOf(model, m, year);
        const row = rows.find((r) => r.party === m)!;
        expect(row.inhabitants).toBe(String(inh));
        expect(row.software).toBe(toMoney(roundDiv(g.software ?? 0n, inh)));
        expect(row.personnel).toBe(toMoney(roundDiv(g.personnel ?? 0n, inh)));
        expect(row.total).toBe(
          toMoney(roundDiv((g.software ?? 0n) + (g.personnel ?? 0n) + (g.infrastructure ?? 0n), inh)),
        );
        allCents = {
          software: allCents.software + (g.software ?? 0n),
          personnel: allCents.personnel + (g.personnel ?? 0n),
          infrastructure: allCents.infrastructure + (g.infrastructure ?? 0n),
        };
        allInhabitants += inh;
      }
      const together = rows.at(-1)!;
      expect(together.inhabitants).toBe(String(allInhabitants));
      expect(together.infrastructure).toBe(toMoney(roundDiv(allCents.infrastructure, allInhabitants)));
      // All ICT staff of all parties (shared included) is counted once over all municipalities.
      const staff = s.staff.find((x) => x.year === year)!;
      expect(Number(together.fte)).toBeCloseTo(staffTotal(staff.byPartyGroup), 3);
      expect(Number(together.ftePer100k)).toBeCloseTo(
        (staffTotal(staff.byPartyGroup) * 100000) / Number(allInhabitants),
        1,
      );
    }
  });

  it('refuses a year outside the horizon', () => {
    const model = generateModel(2);
    expect(() => costPerInhabitant(model, model.horizon.endYear + 1)).toThrow(/outside the horizon/);
  });
});

describe('the benchmark', () => {
  it('has the default figures of the ICT Benchmark Gemeenten, totals adding up', () => {
    const row = DEFAULT_BENCHMARK.rows[0]!;
    expect([row.software, row.personnel, row.infrastructure, row.ftePer100k]).toEqual([36, 53, 17, 56]);
    for (const r of DEFAULT_BENCHMARK.rows)
      expect(Number(benchmarkRowTotal(r))).toBe(Number(r.software) + Number(r.personnel) + Number(r.infrastructure));
    expect(benchmarkRowTotal({ id: 'x', label: 'x', software: '10.5', personnel: 20, infrastructure: 3 })).toBe('33.5');
  });

  it('says how far a figure is above or below, in euros and as a fraction', () => {
    expect(compareWithBenchmark('112.40', 106)).toEqual({ difference: '6.40', ratio: '0.0604', direction: 'above' });
    expect(compareWithBenchmark('90', '100')).toEqual({ difference: '-10.00', ratio: '-0.1000', direction: 'below' });
    expect(compareWithBenchmark('106.30', 106).direction).toBe('equal');
    expect(compareWithBenchmark('5', 0).ratio).toBeNull();
  });
});

describe('staff per municipality', () => {
  it.each([4, 11, 30])('splits shared staff over the municipalities without losing FTE (model %i)', (seed) => {
    const model = generateModel(seed, { sharedParties: 1 });
    const e = evaluateModel(model);
    const result = staffByMunicipality(model);
    for (const s of e.scenarios) {
      for (const y of s.staff) {
        const split = result[s.id]!.find((x) => x.year === y.year)!;
        expect(Object.keys(split.byPartyGroup).sort()).toEqual([...e.municipalities].sort());
        expect(staffTotal(split.byPartyGroup)).toBeCloseTo(staffTotal(y.byPartyGroup), 3);
      }
    }
  });

  it("totals FTE per function group over all parties, like the report's table", () => {
    const model = generateModel(9, { sharedParties: 1 });
    const e = evaluateModel(model);
    const year = e.endYear;
    const totals = staffTotals(e, year);
    for (const s of e.scenarios) {
      const t = totals.find((x) => x.scenarioId === s.id)!;
      const y = s.staff.find((x) => x.year === year)!;
      for (const g of e.functionGroups) {
        const expected = Object.values(y.byPartyGroup).reduce((a, groups) => a + Number(groups[g.id] ?? 0), 0);
        expect(Number(t.byGroup[g.id])).toBeCloseTo(expected, 9);
      }
      expect(Number(t.total)).toBeCloseTo(staffTotal(y.byPartyGroup), 9);
    }
  });

  it('is the own staff exactly when there is no shared party', () => {
    const model = generateModel(6, { sharedParties: 0 });
    const e = evaluateModel(model);
    const result = staffByMunicipality(model);
    for (const s of e.scenarios) {
      for (const y of s.staff) {
        const split = result[s.id]!.find((x) => x.year === y.year)!;
        for (const [m, groups] of Object.entries(y.byPartyGroup)) {
          for (const [g, fte] of Object.entries(groups))
            if (Number(fte) !== 0) expect(Number(split.byPartyGroup[m]?.[g])).toBe(Number(fte));
        }
      }
    }
  });
});

describe('allocation keys compared', () => {
  const model = generateModel(12, { municipalities: 3, sharedParties: 1, scenarios: 3, years: 6 });

  it("starts with the model's own keys, then each basis; the municipalities' savings add up to the scenario's", () => {
    const before = structuredClone(model);
    const cmp = compareAllocationBases(model, 'ictc');
    expect(model).toEqual(before);
    expect(cmp.outcomes.map((o) => o.basis).slice(0, 4)).toEqual([
      'current',
      'inhabitants',
      'workstations',
      'employees',
    ]);
    const e = evaluateModel(model);
    for (const o of cmp.outcomes) {
      expect(o.error).toBeUndefined();
      for (const s of e.scenarios.filter((x) => x.id !== e.baselineId)) {
        const perParty = o.scenarios[s.id]!;
        const endYear = s.years.find((y) => y.year === e.endYear)!;
        // Allocation moves cost between municipalities, never creates or loses it.
        expect(e.municipalities.reduce((a, m) => a + cents(perParty[m]!.savingsHorizon), 0n)).toBe(
          cents(endYear.cumulativeSavings),
        );
        for (const m of e.municipalities) expect(perParty[m]!.isLoss).toBe(perParty[m]!.savingsEnd.startsWith('-'));
      }
    }
    const current = cmp.outcomes[0]!.scenarios;
    for (const s of e.scenarios.filter((x) => x.id !== e.baselineId)) {
      for (const m of e.municipalities) expect(current[s.id]![m]!.npv).toBe(s.parties[m]!.npv);
    }
  });

  it("under a basis, splits the shared party's cost in proportion to that basis", () => {
    const m2 = withAllocation(model, 'ictc', { basis: 'workstations' });
    const e = evaluateModel(m2);
    const weights = Object.fromEntries(
      m2.parties.filter((p) => p.kind === 'municipality').map((p) => [p.id, Number(p.workstations)]),
    );
    const totalWeight = Object.values(weights).reduce((a, w) => a + w, 0);
    for (const s of e.scenarios) {
      for (const y of s.years.filter((x) => !x.isExtrapolated)) {
        const shared = Number(cents(y.byOwner.ictc ?? '0.00'));
        for (const m of e.municipalities) {
          const share = Number(cents(y.byParty[m]!) - cents(y.byOwner[m]!));
          // Rounded per category and per one-off/recurring part: at most a cent each.
          expect(Math.abs(share - (shared * weights[m]!) / totalWeight)).toBeLessThanOrEqual(2 * e.categories.length);
        }
      }
    }
  });

  it('reports a basis that cannot split the cost instead of failing', () => {
    const noEmployees: ModelFile = {
      ...model,
      parties: model.parties.map((p) => (p.kind === 'municipality' ? { ...p, employees: 0 } : p)),
    };
    const e = evaluateModel(withAllocation(noEmployees, 'ictc', { basis: 'inhabitants' }));
    const hasSharedCost = e.scenarios.some((s) => s.years.some((y) => (y.byOwner.ictc ?? '0.00') !== '0.00'));
    const cmp = compareAllocationBases(noEmployees, 'ictc');
    const employees = cmp.outcomes.find((o) => o.basis === 'employees')!;
    expect(hasSharedCost).toBe(true);
    expect(employees.error).toMatch(/weight|0/);
    expect(employees.scenarios).toEqual({});
  });
});

describe('key figures', () => {
  it.each([3, 19])('sum cost and savings over the horizon and the extended span (model %i)', (seed) => {
    const model = generateModel(seed);
    const e = evaluateModel(model);
    const figures = keyFiguresOf(e);
    const baseline = e.scenarios.find((s) => s.id === e.baselineId)!;
    expect(figures.map((f) => f.scenarioId)).toEqual(e.scenarios.map((s) => s.id));
    for (const s of e.scenarios) {
      const f = figures.find((x) => x.scenarioId === s.id)!;
      const horizon = s.years.filter((y) => !y.isExtrapolated);
      const sum = (ys: { total: string }[]) => ys.reduce((a, y) => a + cents(y.total), 0n);
      expect(f.horizon.cost).toBe(toMoney(sum(horizon)));
      expect(f.extended.cost).toBe(toMoney(sum(s.years)));
      // The savings over the horizon are the cumulative savings in its last year.
      expect(f.horizon.savings).toBe(horizon.at(-1)!.cumulativeSavings);
      expect(f.extended.savings).toBe(s.years.at(-1)!.cumulativeSavings);
      const share = Number(f.extended.savings) / Number(toMoney(sum(baseline.years)));
      expect(Number(f.extended.savingsShare)).toBeCloseTo(share, 5);
      if (s.id === e.baselineId) expect(f.horizon.savings).toBe('0.00');
    }
  });
});
