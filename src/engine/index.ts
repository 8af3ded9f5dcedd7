/**
 * The engine's one entry point: plain functions over plain data. It imports nothing but its
 * own files and decimal.js, and runs in Node (the CLI), in a Web Worker and in the app.
 */
export type * from './model-types';
export type * from './result-types';
export { DEFAULT_ASSUMPTIONS, DEFAULT_CATEGORIES, DEFAULT_DEPRECIATION_YEARS, DEFAULT_FUNCTION_GROUPS, isAssetCategory } from './defaults';
export { createEvaluationCache, evaluateModel, type EvaluationCache } from './evaluate';
export { toCliDocument, type CliDocument } from './cli-output';
export { isModelError, type ModelError } from './errors';
export { explainFigure, type Trace, type TraceItem, type TraceQuery, type TraceRule } from './trace';
export { readInput, writeInput, inputWriter, inputBounds, inputListIndex } from './input-path';
export { expectedValue, numericDistribution, draw, type NumericDistribution } from './distributions';
export { sampleStream, mulberry32, type Rng } from './random';
export { runMonteCarlo, monteCarloSampler, mergeMonteCarlo, prepareInputs, sampleModel, sampleValues, type MonteCarloRaw, type MonteCarloOptions } from './monte-carlo';
export { summarizeMonteCarlo, percentile, type MonteCarloSummary, type MonteCarloScenario, type Spread } from './monte-carlo-summary';
export { runSensitivity, sensitivityInputs, defaultSensitivityPaths, type SensitivityMetric, type SensitivityResult, type SensitivityRow, type SensitivityInput } from './sensitivity';
export { outcomesOf, type Outcomes, type ScenarioOutcome } from './outcomes';
export { validateModel } from './validate';
export { loadModel, serializeModel, formatValidationError, MAX_MODEL_CHARS, type LoadResult } from './load';
export { migrateModel, requiredVersion, CURRENT_VERSION, MIGRATIONS, type Migration } from './migrate';
export { DEFAULT_BENCHMARK, BENCHMARK_GROUPS, benchmarkRowTotal, costPerInhabitant, compareWithBenchmark, type BenchmarkComparison, type BenchmarkGroup, type PerInhabitant } from './benchmark';
export { staffByMunicipality, staffTotals, type StaffTotals } from './municipal-staff';
export { compareAllocationBases, comparableKeys, withAllocation, type AllocationComparison, type BasisOutcome, type MunicipalOutcome } from './allocation-compare';
export { keyFiguresOf, type KeyFigures, type SpanFigures } from './key-figures';
