/**
 * Composition: a scenario's cost per category (stacked) and per owner before allocation, with
 * traceable tables, and per category the part of its saving that is only the timing of capital
 * charges against payments (issue 14).
 */
import { useState } from 'react';
import { Section } from '../../components';
import { BarChart } from '../../components/charts';
import type { CapitalTiming, Evaluation, ModelFile } from '../../engine';
import { categoryLabel, partyName } from '../../model';
import { useAppStore, useCapitalTiming } from '../../state';
import { defineMessages, formatMoney, useLocale, useT } from '../../i18n';
import { resultsMessages } from './messages';
import { MoneyTable } from './money-table';
import { ScenarioPicker } from './pickers';
import { firstExtrapolated, isComputedThrough, validScenario, type ViewProps } from './results-kit';

const isZero = (v: string | undefined) => v === undefined || /^-?0(\.0+)?$/.test(v);

const timingMessages = defineMessages({
  nl: {
    title: 'Kapitaallasten-effect (timing) – {name}',
    text: 'Dit deel van de besparing op de lasten is geen besparing maar een verschuiving in de tijd: een andere afschrijvingstermijn, rente of start van de afschrijving verandert de kapitaallasten, maar niet wat er voor de investeringen wordt betaald.',
    caption:
      'Kapitaallasten-effect (timing) per categorie – {name}; positief: de begroting toont meer besparing dan de betalingen',
    row: 'Kapitaallasten-effect (timing): {category}',
    corner: 'Categorie',
    total: 'Kapitaallasten-effect (timing), totaal',
  },
  en: {
    title: 'Capital-charge effect (timing) – {name}',
    text: 'This part of the saving on accrual cost is not a saving but a shift in time: another depreciation term, interest rate or depreciation start changes the capital charges, but not what is paid for the investments.',
    caption:
      'Capital-charge effect (timing) per category – {name}; positive: the budget shows more saving than the payments',
    row: 'Capital-charge effect (timing): {category}',
    corner: 'Category',
    total: 'Capital-charge effect (timing), total',
  },
});

/** Each category's timing effect where it is not zero, with a total when there is more than one. */
function TimingSection({
  model,
  evaluation: e,
  timing,
  scenarioId,
  name,
}: {
  model: ModelFile;
  evaluation: Evaluation;
  timing: CapitalTiming;
  scenarioId: string;
  name: string;
}) {
  const t = useT(timingMessages);
  const locale = useLocale();
  const byCategory = timing.scenarios[scenarioId]?.byCategory ?? {};
  const categories = e.categories.map((c) => c.id).filter((c) => byCategory[c] !== undefined);
  if (categories.length === 0) return null;
  const from = timing.years.findIndex((y) => y > model.horizon.endYear);
  const rows = categories.map((c) => ({
    id: `timing-${c}`,
    label: t('row', { category: categoryLabel(model, c, locale) }),
    values: byCategory[c] as string[],
  }));
  const total = timing.scenarios[scenarioId]?.total ?? [];
  const allRows = categories.length > 1 ? [...rows, { id: 'timing-total', label: t('total'), values: total }] : rows;
  const isLater = (i: number) => from >= 0 && i >= from;
  // Not a MoneyTable: these figures have no trace to open, so the table holds nothing focusable
  // and its scroll area itself takes the focus (keyboard users can scroll it).
  return (
    <Section title={t('title', { name })} description={t('text')}>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('caption', { name })}>
        <table className="table money-table">
          <caption>{t('caption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('corner')}</th>
              {timing.years.map((y, i) => (
                <th key={y} scope="col" className={`num${isLater(i) ? ' is-extrapolated' : ''}`}>
                  {y}
                  {isLater(i) ? '*' : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {allRows.map((r) => (
              <tr key={r.id} data-row={r.id} className={r.id === 'timing-total' ? 'is-subtotal' : undefined}>
                <th scope="row">{r.label}</th>
                {r.values.map((v, i) => (
                  <td key={timing.years[i]} className={`num${isLater(i) ? ' is-extrapolated' : ''}`}>
                    {formatMoney(v, locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

export function CompositionView({ model, evaluation: e }: ViewProps) {
  const t = useT(resultsMessages);
  const locale = useLocale();
  const selected = useAppStore((s) => s.selection.scenarioId);
  const timing = useCapitalTiming().value;
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
        <BarChart
          label={t('byCategoryChart', { name: s.name })}
          labelsHeading={t('year')}
          labels={e.years}
          isStacked
          extrapolatedFrom={from}
          isComputedThrough={isComputedThrough(model)}
          height={380}
          datasets={[
            ...categories.map((c) => ({
              label: catName(c.id),
              data: s.years.map((y) => y.byCategory[c.id] ?? '0.00'),
            })),
            { label: t('total'), data: s.years.map((y) => y.total), isTableOnly: true },
          ]}
        />
        <MoneyTable
          caption={t('byCategoryTable', { name: s.name })}
          years={e.years}
          extrapolatedFrom={from}
          corner={t('category')}
          totalRowId="total"
          rows={[
            ...categories.map((c) => ({
              id: c.id,
              label: catName(c.id),
              values: s.years.map((y) => y.byCategory[c.id] ?? '0.00'),
              query: (i: number) => ({ scenarioId, year: e.years[i] as number, category: c.id }),
            })),
            {
              id: 'total',
              label: t('total'),
              values: s.years.map((y) => y.total),
              query: (i: number) => ({ scenarioId, year: e.years[i] as number }),
            },
          ]}
        />
      </Section>
      {timing && <TimingSection model={model} evaluation={e} timing={timing} scenarioId={scenarioId} name={s.name} />}
      <Section title={t('byOwnerChart', { name: s.name })} description={t('ownerNote')}>
        <BarChart
          label={t('byOwnerChart', { name: s.name })}
          labelsHeading={t('year')}
          labels={e.years}
          isStacked
          extrapolatedFrom={from}
          isComputedThrough={isComputedThrough(model)}
          datasets={[
            ...owners.map((p) => ({ label: partyName(model, p), data: s.years.map((y) => y.byOwner[p] ?? '0.00') })),
            { label: t('total'), data: s.years.map((y) => y.total), isTableOnly: true },
          ]}
        />
        <MoneyTable
          caption={t('byOwnerTable', { name: s.name })}
          years={e.years}
          extrapolatedFrom={from}
          corner={t('owner')}
          rows={owners.map((p) => ({
            id: p,
            label: partyName(model, p),
            values: s.years.map((y) => y.byOwner[p] ?? '0.00'),
            query: (i: number) => ({ scenarioId, year: e.years[i] as number, owner: p }),
          }))}
        />
      </Section>
    </>
  );
}
