/**
 * Realised figures and goals in the export (model-v3 §10.8): per municipality and year with an
 * actual its plan, variance, realised savings and their running sum and FTE, with the forecast
 * break-even; and the goals with their indicator, target, latest value and status. Only when
 * the model has actuals or goals. Money is copied from the engine's decimal strings; no formulas.
 */
import { goalProgress, type Evaluation, type ModelFile } from '../../engine';
import { defineMessages, translate, type Locale } from '../../i18n';
import { partyName } from '../../model';
import { money, num, text, year, type Cell, type Sheet } from './cells';

const messages = defineMessages({
  nl: {
    sheetActuals: 'Realisatie',
    sheetGoals: 'Doelen',
    scenario: 'Scenario (plan)',
    party: 'Gemeente',
    year: 'Jaar',
    actual: 'Realisatie',
    plan: 'Plan',
    variance: 'Verschil (realisatie − plan)',
    realisedSavings: 'Gerealiseerde besparing',
    cumulative: 'Cumulatief gerealiseerd',
    fte: 'Fte gerealiseerd',
    forecast: 'Verwacht terugverdienjaar',
    planBreakEven: 'Terugverdienjaar plan',
    aim: 'Doel',
    indicator: 'Indicator',
    target: 'Streefwaarde',
    targetYear: 'Streefjaar',
    direction: 'Richting',
    latestYear: 'Jaar laatste meting',
    latest: 'Laatste meting',
    status: 'Stand',
    atMost: 'ten hoogste',
    atLeast: 'ten minste',
    met: 'gehaald',
    notYet: 'nog niet gehaald',
    missed: 'niet gehaald',
    noData: 'nog geen meting',
  },
  en: {
    sheetActuals: 'Realisation',
    sheetGoals: 'Goals',
    scenario: 'Scenario (plan)',
    party: 'Municipality',
    year: 'Year',
    actual: 'Realised',
    plan: 'Plan',
    variance: 'Variance (realised − plan)',
    realisedSavings: 'Realised savings',
    cumulative: 'Cumulative realised',
    fte: 'FTE realised',
    forecast: 'Forecast break-even',
    planBreakEven: 'Plan break-even',
    aim: 'Aim',
    indicator: 'Indicator',
    target: 'Target',
    targetYear: 'Target year',
    direction: 'Direction',
    latestYear: 'Year of latest value',
    latest: 'Latest value',
    status: 'Status',
    atMost: 'at most',
    atLeast: 'at least',
    met: 'met',
    notYet: 'not met yet',
    missed: 'missed',
    noData: 'no value yet',
  },
});

export function actualsSheets(model: ModelFile, evaluation: Evaluation, locale: Locale): Sheet[] {
  const t = (key: keyof typeof messages.nl) => translate(messages, locale, key);
  const sheets: Sheet[] = [];
  const scenario = evaluation.scenarios.find((s) => s.id === model.actuals?.scenario);
  if (scenario) {
    const rows: Cell[][] = [];
    for (const m of evaluation.municipalities) {
      const p = scenario.parties[m];
      for (const a of p?.actuals ?? []) {
        rows.push([
          text(scenario.name),
          text(partyName(model, m)),
          year(a.year),
          money(a.actual),
          money(a.plan),
          money(a.variance),
          money(a.realisedSavings),
          money(a.cumulativeRealisedSavings),
          num(a.fte ?? null, 'fte'),
          year(p?.forecastBreakEven?.year),
          year(p?.breakEven?.year),
        ]);
      }
    }
    sheets.push({
      id: 'actuals',
      name: t('sheetActuals'),
      header: [
        t('scenario'),
        t('party'),
        t('year'),
        t('actual'),
        t('plan'),
        t('variance'),
        t('realisedSavings'),
        t('cumulative'),
        t('fte'),
        t('forecast'),
        t('planBreakEven'),
      ],
      rows,
      widths: [24, 20, 8, 18, 18, 18, 18, 20, 12, 14, 14],
    });
  }
  const progress = goalProgress(model, evaluation);
  if (progress.length > 0) {
    sheets.push({
      id: 'goals',
      name: t('sheetGoals'),
      header: [
        t('aim'),
        t('party'),
        t('indicator'),
        t('direction'),
        t('target'),
        t('targetYear'),
        t('latest'),
        t('latestYear'),
        t('status'),
      ],
      rows: progress.map((g) => [
        text(g.goal.aim),
        text(partyName(model, g.goal.party)),
        text(g.goal.indicator === 'custom' ? (g.goal.label ?? '') : g.goal.indicator),
        text(t((g.goal.direction ?? 'atMost') === 'atMost' ? 'atMost' : 'atLeast')),
        num(String(g.goal.target), 'decimal'),
        year(g.goal.targetYear),
        num(g.latest?.value ?? null, 'decimal'),
        year(g.latest?.year),
        text(t(g.status)),
      ]),
      widths: [36, 20, 24, 12, 12, 10, 14, 12, 16],
    });
  }
  return sheets;
}
