/** Section 3: costs per category in the last horizon year, per scenario, and the one-off costs per year. */
import type { Evaluation, ModelFile } from '../../engine';
import { categoryLabel, horizonYears } from '../../model';
import { roundingDiffers, useLocale, useT } from '../../i18n';
import { isZeroDecimal } from '../../model';
import { reportMessages } from './messages';
import { thousands } from './report-format';
import { ReportTable } from './report-table';

export function CategoriesSection({ model, evaluation }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(reportMessages);
  const locale = useLocale();
  const { endYear, scenarios } = evaluation;
  const at = (i: number) => scenarios.map((s) => s.years.find((y) => y.year === endYear)).at(i);
  const used = evaluation.categories.filter((c) =>
    scenarios.some((_, i) => !isZeroDecimal(at(i)?.byCategory[c.id] ?? '0')),
  );
  const years = horizonYears(evaluation);
  // Scenarios whose rounded categories do not add up to their rounded total (× € 1.000).
  const unequal = scenarios.filter((s, i) =>
    roundingDiffers(
      used.map((c) => at(i)?.byCategory[c.id] ?? '0'),
      at(i)?.total ?? '0',
      'thousands',
    ),
  );
  const hasOneOff = scenarios.some((s) => s.years.some((y) => !isZeroDecimal(y.oneOff)));
  return (
    <section className="report-section" aria-labelledby="report-categories">
      <h2 id="report-categories">{t('categoriesTitle')}</h2>
      <ReportTable
        caption={t('categoryCaption', { year: endYear })}
        columns={[t('colCategory'), ...scenarios.map((s) => s.name)]}
        rows={[
          ...used.map((c) => ({
            key: c.id,
            head: categoryLabel(model, c.id, locale),
            cells: scenarios.map((_, i) => thousands(at(i)?.byCategory[c.id] ?? '0', locale)),
          })),
          {
            key: 'total',
            head: t('categoryTotal'),
            cells: scenarios.map((_, i) => thousands(at(i)?.total ?? '0', locale)),
            className: 'is-total',
          },
        ]}
        note={unequal.length > 0 ? t('roundingNote', { scenarios: unequal.map((s) => s.name).join(', ') }) : undefined}
      />
      {hasOneOff && (
        <ReportTable
          caption={t('oneOffCaption')}
          columns={[t('colYear'), ...scenarios.map((s) => s.name)]}
          rows={years.map((year) => ({
            key: String(year),
            head: String(year),
            cells: scenarios.map((s) => thousands(s.years.find((y) => y.year === year)?.oneOff ?? '0', locale)),
          }))}
        />
      )}
    </section>
  );
}
