/** "Wipe all local data": after a confirmation, removes models, settings and the offline copy. */
import { useState } from 'react';
import { ConfirmDialog, Section } from '../../components';
import { appStore, usePersistence } from '../../state';
import { useT } from '../../i18n';
import { settingsMessages } from './messages';
import { wipeLocalData, type WipeFailure } from './wipe-local-data';

type Phase = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'busy' } | { kind: 'done'; failures: WipeFailure[] };

export function WipeSection() {
  const t = useT(settingsMessages);
  const persistence = usePersistence();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const wipe = async () => {
    setPhase({ kind: 'busy' });
    // Stop autosave first and let a write in progress finish, so nothing is written back afterwards.
    persistence?.stop();
    await persistence?.flush().catch(() => undefined);
    const failures = await wipeLocalData();
    const s = appStore.getState();
    for (const id of Object.keys(s.models)) s.removeModel(id);
    setPhase({ kind: 'done', failures });
  };

  return (
    <Section title={t('wipeTitle')} description={t('wipeText')}>
      {phase.kind === 'done' ? (
        <div role="status">
          <p>{phase.failures.length === 0 ? t('wipeDone') : t('wipePartly')}</p>
          {phase.failures.length > 0 && (
            <ul>
              {phase.failures.map((f) => (
                <li key={f.what}>
                  <code>{f.what}</code>: {f.message}
                </li>
              ))}
            </ul>
          )}
          <p>{t('wipeAfter')}</p>
          <button type="button" className="button" onClick={restartAtStart}>
            {t('wipeRestart')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button-danger"
          disabled={phase.kind === 'busy'}
          onClick={() => setPhase({ kind: 'confirm' })}
        >
          {t('wipeButton')}
        </button>
      )}
      <ConfirmDialog
        isOpen={phase.kind === 'confirm'}
        title={t('wipeConfirmTitle')}
        isDanger
        confirmLabel={t('wipeConfirm')}
        cancelLabel={t('cancel')}
        onConfirm={() => void wipe()}
        onCancel={() => setPhase({ kind: 'idle' })}
      >
        <p>{t('wipeConfirmText')}</p>
      </ConfirmDialog>
    </Section>
  );
}

/** After a wipe the app starts afresh at its start screen: the screen's address (a hash) is dropped before reloading. */
function restartAtStart(): void {
  history.replaceState(null, '', location.pathname + location.search);
  location.reload();
}
