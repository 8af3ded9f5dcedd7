/**
 * Staff: FTE per function group per scenario (the report's table), for all parties or one
 * municipality, and FTE per 100,000 inhabitants. Past 60 municipalities (issue 19) the table per
 * municipality scrolls in its own box and renders only the rows in view.
 */
import { useMemo, useRef, useState } from 'react';
import { Section, SelectField } from '../../components';
import { BarChart, seriesColor, TableScroll } from '../../components/charts';
import { useRowWindow } from '../../components/grid';
import { formatDecimal } from '../../i18n';
import { groupLabel, horizonYears, partyName } from '../../model';
import { useCostPerInhabitant, useMunicipalStaff, useStaffTotals } from '../../state';
import { useLocale, useT } from '../../i18n';
import { resultsMessages } from './messages';
import { Spacer, TABLE_ROW_HEIGHT } from './money-table';
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
  // Per scenario, each party's row by its id ('' for all together): one lookup per cell, not a search.
  const inhabitantRows = perInhabitant.value;
  const rowsOf = useMemo(() => {
    const out: Record<string, Map<string, NonNullable<typeof inhabitantRows>[string][number]>> = {};
    for (const [id, list] of Object.entries(inhabitantRows ?? {}))
      out[id] = new Map(list.map((r) => [r.party ?? '', r]));
    return out;
  }, [inhabitantRows]);
  const partyRow = (scenarioId: string) => rowsOf[scenarioId]?.get(scope === ALL ? '' : scope);
  const listed = e.municipalities;
  const boxRef = useRef<HTMLDivElement>(null);
  const win = useRowWindow(listed.length, boxRef, null, TABLE_ROW_HEIGHT);
  /** A municipality's row, or with `m` null all together (the table's foot). */
  const partyCells = (m: string | null) =>
    e.scenarios.map((s) => {
      const r = rowsOf[s.id]?.get(m ?? '');
      return [
        <td key={`${s.id}-f`} className="num">
          {fte(r?.fte)}
        </td>,
        <td key={`${s.id}-p`} className="num">
          {fte(r?.ftePer100k)}
        </td>,
      ];
    });
  const columns = e.scenarios.length * 2 + 1;
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
        <div
          ref={boxRef}
          className={`table-wrap rows-scroll${win.isVirtual ? ' is-virtual' : ''}`}
          role="region"
          aria-label={t('staffPerMunicipality', { year: shownYear })}
          tabIndex={0}
          onScroll={win.isVirtual ? win.onScroll : undefined}
        >
          <table className="table staff-parties" aria-rowcount={win.isVirtual ? listed.length + 3 : undefined}>
            <caption className="visually-hidden">{t('staffPerMunicipality', { year: shownYear })}</caption>
            <thead>
              <tr aria-rowindex={win.isVirtual ? 1 : undefined}>
                <th scope="col" rowSpan={2}>
                  {t('municipality')}
                </th>
                {e.scenarios.map((s) => (
                  <th key={s.id} scope="colgroup" colSpan={2} className="group-head">
                    {s.name}
                  </th>
                ))}
              </tr>
              <tr aria-rowindex={win.isVirtual ? 2 : undefined}>
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
              {win.before > 0 && <Spacer height={win.before} columns={columns} />}
              {listed.slice(win.first, win.last).map((m, k) => (
                <tr key={m} data-party={m} aria-rowindex={win.isVirtual ? win.first + k + 3 : undefined}>
                  <th scope="row">{partyName(model, m)}</th>
                  {partyCells(m)}
                </tr>
              ))}
              {win.after > 0 && <Spacer height={win.after} columns={columns} />}
            </tbody>
            {/* All together in the foot: in a long table it stays in view below the rows. */}
            <tfoot>
              <tr
                data-party="together"
                aria-rowindex={win.isVirtual ? listed.length + 3 : undefined}
                className="is-subtotal"
              >
                <th scope="row">{t('together')}</th>
                {partyCells(null)}
              </tr>
            </tfoot>
          </table>
        </div>
      </Section>
    </>
  );
}
