/**
 * Chapter 9: realisation and goals (model-v3 §10.8) — per municipality the realised figures
 * against the plan, the variance and realised savings, the forecast break-even in a sentence,
 * and the goals with their status; in a form an annual report or audit committee can take over.
 * Shown only when the model has actuals or goals.
 */
import { goalProgress, type Evaluation, type Goal, type ModelFile } from '../../engine';
import { formatDecimal, formatMoney, useLocale, useT, type Locale } from '../../i18n';
import { forecastOutlook, partyName } from '../../model';
import { reportActualsMessages } from './actuals-messages';
import { euros, fteText, percent } from './report-format';
import { ReportTable } from './report-table';

function goalValue(goal: Goal, value: string, locale: Locale): string {
  if (goal.indicator === 'costPerInhabitant' || goal.indicator === 'softwarePerInhabitant')
    return formatMoney(value, locale, 'cents');
  if (goal.indicator === 'hiredShare') return percent(value, locale);
  const n = formatDecimal(value, locale, goal.indicator === 'ftePer100k' ? 1 : 2);
  return goal.unit ? `${n} ${goal.unit}` : n;
}

export function ActualsSection({ model, evaluation: e }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(reportActualsMessages);
  const locale = useLocale();
  if (!model.actuals && !model.goals) return null;
  const scenario = e.scenarios.find((s) => s.id === model.actuals?.scenario);
  const progress = goalProgress(model, e);
  const lastComputed = e.years[e.years.length - 1] ?? e.endYear;
  const compare = (delta: number | null) =>
    delta === null
      ? t('planNever')
      : delta === 0
        ? t('same')
        : delta === 1
          ? t('laterOne')
          : delta > 1
            ? t('later', { count: delta })
            : delta === -1
              ? t('earlierOne')
              : t('earlier', { count: -delta });
  return (
    <section className="report-section" aria-labelledby="report-actuals">
      <h2 id="report-actuals">{t('title')}</h2>
      {model.meta?.fictitious === true && <p className="report-note">{t('fictitious')}</p>}
      {scenario && (
        <>
          <p>{t('intro', { scenario: scenario.name })}</p>
          {e.municipalities.map((m) => {
            const p = scenario.parties[m];
            const actuals = p?.actuals ?? [];
            const party = partyName(model, m);
            if (!p || actuals.length === 0)
              return (
                <p key={m} data-party={m}>
                  {t('none', { party })}
                </p>
              );
            const o = forecastOutlook(
              actuals[actuals.length - 1]?.year ?? null,
              p.forecastBreakEven ?? null,
              p.breakEven,
              lastComputed,
            );
            return (
              <div key={m} data-party={m}>
                <ReportTable
                  caption={t('caption', { party })}
                  columns={[
                    t('colYear'),
                    t('colActual'),
                    t('colPlan'),
                    t('colVariance'),
                    t('colSavings'),
                    t('colCumulative'),
                    t('colFte'),
                  ]}
                  rows={actuals.map((a) => ({
                    key: String(a.year),
                    head: String(a.year),
                    cells: [
                      euros(a.actual, locale),
                      euros(a.plan, locale),
                      euros(a.variance, locale),
                      euros(a.realisedSavings, locale),
                      euros(a.cumulativeRealisedSavings, locale),
                      a.fte === undefined ? '—' : fteText(a.fte, locale),
                    ],
                  }))}
                />
                <p className="report-sentence">
                  {o.kind === 'forecast'
                    ? t('forecast', { party, last: o.last, year: o.year, compare: compare(o.delta) })
                    : o.kind === 'never'
                      ? t('never', { party, last: o.last, to: o.to })
                      : t('none', { party })}
                </p>
              </div>
            );
          })}
        </>
      )}
      {progress.length > 0 && (
        <ReportTable
          caption={t('goalsCaption')}
          columns={[t('colAim'), t('colParty'), t('colIndicator'), t('colTarget'), t('colLatest'), t('colStatus')]}
          textColumns={[0, 1, 2, 3, 4]}
          rows={progress.map((g) => ({
            key: g.goal.id,
            head: g.goal.aim,
            cells: [
              partyName(model, g.goal.party),
              g.goal.indicator === 'custom' ? (g.goal.label ?? '') : t(g.goal.indicator),
              t((g.goal.direction ?? 'atMost') === 'atMost' ? 'atMost' : 'atLeast', {
                value: goalValue(g.goal, String(g.goal.target), locale),
                year: g.goal.targetYear,
              }),
              g.latest ? `${goalValue(g.goal, g.latest.value, locale)} (${g.latest.year})` : '—',
              t(g.status),
            ],
          }))}
        />
      )}
    </section>
  );
}
