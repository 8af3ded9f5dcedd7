/**
 * The method appendix: the calculation rules of docs/engine.md and the model specification,
 * told in plain language for a council reader, with this model's own values filled in.
 */
import { defineMessages } from '../../i18n';

export const methodMessages = defineMessages({
  nl: {
    intro:
      'Hier staat hoe de bedragen in dit rapport tot stand komen. Alle invoer staat in bijlage A. De app, de rekenmodule en dit rapport gebruiken één en dezelfde berekening, dus overal staan dezelfde cijfers.',
    yearsTitle: 'Jaren en bedragen',
    years:
      'Er wordt gerekend over de jaren {start} tot en met {end}. Bedragen zijn nominaal: een bedrag in 2016 is in euro’s van 2016. Een gegeven dat per jaar kan verschillen, zoals het aantal inwoners of fte, blijft gelden tot het eerstvolgende jaar waarvoor een andere waarde is ingevuld.',
    indexTitle: 'Prijsstijging (indexatie)',
    index:
      'Jaarlijkse kosten die in prijzen van {base} zijn ingevoerd, worden elk jaar duurder met het indexcijfer van hun categorie: {personnel} per jaar voor personeel en {general} per jaar voor de andere categorieën, tenzij een categorie een eigen cijfer heeft. Na drie jaar is een bedrag dus drie keer na elkaar met dat percentage verhoogd. Een bedrag dat voor een bepaald jaar apart is ingevuld, telt in dat jaar zoals het is ingevuld.',
    staffTitle: 'Personeel',
    staff:
      'De kosten van een functiegroep zijn het aantal fte maal de kosten per fte van de partij. Het ingehuurde deel telt tegen het tarief voor inhuur, de rest tegen het tarief voor eigen personeel. Het bedrag wordt daarna geïndexeerd zoals hierboven.',
    capitalTitle: 'Investeringen en kapitaallasten',
    capital:
      'Een investering komt niet in één keer ten laste van het jaar van aanschaf. Vanaf {depStart} wordt zij afgeschreven over de termijn die voor de categorie geldt, en elk jaar komt daar rente bij over de waarde die dan nog op de balans staat (de boekwaarde aan het begin van het jaar), tegen het rentepercentage van de partij die investeert. {method} Bij applicaties komt bovenop de aanschafprijs een opslag voor projectkosten: {replacement} van de aanschafprijs bij vervanging en {renewal} bij vernieuwing.',
    linear: 'De afschrijving is elk jaar even groot; het laatste jaar neemt wat er nog over is.',
    annuity:
      'Rente en afschrijving zijn samen elk jaar even groot (annuïteit); het rentedeel daalt en het afschrijvingsdeel stijgt.',
    nextYear: 'het jaar na de aanschaf',
    sameYear: 'het jaar van aanschaf',
    leversTitle: 'Scenario’s en hefbomen',
    levers:
      'Een scenario neemt alles over van het scenario waarop het is gebaseerd en past daarna zijn hefbomen toe, één voor één in de volgorde van de lijst. Een verlaging geldt voor de kosten die er op dat moment zijn; wat een latere hefboom toevoegt, wordt er niet door verlaagd. Een uitgeschakelde hefboom telt niet mee. Wordt een bezit eerder afgestoten dan gepland, dan komt de waarde die nog op de balans stond in dat jaar als eenmalige last (desinvestering).',
    frictionTitle: 'Frictiekosten volgens regel',
    friction:
      'Waar een scenario frictiekosten volgens regel heeft, volgen ze uit de personeelstabellen: per functiegroep en jaar de nieuwe fte-reductie ten opzichte van de baseline; ingehuurd personeel wordt eerst beëindigd (tegen de opzegtermijn), natuurlijk verloop vangt een deel van de eigen boventalligen op, en de rest kost het ingestelde aantal maanden salaris. Een kostenverlaging op personeel is geen fte-reductie.',
    vatTitle: 'Btw op de bijdragen',
    vat: 'Bedragen zijn exclusief btw; btw op eigen inkopen is compensabel. Rekent de gezamenlijke partij btw, dan is het deel dat het compensatiefonds niet vergoedt een kostenpost van de gemeente; is ze vrijgesteld, dan wordt de niet-aftrekbare btw op haar inkopen en inhuur omgeslagen. Beide als aparte post Btw-nadeel.',
    allocationTitle: 'Verdeling van gezamenlijke kosten',
    allocation:
      'Wat een gezamenlijke partij kost, zoals een ICT-centrum, wordt per categorie en per jaar over de deelnemende gemeenten verdeeld volgens de verdeelsleutel: naar inwoners, werkplekken, medewerkers, vaste aandelen of gemeten gebruik. Elke gemeente krijgt eerst haar deel afgerond naar beneden op hele centen; de centen die daarna nog over zijn, gaan één voor één naar de gemeenten met de grootste rest. De delen tellen daardoor altijd precies op tot het geheel. Eenmalige en jaarlijkse kosten worden elk apart verdeeld.',
    roundingTitle: 'Afronding',
    rounding:
      'Elk afzonderlijk bedrag – één kostenregel of één formatieregel in één jaar, de kapitaallasten van één investering in één jaar – wordt op hele centen afgerond; een halve cent gaat weg van nul. Daarna wordt alleen nog precies opgeteld, zonder tussentijdse afronding. De tabellen in dit rapport tonen bedragen in hele euro’s of in duizenden euro’s; opgetelde getallen in een tabel kunnen daardoor een eenheid verschillen van het totaal dat erbij staat.',
    savingsTitle: 'Besparing, terugverdienjaar en terugverdientijd',
    savings:
      'De besparing in een jaar is wat de baseline dat jaar kost min wat het scenario kost; is het getal positief, dan is het scenario goedkoper. De cumulatieve besparing telt de besparingen op vanaf {start}. Het terugverdienjaar is het eerste jaar waarin de cumulatieve besparing nul of meer is en dat in alle latere jaren tot en met {last} blijft. De terugverdientijd is het aantal jaren vanaf {start} tot dat moment, waarbij het laatste jaar naar rato meetelt.',
    npvTitle: 'Netto contante waarde',
    npv: 'Een euro die later wordt bespaard, is minder waard dan een euro nu. De besparing van elk jaar wordt daarom teruggerekend naar {start} met een disconteringsvoet van {rate} per jaar, en opgeteld. Dat gebeurt over {start}–{end} en over {start}–{last}; de uitkomst wordt pas aan het eind op centen afgerond.',
    investmentTitle: 'Investering in de samenwerking',
    investment:
      'De investering is wat een scenario over {start}–{end} aan eenmalige kosten heeft (project-, programma-, transitie- en frictiekosten en desinvesteringen), min de eenmalige kosten van de baseline.',
    extrapolationTitle: 'Doortrekken na {end}',
    extrapolation:
      'Na {end} worden de jaren tot en met {last} geschat: de jaarlijkse (structurele) kosten van {end} stijgen elk jaar met de algemene indexatie van het scenario, eenmalige kosten zijn nul. Deze jaren staan in de tabellen met een * en in de grafieken gestreept. Omdat elk doorgetrokken cijfer apart wordt afgerond, kunnen de onderdelen in die jaren enkele centen van het totaal verschillen.',
    extrapolationOther:
      'Na {end} worden de jaren tot en met {last} berekend met de methode ‘{methodName}’: {how} Deze jaren staan in de tabellen met een * en in de grafieken gestreept; hoofdstuk 2 zet deze methode naast het bevriezen van {end}.',
    noExtrapolation: 'Na {end} wordt niet doorgerekend.',
    municipalityTitle: 'De business case per gemeente',
    municipality:
      'Voor elke gemeente gelden dezelfde regels, op haar eigen kosten plus haar deel van de kosten van de gezamenlijke partijen. Haar investering is haar deel van de eenmalige kosten min haar eenmalige kosten in de baseline.',
    benchmarkTitle: 'Benchmark',
    benchmark:
      'De kosten per inwoner zijn de kosten van een gemeente na verdeling, per groep van categorieën (software, personeel, infrastructuur), gedeeld door haar aantal inwoners in dat jaar en op centen afgerond. Eenmalige en overige kosten tellen niet mee, net als in de benchmark. De formatie per 100.000 inwoners omvat ook het deel van de gemeente in het personeel van gezamenlijke partijen, verdeeld met dezelfde sleutel als de kosten daarvan.',
    uncertaintyTitle: 'Onzekerheid',
    uncertainty:
      'Bij de gevoeligheidsanalyse wordt steeds één aanname verschoven naar een lage en een hoge waarde (het bereik dat is ingevoerd, anders 20 % lager en 20 % hoger) terwijl de rest gelijk blijft; zo is te zien welke aannames de uitkomst het meest bepalen. Bij de Monte Carlo-analyse worden alle aannames met een bereik tegelijk willekeurig gekozen, duizenden keren; met hetzelfde startgetal komt steeds precies dezelfde uitkomst.',
  },
  en: {
    intro:
      'This appendix explains how the amounts in this report come about. All inputs are in appendix A. The app, the calculation module and this report use one and the same calculation, so the figures are the same everywhere.',
    yearsTitle: 'Years and amounts',
    years:
      'The calculation covers the years {start} to {end}. Amounts are nominal: an amount in 2016 is in euros of 2016. A figure that may differ per year, such as inhabitants or FTE, holds until the next year for which another value has been entered.',
    indexTitle: 'Price increases (indexation)',
    index:
      'Yearly costs entered at {base} prices become dearer each year by the index of their category: {personnel} a year for personnel and {general} a year for the other categories, unless a category has its own figure. After three years an amount has thus been raised by that percentage three times over. An amount entered separately for a given year counts in that year as entered.',
    staffTitle: 'Staff',
    staff:
      'The cost of a function group is the number of FTE times the party’s cost per FTE. The hired part counts at the rate for hired staff, the rest at the rate for own staff. The amount is then indexed as above.',
    capitalTitle: 'Investments and capital charges',
    capital:
      'An investment is not charged at once to the year of purchase. From {depStart} it is depreciated over the term of its category, and each year interest is added over the value still on the balance sheet (the book value at the start of the year), at the interest rate of the investing party. {method} For applications a surcharge for project costs comes on top of the purchase price: {replacement} of the purchase price on replacement and {renewal} on renewal.',
    linear: 'Depreciation is the same each year; the last year takes what is left.',
    annuity:
      'Interest and depreciation together are the same each year (annuity); the interest part falls and the depreciation part rises.',
    nextYear: 'the year after the purchase',
    sameYear: 'the year of purchase',
    leversTitle: 'Scenarios and levers',
    levers:
      'A scenario takes over everything of the scenario it is based on and then applies its levers one by one in the order of the list. A reduction applies to the costs that exist at that moment; what a later lever adds is not reduced by it. A lever that is switched off does not count. When an asset is disposed of earlier than planned, the value still on the balance sheet is charged in that year as a one-off cost (disinvestment).',
    frictionTitle: 'Friction costs by rule',
    friction:
      'Where a scenario has friction costs by rule, they follow from the staff tables: per function group and year the new FTE reduction against the baseline; hired staff is ended first (at its notice period), natural attrition absorbs part of the own surplus, and the rest costs the set number of months of salary. A cost reduction on staff is no FTE reduction.',
    vatTitle: 'VAT on the contributions',
    vat: 'Amounts exclude VAT; VAT on own purchases is compensable. If the shared party charges VAT, the part the compensation fund does not refund is a cost of the municipality; if it is exempt, the non-deductible VAT on its purchases and hired staff is passed on. Both as a separate item, VAT cost.',
    allocationTitle: 'Allocation of shared costs',
    allocation:
      'What a shared party costs, such as an ICT centre, is split per category and per year over the participating municipalities by the allocation key: by inhabitants, workstations, employees, fixed shares or measured usage. Each municipality first gets its part rounded down to whole cents; the cents left over then go one by one to the municipalities with the largest remainder. The parts therefore always add up exactly to the whole. One-off and yearly costs are each split separately.',
    roundingTitle: 'Rounding',
    rounding:
      'Each single amount – one cost line or one staff line in one year, the capital charges of one investment in one year – is rounded to whole cents; half a cent goes away from zero. After that, amounts are only added exactly, without intermediate rounding. The tables in this report show amounts in whole euros or in thousands of euros; figures added up in a table may therefore differ by one unit from the total shown beside them.',
    savingsTitle: 'Savings, break-even and payback',
    savings:
      'The savings in a year are what the baseline costs that year minus what the scenario costs; a positive figure means the scenario is cheaper. The cumulative savings add up the savings from {start}. The break-even year is the first year in which the cumulative savings are zero or more and stay so in every later year up to {last}. The payback period is the number of years from {start} to that moment, the last year counting pro rata.',
    npvTitle: 'Net present value',
    npv: 'A euro saved later is worth less than a euro now. Each year’s savings are therefore discounted to {start} at a discount rate of {rate} a year, and added up. This is done over {start}–{end} and over {start}–{last}; the outcome is rounded to cents only at the end.',
    investmentTitle: 'Investment in the collaboration',
    investment:
      'The investment is what a scenario has in one-off costs over {start}–{end} (project, programme, transition and friction costs and disinvestments), minus the baseline’s one-off costs.',
    extrapolationTitle: 'Extending beyond {end}',
    extrapolation:
      'After {end} the years up to {last} are estimated: the yearly (recurring) costs of {end} rise each year by the scenario’s general indexation, one-off costs are zero. These years carry a * in the tables and are dashed in the charts. As each extended figure is rounded separately, the parts may differ from the total by a few cents in those years.',
    extrapolationOther:
      'After {end} the years up to {last} are computed with the method ‘{methodName}’: {how} These years are marked * in the tables and hatched in the charts; chapter 2 sets this method beside freezing {end}.',
    noExtrapolation: 'No years after {end} are computed.',
    municipalityTitle: 'The business case per municipality',
    municipality:
      'The same rules apply to each municipality, on its own costs plus its share of the shared parties’ costs. Its investment is its share of the one-off costs minus its one-off costs in the baseline.',
    benchmarkTitle: 'Benchmark',
    benchmark:
      'The cost per inhabitant is a municipality’s cost after allocation, per group of categories (software, personnel, infrastructure), divided by its number of inhabitants in that year and rounded to cents. One-off and other costs do not count, as in the benchmark. The staff per 100,000 inhabitants includes the municipality’s share of the shared parties’ staff, split by the same key as their cost.',
    uncertaintyTitle: 'Uncertainty',
    uncertainty:
      'The sensitivity analysis moves one assumption at a time to a low and a high value (the range entered, else 20% lower and 20% higher) while everything else stays the same; this shows which assumptions determine the outcome most. The Monte Carlo analysis draws all assumptions that have a range at random at the same time, thousands of times; with the same seed the outcome is always exactly the same.',
  },
});

export type MethodKey = keyof typeof methodMessages.nl;
