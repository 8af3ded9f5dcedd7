/** Section 4: each municipality's own business case on its allocated costs. */
import type { Evaluation, ModelFile } from '../../engine';
import { breakEvenText, partyName, paybackText } from '../../model';
import { useLocale, useT } from '../../i18n';
import { yearLabel } from './costs-section';
import { reportMessages } from './messages';
import { euros, thousands } from './report-format';
import { ReportTable } from './report-table';

export function MunicipalitiesSection({ model, evaluation }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(reportMessages);
  const locale = useLocale();
  const { startYear, endYear, scenarios } = evaluation;
  const last = evaluation.years[evaluation.years.length - 1] ?? endYear;
  const extrapolateTo = model.horizon.extrapolateTo ?? endYear;
  const others = scenarios.filter((s) => s.id !== evaluation.baselineId);
  return (
    <section className="report-section report-chapter" aria-labelledby="report-municipalities">
      <h2 id="report-municipalities">{t('municipalitiesTitle')}</h2>
      <p>{t('municipalityIntro')}</p>
      {evaluation.municipalities.map((m) => {
        const name = partyName(model, m);
        return (
          <div key={m} className="report-municipality">
            <h3>{name}</h3>
            {others.length > 0 && (
              <ReportTable
                caption={t('municipalityKeys', { party: name })}
                textColumns={[0, 1]}
                columns={[
                  t('colScenario'),
                  t('colBreakEven'),
                  t('colPayback'),
                  t('colInvestment'),
                  t('colNpv', { from: startYear, to: endYear }),
                  ...(last > endYear ? [t('colNpv', { from: startYear, to: last })] : []),
                ]}
                rows={others.map((s) => {
                  const c = s.parties[m];
                  return {
                    key: s.id,
                    head: s.name,
                    cells: c
                      ? [
                          breakEvenText(c.breakEven, false, extrapolateTo, locale, c.years),
                          paybackText(c.paybackYears, locale, c.years),
                          euros(c.investment, locale),
                          euros(c.npv, locale),
                          ...(last > endYear ? [euros(c.npvExtended, locale)] : []),
                        ]
                      : [],
                  };
                })}
              />
            )}
            <ReportTable
              caption={t('municipalityYears', { party: name })}
              columns={[
                t('colYear'),
                ...scenarios.map((s) => s.name),
                ...others.map((s) => t('colCumulativeOf', { scenario: s.name })),
              ]}
              rows={evaluation.years.map((year, i) => {
                const first = scenarios[0]?.parties[m]?.years[i];
                return {
                  key: String(year),
                  head: first ? yearLabel(first) : String(year),
                  cells: [
                    ...scenarios.map((s) => {
                      const y = s.parties[m]?.years[i];
                      return y ? thousands(y.total, locale) : '—';
                    }),
                    ...others.map((s) => {
                      const y = s.parties[m]?.years[i];
                      return y ? thousands(y.cumulativeSavings, locale) : '—';
                    }),
                  ],
                  className: first?.isExtrapolated ? 'is-extrapolated' : undefined,
                };
              })}
            />
          </div>
        );
      })}
    </section>
  );
}
