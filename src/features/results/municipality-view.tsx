/** Per municipality: each municipality's own business case after allocation, in € or × €1,000 rounded to €50,000. */
import { useState } from 'react';
import { Section } from '../../components';
import { LineChart, seriesColor, TableScroll } from '../../components/charts';
import { formatMoney, type MoneyUnit } from '../../i18n';
import { breakEvenText, partyName, paybackText } from '../../model';
import { useLocale, useT } from '../../i18n';
import { resultsMessages } from './messages';
import { MoneyTable, type MoneyRow } from './money-table';
import { UnitSwitch } from './pickers';
import { alternatives, firstExtrapolated, lastYear, type ViewProps } from './results-kit';

export function MunicipalityView({ model, evaluation: e }: ViewProps) {
  const t = useT(resultsMessages);
  const [unit, setUnit] = useState<MoneyUnit>('euro');
  return (
    <>
      <UnitSwitch value={unit} onChange={setUnit} />
      {e.municipalities.map((m) => <MunicipalityCase key={m} party={m} name={partyName(model, m)} unit={unit} model={model} evaluation={e} />)}
      {e.municipalities.length === 0 && <p>{t('noShared')}</p>}
    </>
  );
}

function MunicipalityCase({ party, name, unit, evaluation: e }: ViewProps & { party: string; name: string; unit: MoneyUnit }) {
  const t = useT(resultsMessages);
  const locale = useLocale();
  const from = firstExtrapolated(e);
  const last = lastYear(e);
  const colourOf = (id: string) => seriesColor(e.scenarios.findIndex((s) => s.id === id));
  const cost = (id: string) => e.scenarios.find((s) => s.id === id)?.parties[party]?.years.map((y) => y.total) ?? [];
  const rows: MoneyRow[] = [
    ...e.scenarios.map((s) => ({ id: s.id, label: s.name, values: cost(s.id), query: (i: number) => ({ scenarioId: s.id, year: e.years[i] as number, party }) })),
    ...alternatives(e).flatMap((s) => [
      { id: `${s.id}-savings`, label: t('savingsOf', { name: s.name }), values: s.parties[party]?.years.map((y) => y.savings) ?? [], query: () => null, isSubtotal: true },
      { id: `${s.id}-cumulative`, label: t('cumulativeOf', { name: s.name }), values: s.parties[party]?.years.map((y) => y.cumulativeSavings) ?? [], query: () => null },
    ]),
  ];
  return (
    <Section title={t('municipalityCase', { party: name })}>
      <MoneyTable caption={t('municipalityCosts', { party: name })} years={e.years} rows={rows} unit={unit} extrapolatedFrom={from} corner={t('scenario')} />
      <LineChart label={t('municipalityChart', { party: name })} labelsHeading={t('year')} labels={e.years} dashedFrom={from}
        unit={unit === 'euro' ? 'money' : 'thousands50'}
        datasets={e.scenarios.map((s) => ({ label: s.name, data: cost(s.id), color: colourOf(s.id) }))} />
      <TableScroll label={t('municipalityKeyFigures', { party: name })}>
        <table className="table">
          <caption>{t('municipalityKeyFigures', { party: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenario')}</th>
              <th scope="col">{t('breakEven')}</th>
              <th scope="col">{t('payback')}</th>
              <th scope="col" className="num">{t('investment')}</th>
              <th scope="col" className="num">{t('npvSpan', { from: e.startYear, to: e.endYear })}</th>
              {last > e.endYear && <th scope="col" className="num">{t('npvSpan', { from: e.startYear, to: last })}</th>}
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
                  <td className="num" data-figure="npv">{formatMoney(c.npv, locale)}</td>
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
