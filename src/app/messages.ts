import { defineMessages } from '../i18n';

/** The screens' names in the navigation, by screen id. */
export const screenMessages = defineMessages({
  nl: {
    start: 'Start',
    setup: 'Modelopzet',
    baseline: 'Baseline',
    import: 'Tabel importeren',
    scenarios: 'Scenario’s',
    allocation: 'Verdeelsleutels',
    results: 'Resultaten',
    budget: 'Begroting',
    benchmark: 'Benchmark',
    actuals: 'Realisatie',
    legal: 'Rechtsvorm',
    uncertainty: 'Onzekerheid',
    workshop: 'Workshop',
    exit: 'Uittreden',
    report: 'Rapport',
    export: 'Exporteren',
    files: 'Bestanden en delen',
    settings: 'Instellingen',
  },
  en: {
    start: 'Start',
    setup: 'Model setup',
    baseline: 'Baseline',
    import: 'Import a table',
    scenarios: 'Scenarios',
    allocation: 'Allocation keys',
    results: 'Results',
    budget: 'Budget',
    benchmark: 'Benchmark',
    actuals: 'Realisation',
    legal: 'Legal form',
    uncertainty: 'Uncertainty',
    workshop: 'Workshop',
    exit: 'Leaving',
    report: 'Report',
    export: 'Export',
    files: 'Files and sharing',
    settings: 'Settings',
  },
});

export type ScreenLabel = keyof typeof screenMessages.nl;
