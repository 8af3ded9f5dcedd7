/**
 * Pure helpers over a ModelFile, used by the store, the features and the report: edits, numbers,
 * the catalog of categories and groups, the template, ids, input paths and their remapping,
 * decimal text arithmetic and reading/writing model files and share links. No React, no store.
 */
export {
  assetCategoriesOf,
  categoriesOf,
  categoryLabel,
  functionGroupsOf,
  groupLabel,
  oneOffCategoriesOf,
  partyName,
} from './catalog';
export {
  actualsScenarioOf,
  type ActualEdit,
  addGoal,
  lastActualYear,
  removeGoal,
  setActualsScenario,
  writeActuals,
} from './actuals-edits';
export { forecastOutlook, type ForecastOutlook } from './forecast';
export { cashEvaluation, hasCashView } from './cash-view';
export { isZeroDecimal, multiplyDecimals, ratio, sumDecimals } from './decimal-text';
export {
  CHANGE_OPS,
  CHANGE_TABLE,
  type ChangeEditorKind,
  type ChangeOpInfo,
  type ChangeScope,
  changeInfo,
  changeRefersTo,
  changeScope,
  describeChange,
  newChange,
} from './changes';
export * from './describe';
export { annuityUseByParty, BBV_STARTS, isAnnuityUsedFor, isBbvStart, isBbvStartUsed } from './depreciation-start';
export { fieldRule, type FieldRule } from './field-rule';
export { randomId, uniqueId } from './ids';
export {
  invertMoved,
  movedPaths,
  remapInputPaths,
  remapKeys,
  type InputsRemovedBy,
  type InputPathEdit,
  type PathMove,
  type PathMoves,
  type RemovedInputs,
} from './input-path-remap';
export {
  type Recipe,
  type PartyReferences,
  addParty,
  allLines,
  asList,
  childrenOf,
  descendantsOf,
  fromList,
  lineIdsOf,
  moveChange,
  newLineId,
  partyReferences,
  removeChange,
  removeParty,
  setSelectList,
  yearsOf,
} from './model-edits';
export { confirmChange, isToConfirm, pendingChange, setScaleFrom, toConfirmNote, toConfirmReason } from './levers';
export { isShareHash, modelFileName, modelFileText, readModelFile, SHARE_WARN_LENGTH } from './model-io';
export { decodeShareHash, encodeShareHash, shareLink } from './share-link';
export {
  canonical,
  firstValue,
  hasSteps,
  horizonYears,
  isExplicit,
  isPlain as isPlainMap,
  setYearValue,
  toNum,
  withFirstValue,
  yearValue,
} from './numbers';
export { withRequiredVersion } from './version';
export {
  BUDGET_ROWS,
  type BudgetRow,
  budgetValue,
  ownEntry,
  setBudgetEntry,
  setCompensable,
  setSharedVat,
} from './budget-edits';
export { shareUnchanged } from './share-unchanged';
export { cloneJson, isDraft, produce, produceWithOrigins } from './draft';
export { createTemplateModel, type TemplateOptions } from './template';
export {
  amountFor,
  type CostTemplateRow,
  DEFAULT_CENTRE_REDUCTION,
  defaultCostTemplate,
  type FromTableOptions,
  modelFromTable,
  regionsOf,
} from './from-table';
export {
  normalName,
  readMunicipalityTable,
  splitDelimited,
  splitTableText,
  TABLE_FIELDS,
  type TableField,
  type TableMunicipality,
  type TableProblem,
  type TableProblemCode,
  type TableRead,
} from './table-rows';
export {
  GUIDE_STEPS,
  leversToConfirm,
  remainingSamples,
  sampleValue,
  templateSamples,
  type GuideStep,
  type Sample,
  type SampleRef,
} from './template-samples';
export {
  defaultControl,
  defaultDistribution,
  formatInputValue,
  idForPath,
  type InputUnit,
  type NumericInput,
  numericInputs,
  rangeExpectation,
  roundForInput,
  suggestedControls,
  suggestedRanges,
} from './uncertainty-inputs';
export {
  answerReportExit,
  canonicalJson,
  isReportExit,
  questionOfReportExit,
  reportExitErrors,
  reportExitOf,
  type ReportExitAnswer,
  type ReportExitOutcome,
} from './report-exit';
