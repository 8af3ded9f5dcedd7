/** Uncertainty: distributions, seeded random streams, the sampling plan, Monte Carlo and sensitivity. */
export { draw, expectedValue, numericDistribution, type NumericDistribution } from './distributions';
export {
  mergeMonteCarlo,
  type MonteCarloOptions,
  type MonteCarloRaw,
  monteCarloSampler,
  runMonteCarlo,
  sampleModel,
  sampleValues,
} from './monte-carlo';
export {
  type MonteCarloScenario,
  type MonteCarloSummary,
  percentile,
  type Spread,
  summarizeMonteCarlo,
} from './monte-carlo-summary';
export { type PreparedInput, prepareInputs } from './inputs';
export { mulberry32, type Rng, sampleStream } from './random';
export { createSamplePlan } from './sample-plan';
export { sampleWriter } from './sample-writer';
export {
  defaultSensitivityPaths,
  runSensitivity,
  type SensitivityInput,
  sensitivityInputs,
  type SensitivityMetric,
  type SensitivityResult,
  type SensitivityRow,
} from './sensitivity';
export {
  bandPosition,
  type BandPosition,
  type BaseCaseComparison,
  type BaseCasePoint,
  chanceBy,
  compareWithBaseCase,
  type Lean,
} from './base-case';
