/**
 * Issue 17 in the export: the assessment (every score with its reason, then each scenario's
 * weighted total, rank and cost per point) and the vulnerability indicators per scenario,
 * party and year — only for a model with a `legalForm` or `assessment` section.
 */
import { staffIndicators, type Evaluation, type ModelFile } from '../../engine';
import { defineMessages, translate, type Locale } from '../../i18n';
import { groupLabel, partyName, sumDecimals } from '../../model';
import { assess } from '../../model/assessment';
import { money, num, text, year, type Cell, type Sheet } from './cells';

const messages = defineMessages({
  nl: {
    sheetAssessment: 'Afweging',
    sheetIndicators: 'Kwetsbaarheid',
    scenario: 'Scenario',
    criterion: 'Criterium',
    weight: 'Gewicht',
    score: 'Score',
    reason: 'Reden',
    total: 'Gewogen totaal',
    rank: 'Rang',
    cost: 'Kosten planperiode',
    costPerPoint: 'Kosten per punt',
    party: 'Partij',
    year: 'Jaar',
    ownFte: 'Eigen fte',
    hiredFte: 'Ingehuurde fte',
    hiredShare: 'Aandeel inhuur',
    singlePoints: 'Functiegroepen onder 2 eigen fte',
    ftePer100k: 'Fte per 100.000 inwoners',
    benchmark: 'Benchmark fte per 100.000 inwoners',
  },
  en: {
    sheetAssessment: 'Assessment',
    sheetIndicators: 'Vulnerability',
    scenario: 'Scenario',
    criterion: 'Criterion',
    weight: 'Weight',
    score: 'Score',
    reason: 'Reason',
    total: 'Weighted total',
    rank: 'Rank',
    cost: 'Cost over the plan period',
    costPerPoint: 'Cost per point',
    party: 'Party',
    year: 'Year',
    ownFte: 'Own FTE',
    hiredFte: 'Hired FTE',
    hiredShare: 'Hired share',
    singlePoints: 'Function groups below 2 own FTE',
    ftePer100k: 'FTE per 100,000 inhabitants',
    benchmark: 'Benchmark FTE per 100,000 inhabitants',
  },
});

export function decisionSheets(model: ModelFile, evaluation: Evaluation, locale: Locale): Sheet[] {
  if (model.legalForm === undefined && model.assessment === undefined) return [];
  const t = (key: keyof typeof messages.nl) => translate(messages, locale, key);
  const nameOf = (id: string) => evaluation.scenarios.find((s) => s.id === id)?.name ?? id;
  const sheets: Sheet[] = [];
  const section = model.assessment;
  if (section) {
    const costs = Object.fromEntries(
      evaluation.scenarios.map((s) => [
        s.id,
        sumDecimals([...s.years.filter((y) => y.year <= evaluation.endYear).map((y) => y.total), '0.00']),
      ]),
    );
    const result = assess(
      section,
      evaluation.scenarios.map((s) => s.id),
      costs,
    );
    const rows: Cell[][] = [];
    for (const s of evaluation.scenarios)
      for (const c of section.criteria) {
        const score = section.scores?.find((x) => x.scenario === s.id && x.criterion === c.id);
        rows.push([
          text(s.name),
          text(c.label),
          num(String(c.weight), 'decimal'),
          score ? num(String(score.score), 'int') : null,
          text(score?.reason ?? ''),
          null,
          null,
          null,
          null,
        ]);
      }
    for (const r of result.rows)
      rows.push([
        text(nameOf(r.scenario)),
        text(t('total')),
        null,
        null,
        null,
        r.weightedScore === null ? null : num(r.weightedScore, 'decimal'),
        r.rank === null ? null : num(String(r.rank), 'int'),
        r.cost === null ? null : money(r.cost),
        r.costPerPoint === null ? null : money(r.costPerPoint),
      ]);
    sheets.push({
      id: 'assessment',
      name: t('sheetAssessment'),
      header: [
        t('scenario'),
        t('criterion'),
        t('weight'),
        t('score'),
        t('reason'),
        t('total'),
        t('rank'),
        t('cost'),
        t('costPerPoint'),
      ],
      rows,
      widths: [24, 22, 10, 8, 40, 14, 8, 18, 16],
    });
  }
  const table = staffIndicators(model);
  const rows: Cell[][] = [];
  for (const r of table.rows)
    for (const y of r.years)
      rows.push([
        text(nameOf(r.scenario)),
        text(partyName(model, r.party)),
        year(y.year),
        num(y.ownFte, 'fte'),
        num(y.hiredFte, 'fte'),
        y.hiredShare === null ? null : num(y.hiredShare, 'rate'),
        text(y.singlePoints.map((g) => groupLabel(model, g, locale)).join(', ')),
        y.ftePer100k === null ? null : num(y.ftePer100k, 'decimal'),
        table.benchmark ? num(table.benchmark.ftePer100k, 'decimal') : null,
      ]);
  sheets.push({
    id: 'vulnerability',
    name: t('sheetIndicators'),
    header: [
      t('scenario'),
      t('party'),
      t('year'),
      t('ownFte'),
      t('hiredFte'),
      t('hiredShare'),
      t('singlePoints'),
      t('ftePer100k'),
      t('benchmark'),
    ],
    rows,
    widths: [24, 20, 8, 10, 12, 12, 36, 14, 16],
  });
  return sheets;
}
