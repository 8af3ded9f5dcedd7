/**
 * The screens of the app, in navigation order. A feature adds itself with one entry:
 *
 *   { id: 'benchmark', label: { nl: 'Benchmark', en: 'Benchmark' },
 *     component: lazyScreen(() => import('../features/benchmark'), 'BenchmarkScreen') },
 *
 * `needsModel: false` for screens that work without an open model (start, files, settings).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ScreenId } from '../state';

export type ScreenEntry = {
  id: ScreenId;
  label: { nl: string; en: string };
  component: LazyExoticComponent<ComponentType>;
  needsModel?: boolean;
};

const loaders = new WeakMap<LazyExoticComponent<ComponentType>, () => Promise<unknown>>();

/** A lazily loaded screen from a module's named export. */
export function lazyScreen<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): LazyExoticComponent<ComponentType> {
  const component = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  loaders.set(component, load);
  return component;
}

/** Loads every screen's code in the background, so that switching screens never waits. */
export function preloadScreens(): void {
  for (const s of screens) void loaders.get(s.component)?.().catch(() => undefined);
}

export const screens: ScreenEntry[] = [
  { id: 'start', label: { nl: 'Start', en: 'Start' }, needsModel: false, component: lazyScreen(() => import('../features/start'), 'StartScreen') },
  { id: 'setup', label: { nl: 'Modelopzet', en: 'Model setup' }, component: lazyScreen(() => import('../features/model-setup'), 'ModelSetupScreen') },
  { id: 'baseline', label: { nl: 'Baseline', en: 'Baseline' }, component: lazyScreen(() => import('../features/baseline'), 'BaselineScreen') },
  { id: 'import', label: { nl: 'Tabel importeren', en: 'Import a table' }, component: lazyScreen(() => import('../features/import'), 'ImportScreen') },
  { id: 'scenarios', label: { nl: 'Scenario’s', en: 'Scenarios' }, component: lazyScreen(() => import('../features/scenarios'), 'ScenariosScreen') },
  { id: 'allocation', label: { nl: 'Verdeelsleutels', en: 'Allocation keys' }, component: lazyScreen(() => import('../features/allocation'), 'AllocationScreen') },
  { id: 'results', label: { nl: 'Resultaten', en: 'Results' }, component: lazyScreen(() => import('../features/results'), 'ResultsScreen') },
  { id: 'benchmark', label: { nl: 'Benchmark', en: 'Benchmark' }, component: lazyScreen(() => import('../features/benchmark'), 'BenchmarkScreen') },
  { id: 'uncertainty', label: { nl: 'Onzekerheid', en: 'Uncertainty' }, component: lazyScreen(() => import('../features/uncertainty'), 'UncertaintyScreen') },
  { id: 'workshop', label: { nl: 'Workshop', en: 'Workshop' }, component: lazyScreen(() => import('../features/workshop'), 'WorkshopScreen') },
  { id: 'report', label: { nl: 'Rapport', en: 'Report' }, component: lazyScreen(() => import('../features/report'), 'ReportScreen') },
  { id: 'export', label: { nl: 'Exporteren', en: 'Export' }, component: lazyScreen(() => import('../features/export'), 'ExportScreen') },
  { id: 'files', label: { nl: 'Bestanden en delen', en: 'Files and sharing' }, needsModel: false, component: lazyScreen(() => import('../features/files'), 'FilesScreen') },
  { id: 'settings', label: { nl: 'Instellingen', en: 'Settings' }, needsModel: false, component: lazyScreen(() => import('../features/settings'), 'SettingsScreen') },
];

export function findScreen(id: ScreenId): ScreenEntry {
  return screens.find((s) => s.id === id) ?? (screens[0] as ScreenEntry);
}
