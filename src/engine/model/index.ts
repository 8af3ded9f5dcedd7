/** The model file and result types, their defaults, year maps, input paths and the model error. */
export {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_CATEGORIES,
  DEFAULT_CATEGORIES_V3,
  categoriesOf,
  STAFF_TRANSITION_DEFAULTS,
  VAT_DEFAULTS,
  DEFAULT_DEPRECIATION_YEARS,
  DEFAULT_FUNCTION_GROUPS,
  effectiveAssumptions,
  type EffectiveAssumptions,
  isAssetCategory,
  keyMembers,
} from './defaults';
export { isModelError, modelError, type ModelError } from './errors';
export {
  inputBounds,
  type InputBounds,
  inputKeys,
  inputListIndex,
  inputWriter,
  keyWriter,
  readInput,
  toInputValue,
  writeInput,
} from './input-path';
export type * from './model-types';
export { EMPLOYERS, LEGAL_FORMS } from './decision-types';
export type * from './decision-types';
export type * from './result-types';
export { type CompiledYearMap, compileYearMap, firstYear, valueAt } from './year-map';
