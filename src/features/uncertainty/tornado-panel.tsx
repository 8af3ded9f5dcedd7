/** Sensitivity: a scenario and an outcome, and the tornado of the inputs sorted by swing (computed in the worker). */
import { useMemo, useState } from 'react';
import { Section, SelectField } from '../../components';
import type { SensitivityMetric } from '../../engine';
import { numericInputs } from '../../model';
import { useActiveModel, useAppStore, useSensitivity } from '../../state';
import { useLocale, useT } from '../../i18n';
import { uncertaintyMessages } from './messages';
import { metricText, swingText } from './result-values';
import { TornadoChart } from './tornado-chart';
import { formatInput } from './values';

const METRICS: SensitivityMetric[] = ['cumulativeSavings', 'npv', 'breakEvenYear'];

export function TornadoPanel() {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const model = useActiveModel();
  const selected = useAppStore((s) => s.selection.scenarioId);
  const scenarios = model?.scenarios.filter((s) => s.basedOn !== null) ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const scenarioId =
    [chosen, selected].find((id) => scenarios.some((s) => s.id === id)) ?? scenarios[scenarios.length - 1]?.id ?? null;
  const [metric, setMetric] = useState<SensitivityMetric>('cumulativeSavings');
  const state = useSensitivity(model, scenarioId, metric);
  const inputs = useMemo(
    () => new Map((model ? numericInputs(model, locale) : []).map((i) => [i.path, i])),
    [model, locale],
  );
  if (!model) return null;
  if (scenarioId === null)
    return (
      <Section title={t('tornadoTitle')}>
        <p>{t('noScenario')}</p>
      </Section>
    );
  const endYear = model.horizon.endYear;
  const never = t('never', { year: (model.horizon.extrapolateTo ?? endYear) + 1 });
  const metricLabel = (m: SensitivityMetric) =>
    m === 'cumulativeSavings'
      ? t('metricCumulative', { year: endYear })
      : m === 'npv'
        ? t('metricNpv')
        : t('metricBreakEven');
  const scenarioName = scenarios.find((s) => s.id === scenarioId)?.name ?? scenarioId;
  const result = state.status === 'done' ? state.result : null;
  const rows =
    result?.rows.map((r) => {
      const input = inputs.get(r.path);
      const label = r.source === 'range' ? r.label : (input?.title ?? r.label);
      const unit = input?.unit ?? 'number';
      return { ...r, label, lowText: formatInput(r.low, unit, locale), highText: formatInput(r.high, unit, locale) };
    }) ?? [];
  const caption = t('tornadoCaption', { metric: metricLabel(metric), scenario: scenarioName });
  return (
    <Section title={t('tornadoTitle')} description={t('tornadoText')}>
      <div className="form-row">
        <SelectField
          label={t('scenario')}
          value={scenarioId}
          options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
          onChange={setChosen}
        />
        <SelectField
          label={t('metric')}
          value={metric}
          options={METRICS.map((m) => ({ value: m, label: metricLabel(m) }))}
          onChange={(m) => setMetric(m as SensitivityMetric)}
        />
      </div>
      <p role="status" className="muted">
        {state.status === 'running' || state.status === 'idle' ? t('computing') : ''}
      </p>
      {state.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {t('failed', { message: state.message })}
        </p>
      )}
      {result && (
        <>
          <p className="tornado-base">
            <strong>{t('base', { value: metricText(result.baseResult, metric, never, locale) })}</strong>
          </p>
          <TornadoChart
            rows={rows}
            base={result.baseResult}
            metric={metric}
            never={(model.horizon.extrapolateTo ?? endYear) + 1}
            label={caption}
          />
          <div className="table-wrap">
            <table className="table tornado-table">
              <caption className="caption-left">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colInput')}</th>
                  <th scope="col" className="num">
                    {t('colLowValue')}
                  </th>
                  <th scope="col" className="num">
                    {t('colHighValue')}
                  </th>
                  <th scope="col" className="num">
                    {t('colLowResult')}
                  </th>
                  <th scope="col" className="num">
                    {t('colHighResult')}
                  </th>
                  <th scope="col" className="num">
                    {t('colSwing')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.label}{' '}
                      <span className="badge">({r.source === 'range' ? t('sourceRange') : t('sourceDefault')})</span>
                    </th>
                    <td className="num">{r.lowText}</td>
                    <td className="num">{r.highText}</td>
                    <td className="num">{metricText(r.lowResult, metric, never, locale)}</td>
                    <td className="num">{metricText(r.highResult, metric, never, locale)}</td>
                    <td className="num">{swingText(r.swing, metric, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
