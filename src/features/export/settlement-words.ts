/**
 * The four settlement methods of an exit (model-v3 §10.4) in words, as the workbook writes them
 * in a cell: capitalised, as a cell's value starts it. One table for the *Uittreding* sheet (the
 * model's exit scenarios) and the *Uittreedvraag* sheet (the kept exit question), so a method
 * reads the same in both.
 */
import type { ExitResult } from '../../engine';
import { defineMessages, translate, type Locale } from '../../i18n';

const settlementWords = defineMessages({
  nl: {
    tapered: 'Aflopend',
    directDamage: 'Directe schade',
    fixed: 'Vast bedrag',
    none: 'Geen vergoeding',
  },
  en: {
    tapered: 'Tapered',
    directDamage: 'Direct damage',
    fixed: 'Fixed amount',
    none: 'No settlement',
  },
});

/** A settlement method's word in `locale`. */
export const settlementWord = (method: ExitResult['method'], locale: Locale): string =>
  translate(settlementWords, locale, method);
