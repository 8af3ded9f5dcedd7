/** Derived views of an evaluation: trace, benchmark, staff per municipality, allocation comparison, key figures. */
export {
  type AllocationComparison,
  type BasisOutcome,
  comparableKeys,
  compareAllocationBases,
  type MunicipalOutcome,
  withAllocation,
} from './allocation-compare';
export {
  BENCHMARK_GROUPS,
  type BenchmarkComparison,
  type BenchmarkGroup,
  benchmarkRowTotal,
  compareWithBenchmark,
  costPerInhabitant,
  DEFAULT_BENCHMARK,
  type PerInhabitant,
} from './benchmark';
export { type KeyFigures, keyFiguresOf, type SpanFigures } from './key-figures';
export { capitalTiming, type CapitalTiming } from './capital-timing';
export { compareMethods, type MethodComparison, type MethodFigures, type MethodRow } from './method-compare';
export { staffByMunicipality, staffTotals, type StaffTotals } from './municipal-staff';
export {
  SINGLE_POINT_FTE,
  staffIndicators,
  type StaffIndicators,
  type StaffIndicatorTable,
  type StaffIndicatorYear,
} from './staff-indicators';
export { explainFigure, type Trace, type TraceItem, type TraceQuery, type TraceRule } from './trace';
export {
  answerExit,
  canHoldLeave,
  compareExitMethods,
  EXIT_VARIANT_ID,
  type ExitAnswer,
  type ExitQuestion,
  exitQuestionModel,
  exitSweep,
  leaveChangeOf,
  type SweepRow,
} from './exit-question';
export {
  answerReportExit,
  questionOfReportExit,
  reportExitErrors,
  type ReportExitAnswer,
  type ReportExitOutcome,
} from './report-exit';
export {
  goalProgress,
  type GoalProgress,
  type GoalStatus,
  realisedPerInhabitant,
  type RealisedPerInhabitant,
} from './goals';
