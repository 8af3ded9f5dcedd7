/**
 * The progress of a heavy model's evaluation in the engine worker (state/evaluation-runs.ts),
 * above every screen: "Calculating…" with a Cancel button while the worker computes, and after
 * a cancel that the results shown are not current, with a button to compute them after all.
 * The region is always there (a polite live region), so a screen reader hears it change.
 */
import { defineMessages, useT } from '../i18n';
import { useEvaluationProgress } from '../state';

export const evaluationStatusMessages = defineMessages({
  nl: {
    calculating: 'Bezig met rekenen…',
    calculatingWithResults:
      'De resultaten hieronder horen bij de vorige versie van het model; de nieuwe worden berekend.',
    calculatingFirst:
      'Dit is een groot model; de resultaten verschijnen zodra ze berekend zijn. U kunt intussen verder werken.',
    cancel: 'Berekening annuleren',
    cancelled: 'Berekening geannuleerd',
    cancelledWithResults: 'De resultaten hieronder zijn niet actueel: ze horen bij een eerdere versie van het model.',
    cancelledNoResults: 'Er zijn nog geen resultaten van deze versie van het model.',
    retry: 'Toch berekenen',
  },
  en: {
    calculating: 'Calculating…',
    calculatingWithResults:
      'The results below belong to the previous version of the model; the new ones are being calculated.',
    calculatingFirst:
      'This is a large model; the results appear as soon as they are calculated. You can keep working meanwhile.',
    cancel: 'Cancel calculation',
    cancelled: 'Calculation cancelled',
    cancelledWithResults: 'The results below are not current: they belong to an earlier version of the model.',
    cancelledNoResults: 'There are no results of this version of the model yet.',
    retry: 'Calculate anyway',
  },
});

export function EvaluationStatus() {
  const t = useT(evaluationStatusMessages);
  const { status, hasResults, cancel, retry } = useEvaluationProgress();
  return (
    <div role="status" className="evaluation-status">
      {status === 'pending' && (
        <div className="notice notice-info">
          <div className="notice-body">
            <p className="notice-title">{t('calculating')}</p>
            <p>{t(hasResults ? 'calculatingWithResults' : 'calculatingFirst')}</p>
          </div>
          <button type="button" className="button" onClick={cancel}>
            {t('cancel')}
          </button>
        </div>
      )}
      {status === 'cancelled' && (
        <div className="notice notice-warning">
          <div className="notice-body">
            <p className="notice-title">{t('cancelled')}</p>
            <p>{t(hasResults ? 'cancelledWithResults' : 'cancelledNoResults')}</p>
          </div>
          <button type="button" className="button" onClick={retry}>
            {t('retry')}
          </button>
        </div>
      )}
    </div>
  );
}
