/**
 * Allocation keys compared: each municipality's outcome under each basis, losers flagged. Up to
 * a dozen municipalities a table per scenario with the bases as rows; beyond that (issue 19) the
 * municipalities as searchable, windowed rows (allocation-ranking.tsx).
 */
import { useState } from 'react';
import { Section, SelectField } from '../../components';
import { BarChart, TableScroll } from '../../components/charts';
import type { BasisOutcome } from '../../engine';
import { formatMoney } from '../../i18n';
import { breakEvenText, partyName, paybackText } from '../../model';
import { useAllocationComparison } from '../../state';
import { useLocale, useT } from '../../i18n';
import { resultsMessages, type ResultsKey } from './messages';
import { rankingMessages } from './municipality-messages';
import { allocationMessages } from './allocation-messages';
import { AllocationAtScale } from './allocation-ranking';
import { ALL_CASES_UP_TO } from './municipality-view';
import { alternatives, lastYear, type ViewProps } from './results-kit';

export function AllocationView({ model, evaluation: e }: ViewProps) {
  const t = useT(resultsMessages);
  const tr = useT(rankingMessages);
  const ta = useT(allocationMessages);
  const isLarge = e.municipalities.length > ALL_CASES_UP_TO;
  const [wanted, setWanted] = useState<string | null>(null);
  const shared = wanted && e.sharedParties.includes(wanted) ? wanted : (e.sharedParties[0] ?? null);
  const comparison = useAllocationComparison(shared);
  if (shared === null) return <p>{t('noShared')}</p>;
  const basisName = (o: BasisOutcome) => t(`basis_${o.basis}` as ResultsKey);
  return (
    <>
      {e.sharedParties.length > 1 && (
        <div className="form-row">
          <SelectField
            label={t('sharedParty')}
            value={shared}
            onChange={setWanted}
            options={e.sharedParties.map((p) => ({ value: p, label: partyName(model, p) }))}
          />
        </div>
      )}
      <p className="screen-intro">
        {isLarge
          ? ta('intro', { party: partyName(model, shared), end: lastYear(e) })
          : t('allocationIntro', { party: partyName(model, shared), end: lastYear(e) })}
      </p>
      {comparison.error && (
        <p role="alert" className="notice notice-error">
          {comparison.error}
        </p>
      )}
      {comparison.value && isLarge && (
        <AllocationAtScale model={model} evaluation={e} outcomes={comparison.value.outcomes} basisName={basisName} />
      )}
      {comparison.value &&
        !isLarge &&
        alternatives(e).map((s) => (
          <Section key={s.id} title={s.name}>
            <ComparisonTable
              name={s.name}
              scenarioId={s.id}
              outcomes={comparison.value.outcomes}
              basisName={basisName}
              model={model}
              evaluation={e}
            />
            <BarChart
              label={t('allocationChart', { name: s.name, end: lastYear(e) })}
              labelsHeading={t('basis')}
              labels={comparison.value.outcomes.filter((o) => !o.error).map(basisName)}
              otherLabel={tr('otherMunicipalities')}
              datasets={e.municipalities.map((m) => ({
                label: partyName(model, m),
                data: comparison.value.outcomes
                  .filter((o) => !o.error)
                  .map((o) => o.scenarios[s.id]?.[m]?.savingsEnd ?? null),
              }))}
            />
          </Section>
        ))}
    </>
  );
}

type TableProps = ViewProps & {
  name: string;
  scenarioId: string;
  outcomes: BasisOutcome[];
  basisName: (o: BasisOutcome) => string;
};

function ComparisonTable({ model, evaluation: e, name, scenarioId, outcomes, basisName }: TableProps) {
  const t = useT(resultsMessages);
  const locale = useLocale();
  const last = lastYear(e);
  return (
    <TableScroll label={t('allocationTable', { name })}>
      <table className="table allocation-compare">
        <caption>{t('allocationTable', { name })}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('basis')}
            </th>
            {e.municipalities.map((m) => (
              <th key={m} scope="colgroup" colSpan={3} className="group-head">
                {partyName(model, m)}
              </th>
            ))}
            <th scope="col" rowSpan={2}>
              {t('everyoneGains')}
            </th>
          </tr>
          <tr>
            {e.municipalities.map((m) => [
              <th key={`${m}-s`} scope="col" className="num">
                {t('savingsTo', { end: last })}
              </th>,
              <th key={`${m}-n`} scope="col" className="num">
                {t('npvSpan', { from: e.startYear, to: e.endYear })}
              </th>,
              <th key={`${m}-b`} scope="col">
                {t('breakEven')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {outcomes.map((o) => {
            const perParty = o.scenarios[scenarioId];
            if (o.error || !perParty) {
              return (
                <tr key={o.basis} data-basis={o.basis}>
                  <th scope="row">{basisName(o)}</th>
                  <td colSpan={e.municipalities.length * 3 + 1}>{t('notPossible', { error: o.error ?? '' })}</td>
                </tr>
              );
            }
            const everyone = e.municipalities.every((m) => perParty[m] && !perParty[m].isLoss);
            return (
              <tr key={o.basis} data-basis={o.basis} className={o.basis === 'current' ? 'is-current' : undefined}>
                <th scope="row">{basisName(o)}</th>
                {e.municipalities.map((m) => {
                  const c = perParty[m];
                  if (!c)
                    return (
                      <td key={m} colSpan={3}>
                        —
                      </td>
                    );
                  return [
                    <td
                      key={`${m}-s`}
                      className={`num${c.isLoss ? ' is-loss' : ''}`}
                      data-party={m}
                      data-figure="savingsEnd"
                    >
                      {formatMoney(c.savingsEnd, locale)}
                      {c.isLoss && <strong className="loss-flag"> ⚠ {t('loss')}</strong>}
                    </td>,
                    <td key={`${m}-n`} className="num">
                      {formatMoney(c.npv, locale)}
                    </td>,
                    <td key={`${m}-b`}>
                      {breakEvenText(c.breakEven, false, last, locale)}
                      {c.paybackYears !== null ? ` (${paybackText(c.paybackYears, locale)})` : ''}
                    </td>,
                  ];
                })}
                <td data-figure="everyone" className={everyone ? undefined : 'is-loss'}>
                  {everyone ? t('yes') : <strong>⚠ {t('no')}</strong>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
