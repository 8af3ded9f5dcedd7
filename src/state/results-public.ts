/**
 * The results part of the state's public contract (re-exported by index.ts): hooks that give
 * the results screens derived figures of the active model, and the benchmark table edit.
 */
import { useCallback } from 'react';
import {
  BENCHMARK_GROUPS,
  benchmarkRowTotal,
  compareWithBenchmark,
  DEFAULT_BENCHMARK,
  type AllocationComparison,
  type BenchmarkTable,
  type Evaluation,
  type KeyFigures,
  type MethodComparison,
  type PerInhabitant,
  type StaffTotals,
  type StaffYear,
  type Trace,
  type TraceQuery,
} from '../engine';
import { withRequiredVersion } from '../model/version';
import {
  allocationComparisonOf,
  cashEvaluationFor,
  keyFiguresFor,
  methodComparisonOf,
  municipalStaffOf,
  perInhabitantOf,
  staffTotalsFor,
  traceOf,
  type Derived,
} from './results-derived';
import { derivedOf, useDerivedAnswers } from './derived-runs';
import { useActiveModel, useEvaluationState, useUpdateModel } from './selectors';

export { BENCHMARK_GROUPS, benchmarkRowTotal, compareWithBenchmark, DEFAULT_BENCHMARK, type Derived };

const NONE = { value: null, error: null } as const;
type Maybe<T> = Derived<T> | typeof NONE;

/** Derived figures only for a model that evaluates (the screens show the model's errors otherwise). */
function useValidModel() {
  const model = useActiveModel();
  const { evaluation, status } = useEvaluationState();
  useDerivedAnswers();
  // Not while the results shown are an earlier version's (a heavy model computed in the worker).
  return evaluation && model && status === 'current' ? model : null;
}

/** The contributions behind one figure (null query: nothing selected). */
export function useTrace(query: TraceQuery | null): Maybe<Trace> {
  const model = useValidModel();
  return model && query
    ? derivedOf(model, `trace|${JSON.stringify(query)}`, { kind: 'trace', model, query }, () => traceOf(model, query))
    : NONE;
}

/** Per scenario and horizon year: FTE per municipality × function group, shared staff allocated. */
export function useMunicipalStaff(): Maybe<Record<string, StaffYear[]>> {
  const model = useValidModel();
  return model ? derivedOf(model, 'staff', { kind: 'staff', model }, () => municipalStaffOf(model)) : NONE;
}

/** Per scenario: cost per inhabitant per group and FTE per 100,000 inhabitants in `year`. */
export function useCostPerInhabitant(year: number | null): Maybe<Record<string, PerInhabitant[]>> {
  const model = useValidModel();
  return model && year !== null
    ? derivedOf(model, `perInhabitant|${year}`, { kind: 'perInhabitant', model, year }, () =>
        perInhabitantOf(model, year),
      )
    : NONE;
}

/** Each municipality's case per scenario under each allocation basis of a shared party. */
export function useAllocationComparison(sharedParty: string | null): Maybe<AllocationComparison> {
  const model = useValidModel();
  return model && sharedParty
    ? derivedOf(model, `allocation|${sharedParty}`, { kind: 'allocation', model, sharedParty }, () =>
        allocationComparisonOf(model, sharedParty),
      )
    : NONE;
}

/** Break-even, payback and NPVs under the frozen and the computed-through method (value null: nothing after the horizon). */
export function useMethodComparison(): Maybe<MethodComparison | null> {
  const model = useValidModel();
  return model ? derivedOf(model, 'methods', { kind: 'methods', model }, () => methodComparisonOf(model)) : NONE;
}

/** Cost and savings summed over the horizon and the extended span, per scenario (of `shown`: e.g. the cash view; default the active evaluation). */
export function useKeyFigures(shown?: Evaluation): KeyFigures[] | null {
  const { evaluation } = useEvaluationState();
  const e = shown ?? evaluation;
  return e ? keyFiguresFor(e) : null;
}

/** The results in the chosen view: accrual cost (the evaluation) or cash (null when the file has no cash view, before version 3). */
export function useResultsView(view: ResultsBasis): Evaluation | null {
  const { evaluation } = useEvaluationState();
  if (!evaluation) return null;
  return view === 'cash' ? cashEvaluationFor(evaluation) : evaluation;
}

/** Whether the results screens show accrual cost (lasten, as a budget) or cash (payments, model-v3 §10.3). */
export type ResultsBasis = 'accrual' | 'cash';

/** FTE per function group over all parties of each scenario in a horizon year, with the total. */
export function useStaffTotals(year: number | null): StaffTotals[] | null {
  const { evaluation } = useEvaluationState();
  return evaluation && year !== null ? staffTotalsFor(evaluation, year) : null;
}

/** The benchmark table of the model, or the built-in default when the model has none. */
export function useBenchmarkTable(): { table: BenchmarkTable; isDefault: boolean } {
  const model = useActiveModel();
  return model?.benchmark
    ? { table: model.benchmark, isDefault: false }
    : { table: DEFAULT_BENCHMARK, isDefault: true };
}

/**
 * Stores a benchmark table in the model (one undo step), or removes it with `null` (back to
 * the default). The benchmark is a version-2 section: storing it raises the model's version
 * to 2 in the same edit; removing it leaves the version as it is.
 */
export function useSetBenchmark(): (table: BenchmarkTable | null, label: string) => void {
  const update = useUpdateModel();
  return useCallback(
    (table: BenchmarkTable | null, label: string) =>
      update((m) => {
        if (table === null) {
          delete m.benchmark;
          return;
        }
        m.benchmark = table;
        withRequiredVersion(m);
      }, label),
    [update],
  );
}
