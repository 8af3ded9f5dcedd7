/** The words of the report's "Uittreding" section (model-v3 §10.4). */
import { defineMessages } from '../../i18n';

export const exitReportMessages = defineMessages({
  nl: {
    exitTitle: 'Uittreding',
    exitIntro:
      'Het model bevat een of meer uittredingsscenario’s: een gemeente treedt uit een gezamenlijke partij en betaalt een uittreedsom, die de blijvende gemeenten ontvangen. De uittreedsom verschuift geld tussen partijen; het totaal van het scenario verandert er niet door.',
    exitScenario: '{scenario}: {party} treedt per 1 januari {year} uit {shared}',
    exitTermsCaption: '{scenario}: uittreedsom per termijn ({method}, geboekt {booking})',
    exitBookedDecision: 'in {year}',
    exitBookedPaid: 'in de jaren van betaling',
    colYear: 'Jaar',
    colAmount: 'Bedrag',
    rowTotal: 'Totaal',
    exitEffectCaption: '{scenario}: resultaat tot en met {year} tegen {parent} (iedereen blijft)',
    colMunicipality: 'Gemeente',
    colCumulative: 'Cumulatief resultaat t.o.v. de baseline',
    colCumulativeParent: 'Idem als iedereen blijft',
    colChange: 'Verschil in kosten t.o.v. iedereen blijft',
    tapered: 'aflopend',
    directDamage: 'directe schade',
    fixed: 'vast bedrag',
    none: 'geen vergoeding',
  },
  en: {
    exitTitle: 'Leaving',
    exitIntro:
      'The model holds one or more exit scenarios: a municipality leaves a shared party and pays an exit sum, which the municipalities that stay receive. The exit sum moves money between parties; it does not change the scenario’s total.',
    exitScenario: '{scenario}: {party} leaves {shared} on 1 January {year}',
    exitTermsCaption: '{scenario}: exit sum per term ({method}, booked {booking})',
    exitBookedDecision: 'in {year}',
    exitBookedPaid: 'in the years paid',
    colYear: 'Year',
    colAmount: 'Amount',
    rowTotal: 'Total',
    exitEffectCaption: '{scenario}: result up to {year} against {parent} (everyone stays)',
    colMunicipality: 'Municipality',
    colCumulative: 'Cumulative result against the baseline',
    colCumulativeParent: 'The same if everyone stays',
    colChange: 'Change in cost against everyone staying',
    tapered: 'tapered',
    directDamage: 'direct damage',
    fixed: 'fixed amount',
    none: 'no settlement',
  },
});
