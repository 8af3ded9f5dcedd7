/**
 * The method choices of a model in words (issue 14): each extrapolation method and each
 * depreciation start with a short name and a one-line explanation of what it means for the
 * council. The assumptions editor, the results' method panel and the report take these
 * sentences from here, so that all say the same.
 */
import type { DepreciationStart, Extrapolation } from '../../engine';
import { defineMessages, translate } from '../../i18n';
import type { Locale } from '../../i18n/format';

export const methodMessages = defineMessages({
  nl: {
    indexLastName: 'laatste jaar doortrekken',
    indexLast:
      'De structurele kosten van het laatste planjaar worden bevroren en alleen met de algemene indexatie verhoogd; wat daarna nog verandert (lopende afschrijvingen, aflopende programma’s), telt niet mee.',
    indexLastByCategoryName: 'laatste jaar doortrekken per kostensoort',
    indexLastByCategory: 'Als bij doortrekken, maar elke kostensoort stijgt met haar eigen indexcijfer.',
    computeThroughName: 'doorrekenen',
    computeThrough:
      'Elk jaar na het plan wordt volledig doorgerekend zoals de planjaren: afschrijvingen lopen af, programma’s die eindigen stoppen en vervangingscycli lopen door.',
    noneName: 'niet doortrekken',
    none: 'Na het laatste planjaar wordt niet verder gerekend; terugverdienjaar en netto contante waarde gaan alleen over de planjaren.',
    nextYearName: 'het jaar na de investering',
    nextYear: 'Afschrijving en rente beginnen in het jaar na de investering.',
    sameYearName: 'het jaar van de investering',
    sameYear: 'Afschrijving en rente beginnen al in het jaar van de investering.',
    sameYearNoInterestName: 'het jaar van de investering, zonder rente in dat jaar',
    sameYearNoInterest:
      'Afschrijven vanaf het jaar van de investering; rente over de boekwaarde per 1 januari, dus in dat eerste jaar nog geen rente.',
    halfYearName: 'een half jaar in het eerste jaar',
    halfYear:
      'In het jaar van de investering een halve jaarafschrijving en geen rente; daarna rente over de boekwaarde per 1 januari.',
  },
  en: {
    indexLastName: 'carry the last year forward',
    indexLast:
      'The recurring cost of the last plan year is frozen and only raised by the general index; whatever still changes after it (running depreciation, programmes ending) does not count.',
    indexLastByCategoryName: 'carry the last year forward per cost category',
    indexLastByCategory: 'As carrying forward, but each cost category grows at its own index rate.',
    computeThroughName: 'compute through',
    computeThrough:
      'Every year after the plan is computed in full like the plan years: depreciation runs its course, programmes that end stop and replacement cycles go on.',
    noneName: 'do not extend',
    none: 'Nothing is computed after the last plan year; break-even and net present value cover the plan years only.',
    nextYearName: 'the year after the investment',
    nextYear: 'Depreciation and interest start in the year after the investment.',
    sameYearName: 'the year of the investment',
    sameYear: 'Depreciation and interest already start in the year of the investment.',
    sameYearNoInterestName: 'the year of the investment, without interest in that year',
    sameYearNoInterest:
      'Depreciation from the year of the investment; interest on the book value on 1 January, so none in that first year.',
    halfYearName: 'half a year in the first year',
    halfYear:
      'Half a year’s depreciation and no interest in the year of the investment; after that interest on the book value on 1 January.',
  },
});

/** One line on what an extrapolation method means for the council. */
export function describeExtrapolation(method: Extrapolation, locale: Locale): string {
  return translate(methodMessages, locale, method);
}

/** The short name of an extrapolation method (a choice in a list, a cell in a table). */
export function extrapolationName(method: Extrapolation, locale: Locale): string {
  return translate(methodMessages, locale, `${method}Name`);
}

/** One line on what a depreciation start means for the council. */
export function describeDepreciationStart(start: DepreciationStart, locale: Locale): string {
  return translate(methodMessages, locale, start);
}

/** The short name of a depreciation start ("depreciate from …"). */
export function depreciationStartName(start: DepreciationStart, locale: Locale): string {
  return translate(methodMessages, locale, `${start}Name`);
}
