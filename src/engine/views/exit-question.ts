/**
 * The exit question of the Uittreden screen (model-v3 §10.4): for a scenario, a municipality, a
 * shared party and a year, what leaving costs — the settlement's terms, the leaver's cumulative
 * result of "join, then leave" against never joining (the baseline), and each remaining
 * member's change against everyone staying (the scenario itself) — for every year of leaving
 * (the sweep) and for every settlement method side by side.
 *
 * The question is answered on a copy of the model that holds only the baseline, the chosen
 * scenario's lineage and one new child scenario with the leave. A model whose method is not
 * `computeThrough` or `none` is evaluated computed through (version 3), as §10.4 asks.
 */
import type { Evaluation, ExitResult, LeaveChange, Money, ModelFile, Scenario, ScenarioResult } from '../model';
import { centsToMoney, moneyToCents } from '../numeric';
import { createEvaluationCache, type EvaluationCache } from '../calc';
import { evaluateModel } from '../results';

/** A leave without its op, plus the scenario it is a variant of. */
export type ExitQuestion = Omit<LeaveChange, 'op' | 'enabled' | 'note'> & { scenarioId: string };

/** The id of the exit variant in the copy (never an id of the model: the copy holds no other new scenario). */
export const EXIT_VARIANT_ID = 'kantelpunt-exit-question';

/** The leave change a question makes. */
export function leaveChangeOf(q: ExitQuestion): LeaveChange {
  const { scenarioId: _scenario, ...rest } = q;
  void _scenario;
  return { op: 'leave', ...rest };
}

/** Whether the model's method lets it hold a leave as it is (else the question uses a computed-through copy). */
export const canHoldLeave = (model: ModelFile): boolean =>
  model.assumptions?.extrapolation === 'computeThrough' || model.assumptions?.extrapolation === 'none';

/** The baseline and the scenario's ancestors up to and including it, in file order. */
function lineageOf(model: ModelFile, scenarioId: string): Scenario[] {
  const keep = new Set<string>();
  let id: string | null = scenarioId;
  while (id !== null && !keep.has(id)) {
    keep.add(id);
    id = model.scenarios.find((s) => s.id === id)?.basedOn ?? null;
  }
  return model.scenarios.filter((s) => keep.has(s.id));
}

/** The copy that answers a question: the lineage, computed through when needed, and the exit variant. */
export function exitQuestionModel(model: ModelFile, q: ExitQuestion, name = 'Uittreden'): ModelFile {
  const through = canHoldLeave(model);
  return {
    ...model,
    version: Math.max(model.version, 3),
    assumptions: through ? model.assumptions : { ...(model.assumptions ?? {}), extrapolation: 'computeThrough' },
    uncertainty: undefined,
    workshop: undefined,
    scenarios: [
      ...lineageOf(model, q.scenarioId),
      { id: EXIT_VARIANT_ID, name, basedOn: q.scenarioId, changes: [leaveChangeOf(q)] },
    ],
  };
}

const sum = (xs: readonly Money[]) => xs.reduce((a, x) => a + moneyToCents(x), 0);

/** The answer to one exit question. */
export type ExitAnswer = {
  exit: ExitResult;
  /** The last computed year L. */
  lastYear: number;
  /** Whether the answer was computed on a computed-through copy of an `indexLast` model. */
  isComputedThrough: boolean;
  /** The leaver's cumulative savings against never joining (the baseline) at L: "join, then leave". */
  leaverJoinThenLeave: Money;
  /** The same when it stays (the scenario without the leave). */
  leaverStaying: Money;
  /** Per remaining member: its total cost over [startYear, L] in the exit variant minus under everyone staying. */
  remaining: { party: string; change: Money }[];
  /** The exit variant and the scenario as evaluated (for tables and charts). */
  variant: ScenarioResult;
  staying: ScenarioResult;
};

/** Answers a question; throws a ModelError when the copy is invalid (the message names the leave's fields). */
export function answerExit(model: ModelFile, q: ExitQuestion, cache?: EvaluationCache): ExitAnswer {
  const copy = exitQuestionModel(model, q);
  return answerFrom(evaluateModel(copy, { cache }), q, !canHoldLeave(model));
}

function answerFrom(e: Evaluation, q: ExitQuestion, isComputedThrough: boolean): ExitAnswer {
  const variant = e.scenarios.find((s) => s.id === EXIT_VARIANT_ID) as ScenarioResult;
  const staying = e.scenarios.find((s) => s.id === q.scenarioId) as ScenarioResult;
  const last = (s: ScenarioResult) => s.parties[q.party]?.years.at(-1)?.cumulativeSavings ?? '0.00';
  const totals = (s: ScenarioResult, p: string) => (s.parties[p]?.years ?? []).map((y) => y.total);
  return {
    exit: (variant.exits ?? [])[0] as ExitResult,
    lastYear: e.years.at(-1) as number,
    isComputedThrough,
    leaverJoinThenLeave: last(variant),
    leaverStaying: last(staying),
    remaining: e.municipalities
      .filter((p) => p !== q.party)
      .map((party) => ({ party, change: centsToMoney(sum(totals(variant, party)) - sum(totals(staying, party))) })),
    variant,
    staying,
  };
}

/** One year of the sweep: leaving in `year`, the exit sum and the leaver's cumulative result at L. */
export type SweepRow = { year: number; exitTotal: Money; leaverNet: Money };

/**
 * The exit-year sweep: the question for every possible year of leaving, from the second year
 * (and no earlier than the notice allows) to the last computed year. `onProgress(done, of)`
 * after each year. A year the model refuses (a key left without a weighted member) is left out.
 */
export function exitSweep(
  model: ModelFile,
  q: ExitQuestion,
  onProgress?: (done: number, of: number) => void,
): SweepRow[] {
  const { startYear } = model.horizon;
  const through = exitQuestionModel(model, q);
  const L =
    through.assumptions?.extrapolation === 'computeThrough'
      ? (model.horizon.extrapolateTo ?? model.horizon.endYear)
      : model.horizon.endYear;
  const first = Math.max(startYear + 1, startYear + (q.noticeYears ?? 1));
  const rows: SweepRow[] = [];
  // One memo for every year: the baseline and the scenario's lineage are computed once.
  const cache = createEvaluationCache();
  for (let year = first; year <= L; year += 1) {
    try {
      const a = answerExit(model, { ...q, from: year }, cache);
      rows.push({ year, exitTotal: a.exit.total, leaverNet: a.leaverJoinThenLeave });
    } catch {
      // A year in which leaving leaves a key without a weighted member: no row.
    }
    onProgress?.(year - first + 1, L - first + 1);
  }
  return rows;
}

/** The settlement methods side by side for one year: tapered, direct damage and a fixed amount (and none). */
export function compareExitMethods(
  model: ModelFile,
  q: ExitQuestion,
  fixedAmount: Money | number,
): { method: LeaveChange['settlement']['method']; exit: ExitResult; leaverNet: Money }[] {
  const settlements: LeaveChange['settlement'][] = [
    q.settlement.method === 'tapered' ? q.settlement : { method: 'tapered' },
    q.settlement.method === 'directDamage' ? q.settlement : { method: 'directDamage' },
    q.settlement.method === 'fixed' ? q.settlement : { method: 'fixed', amount: fixedAmount },
    { method: 'none' },
  ];
  const cache = createEvaluationCache();
  return settlements.map((settlement) => {
    const a = answerExit(model, { ...q, settlement }, cache);
    return { method: settlement.method, exit: a.exit, leaverNet: a.leaverJoinThenLeave };
  });
}
