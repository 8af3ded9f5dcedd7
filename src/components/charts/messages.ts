import { defineMessages } from '../../i18n/i18n';

export const chartMessages = defineMessages({
  nl: {
    showTable: 'Toon als tabel: {name}',
    extrapolated: 'geëxtrapoleerd',
    extrapolatedNote: 'Gestippeld en met * gemarkeerd: geëxtrapoleerde jaren.',
    inThousands: 'bedragen × € 1.000',
    inThousands50: 'bedragen × € 1.000, afgerond op € 50.000',
    millions: ' mln',
  },
  en: {
    showTable: 'Show as table: {name}',
    extrapolated: 'extrapolated',
    extrapolatedNote: 'Dashed and marked *: extrapolated years.',
    inThousands: 'amounts × €1,000',
    inThousands50: 'amounts × €1,000, rounded to €50,000',
    millions: 'm',
  },
});
