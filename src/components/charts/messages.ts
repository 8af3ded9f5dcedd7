import { defineMessages } from '../../i18n/i18n';

export const chartMessages = defineMessages({
  nl: {
    showTable: 'Toon als tabel: {name}',
    extrapolated: 'geëxtrapoleerd',
    extrapolatedNote:
      'Gestippeld en met * gemarkeerd: geëxtrapoleerde jaren (bevroren: het laatste jaar van de horizon, geïndexeerd).',
    computed: 'doorgerekend',
    computedNote: 'Fijn gestippeld en met * gemarkeerd: jaren na de horizon, doorgerekend met de regels van het plan.',
    frozenTip: 'geëxtrapoleerd (bevroren)',
    computedTip: 'doorgerekend na de horizon',
    inThousands: 'bedragen × € 1.000',
    inThousands50: 'bedragen × € 1.000, afgerond op € 50.000',
    millions: ' mln',
    other: 'overige ({count})',
  },
  en: {
    showTable: 'Show as table: {name}',
    extrapolated: 'extrapolated',
    extrapolatedNote: 'Dashed and marked *: extrapolated years (frozen: the last year of the horizon, indexed).',
    computed: 'computed through',
    computedNote: 'Finely dotted and marked *: years after the horizon, computed by the plan’s rules.',
    frozenTip: 'extrapolated (frozen)',
    computedTip: 'computed through after the horizon',
    inThousands: 'amounts × €1,000',
    inThousands50: 'amounts × €1,000, rounded to €50,000',
    millions: 'M',
    other: 'other ({count})',
  },
});
