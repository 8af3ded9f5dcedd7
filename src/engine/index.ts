/**
 * The engine's one entry point for the app, the CLI and the worker: plain functions over plain
 * data, grouped by the folder (layer) that offers them. It imports nothing but its own files
 * and decimal.js, and runs in Node, in a Web Worker and in the app. Tests import the folder
 * indexes for what only they use.
 */
export type * from './model';
export {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_CATEGORIES,
  DEFAULT_DEPRECIATION_YEARS,
  DEFAULT_FUNCTION_GROUPS,
  EMPLOYERS,
  LEGAL_FORMS,
  effectiveAssumptions,
  inputBounds,
  keyMembers,
  inputListIndex,
  inputWriter,
  isAssetCategory,
  isModelError,
  readInput,
  toInputValue,
} from './model';
export {
  fieldBounds,
  type FieldBounds,
  formatValidationError,
  loadModel,
  requiredVersion,
  serializeModel,
  validateModel,
  type LoadResult,
} from './file';
export { createEvaluationCache, memberWeights, type MemberWeight } from './calc';
export { evaluateModel, toCliDocument } from './results';
export {
  BENCHMARK_GROUPS,
  DEFAULT_BENCHMARK,
  benchmarkRowTotal,
  compareAllocationBases,
  compareWithBenchmark,
  costPerInhabitant,
  explainFigure,
  keyFiguresOf,
  capitalTiming,
  type CapitalTiming,
  compareMethods,
  type MethodComparison,
  type MethodFigures,
  type MethodRow,
  staffByMunicipality,
  staffTotals,
  SINGLE_POINT_FTE,
  staffIndicators,
  type StaffIndicators,
  type StaffIndicatorTable,
  type StaffIndicatorYear,
  type AllocationComparison,
  type BasisOutcome,
  type BenchmarkComparison,
  type KeyFigures,
  type PerInhabitant,
  type StaffTotals,
  type Trace,
  type TraceItem,
  type TraceQuery,
} from './views';
export {
  defaultSensitivityPaths,
  expectedValue,
  mergeMonteCarlo,
  monteCarloSampler,
  numericDistribution,
  runMonteCarlo,
  runSensitivity,
  summarizeMonteCarlo,
  type MonteCarloRaw,
  type MonteCarloScenario,
  type MonteCarloSummary,
  type SensitivityMetric,
  type SensitivityResult,
  type Spread,
} from './sampling';
