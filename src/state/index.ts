/**
 * The app state's public contract. Features import from here only.
 */
export { appStore, createAppStore, useAppStore, type AppStore } from './store';
export {
  baselineOf, municipalitiesOf, selectActiveEntry, selectActiveModel, sharedPartiesOf,
  useActiveModel, useActiveModelId, useModelList, useUndoRedo, useUpdateModel,
} from './selectors';
export { evaluationOf, useEvaluationState, type EvaluationState } from './evaluation';
export { useLocale, useT, defineMessages, type MessageTable, type Translate } from '../i18n/i18n';
export type { AppState, InputsRemovedBy, ModelEntry, Notice, QuarantineItem, Recipe, Selection, StorageKind } from './types';
export { HISTORY_LIMIT } from './models-slice';
export { formatValidationError, loadModel, serializeModel, validateModel, type LoadResult } from './engine-bridge';
export { decodeShareHash, encodeShareHash, modelFileName, modelFileText, readModelFile, shareLink, SHARE_WARN_LENGTH } from './model-io';
export { createTemplateModel, type TemplateOptions } from './template';
export { canonical, firstValue, hasSteps, horizonYears, isExplicit, isPlain as isPlainMap, setYearValue, toNum, withFirstValue, yearValue } from './numbers';
export { randomId, uniqueId } from './ids';
export { importShareHash, startApp, type StartOptions } from './startup';
export type { Persistence } from './persistence/persist';
export { PersistenceContext, usePersistence } from './persistence-context';
export { assetCategoriesOf, categoriesOf, categoryLabel, functionGroupsOf, groupLabel, oneOffCategoriesOf, partyName } from './catalog';
export {
  addParty, allLines, asList, childrenOf, descendantsOf, fromList, lineIdsOf, moveChange, newLineId, partyReferences, removeChange, removeParty, setSelectList, yearsOf,
  type PartyReferences,
} from './model-edits';
export { remapInputPaths, type InputPathEdit, type PathMove, type PathMoves, type RemovedInputs } from './input-path-remap';
export * from './uncertainty-public';
export * from './results-public';
