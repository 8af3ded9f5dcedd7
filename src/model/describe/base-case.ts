/**
 * The Monte Carlo spread reconciled with the headline figures (issue 20, item 7), in plain
 * sentences for the uncertainty screen and the report: which way the ranges lean, where the
 * point estimate lies in the P10–P90 band, and the chance of breaking even by the point
 * estimate's own break-even year and by the last computed year.
 */
import {
  compareWithBaseCase,
  type BandPosition,
  type BaseCaseComparison,
  type Evaluation,
  type MonteCarloScenario,
} from '../../engine';
import { defineMessages, translate } from '../../i18n';
import { formatChance, formatMoney, type Locale } from '../../i18n/format';

export const baseCaseMessages = defineMessages({
  nl: {
    leanUnfavourable: 'De bandbreedtes zijn scheef naar ongunstig: ',
    leanFavourable: 'De bandbreedtes zijn scheef naar gunstig: ',
    npv: 'de netto contante waarde',
    cumulative: 'de cumulatieve besparing t/m {year}',
    aboveBand:
      'de puntschatting van {what} ({value}) ligt boven de P10–P90-band ({p10} – {p90}), aan de gunstige kant.',
    upper:
      'de puntschatting van {what} ({value}) ligt aan de gunstige kant van de P10–P90-band ({p10} – {p90}; P50 {p50}).',
    centre: 'de puntschatting van {what} ({value}) ligt midden in de P10–P90-band ({p10} – {p90}; P50 {p50}).',
    lower:
      'de puntschatting van {what} ({value}) ligt aan de ongunstige kant van de P10–P90-band ({p10} – {p90}; P50 {p50}).',
    belowBand:
      'de puntschatting van {what} ({value}) ligt onder de P10–P90-band ({p10} – {p90}), aan de ongunstige kant.',
    noLean: 'De bandbreedtes zijn niet scheef: ',
    breakEven:
      'In de puntschatting is {scenario} terugverdiend in {year}; in de trekkingen is de kans om in of vóór {year} terugverdiend te zijn {chance}, en t/m {last} (het laatste doorgerekende jaar) {chanceLast}.',
    never:
      'In de puntschatting is {scenario} niet terugverdiend t/m {last}; in de trekkingen is de kans om t/m {last} terugverdiend te zijn {chanceLast}.',
    headline:
      'Kans dat {scenario} terugverdiend is in of vóór {year} (het terugverdienjaar van de puntschatting): {chance}; t/m {last} (laatste doorgerekende jaar): {chanceLast}.',
    headlineNever:
      'Kans dat {scenario} terugverdiend is t/m {last} (laatste doorgerekende jaar): {chanceLast}. De puntschatting verdient zich in die periode niet terug.',
    pointLabel: 'Puntschatting',
    pointYear: 'Terugverdienjaar puntschatting: {year}',
    pointValue: 'Puntschatting: {value}',
  },
  en: {
    leanUnfavourable: 'The ranges lean towards the unfavourable side: ',
    leanFavourable: 'The ranges lean towards the favourable side: ',
    npv: 'the net present value',
    cumulative: 'the cumulative savings to {year}',
    aboveBand:
      'the point estimate of {what} ({value}) lies above the P10–P90 band ({p10} – {p90}), on the favourable side.',
    upper:
      'the point estimate of {what} ({value}) lies on the favourable side of the P10–P90 band ({p10} – {p90}; P50 {p50}).',
    centre: 'the point estimate of {what} ({value}) lies in the middle of the P10–P90 band ({p10} – {p90}; P50 {p50}).',
    lower:
      'the point estimate of {what} ({value}) lies on the unfavourable side of the P10–P90 band ({p10} – {p90}; P50 {p50}).',
    belowBand:
      'the point estimate of {what} ({value}) lies below the P10–P90 band ({p10} – {p90}), on the unfavourable side.',
    noLean: 'The ranges do not lean to one side: ',
    breakEven:
      'In the point estimate {scenario} breaks even in {year}; in the draws the chance of having broken even in or before {year} is {chance}, and by {last} (the last computed year) {chanceLast}.',
    never:
      'In the point estimate {scenario} does not break even by {last}; in the draws the chance of having broken even by {last} is {chanceLast}.',
    headline:
      'Chance that {scenario} has broken even in or before {year} (the point estimate’s break-even year): {chance}; by {last} (last computed year): {chanceLast}.',
    headlineNever:
      'Chance that {scenario} has broken even by {last} (last computed year): {chanceLast}. The point estimate does not break even in that period.',
    pointLabel: 'Point estimate',
    pointYear: 'Point estimate breaks even: {year}',
    pointValue: 'Point estimate: {value}',
  },
});

type Case = Evaluation['scenarios'][number];

/** The point estimate of a scenario as the Monte Carlo summary measures it (NPV and cumulative savings over the horizon). */
export function baseCaseOf(evaluation: Evaluation, scenario: Case, mc: MonteCarloScenario): BaseCaseComparison {
  const endIndex = scenario.years.findIndex((y) => y.year === evaluation.endYear);
  const atEnd = scenario.years[endIndex < 0 ? scenario.years.length - 1 : endIndex];
  return compareWithBaseCase(mc, {
    npv: scenario.npv,
    cumulativeAtEnd: atEnd?.cumulativeSavings ?? '0',
    breakEvenYear: scenario.breakEven?.year ?? null,
  });
}

/** The reconciling sentences: the lean with the position of the point estimate, then the break-even chances. */
export function baseCaseSentences(
  evaluation: Evaluation,
  scenario: Case,
  mc: MonteCarloScenario,
  locale: Locale,
): { lean: string; breakEven: string; headline: string; comparison: BaseCaseComparison } {
  const t = (key: keyof typeof baseCaseMessages.nl, vars?: Record<string, string | number>) =>
    translate(baseCaseMessages, locale, key, vars);
  const c = baseCaseOf(evaluation, scenario, mc);
  const money = (v: string) => formatMoney(v, locale);
  const endIndex = scenario.years.findIndex((y) => y.year === evaluation.endYear);
  const atEnd = scenario.years[endIndex < 0 ? scenario.years.length - 1 : endIndex]?.cumulativeSavings ?? '0';
  // Describe the NPV, unless only the cumulative savings show the lean.
  const useCumulative = c.npv === 'centre' && c.cumulative !== 'centre';
  const what = useCumulative ? t('cumulative', { year: evaluation.endYear }) : t('npv');
  const spread = useCumulative ? mc.cumulativeSavings : mc.npv;
  const position: BandPosition = useCumulative ? c.cumulative : c.npv;
  const opening =
    c.lean === 'unfavourable' ? t('leanUnfavourable') : c.lean === 'favourable' ? t('leanFavourable') : t('noLean');
  const lean =
    opening +
    t(position, {
      what,
      value: money(useCumulative ? atEnd : scenario.npv),
      p10: money(spread.p10),
      p50: money(spread.p50),
      p90: money(spread.p90),
    });
  const chances = {
    scenario: scenario.name,
    year: scenario.breakEven?.year ?? '',
    last: c.lastYear,
    chance: c.chanceByBreakEvenYear === null ? '' : formatChance(c.chanceByBreakEvenYear, locale),
    chanceLast: formatChance(c.chanceByLastYear, locale),
  };
  const hasPoint = c.chanceByBreakEvenYear !== null;
  return {
    lean,
    breakEven: t(hasPoint ? 'breakEven' : 'never', chances),
    headline: t(hasPoint ? 'headline' : 'headlineNever', chances),
    comparison: c,
  };
}
