/** Overview: key figures, costs per scenario (extrapolated years dashed), savings, cumulative savings with break-even. */
import { BarChart, LineChart, seriesColor, type ChartMarker } from '../../components/charts';
import { Section } from '../../components';
import { cumulativeOf, hasNoSavings } from '../../model';
import { useT } from '../../i18n';
import { KeyFiguresTable } from './key-figures-table';
import { methodMessages } from './method-messages';
import { resultsMessages, type ResultsKey } from './messages';
import { MoneyTable } from './money-table';
import { alternatives, firstExtrapolated, isComputedThrough, type ViewProps } from './results-kit';

export function OverviewView(props: ViewProps) {
  const t = useT(resultsMessages);
  const tm = useT(methodMessages);
  const e = props.evaluation;
  // In the cash view the same tables and charts carry payments; titles say so, amounts have no trace.
  const title = (key: ResultsKey) => (props.isCash ? tm('inCash', { what: t(key) }) : t(key));
  const dashedFrom = firstExtrapolated(e);
  const isComputed = isComputedThrough(props.model);
  const others = alternatives(e);
  // A scenario keeps its colour across charts: the colour of its position among all scenarios.
  const colourOf = (id: string) => seriesColor(e.scenarios.findIndex((s) => s.id === id));
  const markers: ChartMarker[] = others.flatMap((s) =>
    s.breakEven && !hasNoSavings(cumulativeOf(s.years))
      ? [
          {
            at: s.breakEven.year,
            text: t('breakEvenMarker', { name: s.name, year: s.breakEven.year }),
            color: colourOf(s.id),
          },
        ]
      : [],
  );
  return (
    <>
      <Section title={title('keyFigures')}>
        <KeyFiguresTable {...props} />
      </Section>
      <Section title={title('costChart')}>
        <LineChart
          label={title('costChart')}
          labelsHeading={t('year')}
          labels={e.years}
          dashedFrom={dashedFrom}
          isComputedThrough={isComputed}
          datasets={e.scenarios.map((s) => ({
            label: s.name,
            data: s.years.map((y) => y.total),
            color: colourOf(s.id),
          }))}
        />
        <MoneyTable
          caption={title('totalsTable')}
          hint={props.isCash ? tm('noTrace') : undefined}
          years={e.years}
          extrapolatedFrom={dashedFrom}
          corner={t('scenario')}
          rows={e.scenarios.map((s) => ({
            id: s.id,
            label: s.name,
            values: s.years.map((y) => y.total),
            query: (i) => (props.isCash ? null : { scenarioId: s.id, year: e.years[i] as number }),
          }))}
        />
      </Section>
      {others.length > 0 && (
        <Section title={title('savingsChart')}>
          <BarChart
            label={title('savingsChart')}
            labelsHeading={t('year')}
            labels={e.years}
            extrapolatedFrom={dashedFrom}
            isComputedThrough={isComputed}
            datasets={others.map((s) => ({
              label: s.name,
              data: s.years.map((y) => y.savings),
              color: colourOf(s.id),
            }))}
          />
          <LineChart
            label={title('cumulativeChart')}
            labelsHeading={t('year')}
            labels={e.years}
            dashedFrom={dashedFrom}
            isComputedThrough={isComputed}
            markers={markers}
            datasets={others.map((s) => ({
              label: s.name,
              data: s.years.map((y) => y.cumulativeSavings),
              color: colourOf(s.id),
            }))}
          />
        </Section>
      )}
    </>
  );
}
