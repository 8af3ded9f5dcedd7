/** Cost per inhabitant over the years: realised and planned against a benchmark row, as the benchmark letters show it. */
import { useState } from 'react';
import { Section, SelectField } from '../../components';
import { TableScroll } from '../../components/charts';
import { benchmarkRowTotal, realisedPerInhabitant, type Evaluation, type ModelFile } from '../../engine';
import { formatDecimal, formatMoney, useLocale, useT } from '../../i18n';
import { partyName, sumDecimals } from '../../model';
import { useBenchmarkTable } from '../../state';
import { actualsMessages } from './messages';

export function PerInhabitantSection({
  model,
  evaluation,
  party,
}: {
  model: ModelFile;
  evaluation: Evaluation;
  party: string;
}) {
  const t = useT(actualsMessages);
  const locale = useLocale();
  const { table } = useBenchmarkTable();
  const [wanted, setWanted] = useState<string | null>(null);
  const reference = table.rows.find((r) => r.id === wanted) ?? table.rows[0];
  const rows = realisedPerInhabitant(model, evaluation).filter((r) => r.party === party);
  if (rows.length === 0) return null;
  const caption = t('perInhabitantCaption', { party: partyName(model, party) });
  const euro = (v: string) => formatMoney(v, locale, 'cents');
  const benchmark = reference ? benchmarkRowTotal(reference) : null;
  return (
    <Section title={t('perInhabitantTitle')} description={t('perInhabitantText')}>
      {reference && (
        <div className="form-row">
          <SelectField
            label={t('reference')}
            value={reference.id}
            onChange={setWanted}
            options={table.rows.map((r) => ({ value: r.id, label: r.label }))}
          />
        </div>
      )}
      <TableScroll label={caption}>
        <table className="table actuals-table" data-testid="per-inhabitant">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('year')}</th>
              <th scope="col" className="num">
                {t('actual')}
              </th>
              <th scope="col" className="num">
                {t('plan')}
              </th>
              {reference && (
                <th scope="col" className="num">
                  {t('benchmark', { label: reference.label })}
                </th>
              )}
              {reference && (
                <th scope="col" className="num">
                  {t('difference')}
                </th>
              )}
              <th scope="col" className="num">
                {t('ftePer100k')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
                <td className="num">{euro(r.actual)}</td>
                <td className="num">{euro(r.plan)}</td>
                {benchmark !== null && <td className="num">{euro(benchmark)}</td>}
                {benchmark !== null && <td className="num">{euro(sumDecimals([r.actual, `-${benchmark}`]))}</td>}
                <td className="num">{r.ftePer100k === null ? '—' : formatDecimal(r.ftePer100k, locale, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}
