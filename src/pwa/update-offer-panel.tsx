/**
 * The "new version" offer: shown above everything, dismissable, never reloads on its own.
 * Loaded only when there is a new version (update-offer.tsx), so its code, texts and styles are
 * not part of the first page's load.
 */
import { useState } from 'react';
import { useAppStore } from '../state';
import { useT } from '../i18n';
import { pwaMessages } from './messages';
import { useUpdateState } from './update-state';
import './update-offer.css';

export default function UpdateOfferPanel() {
  const t = useT(pwaMessages);
  const { status, accept } = useUpdateState();
  const isSaved = useAppStore((s) => s.saveState === 'saved');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (status === 'none' || dismissed === status) return null;
  const canAct = accept !== null && isSaved;
  return (
    <aside className="update-offer" aria-label={t('label')}>
      <p role="status">{t(status === 'waiting' ? 'waiting' : status === 'active' ? 'active' : 'activating')}</p>
      {accept && !isSaved && <p className="update-offer-note">{t('unsaved')}</p>}
      {status !== 'activating' && (
        <div className="update-offer-actions">
          <button type="button" className="button button-primary" disabled={!canAct} onClick={() => accept?.()}>
            {t(status === 'waiting' ? 'update' : 'reload')}
          </button>
          <button type="button" className="button" onClick={() => setDismissed(status)}>
            {t('later')}
          </button>
        </div>
      )}
    </aside>
  );
}
