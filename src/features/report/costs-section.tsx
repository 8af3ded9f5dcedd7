/** Section 2: total costs and savings per scenario per year, as charts and tables (× €1,000). */
import { seriesColor, type ChartMarker } from '../../components/charts';
import { cumulativeOf, hasNoSavings } from '../../model';
import type { Evaluation, YearFigures } from '../../engine';
import { useLocale, useT } from '../../i18n';
import { reportMessages } from './messages';
import { PrintChart } from './print-chart';
import { thousands } from './report-format';
import { ReportTable, type ReportRow } from './report-table';

export const yearLabel = (y: { year: number; isExtrapolated: boolean }): string =>
  `${y.year}${y.isExtrapolated ? '*' : ''}`;

/** `isComputedThrough`: the years after endYear are computed in full (model-v3 §10.1), not frozen. */
export function CostsSection({
  evaluation,
  isComputedThrough = false,
}: {
  evaluation: Evaluation;
  isComputedThrough?: boolean;
}) {
  const t = useT(reportMessages);
  const locale = useLocale();
  const scenarios = evaluation.scenarios;
  const others = scenarios.filter((s) => s.id !== evaluation.baselineId);
  // Years after the plan, as the engine flags them (under computeThrough evaluation.endYear is the last computed year).
  const firstExtrapolated = evaluation.scenarios[0]?.years.findIndex((y) => y.isExtrapolated) ?? -1;
  const dashedFrom = firstExtrapolated < 0 ? undefined : firstExtrapolated;
  const hasExtrapolation = dashedFrom !== undefined;
  const byYear = (pick: (y: YearFigures) => string, list = scenarios): ReportRow[] =>
    evaluation.years.map((year, i) => {
      const first = list[0]?.years[i];
      return {
        key: String(year),
        head: first ? yearLabel(first) : String(year),
        cells: list.map((s) => {
          const y = s.years[i];
          return y ? thousands(pick(y), locale) : '—';
        }),
        className: first?.isExtrapolated ? 'is-extrapolated' : undefined,
      };
    });
  // The break-even years, marked as on the results screen (none for a scenario without savings).
  const markers: ChartMarker[] = others.flatMap((s) =>
    s.breakEven && !hasNoSavings(cumulativeOf(s.years))
      ? [
          {
            at: s.breakEven.year,
            text: t('breakEvenMarker', { name: s.name, year: s.breakEven.year }),
            color: seriesColor(scenarios.indexOf(s)),
          },
        ]
      : [],
  );
  const note = hasExtrapolation ? t(isComputedThrough ? 'computedNote' : 'extrapolatedNote') : undefined;
  return (
    <section className="report-section report-chapter" aria-labelledby="report-costs">
      <h2 id="report-costs">{t('costsTitle')}</h2>
      <PrintChart
        label={t('costChart')}
        labels={evaluation.years}
        dashedFrom={dashedFrom}
        note={hasExtrapolation ? t('chartNote') : undefined}
        datasets={scenarios.map((s) => ({ label: s.name, data: s.years.map((y) => y.total) }))}
      />
      <ReportTable
        caption={t('costTableCaption')}
        columns={[t('colYear'), ...scenarios.map((s) => s.name)]}
        rows={byYear((y) => y.total)}
        note={note}
      />
      {others.length > 0 && (
        <>
          <PrintChart
            label={t('savingsChart')}
            labels={evaluation.years}
            dashedFrom={dashedFrom}
            note={hasExtrapolation ? t('chartNote') : undefined}
            markers={markers}
            datasets={others.map((s) => ({
              label: s.name,
              data: s.years.map((y) => y.cumulativeSavings),
              color: seriesColor(scenarios.indexOf(s)),
            }))}
          />
          <ReportTable
            caption={t('savingsTableCaption')}
            columns={[
              t('colYear'),
              ...others.flatMap((s) => [
                t('colSavings', { scenario: s.name }),
                t('colCumulativeOf', { scenario: s.name }),
              ]),
            ]}
            rows={evaluation.years.map((year, i) => {
              const first = others[0]?.years[i];
              return {
                key: String(year),
                head: first ? yearLabel(first) : String(year),
                cells: others.flatMap((s) => {
                  const y = s.years[i];
                  return y ? [thousands(y.savings, locale), thousands(y.cumulativeSavings, locale)] : ['—', '—'];
                }),
                className: first?.isExtrapolated ? 'is-extrapolated' : undefined,
              };
            })}
            note={note}
          />
        </>
      )}
    </section>
  );
}
