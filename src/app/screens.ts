/**
 * The screens of the app, in navigation order. A feature adds itself with one entry, and its
 * name in the navigation under its id in `screenMessages` (./messages.ts):
 *
 *   { id: 'benchmark',
 *     component: lazyScreen(() => import('../features/benchmark'), 'BenchmarkScreen') },
 *
 * `needsModel: false` for screens that work without an open model (start, files, settings).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ScreenId } from '../state';
import type { ScreenLabel } from './messages';

export type ScreenEntry = {
  /** Also the key of the screen's name in `screenMessages`. */
  id: ScreenId & ScreenLabel;
  component: LazyExoticComponent<ComponentType>;
  needsModel?: boolean;
};

const loaders = new WeakMap<LazyExoticComponent<ComponentType>, () => Promise<unknown>>();

/** A lazily loaded screen from a module's named export. */
export function lazyScreen<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M & string,
): LazyExoticComponent<ComponentType> {
  const component = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  loaders.set(component, load);
  return component;
}

/**
 * Loads every screen's code in the background, so that switching screens never waits: one
 * screen after the other, each in a task of its own (all at once took one task of 70–120 ms on
 * the page, long enough to be felt while a heavy model was being opened).
 */
export function preloadScreens(): void {
  const pending = screens.flatMap((s) => loaders.get(s.component) ?? []);
  const next = (): void => {
    const load = pending.shift();
    if (load === undefined) return;
    void load()
      .catch(() => undefined)
      .then(() => setTimeout(next, 0));
  };
  next();
}

export const screens: ScreenEntry[] = [
  { id: 'start', needsModel: false, component: lazyScreen(() => import('../features/start'), 'StartScreen') },
  { id: 'setup', component: lazyScreen(() => import('../features/model-setup'), 'ModelSetupScreen') },
  { id: 'baseline', component: lazyScreen(() => import('../features/baseline'), 'BaselineScreen') },
  { id: 'import', component: lazyScreen(() => import('../features/import'), 'ImportScreen') },
  { id: 'scenarios', component: lazyScreen(() => import('../features/scenarios'), 'ScenariosScreen') },
  { id: 'allocation', component: lazyScreen(() => import('../features/allocation'), 'AllocationScreen') },
  { id: 'results', component: lazyScreen(() => import('../features/results'), 'ResultsScreen') },
  { id: 'budget', component: lazyScreen(() => import('../features/budget'), 'BudgetScreen') },
  { id: 'benchmark', component: lazyScreen(() => import('../features/benchmark'), 'BenchmarkScreen') },
  { id: 'actuals', component: lazyScreen(() => import('../features/actuals'), 'ActualsScreen') },
  { id: 'legal', component: lazyScreen(() => import('../features/legal'), 'LegalScreen') },
  { id: 'uncertainty', component: lazyScreen(() => import('../features/uncertainty'), 'UncertaintyScreen') },
  { id: 'workshop', component: lazyScreen(() => import('../features/workshop'), 'WorkshopScreen') },
  { id: 'exit', component: lazyScreen(() => import('../features/exit'), 'ExitScreen') },
  { id: 'report', component: lazyScreen(() => import('../features/report'), 'ReportScreen') },
  { id: 'export', component: lazyScreen(() => import('../features/export'), 'ExportScreen') },
  { id: 'files', needsModel: false, component: lazyScreen(() => import('../features/files'), 'FilesScreen') },
  { id: 'settings', needsModel: false, component: lazyScreen(() => import('../features/settings'), 'SettingsScreen') },
];

export function findScreen(id: ScreenId): ScreenEntry {
  return screens.find((s) => s.id === id) ?? (screens[0] as ScreenEntry);
}
