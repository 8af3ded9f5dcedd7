/** Section 6: cost per inhabitant and FTE per 100,000 inhabitants per scenario, beside the benchmark table. */
import type { Evaluation, ModelFile, Num } from '../../engine';
import { canonical, partyName } from '../../model';
import { useLocale, useT } from '../../i18n';
import { reportMessages } from './messages';
import { euros, fteText, percent } from './report-format';
import { ReportTable } from './report-table';
import type { BenchmarkView } from './use-report-data';

const numText = (v: Num | undefined): string => (v === undefined ? '' : (canonical(v) ?? ''));

export function BenchmarkSection({
  model,
  evaluation,
  view,
}: {
  model: ModelFile;
  evaluation: Evaluation;
  view: BenchmarkView;
}) {
  const t = useT(reportMessages);
  const locale = useLocale();
  const reference = view.table.rows[0];
  const money = (v: string) => (v === '' ? '—' : euros(v, locale));
  const columns = [
    t('colParty'),
    t('colSoftware'),
    t('colPersonnel'),
    t('colInfrastructure'),
    t('colTotal'),
    t('colFtePer100k'),
  ];
  return (
    <section className="report-section" aria-labelledby="report-benchmark">
      <h2 id="report-benchmark">{t('benchmarkTitle')}</h2>
      <p>{t('benchmarkIntro', { year: view.year, source: view.table.source ?? reference?.label ?? '' })}</p>
      {evaluation.scenarios.map((s) => {
        const rows = view.perInhabitant[s.id] ?? [];
        const comparisons = view.comparisons[s.id] ?? {};
        return (
          <div key={s.id} className="report-benchmark">
            <ReportTable
              caption={t('benchmarkCaption', { scenario: s.name, year: view.year })}
              columns={columns}
              rows={[
                ...rows.map((r) => ({
                  key: r.party ?? 'together',
                  head: r.party === null ? t('together') : partyName(model, r.party),
                  className: r.party === null ? 'is-total' : undefined,
                  cells: [
                    euros(r.software, locale),
                    euros(r.personnel, locale),
                    euros(r.infrastructure, locale),
                    euros(r.total, locale),
                    fteText(r.ftePer100k, locale),
                  ],
                })),
                ...view.table.rows.map((b) => ({
                  key: `benchmark-${b.id}`,
                  head: b.label,
                  className: 'is-reference',
                  cells: [
                    money(numText(b.software)),
                    money(numText(b.personnel)),
                    money(numText(b.infrastructure)),
                    money(view.rowTotals[b.id] ?? ''),
                    b.ftePer100k === undefined ? '—' : fteText(numText(b.ftePer100k), locale),
                  ],
                })),
              ]}
            />
            {reference && (
              <ul className="report-sentences">
                {evaluation.municipalities.map((m) => {
                  const c = comparisons[m];
                  if (!c) return null;
                  const vars = {
                    party: partyName(model, m),
                    row: reference.label,
                    amount: euros(c.difference.replace('-', ''), locale),
                    pct: c.ratio === null ? '—' : percent(c.ratio.replace('-', ''), locale, 0),
                  };
                  return (
                    <li key={m}>
                      {c.direction === 'above'
                        ? t('compareAbove', vars)
                        : c.direction === 'below'
                          ? t('compareBelow', vars)
                          : t('compareEqual', vars)}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
