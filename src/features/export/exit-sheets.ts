/**
 * The exit tables (model-v3 §10.4) as a sheet, in long form: one row per scenario × exit ×
 * term — who leaves what and when, the decision year, the method, the term's year and amount and
 * the exit's total. No sheet when no scenario has an exit.
 */
import type { Evaluation, ModelFile } from '../../engine';
import { defineMessages, translate, type Locale } from '../../i18n';
import { partyName } from '../../model';
import { money, scenarioHead, text, year, type Cell, type Sheet } from './cells';
import { settlementWord } from './settlement-words';

const exitSheetMessages = defineMessages({
  nl: {
    sheet: 'Uittreding',
    scenario: 'Scenario',
    leaver: 'Gemeente die uittreedt',
    shared: 'Gezamenlijke partij',
    from: 'Uittreden per',
    decisionYear: 'Besluitjaar',
    method: 'Methode',
    termYear: 'Jaar van de termijn',
    amount: 'Bedrag',
    total: 'Uittreedsom',
  },
  en: {
    sheet: 'Leaving',
    scenario: 'Scenario',
    leaver: 'Municipality that leaves',
    shared: 'Shared party',
    from: 'Leaves in',
    decisionYear: 'Decision year',
    method: 'Method',
    termYear: 'Year of the term',
    amount: 'Amount',
    total: 'Exit sum',
  },
});

export function exitSheets(model: ModelFile, evaluation: Evaluation, locale: Locale): Sheet[] {
  const t = (key: keyof typeof exitSheetMessages.nl) => translate(exitSheetMessages, locale, key);
  const rows: Cell[][] = [];
  for (const s of evaluation.scenarios) {
    for (const e of s.exits ?? []) {
      const head = [
        ...scenarioHead(s),
        text(partyName(model, e.party)),
        text(partyName(model, e.shared)),
        year(e.from),
        year(e.decisionYear),
        text(settlementWord(e.method, locale)),
      ];
      if (e.terms.length === 0) rows.push([...head, text(''), money('0.00'), money(e.total)]);
      for (const term of e.terms) rows.push([...head, year(term.year), money(term.amount), money(e.total)]);
    }
  }
  if (rows.length === 0) return [];
  const header = [
    t('scenario'),
    t('leaver'),
    t('shared'),
    t('from'),
    t('decisionYear'),
    t('method'),
    t('termYear'),
    t('amount'),
    t('total'),
  ];
  return [{ id: 'exits', name: t('sheet'), header, rows, widths: [24, 20, 20, 10, 10, 16, 12, 18, 18] }];
}
