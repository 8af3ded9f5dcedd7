/** The banners above every screen: recovery, storage problems, conflicts between tabs, imports. */
import { downloadText } from '../components';
import { commonMessages } from '../i18n';
import { modelFileName, modelFileText, useAppStore, usePersistence, useT, type Notice } from '../state';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return <div className="notices">{notices.map((n) => <NoticeView key={n.id} notice={n} />)}</div>;
}

function NoticeView({ notice }: { notice: Notice }) {
  const t = useT(commonMessages);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const tone = notice.kind === 'imported' ? 'info' : notice.kind === 'importErrors' || notice.kind === 'storageFull' || notice.kind === 'conflict' ? 'error' : 'warning';
  return (
    <div className={`notice notice-${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      <div className="notice-body"><NoticeBody notice={notice} /></div>
      {notice.kind !== 'conflict' && (
        <button type="button" className="button-quiet notice-close" aria-label={t('dismiss')} onClick={() => dismiss(notice.id)}>×</button>
      )}
    </div>
  );
}

function ExportActive() {
  const t = useT(commonMessages);
  const model = useAppStore((s) => (s.activeModelId ? s.models[s.activeModelId]?.model : undefined));
  if (!model) return null;
  return <button type="button" className="button" onClick={() => downloadText(modelFileName(model), modelFileText(model))}>{t('exportModel')}</button>;
}

function NoticeBody({ notice }: { notice: Notice }) {
  const t = useT(commonMessages);
  const persistence = usePersistence();
  const models = useAppStore((s) => s.models);
  switch (notice.kind) {
    case 'recovery':
      return (
        <>
          <p className="notice-title">{t('recoveryTitle')}</p>
          <p>{t('recoveryText')}</p>
          <ul className="notice-list">
            {notice.items.map((item, i) => (
              <li key={item.key}>
                <span>{t('recoveryItem', { reason: item.reason })}</span>{' '}
                <button type="button" className="button" onClick={() => downloadText(`kantelpunt-herstel-${i + 1}.json`, item.raw)}>{t('downloadRaw')}</button>{' '}
                <button type="button" className="button" onClick={() => void persistence?.discardQuarantine(item.key)}>{t('delete')}</button>
              </li>
            ))}
          </ul>
        </>
      );
    case 'storageUnavailable':
      return <><p>{t('storageUnavailable')}</p><ExportActive /></>;
    case 'storageFull':
      return <><p>{t('storageFull')}</p><ExportActive /></>;
    case 'conflict': {
      const title = models[notice.modelId]?.model.meta?.title ?? t('untitled');
      return (
        <>
          <p className="notice-title">{title}</p>
          <p>{t('conflict')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void persistence?.reloadFromStorage(notice.modelId)}>{t('takeNewer')}</button>
            <button type="button" className="button" onClick={() => void persistence?.keepAsCopy(notice.modelId, t('copyOf', { title }))}>{t('keepCopy')}</button>
          </div>
        </>
      );
    }
    case 'importErrors':
      return (
        <>
          <p className="notice-title">{t('importErrors')}</p>
          <ul className="notice-list error-list">{notice.errors.slice(0, 50).map((e) => <li key={e}><code>{e}</code></li>)}</ul>
        </>
      );
    case 'imported':
      return (
        <>
          <p>{t('imported')}</p>
          {notice.warnings.length > 0 && <ul className="notice-list">{notice.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
        </>
      );
  }
}
