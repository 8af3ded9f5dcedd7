import { defineMessages } from '../../i18n';

/** Texts of the searchable, ranked per-municipality view (issue 19, item 5). */
export const rankingMessages = defineMessages({
  nl: {
    search: 'Zoek een gemeente',
    rankingTitle: 'Gemeenten, grootste effect eerst',
    rankingText:
      'Gesorteerd op de grootste netto contante waarde (besparing of meerkosten) in een van de scenario’s. Kies een gemeente voor haar eigen business case met grafiek.',
    ranking: 'Gemeenten gesorteerd op grootste effect ({count})',
    municipality: 'Gemeente',
    scenario: 'Scenario met het grootste effect',
    npv: 'Netto contante waarde',
    breakEven: 'Terugverdiend in',
    show: 'Toon business case van {name}',
    showing: 'getoond',
    more: 'Toon nog {count}',
    none: 'Geen gemeente gevonden met “{query}”.',
    found: '{count} van {total} gemeenten',
    otherMunicipalities: 'overige gemeenten ({count})',
  },
  en: {
    search: 'Find a municipality',
    rankingTitle: 'Municipalities, largest effect first',
    rankingText:
      'Sorted by the largest net present value (saving or extra cost) in any of the scenarios. Choose a municipality for its own business case with chart.',
    ranking: 'Municipalities sorted by largest effect ({count})',
    municipality: 'Municipality',
    scenario: 'Scenario with the largest effect',
    npv: 'Net present value',
    breakEven: 'Break-even in',
    show: 'Show the business case of {name}',
    showing: 'shown',
    more: 'Show {count} more',
    none: 'No municipality found for “{query}”.',
    found: '{count} of {total} municipalities',
    otherMunicipalities: 'other municipalities ({count})',
  },
});
