/** The vulnerability indicators from the staff tables, per party, for one scenario and year. */
import { useState } from 'react';
import { Section, SelectField } from '../../components';
import { TableScroll } from '../../components/charts';
import type { Evaluation, ModelFile } from '../../engine';
import { formatDecimal, formatPercent, useLocale, useT } from '../../i18n';
import { groupLabel, partyName } from '../../model';
import { useStaffIndicators } from '../../state';
import { legalMessages } from './messages';

export function IndicatorsPanel({
  model,
  evaluation,
  initialScenario,
}: {
  model: ModelFile;
  evaluation: Evaluation;
  initialScenario: string;
}) {
  const t = useT(legalMessages);
  const locale = useLocale();
  const indicators = useStaffIndicators();
  const [wanted, setWanted] = useState<string | null>(null);
  const [yearWanted, setYear] = useState<number | null>(null);
  const scenario = evaluation.scenarios.find((s) => s.id === (wanted ?? initialScenario)) ?? evaluation.scenarios[0];
  const years = evaluation.years.filter((y) => y <= evaluation.endYear);
  const year = yearWanted !== null && years.includes(yearWanted) ? yearWanted : evaluation.endYear;
  const table = indicators.value;
  const benchmark = table?.benchmark;
  const rows = (table?.rows ?? []).filter((r) => r.scenario === scenario?.id);
  const caption = t('indicatorsCaption', { scenario: scenario?.name ?? '', year });
  return (
    <Section
      title={t('indicatorsTitle')}
      description={t('indicatorsIntro', {
        benchmark: benchmark?.label ?? '—',
        value: benchmark ? formatDecimal(benchmark.ftePer100k, locale, 1) : '—',
      })}
    >
      <div className="form-row">
        <SelectField
          label={t('scenario')}
          value={scenario?.id ?? ''}
          onChange={setWanted}
          options={evaluation.scenarios.map((s) => ({ value: s.id, label: s.name }))}
        />
        <SelectField
          label={t('year')}
          value={String(year)}
          onChange={(v) => setYear(Number(v))}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      {indicators.error && (
        <p role="alert" className="notice notice-error">
          {indicators.error}
        </p>
      )}
      <TableScroll label={caption}>
        <table className="table legal-indicators">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('party')}</th>
              <th scope="col" className="num">
                {t('ownFte')}
              </th>
              <th scope="col" className="num">
                {t('hiredShare')}
              </th>
              <th scope="col">{t('singlePoints')}</th>
              <th scope="col" className="num">
                {t('ftePer100k')}
              </th>
              <th scope="col" className="num">
                {t('trend')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const y = r.years.find((x) => x.year === year);
              if (!y) return null;
              return (
                <tr key={r.party} data-party={r.party}>
                  <th scope="row">{partyName(model, r.party)}</th>
                  <td className="num" data-figure="ownFte">
                    {formatDecimal(y.ownFte, locale, 1)}
                  </td>
                  <td className="num" data-figure="hiredShare">
                    {y.hiredShare === null ? '—' : formatPercent(y.hiredShare, locale, 1)}
                  </td>
                  <td data-figure="singlePoints">
                    {y.singlePoints.length === 0
                      ? t('noneSingle')
                      : y.singlePoints.map((g) => groupLabel(model, g, locale)).join(', ')}
                  </td>
                  <td className="num" data-figure="ftePer100k">
                    {y.ftePer100k === null ? '—' : formatDecimal(y.ftePer100k, locale, 1)}
                  </td>
                  <td className="num" data-figure="trend">
                    {formatDecimal(r.trend.ownFte, locale, 1)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}
