/**
 * Derived results for the results screens, computed on demand from the active model and
 * memoised per model object (models are immutable): the trace of a figure, staff per
 * municipality, cost per inhabitant, key figures, the allocation-key comparison and the two
 * extrapolation methods side by side. These are
 * a few evaluations of the model at most (milliseconds for the reference case), so they run
 * here rather than in the worker; one evaluation cache beside them keeps repeated work small.
 */
import {
  answerReportExit,
  compareAllocationBases,
  compareMethods,
  costPerInhabitant,
  createEvaluationCache,
  explainFigure,
  keyFiguresOf,
  staffByMunicipality,
  staffTotals,
  type AllocationComparison,
  type Evaluation,
  type KeyFigures,
  type MethodComparison,
  type ModelFile,
  type PerInhabitant,
  type ReportExitOutcome,
  type StaffTotals,
  type StaffYear,
  type Trace,
  type TraceQuery,
} from '../engine';
import { cashEvaluation } from '../model/cash-view';

const cache = createEvaluationCache();
const memo = new WeakMap<object, Map<string, unknown>>();

/** `compute()` once per (object, key); errors are remembered as results too. */
function once<T>(owner: object, key: string, compute: () => T): T {
  let perOwner = memo.get(owner);
  if (perOwner === undefined) {
    perOwner = new Map();
    memo.set(owner, perOwner);
  }
  if (!perOwner.has(key)) perOwner.set(key, compute());
  return perOwner.get(key) as T;
}

export type Derived<T> = { value: T; error: null } | { value: null; error: string };

function attempt<T>(compute: () => T): Derived<T> {
  try {
    return { value: compute(), error: null };
  } catch (e) {
    return { value: null, error: e instanceof Error ? e.message : String(e) };
  }
}

const queryKey = (q: TraceQuery) =>
  `trace|${q.scenarioId}|${q.year}|${q.party ?? ''}|${q.owner ?? ''}|${q.category ?? ''}`;

export function traceOf(model: ModelFile, query: TraceQuery): Derived<Trace> {
  return once(model, queryKey(query), () => attempt(() => explainFigure(model, query)));
}

export function municipalStaffOf(model: ModelFile): Derived<Record<string, StaffYear[]>> {
  return once(model, 'staff', () => attempt(() => staffByMunicipality(model, cache)));
}

export function perInhabitantOf(model: ModelFile, year: number): Derived<Record<string, PerInhabitant[]>> {
  return once(model, `perInhabitant|${year}`, () => attempt(() => costPerInhabitant(model, year, cache)));
}

export function allocationComparisonOf(model: ModelFile, sharedParty: string): Derived<AllocationComparison> {
  return once(model, `allocation|${sharedParty}`, () =>
    attempt(() => compareAllocationBases(model, sharedParty, cache)),
  );
}

/** The exit question kept for the report (`report.exit`) answered (null: none kept). */
export function reportExitOf(model: ModelFile): Derived<ReportExitOutcome | null> {
  return once(model, 'reportExit', () => attempt(() => answerReportExit(model, cache)));
}

/** The model's figures under the frozen and the computed-through extrapolation (null: no years after endYear). */
export function methodComparisonOf(model: ModelFile): Derived<MethodComparison | null> {
  return once(model, 'methods', () => attempt(() => compareMethods(model, cache)));
}

/** The evaluation with the cash view's figures in place of accrual (null: a file without the cash view). */
export function cashEvaluationFor(evaluation: Evaluation): Evaluation | null {
  return once(evaluation, 'cash', () => cashEvaluation(evaluation));
}

export function keyFiguresFor(evaluation: Evaluation): KeyFigures[] {
  return once(evaluation, 'keyFigures', () => keyFiguresOf(evaluation));
}

export function staffTotalsFor(evaluation: Evaluation, year: number): StaffTotals[] {
  return once(evaluation, `staffTotals|${year}`, () => staffTotals(evaluation, year));
}
