/** Trace: the contributions behind one figure, which add up to it exactly. */
import { useEffect, useId, useRef } from 'react';
import { SelectField } from '../../components';
import type { Evaluation, TraceQuery } from '../../engine';
import { formatMoney } from '../../i18n';
import { categoryLabel, partyName } from '../../model';
import { useLocale, useT } from '../../i18n';
import { useTrace } from '../../state';
import { methodMessages } from './method-messages';
import { resultsMessages } from './messages';
import { ScenarioPicker, YearPicker } from './pickers';
import { TraceItems } from './trace-items';
import { scenarioName, validScenario, type ViewProps } from './results-kit';

type Props = ViewProps & { query: TraceQuery | null; onChange: (q: TraceQuery) => void; focusKey: number };

/** The figure a query names, as the results show it. */
export function figureOf(e: Evaluation, q: TraceQuery): string | null {
  const y = e.scenarios.find((s) => s.id === q.scenarioId)?.years.find((x) => x.year === q.year);
  if (!y) return null;
  if (q.party !== undefined)
    return q.category !== undefined
      ? (y.byPartyCategory[q.party]?.[q.category] ?? '0.00')
      : (y.byParty[q.party] ?? null);
  if (q.owner !== undefined)
    return q.category !== undefined
      ? (y.byOwnerCategory[q.owner]?.[q.category] ?? '0.00')
      : (y.byOwner[q.owner] ?? null);
  return q.category !== undefined ? (y.byCategory[q.category] ?? '0.00') : y.total;
}

export function TraceView({ model, evaluation: e, query, onChange, focusKey }: Props) {
  const t = useT(resultsMessages);
  const tm = useT(methodMessages);
  const locale = useLocale();
  const q: TraceQuery =
    query && e.scenarios.some((s) => s.id === query.scenarioId) && e.years.includes(query.year)
      ? query
      : { scenarioId: validScenario(e, null), year: e.endYear };
  const trace = useTrace(q);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (focusKey > 0) headingRef.current?.focus();
  }, [focusKey]);
  const view = q.party !== undefined ? 'party' : q.owner !== undefined ? 'owner' : 'total';
  const parties = view === 'party' ? e.municipalities : [...e.municipalities, ...e.sharedParties];
  const setView = (v: string) => {
    const { party: _p, owner: _o, ...rest } = q;
    if (v === 'party') onChange({ ...rest, party: e.municipalities[0] as string });
    else if (v === 'owner') onChange({ ...rest, owner: parties[0] as string });
    else onChange(rest);
  };
  const what = [
    scenarioName(e, q.scenarioId),
    String(q.year),
    (q.party ?? q.owner) ? partyName(model, (q.party ?? q.owner) as string) : '',
    q.category ? categoryLabel(model, q.category, locale) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const figure = figureOf(e, q);
  return (
    <>
      <p className="screen-intro">{t('traceIntro')}</p>
      <div className="form-row trace-form">
        <ScenarioPicker evaluation={e} value={q.scenarioId} onChange={(scenarioId) => onChange({ ...q, scenarioId })} />
        <YearPicker years={e.years} value={q.year} onChange={(year) => onChange({ ...q, year })} />
        <SelectField
          label={t('view')}
          value={view}
          onChange={setView}
          options={[
            { value: 'total', label: t('viewTotal') },
            { value: 'party', label: t('viewParty') },
            { value: 'owner', label: t('viewOwner') },
          ]}
        />
        {view !== 'total' && (
          <SelectField
            label={t('party')}
            value={(q.party ?? q.owner) as string}
            options={parties.map((p) => ({ value: p, label: partyName(model, p) }))}
            onChange={(p) => onChange(view === 'party' ? { ...q, party: p } : { ...q, owner: p })}
          />
        )}
        <SelectField
          label={t('category')}
          value={q.category ?? ''}
          options={[
            { value: '', label: t('allCategories') },
            ...e.categories.map((c) => ({ value: c.id, label: categoryLabel(model, c.id, locale) })),
          ]}
          onChange={(c) => {
            const { category: _c, ...rest } = q;
            onChange(c ? { ...rest, category: c } : rest);
          }}
        />
      </div>
      <section className="section" aria-labelledby={headingId}>
        <div className="section-head">
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {t('traceHeading', { what })}
          </h2>
        </div>
        {trace.error && (
          <p role="alert" className="notice notice-error">
            {trace.error}
          </p>
        )}
        {trace.value && (
          <>
            <dl className="trace-summary">
              <div>
                <dt>{t('traceFigure')}</dt>
                <dd data-figure="figure">{figure === null ? '—' : formatMoney(figure, locale, 'cents')}</dd>
              </div>
              <div>
                <dt>{t('traceSum')}</dt>
                <dd data-figure="sum">{formatMoney(trace.value.total, locale, 'cents')}</dd>
              </div>
            </dl>
            <p role="status" className={figure === trace.value.total ? 'trace-ok' : 'notice notice-warning'}>
              {figure === trace.value.total ? `✓ ${t('traceMatches')}` : t('traceMismatch')}
            </p>
            {trace.value.isExtrapolated && (
              <p
                className="trace-rule"
                data-rule={trace.value.items.some((i) => i.rule === 'extrapolation') ? 'frozen' : 'computed'}
              >
                {tm(trace.value.items.some((i) => i.rule === 'extrapolation') ? 'traceFrozen' : 'traceComputed', {
                  year: q.year,
                  end: e.endYear,
                })}
              </p>
            )}
            <TraceItems trace={trace.value} what={what} model={model} evaluation={e} />
          </>
        )}
      </section>
    </>
  );
}
