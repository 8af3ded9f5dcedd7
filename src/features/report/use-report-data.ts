/**
 * Everything the report shows, read once per model: the evaluation from the store, and the
 * method comparison, benchmark and staff views through the same cached hooks as the results and benchmark screens
 * (memoised per model object, which is immutable).
 */
import { useMemo } from 'react';
import {
  benchmarkRowTotal,
  compareWithBenchmark,
  DEFAULT_BENCHMARK,
  type BenchmarkComparison,
  type BenchmarkTable,
  type Evaluation,
  type MethodComparison,
  type ModelFile,
  type PerInhabitant,
  type StaffYear,
} from '../../engine';
import {
  useActiveModel,
  useCostPerInhabitant,
  useEvaluationState,
  useMethodsCompared,
  useMunicipalStaff,
} from '../../state';

export type BenchmarkView = {
  table: BenchmarkTable;
  year: number;
  /** Per scenario: each municipality and (last) all together. */
  perInhabitant: Record<string, PerInhabitant[]>;
  /** Per scenario and municipality: its total against the first benchmark row. */
  comparisons: Record<string, Record<string, BenchmarkComparison>>;
  /** Each benchmark row's total per inhabitant (given, or the sum of its groups). */
  rowTotals: Record<string, string>;
};

export type ReportData = {
  model: ModelFile;
  evaluation: Evaluation;
  benchmark: BenchmarkView | null;
  /** Per scenario: FTE per municipality × group after allocating shared staff. */
  municipalStaff: Record<string, StaffYear[]> | null;
  /** The frozen and the computed-through method side by side; null without years after endYear. */
  methods: MethodComparison | null;
};

function benchmarkView(
  model: ModelFile,
  evaluation: Evaluation,
  perInhabitant: Record<string, PerInhabitant[]> | null,
): BenchmarkView | null {
  const table = model.benchmark ?? DEFAULT_BENCHMARK;
  const reference = table.rows[0];
  if (perInhabitant === null) return null;
  try {
    const comparisons: BenchmarkView['comparisons'] = {};
    for (const [scenario, rows] of Object.entries(perInhabitant)) {
      comparisons[scenario] = {};
      if (!reference) continue;
      const refTotal = benchmarkRowTotal(reference);
      for (const r of rows)
        if (r.party !== null)
          (comparisons[scenario] as Record<string, BenchmarkComparison>)[r.party] = compareWithBenchmark(
            r.total,
            refTotal,
          );
    }
    const rowTotals = Object.fromEntries(table.rows.map((r) => [r.id, benchmarkRowTotal(r)]));
    return { table, year: evaluation.endYear, perInhabitant, comparisons, rowTotals };
  } catch {
    return null;
  }
}

export function useReportData(): ReportData | null {
  const model = useActiveModel();
  const { evaluation } = useEvaluationState();
  // A view the engine refuses is left out of the report (its error shows on the results screens).
  const perInhabitant = useCostPerInhabitant(evaluation?.endYear ?? null).value;
  const municipalStaff = useMunicipalStaff().value;
  const methods = useMethodsCompared().value;
  return useMemo(() => {
    if (!model || !evaluation) return null;
    return { model, evaluation, benchmark: benchmarkView(model, evaluation, perInhabitant), municipalStaff, methods };
  }, [model, evaluation, perInhabitant, municipalStaff, methods]);
}
