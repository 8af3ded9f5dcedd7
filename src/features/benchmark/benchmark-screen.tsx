/** The benchmark screen: cost per inhabitant and FTE per 100,000 inhabitants against an editable benchmark table. */
import { useState } from 'react';
import { ScreenHeader, Section, SelectField, ErrorNotice } from '../../components';
import { BarChart, PALETTE, seriesColor, TableScroll } from '../../components/charts';
import type { BenchmarkRow, Evaluation, ModelFile, PerInhabitant } from '../../engine';
import { formatDecimal, formatMoney } from '../../i18n';
import { benchmarkRowTotal } from '../../engine';
import { partyName } from '../../model';
import { useActiveModel, useBenchmarkTable, useCostPerInhabitant, useEvaluationState } from '../../state';
import { useLocale, useT } from '../../i18n';
import { BenchmarkEditor } from './benchmark-editor';
import { BenchmarkSentences } from './benchmark-sentences';
import { benchmarkMessages } from './messages';
import './benchmark.css';

const GROUPS = ['software', 'personnel', 'infrastructure', 'total'] as const;

export function BenchmarkScreen() {
  const t = useT(benchmarkMessages);
  const model = useActiveModel();
  const { evaluation, errors } = useEvaluationState();
  if (!model) return null;
  return (
    <div className="screen benchmark-screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      {evaluation ? (
        <Comparison model={model} evaluation={evaluation} />
      ) : (
        errors.length > 0 && (
          <ErrorNotice title={t('invalid')}>
            <p>{errors[0]}</p>
          </ErrorNotice>
        )
      )}
      <BenchmarkEditor />
    </div>
  );
}

function Comparison({ model, evaluation: e }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(benchmarkMessages);
  const { table } = useBenchmarkTable();
  const [scenarioWanted, setScenario] = useState<string | null>(null);
  const [year, setYear] = useState(e.endYear);
  const [refWanted, setRef] = useState<string | null>(null);
  const scenarioId = e.scenarios.some((s) => s.id === scenarioWanted) ? (scenarioWanted as string) : e.baselineId;
  const shownYear = year >= e.startYear && year <= e.endYear ? year : e.endYear;
  const reference = table.rows.find((r) => r.id === refWanted) ?? table.rows[0];
  const figures = useCostPerInhabitant(shownYear);
  const rows = figures.value?.[scenarioId] ?? [];
  const scenario = e.scenarios.find((s) => s.id === scenarioId)?.name ?? scenarioId;
  const nameOf = (p: string | null) => (p === null ? t('together') : partyName(model, p));
  const years = e.years.filter((y) => y <= e.endYear);
  return (
    <>
      <div className="form-row">
        <SelectField
          label={t('scenario')}
          value={scenarioId}
          onChange={setScenario}
          options={e.scenarios.map((s) => ({ value: s.id, label: s.name }))}
        />
        <SelectField
          label={t('year')}
          value={String(shownYear)}
          onChange={(v) => setYear(Number(v))}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        {table.rows.length > 0 && reference && (
          <SelectField
            label={t('reference')}
            value={reference.id}
            onChange={setRef}
            options={table.rows.map((r) => ({ value: r.id, label: r.label }))}
          />
        )}
      </div>
      {figures.error && (
        <p role="alert" className="notice notice-error">
          {figures.error}
        </p>
      )}
      <Section
        title={t('perInhabitant', { scenario, year: shownYear })}
        description={t('totalNote', { year: shownYear, bookYear: table.bookYear ?? '—' })}
      >
        <FiguresTable
          rows={rows}
          reference={reference}
          nameOf={nameOf}
          caption={t('perInhabitant', { scenario, year: shownYear })}
        />
        {reference ? <BenchmarkSentences rows={rows} reference={reference} nameOf={nameOf} /> : <p>{t('noRows')}</p>}
        <BarChart
          label={t('chart', { scenario, year: shownYear, reference: reference?.label ?? '—' })}
          labelsHeading={t('group')}
          labels={GROUPS.map((g) => t(g))}
          // Costs per inhabitant do not add up: beyond a dozen, the rest is in the table only.
          aggregate="omit"
          datasets={[
            ...rows.map((r, i) => ({ label: nameOf(r.party), data: GROUPS.map((g) => r[g]), color: seriesColor(i) })),
            ...(reference
              ? [
                  {
                    label: t('benchmarkRow', { label: reference.label }),
                    data: GROUPS.map((g) => (g === 'total' ? benchmarkRowTotal(reference) : String(reference[g]))),
                    color: PALETTE.grey,
                    isPinned: true,
                  },
                ]
              : []),
          ]}
        />
      </Section>
    </>
  );
}

function FiguresTable({
  rows,
  reference,
  nameOf,
  caption,
}: {
  rows: PerInhabitant[];
  reference: BenchmarkRow | undefined;
  nameOf: (p: string | null) => string;
  caption: string;
}) {
  const t = useT(benchmarkMessages);
  const locale = useLocale();
  const euro = (v: string) => formatMoney(v, locale, 'cents');
  return (
    <TableScroll label={caption}>
      <table className="table benchmark-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('municipality')}</th>
            {GROUPS.map((g) => (
              <th key={g} scope="col" className="num">
                {t(g)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('ftePer100k')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.party ?? '*'}
              data-party={r.party ?? 'together'}
              className={r.party === null ? 'is-subtotal' : undefined}
            >
              <th scope="row">{nameOf(r.party)}</th>
              {GROUPS.map((g) => (
                <td key={g} className="num" data-figure={g}>
                  {euro(r[g])}
                </td>
              ))}
              <td className="num" data-figure="ftePer100k">
                {formatDecimal(r.ftePer100k, locale, 1)}
              </td>
            </tr>
          ))}
          {reference && (
            <tr className="is-reference" data-party="benchmark">
              <th scope="row">{t('benchmarkRow', { label: reference.label })}</th>
              {GROUPS.map((g) => (
                <td key={g} className="num">
                  {euro(g === 'total' ? benchmarkRowTotal(reference) : String(reference[g]))}
                </td>
              ))}
              <td className="num">
                {reference.ftePer100k === undefined ? '—' : formatDecimal(String(reference.ftePer100k), locale, 1)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
