import { Section } from '../../components';
import type { ModelFile, Party } from '../../engine';
import { formatMoney } from '../../i18n';
import { categoryLabel } from '../../model';
import { useEvaluationState } from '../../state';
import { useLocale, useT } from '../../i18n';
import { baselineMessages } from './messages';

/** The baseline cost of one party per category and year, as the engine computes it (read-only). */
export function ComputedCosts({ model, party }: { model: ModelFile; party: Party }) {
  const t = useT(baselineMessages);
  const locale = useLocale();
  const { evaluation } = useEvaluationState();
  const result = evaluation?.scenarios.find((s) => s.id === evaluation.baselineId);
  if (!evaluation || !result) return null;
  const years = result.years.filter((y) => !y.isExtrapolated);
  const cats = evaluation.categories.filter((c) =>
    years.some((y) => y.byOwnerCategory[party.id]?.[c.id] !== undefined),
  );
  const title = t('computed', { party: party.name });
  return (
    <Section title={title} description={t('computedText')}>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
              {years.map((y) => (
                <th key={y.year} scope="col" className="num">
                  {y.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cats.map((c) => (
              <tr key={c.id}>
                <th scope="row">{categoryLabel(model, c.id, locale)}</th>
                {years.map((y) => (
                  <td key={y.year} className="num">
                    {formatMoney(y.byOwnerCategory[party.id]?.[c.id] ?? '0', locale)}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="row-total">
              <th scope="row">{t('total')}</th>
              {years.map((y) => (
                <td key={y.year} className="num">
                  {formatMoney(y.byOwner[party.id] ?? '0', locale)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </Section>
  );
}
