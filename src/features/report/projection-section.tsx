/**
 * Section 2 (issue 14): the method chosen — extrapolation, depreciation start (per party where
 * it differs) and discount rate, each with the app's one-line explanation — the frozen and the
 * computed-through method side by side when the model has years after endYear, and for
 * version-3 models the cash view.
 */
import {
  effectiveAssumptions,
  type DepreciationStart,
  type Evaluation,
  type MethodComparison,
  type MethodRow,
  type ModelFile,
} from '../../engine';
import { formatPercent, useLocale, useT, type Locale } from '../../i18n';
import {
  breakEvenText,
  canonical,
  depreciationStartName,
  describeDepreciationStart,
  describeExtrapolation,
  extrapolationName,
  paybackText,
} from '../../model';
import { CashSection } from './cash-section';
import { projectionMessages } from './projection-messages';
import { euros } from './report-format';
import { ReportTable, type ReportRow } from './report-table';

type Props = { model: ModelFile; evaluation: Evaluation; comparison: MethodComparison | null };

export function ProjectionSection({ model, evaluation, comparison }: Props) {
  const t = useT(projectionMessages);
  return (
    <section className="report-section report-chapter" aria-labelledby="report-projection">
      <h2 id="report-projection">{t('title')}</h2>
      <p>{t('intro')}</p>
      <ChoicesTable model={model} />
      {comparison && <ComparisonTable model={model} evaluation={evaluation} comparison={comparison} />}
      {evaluation.scenarios.some((s) => s.cash !== undefined) && <CashSection model={model} evaluation={evaluation} />}
    </section>
  );
}

function ChoicesTable({ model }: { model: ModelFile }) {
  const t = useT(projectionMessages);
  const locale = useLocale();
  const a = effectiveAssumptions(model);
  const { startYear: start, endYear: end } = model.horizon;
  const last = model.horizon.extrapolateTo ?? end;
  const pct = (v: string | number) => formatPercent(canonical(v) ?? '0', locale, 2);
  const real = model.assumptions?.discountRealRate;
  const startRow = (key: string, head: string, s: DepreciationStart): ReportRow => ({
    key,
    head,
    cells: [depreciationStartName(s, locale), describeDepreciationStart(s, locale)],
  });
  const rows: ReportRow[] = [
    {
      key: 'extrapolation',
      head:
        last > end && a.extrapolation !== 'none' ? t('extrapolationUntil', { end, last }) : t('extrapolation', { end }),
      cells: [extrapolationName(a.extrapolation, locale), describeExtrapolation(a.extrapolation, locale)],
    },
    startRow('start', t('depreciationStart'), a.depreciationStart),
    ...model.parties
      .filter((p) => p.depreciationStart !== undefined && p.depreciationStart !== a.depreciationStart)
      .map((p) =>
        startRow(
          `start-${p.id}`,
          t('depreciationStartOf', { party: p.name }),
          p.depreciationStart as DepreciationStart,
        ),
      ),
    real === undefined
      ? {
          key: 'discount',
          head: t('discount'),
          cells: [t('discountNominal', { rate: pct(a.discountRate) }), t('discountNominalMeaning', { start })],
        }
      : {
          key: 'discount',
          head: t('discount'),
          cells: [
            t('discountReal', { rate: pct(real) }),
            t('discountRealMeaning', { index: pct(a.indexation.default) }),
          ],
        },
  ];
  return (
    <ReportTable
      caption={t('choicesCaption')}
      columns={[t('colChoice'), t('colValue'), t('colMeaning')]}
      rows={rows}
      textColumns={[0, 1]}
      className="report-choices"
    />
  );
}

function ComparisonTable({ model, evaluation, comparison }: Props & { comparison: MethodComparison }) {
  const t = useT(projectionMessages);
  const locale = useLocale();
  const { startYear: start, endYear: end } = model.horizon;
  const last = comparison.extrapolateTo;
  const overall = comparison.rows.filter((r) => r.party === null);
  const nameOf = (id: string) => model.scenarios.find((s) => s.id === id)?.name ?? id;
  const ownIsFrozen = comparison.method !== 'computeThrough';
  const method = (m: 'indexLast' | 'computeThrough', isOwn: boolean) =>
    isOwn ? t('chosen', { name: extrapolationName(m, locale) }) : extrapolationName(m, locale);
  const notes = overall
    .filter((r) => r.isDifferent)
    .map((r) => differenceText(r, nameOf(r.scenarioId), last, locale, t));
  return (
    <>
      <h3>{t('compareTitle')}</h3>
      <p>{t('compareIntro', { end, last })}</p>
      {/* One narrow table per scenario (figures × the two methods), so that it fits an A4 column. */}
      {overall.map((r) => {
        const years = evaluation.scenarios.find((s) => s.id === r.scenarioId)?.years;
        const row = (key: string, head: string, pick: (f: MethodRow['frozen']) => string): ReportRow => ({
          key,
          head,
          cells: [pick(r.frozen), pick(r.through)],
        });
        return (
          <ReportTable
            key={r.scenarioId}
            caption={t('compareCaption', { scenario: nameOf(r.scenarioId) })}
            className="report-method-compare"
            columns={[t('colFigure'), method('indexLast', ownIsFrozen), method('computeThrough', !ownIsFrozen)]}
            rows={[
              row('breakEven', t('colBreakEven'), (f) => breakEvenText(f.breakEven, false, last, locale, years)),
              row('payback', t('colPayback'), (f) => paybackText(f.paybackYears, locale)),
              row('npv', t('colNpv', { from: start, to: last }), (f) => euros(f.npvExtended, locale)),
              row('cashBreakEven', t('colCashBreakEven'), (f) => breakEvenText(f.cashBreakEven, false, last, locale)),
              row('cashNpv', t('colCashNpv', { from: start, to: last }), (f) => euros(f.cashNpvExtended, locale)),
            ]}
          />
        );
      })}
      <p className="report-note">{notes.length > 0 ? notes.join(' ') : t('same')}</p>
    </>
  );
}

function differenceText(
  r: MethodRow,
  scenario: string,
  last: number,
  locale: Locale,
  t: (k: 'differs' | 'differsNpv', v: Record<string, string | number>) => string,
): string {
  const [frozen, through] = [
    breakEvenText(r.frozen.breakEven, false, last, locale),
    breakEvenText(r.through.breakEven, false, last, locale),
  ];
  if (frozen !== through) return t('differs', { scenario, frozen, through });
  return t('differsNpv', {
    scenario,
    year: frozen,
    frozen: euros(r.frozen.npvExtended, locale),
    through: euros(r.through.npvExtended, locale),
  });
}
