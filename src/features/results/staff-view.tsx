/** Staff: FTE per function group per scenario (the report's table), for all parties or one municipality, and FTE per 100,000 inhabitants. */
import { useState } from 'react';
import { Section, SelectField } from '../../components';
import { BarChart, seriesColor, TableScroll } from '../../components/charts';
import { formatDecimal } from '../../i18n';
import { groupLabel, horizonYears, partyName } from '../../model';
import { useCostPerInhabitant, useMunicipalStaff, useStaffTotals } from '../../state';
import { useLocale, useT } from '../../i18n';
import { resultsMessages } from './messages';
import { YearPicker } from './pickers';
import type { ViewProps } from './results-kit';

const ALL = '*';

export function StaffView({ model, evaluation: e }: ViewProps) {
  const t = useT(resultsMessages);
  const locale = useLocale();
  const [year, setYear] = useState(e.endYear);
  const [scope, setScope] = useState(ALL);
  const shownYear = year >= e.startYear && year <= e.endYear ? year : e.endYear;
  const totals = useStaffTotals(shownYear);
  const perMunicipality = useMunicipalStaff();
  const perInhabitant = useCostPerInhabitant(shownYear);
  const fte = (v: string | undefined) => formatDecimal(v ?? '0', locale, 1);
  const partyRow = (scenarioId: string) =>
    perInhabitant.value?.[scenarioId]?.find((r) => (scope === ALL ? r.party === null : r.party === scope));
  const valueOf = (scenarioId: string, group: string): string => {
    if (scope === ALL) return totals?.find((x) => x.scenarioId === scenarioId)?.byGroup[group] ?? '0';
    return perMunicipality.value?.[scenarioId]?.find((y) => y.year === shownYear)?.byPartyGroup[scope]?.[group] ?? '0';
  };
  const groups = e.functionGroups.filter((g) => e.scenarios.some((s) => Number(valueOf(s.id, g.id)) !== 0));
  const scopeName = scope === ALL ? t('together') : partyName(model, scope);
  const title = `${t('staffTable', { year: shownYear })} — ${scopeName}`;
  return (
    <>
      <div className="form-row">
        <YearPicker years={horizonYears(e)} value={shownYear} onChange={setYear} />
        <SelectField
          label={t('municipality')}
          value={scope}
          onChange={setScope}
          options={[
            { value: ALL, label: t('together') },
            ...e.municipalities.map((m) => ({ value: m, label: partyName(model, m) })),
          ]}
        />
      </div>
      <Section title={title} description={t('staffTableNote')}>
        <TableScroll label={title}>
          <table className="table staff-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('functionGroup')}</th>
                {e.scenarios.map((s) => (
                  <th key={s.id} scope="col" className="num">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.id} data-group={g.id}>
                  <th scope="row">{groupLabel(model, g.id, locale)}</th>
                  {e.scenarios.map((s) => (
                    <td key={s.id} className="num" data-scenario={s.id}>
                      {fte(valueOf(s.id, g.id))}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="is-subtotal" data-group="total">
                <th scope="row">{t('total')}</th>
                {e.scenarios.map((s) => (
                  <td key={s.id} className="num" data-scenario={s.id}>
                    {fte(scope === ALL ? totals?.find((x) => x.scenarioId === s.id)?.total : partyRow(s.id)?.fte)}
                  </td>
                ))}
              </tr>
              <tr data-group="per100k">
                <th scope="row">{t('ftePer100k')}</th>
                {e.scenarios.map((s) => (
                  <td key={s.id} className="num" data-scenario={s.id}>
                    {fte(partyRow(s.id)?.ftePer100k)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </TableScroll>
        <BarChart
          label={title}
          labelsHeading={t('functionGroup')}
          labels={groups.map((g) => groupLabel(model, g.id, locale))}
          unit="number"
          digits={1}
          datasets={e.scenarios.map((s, i) => ({
            label: s.name,
            data: groups.map((g) => valueOf(s.id, g.id)),
            color: seriesColor(i),
          }))}
        />
      </Section>
      <Section title={t('staffPerMunicipality', { year: shownYear })}>
        <TableScroll label={t('staffPerMunicipality', { year: shownYear })}>
          <table className="table">
            <caption className="visually-hidden">{t('staffPerMunicipality', { year: shownYear })}</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {t('municipality')}
                </th>
                {e.scenarios.map((s) => (
                  <th key={s.id} scope="colgroup" colSpan={2} className="group-head">
                    {s.name}
                  </th>
                ))}
              </tr>
              <tr>
                {e.scenarios.map((s) => [
                  <th key={`${s.id}-f`} scope="col" className="num">
                    {t('fte')}
                  </th>,
                  <th key={`${s.id}-p`} scope="col" className="num">
                    {t('ftePer100k')}
                  </th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {[...e.municipalities, null].map((m) => (
                <tr key={m ?? ALL} data-party={m ?? 'together'} className={m === null ? 'is-subtotal' : undefined}>
                  <th scope="row">{m === null ? t('together') : partyName(model, m)}</th>
                  {e.scenarios.map((s) => {
                    const r = perInhabitant.value?.[s.id]?.find((x) => x.party === m);
                    return [
                      <td key={`${s.id}-f`} className="num">
                        {fte(r?.fte)}
                      </td>,
                      <td key={`${s.id}-p`} className="num">
                        {fte(r?.ftePer100k)}
                      </td>,
                    ];
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Section>
    </>
  );
}
