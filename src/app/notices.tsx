/** The banners above every screen: recovery, storage problems, conflicts between tabs, imports, ranges removed by an edit. */
import { downloadText } from '../components';
import { commonMessages } from '../i18n';
import { modelFileName, modelFileText } from '../model/model-io';
import { useAppStore, usePersistence, type Notice } from '../state';
import { useT } from '../i18n';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <NoticeView key={n.id} notice={n} />
      ))}
    </div>
  );
}

function NoticeView({ notice }: { notice: Notice }) {
  const t = useT(commonMessages);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const tone =
    notice.kind === 'imported' || notice.kind === 'inputsRemoved'
      ? 'info'
      : notice.kind === 'importErrors' || notice.kind === 'storageFull' || notice.kind === 'conflict'
        ? 'error'
        : 'warning';
  return (
    <div className={`notice notice-${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      <div className="notice-body">
        <NoticeBody notice={notice} />
      </div>
      {notice.kind !== 'conflict' && (
        <button
          type="button"
          className="button-quiet notice-close"
          aria-label={t('dismiss')}
          onClick={() => dismiss(notice.id)}
        >
          ×
        </button>
      )}
    </div>
  );
}

function ExportActive() {
  const t = useT(commonMessages);
  const model = useAppStore((s) => (s.activeModelId ? s.models[s.activeModelId]?.model : undefined));
  if (!model) return null;
  return (
    <button type="button" className="button" onClick={() => downloadText(modelFileName(model), modelFileText(model))}>
      {t('exportModel')}
    </button>
  );
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
                <button
                  type="button"
                  className="button"
                  onClick={() => downloadText(`kantelpunt-herstel-${i + 1}.json`, item.raw)}
                >
                  {t('downloadRaw')}
                </button>{' '}
                <button type="button" className="button" onClick={() => void persistence?.discardQuarantine(item.key)}>
                  {t('delete')}
                </button>
              </li>
            ))}
          </ul>
        </>
      );
    case 'storageUnavailable':
      return (
        <>
          <p>{t('storageUnavailable')}</p>
          <ExportActive />
        </>
      );
    case 'storageFull':
      return (
        <>
          <p>{t('storageFull')}</p>
          <ExportActive />
        </>
      );
    case 'conflict': {
      const title = models[notice.modelId]?.model.meta?.title ?? t('untitled');
      return (
        <>
          <p className="notice-title">{title}</p>
          <p>{t('conflict')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => void persistence?.reloadFromStorage(notice.modelId)}
            >
              {t('takeNewer')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void persistence?.keepAsCopy(notice.modelId, t('copyOf', { title }))}
            >
              {t('keepCopy')}
            </button>
          </div>
        </>
      );
    }
    case 'importErrors':
      return (
        <>
          <p className="notice-title">{t('importErrors')}</p>
          <ul className="notice-list error-list">
            {notice.errors.slice(0, 50).map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </>
      );
    case 'inputsRemoved':
      return <InputsRemoved notice={notice} />;
    case 'imported':
      return (
        <>
          <p>{t('imported')}</p>
          {notice.warnings.length > 0 && (
            <ul className="notice-list">
              {notice.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </>
      );
  }
}

const REMOVED_BY = {
  scenario: 'removedByScenario',
  party: 'removedByParty',
  change: 'removedByChange',
  line: 'removedByLine',
  staff: 'removedByStaff',
  item: 'removedByItem',
  input: 'removedByInput',
} as const;

/** "2 bandbreedtes en 1 workshopregelaar verwijderd met deze hefboom." and their names. */
function InputsRemoved({ notice }: { notice: Extract<Notice, { kind: 'inputsRemoved' }> }) {
  const t = useT(commonMessages);
  const count = (n: number, one: 'rangesOne' | 'controlsOne', many: 'rangesMany' | 'controlsMany') =>
    n === 1 ? t(one) : t(many, { count: n });
  const ranges = notice.ranges.length > 0 ? count(notice.ranges.length, 'rangesOne', 'rangesMany') : null;
  const controls = notice.controls.length > 0 ? count(notice.controls.length, 'controlsOne', 'controlsMany') : null;
  const what = ranges && controls ? t('rangesAndControls', { ranges, controls }) : (ranges ?? controls ?? '');
  const names = [...new Set([...notice.ranges, ...notice.controls])];
  return (
    <>
      <p>
        {t(REMOVED_BY[notice.by], { what })} {t('removedUndo')}
      </p>
      <ul className="notice-list">
        {names.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </>
  );
}
