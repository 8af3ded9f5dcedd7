/** Composition: a scenario's cost per category (stacked) and per owner before allocation, with traceable tables. */
import { useState } from 'react';
import { Section } from '../../components';
import { BarChart } from '../../components/charts';
import { categoryLabel, partyName } from '../../model';
import { useAppStore } from '../../state';
import { useLocale, useT } from '../../i18n';
import { resultsMessages } from './messages';
import { MoneyTable } from './money-table';
import { ScenarioPicker } from './pickers';
import { firstExtrapolated, validScenario, type ViewProps } from './results-kit';

const isZero = (v: string | undefined) => v === undefined || /^-?0(\.0+)?$/.test(v);

export function CompositionView({ model, evaluation: e }: ViewProps) {
  const t = useT(resultsMessages);
  const locale = useLocale();
  const selected = useAppStore((s) => s.selection.scenarioId);
  const [wanted, setWanted] = useState<string | null>(selected);
  const scenarioId = validScenario(e, wanted);
  const s = e.scenarios.find((x) => x.id === scenarioId);
  if (!s) return null;
  const from = firstExtrapolated(e);
  const categories = e.categories.filter((c) => s.years.some((y) => !isZero(y.byCategory[c.id])));
  const owners = [...e.municipalities, ...e.sharedParties].filter((p) => s.years.some((y) => !isZero(y.byOwner[p])));
  const catName = (id: string) => categoryLabel(model, id, locale);
  return (
    <>
      <div className="form-row">
        <ScenarioPicker evaluation={e} value={scenarioId} onChange={setWanted} />
      </div>
      <Section title={t('byCategoryChart', { name: s.name })}>
        <BarChart label={t('byCategoryChart', { name: s.name })} labelsHeading={t('year')} labels={e.years} isStacked extrapolatedFrom={from} height={380}
          datasets={[
            ...categories.map((c) => ({ label: catName(c.id), data: s.years.map((y) => y.byCategory[c.id] ?? '0.00') })),
            { label: t('total'), data: s.years.map((y) => y.total), isTableOnly: true },
          ]} />
        <MoneyTable caption={t('byCategoryTable', { name: s.name })} years={e.years} extrapolatedFrom={from} corner={t('category')}
          rows={[
            ...categories.map((c) => ({ id: c.id, label: catName(c.id), values: s.years.map((y) => y.byCategory[c.id] ?? '0.00'), query: (i: number) => ({ scenarioId, year: e.years[i] as number, category: c.id }) })),
            { id: 'total', label: t('total'), values: s.years.map((y) => y.total), query: (i: number) => ({ scenarioId, year: e.years[i] as number }) },
          ]} />
      </Section>
      <Section title={t('byOwnerChart', { name: s.name })} description={t('ownerNote')}>
        <BarChart label={t('byOwnerChart', { name: s.name })} labelsHeading={t('year')} labels={e.years} isStacked extrapolatedFrom={from}
          datasets={[
            ...owners.map((p) => ({ label: partyName(model, p), data: s.years.map((y) => y.byOwner[p] ?? '0.00') })),
            { label: t('total'), data: s.years.map((y) => y.total), isTableOnly: true },
          ]} />
        <MoneyTable caption={t('byOwnerTable', { name: s.name })} years={e.years} extrapolatedFrom={from} corner={t('owner')}
          rows={owners.map((p) => ({ id: p, label: partyName(model, p), values: s.years.map((y) => y.byOwner[p] ?? '0.00'), query: (i: number) => ({ scenarioId, year: e.years[i] as number, owner: p }) }))} />
      </Section>
    </>
  );
}
