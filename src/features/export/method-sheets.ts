/**
 * Issue 14 in the export: the cash view of a version-3 model (per scenario and per
 * municipality, per year, and its key figures) and the frozen and computed-through methods
 * compared (per scenario and municipality). Money is copied from the engine's decimal strings
 * unchanged; no formulas.
 */
import type { CashCase, Evaluation, MethodComparison, MethodFigures, ModelFile, ScenarioResult } from '../../engine';
import type { Locale, Translate } from '../../i18n';
import { cumulativeOf, extrapolationName, hasNoSavings, partyName } from '../../model';
import { paybackCell, money, scenarioHead, text, year, yes, type Cell, type Sheet } from './cells';
import type { ExportKey } from './messages';

type Ctx = {
  model: ModelFile;
  evaluation: Evaluation;
  t: Translate<ExportKey>;
  locale: Locale;
  words: { yes: string; no: string };
};

/** The cash sheets (version-3 models only) and the method comparison (when the model has years after endYear). */
export function methodSheets(
  model: ModelFile,
  evaluation: Evaluation,
  methods: MethodComparison | null,
  t: Translate<ExportKey>,
  locale: Locale,
): Sheet[] {
  const ctx: Ctx = { model, evaluation, t, locale, words: { yes: t('yes'), no: t('no') } };
  const hasCash = evaluation.scenarios.some((s) => s.cash !== undefined);
  return [...(hasCash ? [cashSheet(ctx), cashKeySheet(ctx)] : []), ...(methods ? [comparisonSheet(ctx, methods)] : [])];
}

/** The whole case (party null) and each municipality's, where the scenario has a cash view. */
function cases(evaluation: Evaluation, s: ScenarioResult): [string | null, CashCase][] {
  const out: [string | null, CashCase][] = s.cash ? [[null, s.cash]] : [];
  for (const m of evaluation.municipalities) {
    const c = s.parties[m]?.cash;
    if (c) out.push([m, c]);
  }
  return out;
}

function cashSheet({ model, evaluation, t, words }: Ctx): Sheet {
  const rows: Cell[][] = [];
  for (const s of evaluation.scenarios) {
    for (const [party, c] of cases(evaluation, s)) {
      for (const y of c.years) {
        rows.push([
          ...scenarioHead(s),
          text(party === null ? t('wholeCase') : partyName(model, party)),
          year(y.year),
          yes(y.year > model.horizon.endYear, words),
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
    t('party'),
    t('year'),
    t('afterPlan'),
    t('payments'),
    t('oneOff'),
    t('recurring'),
    t('savings'),
    t('cumulativeSavings'),
  ];
  return { id: 'cash', name: t('sheetCash'), header, rows, widths: [24, 20, 8, 12, 18, 18, 18, 18, 20] };
}

function cashKeySheet({ model, evaluation, t, words }: Ctx): Sheet {
  // The plan's last year (evaluation.endYear is the last computed year under computeThrough).
  const { startYear, endYear } = model.horizon;
  const last = evaluation.scenarios[0]?.cash?.years.at(-1)?.year ?? endYear;
  const rows: Cell[][] = [];
  for (const s of evaluation.scenarios) {
    if (s.basedOn === null) continue;
    for (const [party, c] of cases(evaluation, s)) {
      // No savings in any year: nothing to pay back (blank, as "—" on screen).
      const isSame = hasNoSavings(cumulativeOf(c.years));
      const breakEven = isSame ? null : c.breakEven;
      rows.push([
        ...scenarioHead(s),
        text(party === null ? t('wholeCase') : partyName(model, party)),
        year(breakEven?.year),
        breakEven ? yes(breakEven.isExtrapolated, words) : null,
        paybackCell(isSame ? null : c.paybackYears),
        money(c.npv),
        money(c.npvExtended),
      ]);
    }
  }
  const header = [
    t('scenario'),
    t('party'),
    t('cashBreakEvenYear'),
    t('breakEvenAfterPlan'),
    t('payback'),
    t('cashNpv', { from: startYear, to: endYear }),
    t('cashNpv', { from: startYear, to: last }),
  ];
  return {
    id: 'cashKeyFigures',
    name: t('sheetCashKeyFigures'),
    header,
    rows,
    widths: [24, 20, 14, 14, 14, 22, 22],
  };
}

function comparisonSheet({ model, t, locale, words }: Ctx, methods: MethodComparison): Sheet {
  // The plan's last year (evaluation.endYear is the last computed year under computeThrough).
  const { startYear, endYear } = model.horizon;
  const last = methods.extrapolateTo;
  const isOwn = (m: 'indexLast' | 'computeThrough') =>
    (m === 'computeThrough') === (methods.method === 'computeThrough');
  const nameOf = (id: string) => model.scenarios.find((s) => s.id === id)?.name;
  const figures = (f: MethodFigures): Cell[] => [
    year(f.breakEven?.year),
    f.breakEven ? yes(f.breakEven.isExtrapolated, words) : null,
    paybackCell(f.paybackYears),
    money(f.npv),
    money(f.npvExtended),
    year(f.cashBreakEven?.year),
    money(f.cashNpvExtended),
  ];
  const rows: Cell[][] = methods.rows.flatMap((r) =>
    (['indexLast', 'computeThrough'] as const).map((m): Cell[] => [
      text(nameOf(r.scenarioId)),
      text(r.party === null ? t('wholeCase') : partyName(model, r.party)),
      text(extrapolationName(m, locale)),
      yes(isOwn(m), words),
      ...figures(m === 'indexLast' ? r.frozen : r.through),
      yes(r.isDifferent, words),
    ]),
  );
  const header = [
    t('scenario'),
    t('party'),
    t('method'),
    t('chosenMethod'),
    t('breakEvenYear'),
    t('breakEvenAfterPlan'),
    t('payback'),
    t('npv', { from: startYear, to: endYear }),
    t('npvExtended', { from: startYear, to: last }),
    t('cashBreakEvenYear'),
    t('cashNpv', { from: startYear, to: last }),
    t('methodsDiffer'),
  ];
  return {
    id: 'methods',
    name: t('sheetMethods'),
    header,
    rows,
    widths: [24, 20, 30, 10, 12, 14, 14, 20, 20, 14, 22, 16],
  };
}
