/**
 * The benchmark comparison (results: benchmark view; docs/model-v2.md `benchmark`): ICT cost
 * per inhabitant per category group and ICT staff per 100,000 inhabitants, per scenario and
 * municipality, against a benchmark table — by default the ICT Benchmark Gemeenten figures of
 * ../shared/domain/benchmark.md.
 */
import { createEvaluationCache, type EvaluationCache, type ModelContext } from '../calc';
import { runScenarios, type Series } from '../results';
import { Decimal, centsToMoney, dec, decimalString, moneyToCents, roundCents, ZERO } from '../numeric';
import { municipalStaffAt } from './municipal-staff';
import { type BenchmarkRow, type BenchmarkTable, type ModelFile, type Num, type Money, valueAt } from '../model';
import { partyParams } from '../resolve';

/** The built-in table: ICT Benchmark Gemeenten 2023 (M&I/Partners), book years 2022 and 2021. */
export const DEFAULT_BENCHMARK: BenchmarkTable = {
  source: 'ICT Benchmark Gemeenten 2023 (M&I/Partners), boekjaar 2022',
  bookYear: 2022,
  rows: [
    {
      id: 'average2022',
      label: 'Gemiddelde 2022',
      software: 36,
      personnel: 53,
      infrastructure: 17,
      total: 106,
      ftePer100k: 56,
      note: '28 gemeenten (gem. 61.000 inwoners) en 5 samenwerkingsverbanden',
    },
    {
      id: 'average2021',
      label: 'Gemiddelde 2021',
      software: 33,
      personnel: 46,
      infrastructure: 17,
      total: 96,
      ftePer100k: 52,
      note: 'Infrastructuur afgeleid: totaal € 96 (€ 10 onder 2022) min software en personeel',
    },
  ],
};

/** The category groups a benchmark compares; their sum is the benchmark's total. */
export const BENCHMARK_GROUPS = ['software', 'personnel', 'infrastructure'] as const;
export type BenchmarkGroup = (typeof BENCHMARK_GROUPS)[number];

/** A row's total per inhabitant: its `total`, or software + personnel + infrastructure (decimal string). */
export function benchmarkRowTotal(row: BenchmarkRow): string {
  if (row.total !== undefined) return dec(row.total).toString();
  return BENCHMARK_GROUPS.reduce((a, g) => a.plus(dec(row[g])), new Decimal(0)).toString();
}

/** One municipality's (or, with `party: null`, all municipalities') figures per inhabitant in a year. */
export type PerInhabitant = {
  party: string | null;
  inhabitants: string;
  software: Money;
  personnel: Money;
  infrastructure: Money;
  /** software + personnel + infrastructure: what the benchmark's total covers. */
  total: Money;
  /** Cost of the other groups (one-off, other), not in `total`. */
  excluded: Money;
  /** ICT staff: own plus the allocated share of shared parties' staff (4 decimals). */
  fte: string;
  /** FTE per 100,000 inhabitants (1 decimal). */
  ftePer100k: string;
};

type Sums = { byGroup: Record<string, number>; inhabitants: Decimal; fte: Decimal };

/** Cents of one municipality per category group in year index `i` (allocated cost). */
function groupCents(
  ctx: ModelContext,
  perCategory: Map<string, Series> | undefined,
  i: number,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of ctx.categories) out[c.group] = (out[c.group] ?? 0) + (perCategory?.get(c.id)?.[i] ?? 0);
  return out;
}

/** Euros per inhabitant from cents, rounded to cents (half away from zero); 0 without inhabitants. */
function perHead(cents: number, inhabitants: Decimal): Money {
  return inhabitants.isZero() ? '0.00' : centsToMoney(roundCents(new Decimal(cents).dividedBy(inhabitants)));
}

function figures(party: string | null, s: Sums): PerInhabitant {
  const g = (id: string) => s.byGroup[id] ?? 0;
  const total = g('software') + g('personnel') + g('infrastructure');
  const all = Object.values(s.byGroup).reduce((a, v) => a + v, 0);
  return {
    party,
    inhabitants: s.inhabitants.toString(),
    software: perHead(g('software'), s.inhabitants),
    personnel: perHead(g('personnel'), s.inhabitants),
    infrastructure: perHead(g('infrastructure'), s.inhabitants),
    total: perHead(total, s.inhabitants),
    excluded: perHead(all - total, s.inhabitants),
    fte: decimalString(s.fte, 4),
    ftePer100k: s.inhabitants.isZero() ? '0.0' : decimalString(s.fte.times(100000).dividedBy(s.inhabitants), 1),
  };
}

/**
 * Per scenario: cost per inhabitant per category group and FTE per 100,000 inhabitants in a
 * horizon year, for each municipality on its allocated cost and staff, then for all
 * municipalities together (last, `party: null`). Inhabitants are the scenario's (spec §4 year
 * map, after setParam). Amounts are rounded to cents once, per figure.
 */
export function costPerInhabitant(
  model: ModelFile,
  year: number,
  cache: EvaluationCache = createEvaluationCache(),
): Record<string, PerInhabitant[]> {
  const { ctx, runs } = runScenarios(model, cache);
  if (year < ctx.startYear || year > ctx.endYear)
    throw new Error(`year ${year} is outside the horizon ${ctx.startYear}–${ctx.endYear}`);
  const i = year - ctx.startYear;
  const out: Record<string, PerInhabitant[]> = {};
  for (const [id, run] of runs) {
    const staff = municipalStaffAt(ctx, run, year);
    const together: Sums = { byGroup: {}, inhabitants: ZERO, fte: ZERO };
    const rows: PerInhabitant[] = [];
    for (const m of ctx.layout.municipalities) {
      const byGroup = groupCents(ctx, run.summary.byPartyCategory.get(m), i);
      const inhabitants = valueAt(partyParams(run.params, m).inhabitants, year);
      const fte = Object.values(staff[m] ?? {}).reduce((a, v) => a.plus(v), new Decimal(0));
      rows.push(figures(m, { byGroup, inhabitants, fte }));
      for (const [g, c] of Object.entries(byGroup)) together.byGroup[g] = (together.byGroup[g] ?? 0) + c;
      together.inhabitants = together.inhabitants.plus(inhabitants);
      together.fte = together.fte.plus(fte);
    }
    rows.push(figures(null, together));
    out[id] = rows;
  }
  return out;
}

export type BenchmarkComparison = {
  /** value − reference, euros with two decimals (positive: above the benchmark). */
  difference: Money;
  /** value / reference − 1 as a fraction with 4 decimals; null when the reference is 0. */
  ratio: string | null;
  direction: 'above' | 'below' | 'equal';
};

/**
 * How a figure per inhabitant compares with a benchmark value — what councils say as "€ 6 per
 * inwoner boven het gemiddelde" or "≈ 15 % boven het gemiddelde". `equal` when the difference
 * rounds to € 0 (whole euros, as the sentence quotes it).
 */
export function compareWithBenchmark(value: Num, reference: Num): BenchmarkComparison {
  const cents = moneyToCents(value) - moneyToCents(reference);
  const ref = dec(reference);
  const wholeEuros = new Decimal(cents).dividedBy(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return {
    difference: centsToMoney(cents),
    ratio: ref.isZero() ? null : decimalString(dec(value).dividedBy(ref).minus(1), 4),
    direction: wholeEuros.isZero() ? 'equal' : cents > 0 ? 'above' : 'below',
  };
}
