/**
 * The engine's results as sheets, in long form (one row per scenario × year × party or
 * category) so that a controller can filter and pivot: totals and savings, key figures, each
 * municipality's business case, cost by owner and by category, staffing. Money is copied from
 * the engine's decimal strings unchanged.
 */
import { keyFiguresOf, type Evaluation, type ModelFile } from '../../engine';
import type { Locale } from '../../i18n';
import { categoryLabel, cumulativeOf, groupLabel, hasNoSavings, partyName } from '../../model';
import type { Translate } from '../../i18n';
import { paybackCell, money, scenarioHead, num, text, year, yes, type Cell, type Sheet } from './cells';
import type { ExportKey } from './messages';

type Ctx = {
  model: ModelFile;
  evaluation: Evaluation;
  t: Translate<ExportKey>;
  locale: Locale;
  words: { yes: string; no: string };
};

export function resultSheets(
  model: ModelFile,
  evaluation: Evaluation,
  t: Translate<ExportKey>,
  locale: Locale,
): Sheet[] {
  const ctx: Ctx = { model, evaluation, t, locale, words: { yes: t('yes'), no: t('no') } };
  return [
    totalsSheet(ctx),
    keyFigureSheet(ctx),
    municipalitySheet(ctx),
    municipalityKeySheet(ctx),
    ownerSheet(ctx),
    categorySheet(ctx),
    fteSheet(ctx),
  ];
}

function totalsSheet({ evaluation, t, words }: Ctx): Sheet {
  const rows: Cell[][] = [];
  for (const s of evaluation.scenarios) {
    for (const y of s.years) {
      rows.push([
        ...scenarioHead(s),
        year(y.year),
        yes(y.isExtrapolated, words),
        money(y.total),
        money(y.oneOff),
        money(y.recurring),
        money(y.savings),
        money(y.cumulativeSavings),
      ]);
    }
  }
  const header = [
    t('scenario'),
    t('year'),
    t('extrapolated'),
    t('total'),
    t('oneOff'),
    t('recurring'),
    t('savings'),
    t('cumulativeSavings'),
  ];
  return { id: 'totals', name: t('sheetTotals'), header, rows, widths: [24, 8, 14, 18, 18, 18, 18, 20] };
}

function keyFigureSheet({ model, evaluation, t, words }: Ctx): Sheet {
  // The plan's last year: the NPV over the horizon covers it (evaluation.endYear is the last computed year under computeThrough).
  const { startYear, endYear } = model.horizon;
  const extrapolateTo = model.horizon.extrapolateTo ?? endYear;
  const figures = keyFiguresOf(evaluation);
  const rows = evaluation.scenarios.map((s, i): Cell[] => {
    const last = s.years.filter((y) => !y.isExtrapolated).at(-1);
    // No savings in any year: nothing to pay back, so no break-even year (blank, as "—" on screen).
    const isSame = hasNoSavings(cumulativeOf(s.years));
    const breakEven = isSame ? null : s.breakEven;
    return [
      ...scenarioHead(s),
      text(s.basedOn === null ? undefined : partyOrScenario(evaluation, s.basedOn)),
      year(breakEven?.year),
      breakEven ? yes(breakEven.isExtrapolated, words) : null,
      paybackCell(isSame ? null : s.paybackYears),
      money(s.npv),
      money(s.npvExtended),
      money(s.investment),
      num(figures[i]?.horizon.savingsShare ?? null, 'rate'),
      last ? money(last.cumulativeSavings) : null,
    ];
  });
  const header = [
    t('scenario'),
    t('basedOn'),
    t('breakEvenYear'),
    t('breakEvenExtrapolated'),
    t('payback'),
    t('npv', { from: startYear, to: endYear }),
    t('npvExtended', { from: startYear, to: extrapolateTo }),
    t('investment'),
    t('savingsShare', { from: startYear, to: endYear }),
    t('horizonSavings', { year: endYear }),
  ];
  return {
    id: 'keyFigures',
    name: t('sheetKeyFigures'),
    header,
    rows,
    widths: [24, 20, 12, 14, 14, 20, 20, 20, 16, 20],
  };
}

function partyOrScenario(evaluation: Evaluation, id: string): string {
  return evaluation.scenarios.find((s) => s.id === id)?.name ?? id;
}

function municipalitySheet({ model, evaluation, t, words }: Ctx): Sheet {
  const rows: Cell[][] = [];
  for (const s of evaluation.scenarios) {
    for (const p of evaluation.municipalities) {
      for (const y of s.parties[p]?.years ?? []) {
        rows.push([
          ...scenarioHead(s),
          text(partyName(model, p)),
          year(y.year),
          yes(y.isExtrapolated, words),
          money(y.total),
          money(y.oneOff),
          money(y.recurring),
          money(y.savings),
          money(y.cumulativeSavings),
        ]);
      }
    }
  }
  const header = [
    t('scenario'),
    t('municipality'),
    t('year'),
    t('extrapolated'),
    t('total'),
    t('oneOff'),
    t('recurring'),
    t('savings'),
    t('cumulativeSavings'),
  ];
  return {
    id: 'municipalities',
    name: t('sheetMunicipalities'),
    header,
    rows,
    widths: [24, 20, 8, 14, 18, 18, 18, 18, 20],
  };
}

function municipalityKeySheet({ model, evaluation, t, words }: Ctx): Sheet {
  // The plan's last year: the NPV over the horizon covers it (evaluation.endYear is the last computed year under computeThrough).
  const { startYear, endYear } = model.horizon;
  const extrapolateTo = model.horizon.extrapolateTo ?? endYear;
  const rows: Cell[][] = [];
  for (const s of evaluation.scenarios) {
    for (const p of evaluation.municipalities) {
      const c = s.parties[p];
      if (!c) continue;
      const isSame = hasNoSavings(cumulativeOf(c.years));
      const breakEven = isSame ? null : c.breakEven;
      rows.push([
        ...scenarioHead(s),
        text(partyName(model, p)),
        year(breakEven?.year),
        breakEven ? yes(breakEven.isExtrapolated, words) : null,
        paybackCell(isSame ? null : c.paybackYears),
        money(c.npv),
        money(c.npvExtended),
        money(c.investment),
      ]);
    }
  }
  const header = [
    t('scenario'),
    t('municipality'),
    t('breakEvenYear'),
    t('breakEvenExtrapolated'),
    t('payback'),
    t('npv', { from: startYear, to: endYear }),
    t('npvExtended', { from: startYear, to: extrapolateTo }),
    t('investment'),
  ];
  return {
    id: 'municipalityKeys',
    name: t('sheetMunicipalityKeys'),
    header,
    rows,
    widths: [24, 20, 12, 14, 14, 20, 20, 20],
  };
}

function ownerSheet({ model, evaluation, t, locale, words }: Ctx): Sheet {
  const rows: Cell[][] = [];
  for (const s of evaluation.scenarios) {
    for (const y of s.years) {
      for (const [owner, byCategory] of Object.entries(y.byOwnerCategory)) {
        for (const [c, amount] of Object.entries(byCategory)) {
          rows.push([
            ...scenarioHead(s),
            year(y.year),
            yes(y.isExtrapolated, words),
            text(partyName(model, owner)),
            text(categoryLabel(model, c, locale)),
            money(amount),
          ]);
        }
      }
    }
  }
  const header = [t('scenario'), t('year'), t('extrapolated'), t('owner'), t('category'), t('cost')];
  return { id: 'owners', name: t('sheetOwners'), header, rows, widths: [24, 8, 14, 22, 32, 18] };
}

function categorySheet({ model, evaluation, t, locale, words }: Ctx): Sheet {
  const rows: Cell[][] = [];
  for (const s of evaluation.scenarios) {
    for (const y of s.years) {
      for (const [c, amount] of Object.entries(y.byCategory)) {
        rows.push([
          ...scenarioHead(s),
          year(y.year),
          yes(y.isExtrapolated, words),
          text(categoryLabel(model, c, locale)),
          money(amount),
        ]);
      }
    }
  }
  const header = [t('scenario'), t('year'), t('extrapolated'), t('category'), t('cost')];
  return { id: 'categoryCosts', name: t('sheetCategoryCosts'), header, rows, widths: [24, 8, 14, 32, 18] };
}

function fteSheet({ model, evaluation, t, locale }: Ctx): Sheet {
  const rows: Cell[][] = [];
  for (const s of evaluation.scenarios) {
    for (const y of s.staff) {
      for (const [party, byGroup] of Object.entries(y.byPartyGroup)) {
        for (const [g, fte] of Object.entries(byGroup)) {
          rows.push([
            ...scenarioHead(s),
            year(y.year),
            text(partyName(model, party)),
            text(groupLabel(model, g, locale)),
            num(fte, 'fte'),
          ]);
        }
      }
    }
  }
  const header = [t('scenario'), t('year'), t('party'), t('functionGroup'), t('fte')];
  return { id: 'fte', name: t('sheetFte'), header, rows, widths: [24, 8, 22, 40, 10] };
}
