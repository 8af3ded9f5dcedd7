/** Overview: key figures, costs per scenario (extrapolated years dashed), savings, cumulative savings with break-even. */
import { BarChart, LineChart, seriesColor, type ChartMarker } from '../../components/charts';
import { Section } from '../../components';
import { cumulativeOf, hasNoSavings } from '../../model';
import { useT } from '../../i18n';
import { KeyFiguresTable } from './key-figures-table';
import { resultsMessages } from './messages';
import { MoneyTable } from './money-table';
import { alternatives, firstExtrapolated, type ViewProps } from './results-kit';

export function OverviewView(props: ViewProps) {
  const t = useT(resultsMessages);
  const e = props.evaluation;
  const dashedFrom = firstExtrapolated(e);
  const others = alternatives(e);
  // A scenario keeps its colour across charts: the colour of its position among all scenarios.
  const colourOf = (id: string) => seriesColor(e.scenarios.findIndex((s) => s.id === id));
  const markers: ChartMarker[] = others.flatMap((s) => (s.breakEven && !hasNoSavings(cumulativeOf(s.years)) ? [{ at: s.breakEven.year, text: t('breakEvenMarker', { name: s.name, year: s.breakEven.year }), color: colourOf(s.id) }] : []));
  return (
    <>
      <Section title={t('keyFigures')}>
        <KeyFiguresTable {...props} />
      </Section>
      <Section title={t('costChart')}>
        <LineChart label={t('costChart')} labelsHeading={t('year')} labels={e.years} dashedFrom={dashedFrom}
          datasets={e.scenarios.map((s) => ({ label: s.name, data: s.years.map((y) => y.total), color: colourOf(s.id) }))} />
        <MoneyTable caption={t('totalsTable')} years={e.years} extrapolatedFrom={dashedFrom} corner={t('scenario')}
          rows={e.scenarios.map((s) => ({ id: s.id, label: s.name, values: s.years.map((y) => y.total), query: (i) => ({ scenarioId: s.id, year: e.years[i] as number }) }))} />
      </Section>
      {others.length > 0 && (
        <Section title={t('savingsChart')}>
          <BarChart label={t('savingsChart')} labelsHeading={t('year')} labels={e.years} extrapolatedFrom={dashedFrom}
            datasets={others.map((s) => ({ label: s.name, data: s.years.map((y) => y.savings), color: colourOf(s.id) }))} />
          <LineChart label={t('cumulativeChart')} labelsHeading={t('year')} labels={e.years} dashedFrom={dashedFrom}
            markers={markers}
            datasets={others.map((s) => ({ label: s.name, data: s.years.map((y) => y.cumulativeSavings), color: colourOf(s.id) }))} />
        </Section>
      )}
    </>
  );
}
