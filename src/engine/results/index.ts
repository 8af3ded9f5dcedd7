/** The evaluation pipeline: year sums, summaries, extrapolation, metrics and the result and CLI documents (spec §8, §9) */
export { type Admission, admitModel } from './admit';
export { type CliDocument, toCliDocument } from './cli-output';
export { evaluateModel, runScenarios } from './evaluate';
export { defineLazy } from './result-format';
export { usesDecisionRules } from './decision';
export { netPresentValues } from './metrics';
export { type Outcomes, outcomesFromTotals, outcomesOf, type ScenarioOutcome, type ScenarioTotals } from './outcomes';
export {
  categoryGrowth,
  growthFactors,
  type GrowthMemo,
  newYearSums,
  npvRate,
  type ParamsMemo,
  type Resolution,
  resolveWithParams,
  yearTotals,
} from './pipeline';
export { extendSeries, extrapolationFactors, type GrowthFactor, type ScenarioRun, type Series } from './summary';
