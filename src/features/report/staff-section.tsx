/** Section 5: FTE per function group and per municipality, now and at the end of the horizon, per scenario. */
import type { Evaluation, ModelFile, ScenarioResult, StaffYear } from '../../engine';
import { groupLabel, partyName } from '../../model';
import { useLocale, useT } from '../../i18n';
import { isZeroDecimal, sumDecimals } from '../../model';
import { reportMessages } from './messages';
import { fteText } from './report-format';
import { ReportTable } from './report-table';

/** FTE of a group in a year over all parties (or those of `parties`). */
function fteOf(staff: StaffYear[] | undefined, year: number, group: string | null, parties?: string[]): string {
  const y = staff?.find((x) => x.year === year);
  const values: string[] = [];
  for (const [party, groups] of Object.entries(y?.byPartyGroup ?? {})) {
    if (parties && !parties.includes(party)) continue;
    for (const [g, fte] of Object.entries(groups)) if (group === null || g === group) values.push(fte);
  }
  return sumDecimals(values);
}

type Column = { label: string; scenario: ScenarioResult; year: number };

export function StaffSection({
  model,
  evaluation,
  municipalStaff,
}: {
  model: ModelFile;
  evaluation: Evaluation;
  municipalStaff: Record<string, StaffYear[]> | null;
}) {
  const t = useT(reportMessages);
  const locale = useLocale();
  const { startYear, endYear, scenarios } = evaluation;
  const baseline = scenarios.find((s) => s.id === evaluation.baselineId);
  const columns: Column[] = [
    ...(baseline
      ? [
          {
            label: t('colBaselineStart', { scenario: baseline.name, year: startYear }),
            scenario: baseline,
            year: startYear,
          },
        ]
      : []),
    ...scenarios.map((s) => ({
      label: t('colBaselineStart', { scenario: s.name, year: endYear }),
      scenario: s,
      year: endYear,
    })),
  ];
  const groups = evaluation.functionGroups.filter((g) =>
    columns.some((c) => !isZeroDecimal(fteOf(c.scenario.staff, c.year, g.id))),
  );
  if (groups.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby="report-staff">
      <h2 id="report-staff">{t('staffTitle')}</h2>
      <p>{t('staffIntro', { year: endYear })}</p>
      <ReportTable
        caption={t('staffByGroup', { year: endYear })}
        columns={[t('colGroup'), ...columns.map((c) => c.label)]}
        rows={[
          ...groups.map((g) => ({
            key: g.id,
            head: groupLabel(model, g.id, locale),
            cells: columns.map((c) => fteText(fteOf(c.scenario.staff, c.year, g.id), locale)),
          })),
          {
            key: 'total',
            head: t('categoryTotal'),
            cells: columns.map((c) => fteText(fteOf(c.scenario.staff, c.year, null), locale)),
            className: 'is-total',
          },
        ]}
      />
      {municipalStaff && (
        <ReportTable
          caption={t('staffByMunicipality', { year: endYear })}
          columns={[t('colParty'), ...columns.map((c) => c.label)]}
          rows={evaluation.municipalities.map((m) => ({
            key: m,
            head: partyName(model, m),
            cells: columns.map((c) => fteText(fteOf(municipalStaff[c.scenario.id], c.year, null, [m]), locale)),
          }))}
        />
      )}
    </section>
  );
}
