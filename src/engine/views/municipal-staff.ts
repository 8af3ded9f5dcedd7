/**
 * Staff per municipality (results: staff and benchmark views). A municipality's FTE in a year
 * is its own staff plus its share of every shared party's staff, split by the allocation key
 * of the function group's category in that year (spec §7 weights, the same key that splits
 * that staff's cost). FTE are not money: shares are not rounded to cents but kept exact and
 * shown to 4 decimals, so the shares of a shared party add up to its FTE within 0.0001.
 */
import { createEvaluationCache, type EvaluationCache, type ModelContext, membersOf, weightOf } from '../calc';
import { runScenarios, type ScenarioRun } from '../results';
import { Decimal, dec, decimalString, exactDecimal, exactKernel, ZERO } from '../numeric';
import type { ModelFile, Evaluation, StaffYear } from '../model';
import { allocationKeyOf, factorProduct } from '../resolve';

type Fte = Record<string, Record<string, Decimal>>;

function add(out: Fte, party: string, group: string, fte: Decimal): void {
  const row = (out[party] ??= {});
  row[group] = (row[group] ?? ZERO).plus(fte);
}

/** FTE per municipality × function group in `year` (own plus allocated shares), exact. */
export function municipalStaffAt(ctx: ModelContext, run: ScenarioRun, year: number): Fte {
  const out: Fte = {};
  for (const m of ctx.layout.municipalities) out[m] = {};
  for (const st of run.resolved.staff) {
    let fte = st.fteAt(year);
    if (st.scales.length > 0) fte = fte.times(exactDecimal(factorProduct(exactKernel, st.scales, year)));
    if (fte.isZero()) continue;
    if (!ctx.layout.shared.includes(st.party)) {
      add(out, st.party, st.group, fte);
      continue;
    }
    const key = allocationKeyOf(run.params, st.party, st.category);
    const members = membersOf(ctx.layout, key);
    const weights = members.map((m) => weightOf(run.params, key, m, year));
    const total = weights.reduce((a, w) => a.plus(w), new Decimal(0));
    if (total.isZero()) continue;
    members.forEach((m, i) => add(out, m, st.group, fte.times(weights[i] as Decimal).dividedBy(total)));
  }
  return out;
}

/**
 * Per scenario and horizon year: FTE per municipality × function group after allocating the
 * shared parties' staff (decimal strings, 4 decimals). Groups a municipality has no FTE in are
 * left out.
 */
export function staffByMunicipality(
  model: ModelFile,
  cache: EvaluationCache = createEvaluationCache(),
): Record<string, StaffYear[]> {
  const { ctx, runs } = runScenarios(model, cache);
  const out: Record<string, StaffYear[]> = {};
  for (const [id, run] of runs) {
    const years: StaffYear[] = [];
    for (let year = ctx.startYear; year <= ctx.endYear; year += 1) {
      const fte = municipalStaffAt(ctx, run, year);
      const byPartyGroup: Record<string, Record<string, string>> = {};
      for (const [m, groups] of Object.entries(fte)) {
        byPartyGroup[m] = Object.fromEntries(Object.entries(groups).map(([g, v]) => [g, decimalString(v, 4)]));
      }
      years.push({ year, byPartyGroup });
    }
    out[id] = years;
  }
  return out;
}

export type StaffTotals = { scenarioId: string; byGroup: Record<string, string>; total: string };

/**
 * FTE per function group over all parties (municipalities and shared parties) of each
 * scenario in a horizon year, and their total — the report's staff table. Exact sums of the
 * evaluation's FTE strings; groups without FTE in the scenario show "0".
 */
export function staffTotals(evaluation: Evaluation, year: number): StaffTotals[] {
  return evaluation.scenarios.map((s) => {
    const staff = s.staff.find((y) => y.year === year);
    const byGroup: Record<string, Decimal> = Object.fromEntries(evaluation.functionGroups.map((g) => [g.id, ZERO]));
    for (const groups of Object.values(staff?.byPartyGroup ?? {})) {
      for (const [g, fte] of Object.entries(groups)) byGroup[g] = (byGroup[g] ?? ZERO).plus(dec(fte));
    }
    const total = Object.values(byGroup).reduce((a, v) => a.plus(v), ZERO);
    return {
      scenarioId: s.id,
      byGroup: Object.fromEntries(Object.entries(byGroup).map(([g, v]) => [g, v.toString()])),
      total: total.toString(),
    };
  });
}
