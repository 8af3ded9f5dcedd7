import type { BreakEven, InputPath, Money, ModelFile, MonteCarloSummary, SensitivityResult } from '../engine';
import type { Locale } from '../i18n/format';
import type { InputsRemovedBy } from '../model/input-path-remap';
import type { Recipe } from '../model/model-edits';
import type { EvaluationRunSlice } from './evaluation-slice';

/** One saved model in this browser. `revision` is the stored revision this tab last read or wrote. */
export type ModelEntry = {
  id: string;
  model: ModelFile;
  revision: number;
  createdAt: string;
  updatedAt: string;
};

/**
 * One step of a model's history: the model on the other side of an edit, and what the edit did
 * to input paths besides (`moved`: old path → new path, or null when removed with its input;
 * `notice`: what the user was told about removed ranges and controls, `noticeId` its id).
 */
export type HistoryStep = {
  model: ModelFile;
  label: string;
  moved?: Record<InputPath, InputPath | null>;
  notice?: NoticeInput;
  noticeId?: string;
};
export type ModelHistory = { past: HistoryStep[]; future: HistoryStep[] };

/** Raw stored data that could not be read; kept aside so the user can download it. */
export type QuarantineItem = { key: string; raw: string; reason: string; at: string };

export type StorageKind = 'indexedDB' | 'localStorage' | 'memory';

export type Notice =
  | { id: string; kind: 'recovery'; items: QuarantineItem[] }
  | { id: string; kind: 'storageUnavailable' }
  | { id: string; kind: 'storageFull' }
  | { id: string; kind: 'conflict'; modelId: string }
  | { id: string; kind: 'importErrors'; source: string; errors: string[] }
  | { id: string; kind: 'imported'; modelId: string; warnings: string[] }
  /** Ranges and workshop controls an edit removed because their input went with it (names: label or path). */
  | { id: string; kind: 'inputsRemoved'; modelId: string; by: InputsRemovedBy; ranges: string[]; controls: string[] };

/** What took the inputs away: the kind of item deleted with them, or `input` when only the number went. */

export type NoticeInput = Notice extends infer N ? (N extends Notice ? Omit<N, 'id'> : never) : never;

export type ModelsSlice = {
  models: Record<string, ModelEntry>;
  activeModelId: string | null;
  addModel: (model: ModelFile, opts?: { isActive?: boolean; id?: string }) => string;
  removeModel: (id: string) => void;
  duplicateModel: (id: string, title: string) => string | null;
  setActiveModel: (id: string | null) => void;
  /** Applies an edit to a model as one undo step; a recipe that changes nothing adds no step. */
  updateModel: (id: string, recipe: Recipe, label?: string) => void;
  /** Takes a model as stored by another tab; drops this tab's undo history of it. */
  replaceFromStorage: (entry: ModelEntry) => void;
  markSaved: (id: string, revision: number) => void;
};

export type HistorySlice = {
  history: Record<string, ModelHistory>;
  undo: (id?: string) => void;
  redo: (id?: string) => void;
  clearHistory: (id: string) => void;
};

/**
 * The app's screens, in navigation order (their entries are in app/screens.ts, which must have
 * one for each). Declared here so the store can type `screen` without importing the app.
 */
export const SCREEN_IDS = [
  'start',
  'setup',
  'baseline',
  'import',
  'scenarios',
  'allocation',
  'results',
  'budget',
  'benchmark',
  'actuals',
  'legal',
  'uncertainty',
  'workshop',
  'exit',
  'report',
  'export',
  'files',
  'settings',
] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export const isScreenId = (value: unknown): value is ScreenId => (SCREEN_IDS as readonly unknown[]).includes(value);

export type SaveState = 'saved' | 'pending' | 'failed';

export type Selection = { scenarioId: string | null; partyId: string | null };

export type UiSlice = {
  locale: Locale;
  screen: ScreenId;
  selection: Selection;
  notices: Notice[];
  storageKind: StorageKind | null;
  isHydrated: boolean;
  /** Whether every change has reached storage (shown in the header). */
  saveState: SaveState;
  setLocale: (locale: Locale) => void;
  setScreen: (screen: ScreenId) => void;
  select: (patch: Partial<Selection>) => void;
  addNotice: (notice: NoticeInput) => string;
  dismissNotice: (id: string) => void;
  setStorage: (kind: StorageKind) => void;
  setHydrated: () => void;
  setSaveState: (state: SaveState) => void;
};

/** A workshop's what-if values: input path → value, layered over the model (workshop-slice.ts). */
export type WhatIfValues = Readonly<Record<InputPath, string>>;

export type SnapshotScenario = {
  id: string;
  name: string;
  isBaseline: boolean;
  breakEven: BreakEven;
  npv: Money;
  investment: Money;
  /** Cumulative savings at the end of the horizon. */
  cumulativeSavings: Money;
  totals: Money[];
  cumulative: Money[];
};

export type Snapshot = {
  id: string;
  label: string;
  values: WhatIfValues;
  years: number[];
  endYear: number;
  scenarios: SnapshotScenario[];
};

export type WorkshopSession = { values: WhatIfValues; snapshots: Snapshot[] };

export type WorkshopSlice = {
  /** Per model id: the workshop's what-if layer and snapshots (in memory only, never persisted or undone). */
  workshop: Record<string, WorkshopSession>;
  setWhatIf: (modelId: string, path: InputPath, value: string) => void;
  resetWhatIf: (modelId: string) => void;
  /** Keeps the current variant's values and figures; false when the model cannot be evaluated. */
  takeSnapshot: (modelId: string, model: ModelFile, label: string) => boolean;
  removeSnapshot: (modelId: string, snapshotId: string) => void;
  /** Names a snapshot (a variant) as the room calls it; an empty name keeps the old one. */
  renameSnapshot: (modelId: string, snapshotId: string, label: string) => void;
  /** Writes the what-if values (or a snapshot's) into the model as one undoable edit and clears the layer. */
  keepInModel: (modelId: string, label: string, values?: WhatIfValues) => void;
};

type RunBase = { modelId: string; model: ModelFile; samples: number; seed: number };

export type MonteCarloRun =
  | { status: 'idle' }
  | (RunBase & { status: 'running'; done: number })
  | (RunBase & { status: 'done'; summary: MonteCarloSummary; elapsedMs: number; workers: number })
  | (RunBase & { status: 'cancelled' })
  | (RunBase & { status: 'error'; message: string });

export type SensitivityState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: SensitivityResult }
  | { status: 'error'; message: string };

/**
 * A run of the Uittreden screen in the engine worker (the exit-year sweep or the methods side
 * by side, issue 15): progress per year computed, then the plain result (money as decimal strings).
 */
export type ExitRunState<R> =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: R; elapsedMs: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export type RunsSlice = {
  /** The Monte Carlo run of the uncertainty screen (one at a time). */
  monteCarlo: MonteCarloRun;
  /** Tornado results by `serial|scenario|metric` (the most recent few). */
  sensitivity: Record<string, SensitivityState>;
  setMonteCarloRun: (run: MonteCarloRun) => void;
  putSensitivity: (key: string, state: SensitivityState) => void;
  /** Exit runs (sweeps and method comparisons) by `kind|model parts|question` (the most recent few; exit-runs.ts). */
  exitRuns: Record<string, ExitRunState<unknown>>;
  putExitRun: (key: string, state: ExitRunState<unknown>) => void;
};

export type AppState = ModelsSlice & HistorySlice & UiSlice & WorkshopSlice & RunsSlice & EvaluationRunSlice;
