/**
 * Monitoring (model-v3 §10.8 and docs/model-v3.md "Goals and indicators"): cost per inhabitant
 * of the realised figures against the plan, and the progress of each goal — its realised
 * values per year (given in the file, or derived from `actuals`) and a status.
 */
import { compileYearMap, valueAt, type Evaluation, type Goal, type GoalIndicator, type ModelFile } from '../model';
import { dec, decimalString, type Decimal } from '../numeric';

/** A municipality's cost per inhabitant in a year with an actual: realised, planned and baseline (euros, 2 decimals). */
export type RealisedPerInhabitant = {
  party: string;
  year: number;
  actual: string;
  plan: string;
  baseline: string;
  /** FTE per 100,000 inhabitants when the actuals give FTE (1 decimal). */
  ftePer100k: string | null;
};

function inhabitantsOf(model: ModelFile, party: string, year: number): Decimal {
  return valueAt(compileYearMap(model.parties.find((p) => p.id === party)?.inhabitants), year);
}

const perInhabitant = (euros: Decimal, inhabitants: Decimal): string | null =>
  inhabitants.isZero() ? null : decimalString(euros.dividedBy(inhabitants), 2);

/**
 * Per municipality and year with an actual: the realised, planned and baseline cost per
 * inhabitant (the party's `inhabitants` in the file; none when that is 0), as the benchmark
 * letters show cost per inhabitant over the years. `evaluation` is the model's evaluation.
 */
export function realisedPerInhabitant(model: ModelFile, evaluation: Evaluation): RealisedPerInhabitant[] {
  const scenario = evaluation.scenarios.find((s) => s.id === model.actuals?.scenario);
  const baseline = evaluation.scenarios.find((s) => s.id === evaluation.baselineId);
  if (!scenario || !baseline) return [];
  const out: RealisedPerInhabitant[] = [];
  for (const m of evaluation.municipalities) {
    const planYears = new Map(scenario.parties[m]?.years.map((y) => [y.year, y.total]));
    const baseYears = new Map(baseline.parties[m]?.years.map((y) => [y.year, y.total]));
    for (const a of scenario.parties[m]?.actuals ?? []) {
      const inhabitants = inhabitantsOf(model, m, a.year);
      const actual = perInhabitant(dec(a.actual), inhabitants);
      if (actual === null) continue;
      const fte = a.fte === undefined ? null : dec(a.fte).times(100_000).dividedBy(inhabitants);
      out.push({
        party: m,
        year: a.year,
        actual,
        plan: perInhabitant(dec(planYears.get(a.year) ?? '0'), inhabitants) as string,
        baseline: perInhabitant(dec(baseYears.get(a.year) ?? '0'), inhabitants) as string,
        ftePer100k: fte === null ? null : decimalString(fte, 1),
      });
    }
  }
  return out;
}

export type GoalStatus = 'met' | 'notYet' | 'missed' | 'noData';

export type GoalProgress = {
  goal: Goal;
  /** Realised values in year order: the file's `realised`, else derived from the actuals. */
  values: { year: number; value: string; source: 'file' | 'actuals' }[];
  latest: { year: number; value: string } | null;
  /**
   * `met`: the latest value meets the target; `missed`: it does not and its year is the target
   * year or later; `notYet`: it does not, the target year is still ahead; `noData`: no value.
   */
  status: GoalStatus;
};

/** The value of an indicator derived from the actuals, where it can be (cost and FTE per inhabitant). */
function derived(rows: RealisedPerInhabitant[], goal: Goal, indicator: GoalIndicator): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of rows) {
    if (r.party !== goal.party) continue;
    if (indicator === 'costPerInhabitant') out.set(r.year, r.actual);
    if (indicator === 'ftePer100k' && r.ftePer100k !== null) out.set(r.year, r.ftePer100k);
  }
  return out;
}

/** The progress of every goal of the model; `evaluation` (with actuals) lets values be derived. */
export function goalProgress(model: ModelFile, evaluation: Evaluation | null): GoalProgress[] {
  const rows = evaluation && model.actuals ? realisedPerInhabitant(model, evaluation) : [];
  return (model.goals ?? []).map((goal) => {
    const values = new Map<number, { value: string; source: 'file' | 'actuals' }>();
    for (const [y, v] of derived(rows, goal, goal.indicator)) values.set(y, { value: v, source: 'actuals' });
    for (const [key, v] of Object.entries(goal.realised ?? {}))
      values.set(Number(key), { value: dec(v).toString(), source: 'file' });
    const list = [...values.entries()].sort((a, b) => a[0] - b[0]).map(([year, v]) => ({ year, ...v }));
    const last = list[list.length - 1];
    const latest = last ? { year: last.year, value: last.value } : null;
    let status: GoalStatus = 'noData';
    if (latest) {
      const target = dec(goal.target);
      const value = dec(latest.value);
      const isMet = (goal.direction ?? 'atMost') === 'atMost' ? value.lte(target) : value.gte(target);
      status = isMet ? 'met' : latest.year >= goal.targetYear ? 'missed' : 'notYet';
    }
    return { goal, values: list, latest, status };
  });
}
