/**
 * The app state's public contract. Features import from here only.
 */
export { appStore, createAppStore, useAppStore, type AppStore } from './store';
export {
  baselineOf,
  municipalitiesOf,
  selectActiveEntry,
  selectActiveModel,
  sharedPartiesOf,
  useActiveModel,
  useActiveModelId,
  useEvaluationState,
  useModelList,
  useUndoRedo,
  useUpdateModel,
} from './selectors';
export { evaluationOf, type EvaluationState } from './evaluation';
export { readModelFileOffPage } from './model-files';
export {
  isEvaluatedInWorker,
  useEvaluationProgress,
  type EvaluationStatus,
  type EvaluationView,
} from './evaluation-runs';
export type { AppState, ModelEntry, Notice, QuarantineItem, ScreenId, Selection, StorageKind } from './types';
export { isScreenId, SCREEN_IDS } from './types';
export { HISTORY_LIMIT } from './models-slice';
export { importShareHash, startApp, type StartOptions } from './startup';
export type { Persistence } from './persistence/persist';
export { PersistenceContext, usePersistence } from './persistence-context';
export * from './uncertainty-public';
export * from './results-public';
export { capitalTimingOf, methodsComparedOf, useCapitalTiming, useMethodsCompared } from './results-v3';
export * from './results-legal';
export {
  cancelExitRun,
  startExitMethods,
  startExitSweep,
  useExitMethods,
  useExitSweep,
  useRequestedExitSweep,
  type ExitMethodRow,
  type ExitRunState,
} from './exit-runs';
export { reportExitStateOf, useReportExit, type ReportExitState } from './report-exit-runs';
export { forgetGuide, startGuide, updateGuide, useGuide, type GuideRecord } from './guide';
