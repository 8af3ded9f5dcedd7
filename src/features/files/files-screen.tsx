import { useId, useState } from 'react';
import { downloadText, OpenModelFile, ScreenHeader, Section } from '../../components';
import { formatDecimal } from '../../i18n';
import { modelFileName, modelFileText, SHARE_WARN_LENGTH, shareLink } from '../../model';
import { readModelFileOffPage, useActiveModel, useAppStore } from '../../state';
import { useLocale, useT } from '../../i18n';
import { filesMessages } from './messages';

export function FilesScreen() {
  const t = useT(filesMessages);
  const model = useActiveModel();
  const addModel = useAppStore((s) => s.addModel);
  return (
    <div className="screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      <Section title={t('saveTitle')} description={t('saveText')}>
        {model ? (
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => downloadText(modelFileName(model), modelFileText(model))}
            >
              {t('save')}
            </button>
            <span className="muted">{t('saveAs', { name: modelFileName(model) })}</span>
          </div>
        ) : (
          <p>{t('noModel')}</p>
        )}
      </Section>
      <div className="section">
        <OpenModelFile onOpen={addModel} read={readModelFileOffPage} headingLevel={2} />
      </div>
      <ShareLink />
    </div>
  );
}

function ShareLink() {
  const t = useT(filesMessages);
  const locale = useLocale();
  const model = useActiveModel();
  const [link, setLink] = useState<{ for: unknown; url: string } | null>(null);
  const [status, setStatus] = useState('');
  const id = useId();
  const current = link && link.for === model ? link.url : null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(current ?? '');
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  return (
    <Section title={t('shareTitle')} description={t('shareText')}>
      {!model ? (
        <p>{t('noModel')}</p>
      ) : (
        <>
          <button
            type="button"
            className="button"
            onClick={() => {
              setLink({ for: model, url: shareLink(model, location.href) });
              setStatus('');
            }}
          >
            {t('makeLink')}
          </button>
          {current && (
            <div className="share-link">
              <div className="field">
                <label htmlFor={id}>{t('link')}</label>
                <textarea id={id} readOnly value={current} rows={4} onFocus={(e) => e.currentTarget.select()} />
              </div>
              <p>{t('linkLength', { length: formatDecimal(current.length, locale) })}</p>
              {current.length > SHARE_WARN_LENGTH && (
                <p className="notice notice-warning" role="alert">
                  {t('linkLong', { max: formatDecimal(SHARE_WARN_LENGTH, locale) })}
                </p>
              )}
              <button type="button" className="button" onClick={() => void copy()}>
                {t('copy')}
              </button>
              <p role="status">{status}</p>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
