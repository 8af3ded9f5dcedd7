/**
 * Per municipality: each municipality's own business case after allocation, in € or × €1,000
 * rounded to €50,000, largest effect first. Beyond a dozen municipalities (issue 19) a searchable
 * ranking of all of them, with the business case of the one chosen (or the top match) below it.
 */
import { useMemo, useState } from 'react';
import { Section } from '../../components';
import { LineChart, seriesColor, TableScroll } from '../../components/charts';
import { formatMoney, type MoneyUnit } from '../../i18n';
import { breakEvenText, partyName, paybackText } from '../../model';
import { useLocale, useT } from '../../i18n';
import { methodMessages } from './method-messages';
import { resultsMessages } from './messages';
import { MoneyTable, type MoneyRow } from './money-table';
import { MunicipalityRanking, rankMunicipalities } from './municipality-ranking';
import { UnitSwitch } from './pickers';
import { alternatives, firstExtrapolated, isComputedThrough, lastYear, type ViewProps } from './results-kit';

const CASH_TITLES = new Set<string>(['municipalityCosts', 'municipalityChart', 'municipalityKeyFigures']);

/** Up to this many municipalities every business case is shown; beyond it, the ranking and one case. */
export const ALL_CASES_UP_TO = 12;

export function MunicipalityView({ model, evaluation: e, isCash }: ViewProps) {
  const t = useT(resultsMessages);
  const [unit, setUnit] = useState<MoneyUnit>('euro');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const ranked = useMemo(() => rankMunicipalities(e, (id) => partyName(model, id), query), [e, model, query]);
  const isLarge = e.municipalities.length > ALL_CASES_UP_TO;
  const shown = !isLarge
    ? ranked.map((r) => r.party)
    : [ranked.find((r) => r.party === chosen)?.party ?? ranked[0]?.party].filter((p): p is string => p !== undefined);
  return (
    <>
      <UnitSwitch value={unit} onChange={setUnit} />
      {isLarge && (
        <MunicipalityRanking
          evaluation={e}
          ranked={ranked}
          query={query}
          onQuery={setQuery}
          chosen={shown[0] ?? null}
          onChoose={setChosen}
        />
      )}
      {shown.map((m) => (
        <MunicipalityCase
          key={m}
          party={m}
          name={partyName(model, m)}
          unit={unit}
          model={model}
          evaluation={e}
          isCash={isCash}
        />
      ))}
      {e.municipalities.length === 0 && <p>{t('noShared')}</p>}
    </>
  );
}

function MunicipalityCase({
  party,
  name,
  unit,
  model,
  evaluation: e,
  isCash,
}: ViewProps & { party: string; name: string; unit: MoneyUnit }) {
  const tr = useT(resultsMessages);
  const tm = useT(methodMessages);
  // In the cash view: payments, titled so, without a trace.
  const t: typeof tr = (key, vars) =>
    isCash && CASH_TITLES.has(key) ? tm('inCash', { what: tr(key, vars) }) : tr(key, vars);
  const locale = useLocale();
  const from = firstExtrapolated(e);
  const last = lastYear(e);
  const colourOf = (id: string) => seriesColor(e.scenarios.findIndex((s) => s.id === id));
  const cost = (id: string) => e.scenarios.find((s) => s.id === id)?.parties[party]?.years.map((y) => y.total) ?? [];
  const rows: MoneyRow[] = [
    ...e.scenarios.map((s) => ({
      id: s.id,
      label: s.name,
      values: cost(s.id),
      query: (i: number) => (isCash ? null : { scenarioId: s.id, year: e.years[i] as number, party }),
    })),
    ...alternatives(e).flatMap((s) => [
      {
        id: `${s.id}-savings`,
        label: t('savingsOf', { name: s.name }),
        values: s.parties[party]?.years.map((y) => y.savings) ?? [],
        query: () => null,
        isSubtotal: true,
      },
      {
        id: `${s.id}-cumulative`,
        label: t('cumulativeOf', { name: s.name }),
        values: s.parties[party]?.years.map((y) => y.cumulativeSavings) ?? [],
        query: () => null,
      },
    ]),
  ];
  return (
    <Section title={t('municipalityCase', { party: name })}>
      <MoneyTable
        caption={t('municipalityCosts', { party: name })}
        hint={isCash ? tm('noTrace') : undefined}
        years={e.years}
        rows={rows}
        unit={unit}
        extrapolatedFrom={from}
        corner={t('scenario')}
      />
      <LineChart
        label={t('municipalityChart', { party: name })}
        labelsHeading={t('year')}
        labels={e.years}
        dashedFrom={from}
        isComputedThrough={isComputedThrough(model)}
        unit={unit === 'euro' ? 'money' : 'thousands50'}
        datasets={e.scenarios.map((s) => ({ label: s.name, data: cost(s.id), color: colourOf(s.id) }))}
      />
      <TableScroll label={t('municipalityKeyFigures', { party: name })}>
        <table className="table">
          <caption>{t('municipalityKeyFigures', { party: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenario')}</th>
              <th scope="col">{t('breakEven')}</th>
              <th scope="col">{t('payback')}</th>
              <th scope="col" className="num">
                {t('investment')}
              </th>
              <th scope="col" className="num">
                {t('npvSpan', { from: e.startYear, to: e.endYear })}
              </th>
              {last > e.endYear && (
                <th scope="col" className="num">
                  {t('npvSpan', { from: e.startYear, to: last })}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {alternatives(e).map((s) => {
              const c = s.parties[party];
              if (!c) return null;
              return (
                <tr key={s.id} data-scenario={s.id}>
                  <th scope="row">{s.name}</th>
                  <td data-figure="breakEven">{breakEvenText(c.breakEven, false, last, locale, c.years)}</td>
                  <td data-figure="payback">{paybackText(c.paybackYears, locale, c.years)}</td>
                  <td className="num">{formatMoney(c.investment, locale)}</td>
                  <td className="num" data-figure="npv">
                    {formatMoney(c.npv, locale)}
                  </td>
                  {last > e.endYear && <td className="num">{formatMoney(c.npvExtended, locale)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}
