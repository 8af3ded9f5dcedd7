/**
 * Vulnerability indicators from the staff tables (docs/model-v3.md, "Vulnerability
 * indicators"; review #8), per scenario and party (municipalities and shared parties) and per
 * horizon year: the function groups with fewer than two own FTE (single points of failure), the
 * hired share, and FTE per 100,000 inhabitants against the benchmark; the trend is the change
 * from the first to the last horizon year. FTE are exact decimals, shown to 4 decimals.
 */
import { createEvaluationCache, type EvaluationCache, membersOf } from '../calc';
import { runScenarios } from '../results';
import { Decimal, dec, decimalString, exactDecimal, exactKernel, ZERO } from '../numeric';
import { type ModelFile, valueAt } from '../model';
import { allocationKeyOf, factorProduct, partyParams } from '../resolve';
import { DEFAULT_BENCHMARK } from './benchmark';
import { municipalStaffAt } from './municipal-staff';

/** Below this many own FTE a function group rests on too few people (a single point of failure). */
export const SINGLE_POINT_FTE = 2;

export type StaffIndicatorYear = {
  year: number;
  /** The party's own employed FTE (fte × (1 − hiredShare)), over all its function groups. */
  ownFte: string;
  hiredFte: string;
  /** hired / (own + hired), 4 decimals; null without any FTE. */
  hiredShare: string | null;
  /** Function groups in which the party has FTE but fewer than two own FTE, in catalogue order. */
  singlePoints: string[];
  /**
   * FTE per 100,000 inhabitants (1 decimal): a municipality's own plus its allocated share of the
   * shared parties' staff, over its inhabitants; a shared party's own FTE over the inhabitants of
   * the members of its personnel key. Null without inhabitants.
   */
  ftePer100k: string | null;
};

export type StaffIndicators = {
  scenario: string;
  party: string;
  kind: 'municipality' | 'shared';
  years: StaffIndicatorYear[];
  /** Last horizon year minus the first: own FTE, hired share (null when either has none) and number of single points. */
  trend: { ownFte: string; hiredShare: string | null; singlePoints: number };
};

export type StaffIndicatorTable = {
  /** The benchmark's FTE per 100,000 inhabitants (the model's first benchmark row with one, else the built-in table). */
  benchmark: { label: string; ftePer100k: string } | null;
  rows: StaffIndicators[];
};

function benchmarkOf(model: ModelFile): StaffIndicatorTable['benchmark'] {
  const row = (model.benchmark ?? DEFAULT_BENCHMARK).rows.find((r) => r.ftePer100k !== undefined);
  return row === undefined ? null : { label: row.label, ftePer100k: dec(row.ftePer100k as string).toString() };
}

/** Every party's indicators in every scenario (scenario order, then party order of the file). */
export function staffIndicators(
  model: ModelFile,
  cache: EvaluationCache = createEvaluationCache(),
): StaffIndicatorTable {
  const { ctx, runs } = runScenarios(model, cache);
  const groupOrder = ctx.functionGroups.map((g) => g.id);
  const rows: StaffIndicators[] = [];
  for (const [scenario, run] of runs) {
    for (const party of model.parties) {
      const years: StaffIndicatorYear[] = [];
      for (let year = ctx.startYear; year <= ctx.endYear; year += 1) {
        const own = new Map<string, Decimal>();
        const all = new Map<string, Decimal>();
        for (const st of run.resolved.staff) {
          if (st.party !== party.id) continue;
          let fte = st.fteAt(year);
          if (st.scales.length > 0) fte = fte.times(exactDecimal(factorProduct(exactKernel, st.scales, year)));
          const ownPart = fte.times(new Decimal(1).minus(st.hiredAt(year)));
          own.set(st.group, (own.get(st.group) ?? ZERO).plus(ownPart));
          all.set(st.group, (all.get(st.group) ?? ZERO).plus(fte));
        }
        const ownFte = [...own.values()].reduce((a, v) => a.plus(v), ZERO);
        const totalFte = [...all.values()].reduce((a, v) => a.plus(v), ZERO);
        const hiredFte = totalFte.minus(ownFte);
        const singlePoints = groupOrder.filter(
          (g) => (all.get(g) ?? ZERO).greaterThan(0) && (own.get(g) ?? ZERO).lessThan(SINGLE_POINT_FTE),
        );
        let fteServing: Decimal;
        let inhabitants = ZERO;
        if (party.kind === 'municipality') {
          const allocated = municipalStaffAt(ctx, run, year)[party.id] ?? {};
          fteServing = Object.values(allocated).reduce((a, v) => a.plus(v), ZERO);
          inhabitants = valueAt(partyParams(run.params, party.id).inhabitants, year);
        } else {
          fteServing = totalFte;
          const key = allocationKeyOf(run.params, party.id, 'personnel');
          for (const m of membersOf(ctx.layout, key))
            inhabitants = inhabitants.plus(valueAt(partyParams(run.params, m).inhabitants, year));
        }
        years.push({
          year,
          ownFte: decimalString(ownFte, 4),
          hiredFte: decimalString(hiredFte, 4),
          hiredShare: totalFte.isZero() ? null : decimalString(hiredFte.dividedBy(totalFte), 4),
          singlePoints,
          ftePer100k: inhabitants.isZero() ? null : decimalString(fteServing.times(100000).dividedBy(inhabitants), 1),
        });
      }
      const first = years[0] as StaffIndicatorYear;
      const last = years[years.length - 1] as StaffIndicatorYear;
      rows.push({
        scenario,
        party: party.id,
        kind: party.kind,
        years,
        trend: {
          ownFte: decimalString(dec(last.ownFte).minus(dec(first.ownFte)), 4),
          hiredShare:
            first.hiredShare === null || last.hiredShare === null
              ? null
              : decimalString(dec(last.hiredShare).minus(dec(first.hiredShare)), 4),
          singlePoints: last.singlePoints.length - first.singlePoints.length,
        },
      });
    }
  }
  return { benchmark: benchmarkOf(model), rows };
}
