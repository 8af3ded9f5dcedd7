import { defineMessages } from '../../i18n';

/** Texts of the allocation keys compared at national scale (issue 19): municipalities as rows. */
export const allocationMessages = defineMessages({
  nl: {
    intro:
      'Alle kosten van {party} verdeeld volgens één sleutel: wat elke gemeente per sleutel t/m {end} bespaart. Gemeenten die er per saldo op achteruitgaan zijn gemarkeerd. Eén scenario tegelijk; de netto contante waarde en het terugverdienjaar van één gemeente staan onder “Per gemeente”.',
    scenario: 'Scenario',
    summary: '{name}: voordeel voor iedere gemeente, per verdeelsleutel',
    losers: 'Gemeenten met verlies',
    rankingText:
      'Per gemeente de besparing t/m {end} onder elke verdeelsleutel. Bovenaan de gemeenten voor wie de keuze van de sleutel het meest uitmaakt: het grootste verschil tussen hun hoogste en laagste besparing. ⚠ verlies: onder die sleutel is de gemeente t/m {end} duurder uit dan zonder dit scenario.',
    ranking: '{name}: besparing t/m {end} per gemeente per verdeelsleutel, grootste verschil eerst ({count})',
    spread: 'Verschil tussen de sleutels',
    lossOnly: 'Alleen gemeenten met verlies onder een sleutel',
    noneWithLoss: 'Geen gemeente heeft onder een van de sleutels verlies.',
    sameUnderEveryKey:
      'Voor {count} van de {total} gemeenten maakt de keuze van sleutel t/m {end} geen verschil: onder elke sleutel dezelfde besparing (bijvoorbeeld omdat zij niet aan dit scenario deelnemen). Zij staan onderaan de tabel.',
    chart: '{name}: besparing t/m {end} per verdeelsleutel van de {count} gemeenten bovenaan de tabel',
  },
  en: {
    intro:
      'All costs of {party} allocated by one key: what each municipality saves under each key up to {end}. Municipalities that are worse off on balance are flagged. One scenario at a time; one municipality’s net present value and break-even year are under “Per municipality”.',
    scenario: 'Scenario',
    summary: '{name}: an advantage for every municipality, per allocation key',
    losers: 'Municipalities with a loss',
    rankingText:
      'For each municipality its savings up to {end} under each allocation key. At the top the municipalities for which the choice of key matters most: the largest difference between their highest and lowest savings. ⚠ loss: under that key the municipality is worse off up to {end} than without this scenario.',
    ranking: '{name}: savings up to {end} per municipality per allocation key, largest difference first ({count})',
    spread: 'Difference between the keys',
    lossOnly: 'Only municipalities with a loss under some key',
    noneWithLoss: 'No municipality has a loss under any of the keys.',
    sameUnderEveryKey:
      'For {count} of the {total} municipalities the choice of key makes no difference up to {end}: the same savings under every key (for instance because they do not take part in this scenario). They are at the bottom of the table.',
    chart: '{name}: savings up to {end} per allocation key of the {count} municipalities at the top of the table',
  },
});
