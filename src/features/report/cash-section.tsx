/** The cash view of a version-3 model in the report (model-v3 §10.3): key figures, payments and savings per year. */
import type { CashYear, Evaluation, ModelFile, ScenarioResult } from '../../engine';
import { useLocale, useT } from '../../i18n';
import { breakEvenText, paybackText } from '../../model';
import { projectionMessages } from './projection-messages';
import { euros, thousands } from './report-format';
import { ReportTable, type ReportRow } from './report-table';

type WithCash = ScenarioResult & { cash: NonNullable<ScenarioResult['cash']> };

export function CashSection({ model, evaluation }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(projectionMessages);
  const locale = useLocale();
  // The plan's last year (evaluation.endYear is the last computed year under computeThrough).
  const { startYear: start, endYear: end } = model.horizon;
  const scenarios = evaluation.scenarios.filter((s): s is WithCash => s.cash !== undefined);
  const others = scenarios.filter((s) => s.id !== evaluation.baselineId);
  const years = scenarios[0]?.cash.years.map((y) => y.year) ?? [];
  const last = years.at(-1) ?? end;
  const extrapolateTo = model.horizon.extrapolateTo ?? end;
  const label = (year: number) => `${year}${year > end ? '*' : ''}`;
  const byYear = (cells: (i: number) => string[]): ReportRow[] =>
    years.map((year, i) => ({
      key: String(year),
      head: label(year),
      cells: cells(i),
      className: year > end ? 'is-extrapolated' : undefined,
    }));
  const at = (s: WithCash, i: number): CashYear | undefined => s.cash.years[i];
  const note = last > end ? t('extrapolatedNote', { end }) : undefined;
  return (
    <>
      <h3>{t('cashTitle')}</h3>
      <p>{t('cashIntro')}</p>
      <ReportTable
        caption={t('cashKeyCaption')}
        textColumns={[0]}
        columns={[
          t('colScenario'),
          t('colCashBreakEven'),
          t('colPayback'),
          t('colCashNpv', { from: start, to: end }),
          ...(last > end ? [t('colCashNpv', { from: start, to: last })] : []),
        ]}
        rows={others.map((s) => ({
          key: s.id,
          head: s.name,
          cells: [
            breakEvenText(s.cash.breakEven, false, extrapolateTo, locale, s.cash.years),
            paybackText(s.cash.paybackYears, locale, s.cash.years),
            euros(s.cash.npv, locale),
            ...(last > end ? [euros(s.cash.npvExtended, locale)] : []),
          ],
        }))}
        className="report-cash-keys"
      />
      <ReportTable
        caption={t('cashTotalsCaption')}
        columns={[t('colYear'), ...scenarios.map((s) => s.name)]}
        rows={byYear((i) =>
          scenarios.map((s) => {
            const y = at(s, i);
            return y ? thousands(y.total, locale) : '—';
          }),
        )}
        note={note}
      />
      {others.length > 0 && (
        <ReportTable
          caption={t('cashSavingsCaption')}
          columns={[
            t('colYear'),
            ...others.flatMap((s) => [t('colSavings', { scenario: s.name }), t('colCumulative', { scenario: s.name })]),
          ]}
          rows={byYear((i) =>
            others.flatMap((s) => {
              const y = at(s, i);
              return y ? [thousands(y.savings, locale), thousands(y.cumulativeSavings, locale)] : ['—', '—'];
            }),
          )}
          note={note}
        />
      )}
    </>
  );
}
