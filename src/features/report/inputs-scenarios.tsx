/** Appendix A, continued: per scenario its own cost lines, staff tables and levers. */
import type { Line, ModelFile, StaffEntry, YearMap } from '../../engine';
import { formatDecimal, formatPercent, type Locale } from '../../i18n';
import {
  categoryLabel,
  describeChange,
  groupLabel,
  hasSteps,
  horizonYears,
  lineAmountText,
  lineName,
  lineYearsText,
  partyName,
  yearValue,
} from '../../model';
import { useLocale, useT } from '../../i18n';
import { reportMessages } from './messages';
import { ReportTable } from './report-table';

function LinesTable({ model, caption, lines }: { model: ModelFile; caption: string; lines: Line[] }) {
  const t = useT(reportMessages);
  const locale = useLocale();
  if (lines.length === 0) return null;
  return (
    <ReportTable
      caption={caption}
      textColumns={[0, 1, 2, 3]}
      columns={[t('colLine'), t('colParty'), t('colCategory'), t('colAmount'), t('colWhen')]}
      rows={lines.map((l) => ({
        key: l.id,
        head: (
          <>
            {lineName(l, l.id, { m: model, locale })}
            {l.note && <span className="report-line-note">{l.note}</span>}
          </>
        ),
        cells: [
          partyName(model, l.party),
          categoryLabel(model, l.type === 'application' ? 'applications' : l.category, locale),
          lineAmountText(l, locale),
          lineYearsText(l, model, locale),
        ],
      }))}
    />
  );
}

function StaffTable({ model, caption, staff }: { model: ModelFile; caption: string; staff: StaffEntry[] }) {
  const t = useT(reportMessages);
  const locale = useLocale();
  const years = horizonYears(model.horizon);
  if (staff.length === 0) return null;
  return (
    <ReportTable
      caption={caption}
      columns={['', t('colHired'), ...years.map(String)]}
      rows={staff.map((s) => ({
        key: `${s.party}-${s.group}`,
        head: `${partyName(model, s.party)} — ${groupLabel(model, s.group, locale)}`,
        cells: [
          hiredText(s.hiredShare, model.horizon.startYear, locale),
          ...years.map((y) => formatDecimal(yearValue(s.fte, y), locale, 1)),
        ],
      }))}
    />
  );
}

export function InputsScenarios({ model }: { model: ModelFile }) {
  const t = useT(reportMessages);
  const locale = useLocale();
  return (
    <>
      {model.scenarios.map((s) => {
        const parent = model.scenarios.find((x) => x.id === s.basedOn);
        const changes = s.changes ?? [];
        return (
          <div key={s.id} className="report-scenario-inputs">
            <h3>{s.name}</h3>
            <LinesTable model={model} caption={t('linesCaption', { scenario: s.name })} lines={s.lines ?? []} />
            <StaffTable model={model} caption={t('baselineStaffCaption', { scenario: s.name })} staff={s.staff ?? []} />
            {parent && changes.length > 0 && (
              <ReportTable
                caption={t('leversCaption', { scenario: s.name, parent: parent.name })}
                textColumns={[0, 1]}
                columns={[t('colNr'), t('colLever'), t('colOn')]}
                rows={changes.map((c, i) => ({
                  key: String(i),
                  head: String(i + 1),
                  cells: [describeChange(c, model, locale), c.enabled === false ? t('off') : t('on')],
                  className: c.enabled === false ? 'is-off' : undefined,
                }))}
              />
            )}
          </div>
        );
      })}
    </>
  );
}

/** The hired share; one that changes over the years as its steps: "20 % → 10 % (2017)". */
function hiredText(map: YearMap | undefined, startYear: number, locale: Locale): string {
  if (!hasSteps(map) || typeof map !== 'object') return formatPercent(yearValue(map ?? 0, startYear), locale, 0);
  return Object.keys(map)
    .map(Number)
    .sort((a, b) => a - b)
    .map((y, i) => `${formatPercent(yearValue(map, y), locale, 0)}${i === 0 ? '' : ` (${y})`}`)
    .join(' → ');
}
