/** Section 1: key figures per scenario — break-even, payback, investment, NPV, savings share — and one sentence each. */
import { keyFiguresOf, type Evaluation, type ModelFile } from '../../engine';
import { breakEvenText, cumulativeOf, hasNoSavings, paybackText } from '../../model';
import { useLocale, useT } from '../../i18n';
import { reportMessages } from './messages';
import { euros, percent } from './report-format';
import { ReportTable } from './report-table';

export function SummarySection({ model, evaluation }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(reportMessages);
  const locale = useLocale();
  // The plan's last year: NPV and investment cover it (evaluation.endYear is the last computed year under computeThrough).
  const { startYear, endYear } = model.horizon;
  const last = evaluation.years[evaluation.years.length - 1] ?? endYear;
  const extrapolateTo = model.horizon.extrapolateTo ?? endYear;
  const baseline = evaluation.scenarios.find((s) => s.id === evaluation.baselineId);
  const others = evaluation.scenarios.filter((s) => s.id !== evaluation.baselineId);
  const columns = [
    t('colScenario'),
    t('colBreakEven'),
    t('colPayback'),
    t('colInvestment'),
    t('colNpv', { from: startYear, to: endYear }),
    ...(last > endYear ? [t('colNpv', { from: startYear, to: last })] : []),
    t('colSavingsShare'),
  ];
  const figures = keyFiguresOf(evaluation);
  const rows = others.map((s) => {
    const share = figures.find((f) => f.scenarioId === s.id)?.horizon.savingsShare ?? null;
    return {
      key: s.id,
      head: s.name,
      cells: [
        breakEvenText(s.breakEven, false, extrapolateTo, locale, s.years),
        paybackText(s.paybackYears, locale, s.years),
        euros(s.investment, locale),
        euros(s.npv, locale),
        ...(last > endYear ? [euros(s.npvExtended, locale)] : []),
        share === null ? '—' : percent(share, locale),
      ],
    };
  });
  return (
    <section className="report-section report-summary" aria-labelledby="report-summary">
      <h2 id="report-summary">{t('summaryTitle')}</h2>
      <p>{t('summaryIntro', { baseline: baseline?.name ?? '' })}</p>
      <ReportTable
        caption={t('keyFiguresCaption')}
        columns={columns}
        rows={rows}
        textColumns={[0, 1]}
        note={t('savingsShareNote', { from: startYear, to: endYear })}
        className="report-key-figures"
      />
      <ul className="report-sentences">
        {others.map((s) => {
          const vars = {
            scenario: s.name,
            investment: euros(s.investment, locale),
            npv: euros(s.npvExtended, locale),
            to: last,
          };
          return (
            <li key={s.id}>
              {hasNoSavings(cumulativeOf(s.years))
                ? t('sentenceNoSavings', vars)
                : s.breakEven
                  ? t('sentenceBreakEven', {
                      ...vars,
                      year: breakEvenText(s.breakEven, false, extrapolateTo, locale),
                      payback: paybackText(s.paybackYears, locale),
                    })
                  : t('sentenceNever', { ...vars, year: extrapolateTo + 1 })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
