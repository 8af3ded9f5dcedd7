/** The uncertainty and workshop part of the state's public contract (re-exported by index.ts). */
export {
  cancelMonteCarlo,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  startMonteCarlo,
  useMonteCarloRun,
  warmMonteCarloWorkers,
  type MonteCarloRun,
} from './uncertainty-monte-carlo';
export { requestSensitivity, useSensitivity, type SensitivityState } from './uncertainty-sensitivity';
export { disposeEnginePool, enginePool } from './uncertainty-workers';
export {
  keepInModel,
  removeSnapshot,
  renameSnapshot,
  resetWhatIf,
  setWhatIf,
  snapshotFigures,
  takeSnapshot,
  useWorkshop,
  whatIfModel,
  type Snapshot,
  type SnapshotScenario,
  type WhatIfValues,
  type WorkshopSession,
} from './uncertainty-workshop';
