import { defineMessages } from '../../i18n';

/** The words of the Begroting screen (model-v3 §10.6, §10.7). */
export const budgetMessages = defineMessages({
  nl: {
    title: 'Begroting',
    intro:
      'Een raad besluit over zijn meerjarenbegroting, niet over besparingen ten opzichte van een baseline. Vul per gemeente de goedgekeurde ICT-begroting, de taakstelling en onttrekkingen aan een reserve in (plakken uit Excel kan) en zie per scenario of het past.',
    inputs: 'Begroting van {party}',
    inputsText:
      'ICT-begroting en taakstelling gelden vanaf het jaar waarin u ze invult tot een volgend bedrag; een onttrekking aan de reserve geldt alleen in haar eigen jaar en dekt alleen incidentele kosten.',
    row_ict: 'Goedgekeurde ICT-begroting',
    row_target: 'Taakstelling (samenwerking)',
    row_reserve: 'Onttrekking reserve',
    rowLabel: 'Post',
    scenario: 'Scenario',
    answer: 'Effect op de begroting van {party} — {scenario}',
    answerText:
      'Positief: boven de begroting. Structureel = terugkerende lasten min de ICT-begroting; incidenteel = eenmalige lasten min wat de reserve dekt.',
    noBudget: '{party} heeft nog geen begroting ingevuld.',
    year: 'Jaar',
    structural: 'Structureel',
    incidental: 'Incidenteel',
    total: 'Totaal t.o.v. begroting',
    shortfall: 'Taakstelling niet gehaald',
    vatLine: 'Btw-nadeel (in de lasten)',
    aloneGap: 'Zelf blijven doen (baseline) t.o.v. begroting',
    chart: 'Structureel en incidenteel effect op de begroting van {party}, {scenario}',
    fitsFrom: 'Past binnen de begroting vanaf {year}',
    fitsAlways: 'Past elk jaar binnen de begroting',
    fitsNever: 'Past in geen enkel jaar binnen de begroting',
    targetMissed: 'de taakstelling van {amount} wordt in {years} niet gehaald',
    targetMet: 'de taakstelling wordt elk jaar gehaald',
    invalid: 'Geen uitkomst: het model bevat fouten.',
    vat: 'Btw op de bijdragen aan de gezamenlijke partij',
    vatText:
      'Bedragen in het model zijn exclusief btw. Btw op eigen inkopen compenseert een gemeente via het BTW-compensatiefonds; btw die de samenwerking rekent is alleen een kostenpost voor zover die niet compensabel is.',
    regime: 'Btw-regime {party}',
    regime_none: 'Geen btw-effect (zoals in 2013)',
    regime_charged: 'Belast: de partij rekent btw over haar bijdragen',
    regime_exempt: 'Vrijgesteld: geen btw op bijdragen, btw op eigen inkopen niet aftrekbaar',
    regimeHint_none: 'De bijdragen dragen geen btw die de gemeenten niet terugkrijgen.',
    regimeHint_charged:
      'Zonder koepelvrijstelling rekent de partij btw, ook over personeel; wat het compensatiefonds niet vergoedt, is een kostenpost van de gemeente.',
    regimeHint_exempt:
      'Met de koepelvrijstelling rekent de partij geen btw, maar ze kan de btw op haar eigen inkopen (en op inhuur) niet aftrekken; die btw wordt omgeslagen.',
    rate: 'Btw-tarief',
    inputShare: 'Deel van de inkopen met btw',
    compensable: 'Compensabel deel voor {party}',
    compensableHint: 'Het deel van de in rekening gebrachte btw dat {party} terugkrijgt uit het BTW-compensatiefonds.',
    example: 'Begrotingscijfers uit het rapport van 2013 invullen',
    variant: 'Variant van 2.0 met frictiekosten volgens regel toevoegen',
    variantText:
      'In plaats van het geschatte bedrag van € 1 mln: frictiekosten uit de personeelstabellen, met 24 maanden salaris per boventallige fte, 2 maanden opzegging voor inhuur en 3 % natuurlijk verloop.',
    exampleText:
      'De ICT-begrotingen 2013 zijn gereconstrueerd uit het rapport (Haarlems baseline € 1,6 mln erboven, die van Haarlemmermeer € 0,9 mln eronder); de taakstelling van € 100.000 oplopend naar € 150.000 staat in het raadsvoorstel.',
  },
  en: {
    title: 'Budget',
    intro:
      'A council decides on its multi-year budget, not on savings against a baseline. Enter per municipality the approved ICT budget, the savings target and withdrawals from a reserve (pasting from Excel works) and see per scenario whether it fits.',
    inputs: 'Budget of {party}',
    inputsText:
      'The ICT budget and the target hold from the year you enter them until a next amount; a reserve withdrawal holds in its own year only and covers one-off costs only.',
    row_ict: 'Approved ICT budget',
    row_target: 'Savings target (collaboration)',
    row_reserve: 'Reserve withdrawal',
    rowLabel: 'Item',
    scenario: 'Scenario',
    answer: 'Effect on the budget of {party} — {scenario}',
    answerText:
      'Positive: over budget. Structural = recurring cost minus the ICT budget; incidental = one-off cost minus what the reserve covers.',
    noBudget: '{party} has no budget yet.',
    year: 'Year',
    structural: 'Structural',
    incidental: 'Incidental',
    total: 'Total against budget',
    shortfall: 'Target not met',
    vatLine: 'VAT cost (in the cost)',
    aloneGap: 'Staying alone (baseline) against budget',
    chart: 'Structural and incidental effect on the budget of {party}, {scenario}',
    fitsFrom: 'Fits within the budget from {year}',
    fitsAlways: 'Fits within the budget every year',
    fitsNever: 'Fits within the budget in no year',
    targetMissed: 'the savings target of {amount} is not met in {years}',
    targetMet: 'the savings target is met every year',
    invalid: 'No results: the model has errors.',
    vat: 'VAT on the contributions to the shared party',
    vatText:
      'Amounts in the model exclude VAT. A municipality recovers VAT on its own purchases from the VAT compensation fund; VAT the collaboration charges is a cost only as far as it is not compensable.',
    regime: 'VAT regime {party}',
    regime_none: 'No VAT effect (as in 2013)',
    regime_charged: 'Charged: the party charges VAT on its contributions',
    regime_exempt: 'Exempt: no VAT on contributions, VAT on its own purchases not deductible',
    regimeHint_none: 'The contributions carry no VAT the municipalities do not recover.',
    regimeHint_charged:
      'Without the cost-sharing exemption the party charges VAT, on personnel too; what the compensation fund does not refund is a cost of the municipality.',
    regimeHint_exempt:
      'With the cost-sharing exemption the party charges no VAT, but cannot deduct the VAT on its own purchases (and on hired staff); that VAT is passed on.',
    rate: 'VAT rate',
    inputShare: 'Share of purchases bearing VAT',
    compensable: 'Compensable share for {party}',
    compensableHint: 'The share of the VAT charged that {party} recovers from the VAT compensation fund.',
    example: 'Fill in the budget figures of the 2013 report',
    variant: 'Add a variant of 2.0 with friction costs by rule',
    variantText:
      'Instead of the estimated €1 M: friction costs from the staff tables, with 24 months of salary per surplus FTE, 2 months of notice for hired staff and 3 % natural attrition.',
    exampleText:
      "The 2013 ICT budgets are reconstructed from the report (Haarlem's baseline €1.6 M above it, Haarlemmermeer's €0.9 M below); the savings target of €100,000 rising to €150,000 is in the council proposal.",
  },
});
