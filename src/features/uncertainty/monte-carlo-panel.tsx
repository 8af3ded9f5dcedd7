/** Monte Carlo: N and a seed, run in the engine workers with progress and cancel, then the results per scenario. */
import { useEffect, useState } from 'react';
import { NumberField, Section } from '../../components';
import { formatDecimal } from '../../i18n';
import {
  cancelMonteCarlo,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  startMonteCarlo,
  useActiveModel,
  useActiveModelId,
  useEvaluationState,
  useMonteCarloRun,
  warmMonteCarloWorkers,
} from '../../state';
import { useLocale, useT } from '../../i18n';
import { uncertaintyMessages } from './messages';
import { MonteCarloResults } from './monte-carlo-results';

export function MonteCarloPanel({ onEditRanges }: { onEditRanges: () => void }) {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const model = useActiveModel();
  const modelId = useActiveModelId();
  const { errors, evaluation } = useEvaluationState();
  const run = useMonteCarloRun();
  const [samples, setSamples] = useState(() => String(model?.uncertainty?.samples ?? DEFAULT_SAMPLES));
  const [seed, setSeed] = useState(() => String(model?.uncertainty?.seed ?? DEFAULT_SEED));
  useEffect(() => {
    warmMonteCarloWorkers(model ?? undefined);
  }, [model]);
  if (!model || !modelId) return null;
  const hasRanges = (model.uncertainty?.inputs.length ?? 0) > 0;
  const isRunning = run.status === 'running' && run.modelId === modelId;
  const mine = run.status !== 'idle' && run.modelId === modelId ? run : null;
  const start = () => {
    void startMonteCarlo({ modelId, model, samples: Number(samples), seed: Number(seed) });
  };
  const n = (v: number) => formatDecimal(String(v), locale);
  return (
    <Section title={t('mcTitle')} description={t('mcText')}>
      {!hasRanges && (
        <div className="notice notice-info">
          <div className="notice-body">
            <p>{t('mcNeedsRanges')}</p>
            <button type="button" className="button" onClick={onEditRanges}>
              {t('toRanges')}
            </button>
          </div>
        </div>
      )}
      <div className="form-row">
        <NumberField
          label={t('samples')}
          value={samples}
          rule={{ isInteger: true, min: 1, max: 1_000_000 }}
          onCommit={setSamples}
        />
        <NumberField
          label={t('seed')}
          value={seed}
          rule={{ isInteger: true, min: 0, max: 4_294_967_295 }}
          onCommit={setSeed}
        />
        <div className="field">
          {isRunning ? (
            <button type="button" className="button" onClick={cancelMonteCarlo}>
              {t('cancel')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              onClick={start}
              disabled={!hasRanges || errors.length > 0}
            >
              {t('run')}
            </button>
          )}
        </div>
      </div>
      <div className="mc-status">
        {isRunning && run.status === 'running' && (
          <div className="mc-progress">
            <progress max={run.samples} value={run.done} aria-label={t('progress')} />
            <span>{t('progressText', { done: n(run.done), total: n(run.samples) })}</span>
          </div>
        )}
        {/* Only the outcome is announced; the progress bar itself is not a live region (it changes every 250 samples). */}
        <p
          role="status"
          className={mine?.status === 'done' ? 'muted' : undefined}
          data-elapsed-ms={mine?.status === 'done' ? mine.elapsedMs : undefined}
          data-workers={mine?.status === 'done' ? mine.workers : undefined}
        >
          {mine?.status === 'cancelled' && t('cancelled')}
          {mine?.status === 'done' &&
            t('meta', {
              samples: n(mine.samples),
              seed: mine.seed,
              seconds: formatDecimal((mine.elapsedMs / 1000).toFixed(1), locale, 1),
            })}
        </p>
      </div>
      {mine?.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {t('failed', { message: mine.message })}
        </p>
      )}
      {mine?.status === 'done' && (
        <>
          {mine.model !== model && <p className="notice notice-warning">{t('stale')}</p>}
          <MonteCarloResults
            summary={mine.summary}
            model={mine.model}
            evaluation={mine.model === model ? evaluation : null}
          />
        </>
      )}
    </Section>
  );
}
