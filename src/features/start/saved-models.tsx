import { useState } from 'react';
import { ConfirmDialog, Section, TextField } from '../../components';
import { commonMessages } from '../../i18n';
import { useAppStore, useModelList, type ModelEntry } from '../../state';
import { intlLocale, useLocale, useT, type Locale } from '../../i18n';
import { uniqueTitle } from './copies';
import { startMessages } from './messages';

export function when(iso: string, locale: Locale): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : d.toLocaleString(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
}

export function SavedModels() {
  const t = useT(startMessages);
  const list = useModelList();
  const [removing, setRemoving] = useState<ModelEntry | null>(null);
  const removeModel = useAppStore((s) => s.removeModel);
  const c = useT(commonMessages);
  return (
    <Section title={t('savedTitle')} description={t('savedText')}>
      {list.length === 0 ? (
        <p>{t('noSaved')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table saved-models">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('changed')}</th>
                <th scope="col" className="num">
                  {t('scenarioCount')}
                </th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((e) => (
                <SavedRow key={e.id} entry={e} onRemove={() => setRemoving(e)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        isOpen={removing !== null}
        isDanger
        title={t('confirmRemove', { title: removing?.model.meta?.title ?? t('untitled') })}
        confirmLabel={t('remove')}
        cancelLabel={c('cancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) removeModel(removing.id);
          setRemoving(null);
        }}
      >
        <p>{t('confirmRemoveText')}</p>
      </ConfirmDialog>
    </Section>
  );
}

function SavedRow({ entry, onRemove }: { entry: ModelEntry; onRemove: () => void }) {
  const t = useT(startMessages);
  const locale = useLocale();
  const activeId = useAppStore((s) => s.activeModelId);
  const setActive = useAppStore((s) => s.setActiveModel);
  const duplicate = useAppStore((s) => s.duplicateModel);
  const update = useAppStore((s) => s.updateModel);
  const models = useAppStore((s) => s.models);
  const [isRenaming, setRenaming] = useState(false);
  const title = entry.model.meta?.title ?? t('untitled');
  const isActive = entry.id === activeId;
  return (
    <tr className={isActive ? 'is-active' : undefined}>
      <th scope="row">
        {isRenaming ? (
          <TextField
            label={t('newName', { title })}
            value={title}
            isRequired
            onCommit={(v) => {
              update(
                entry.id,
                (m) => {
                  m.meta = { ...m.meta, title: v.trim() };
                },
                t('renameLabel'),
              );
              setRenaming(false);
            }}
          />
        ) : (
          <>
            {title}
            {isActive && <span className="badge"> ({t('isOpen')})</span>}
          </>
        )}
      </th>
      <td>{when(entry.updatedAt, locale)}</td>
      <td className="num">{entry.model.scenarios.length}</td>
      <td>
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={isActive}
            aria-label={t('openNamed', { title })}
            onClick={() => setActive(entry.id)}
          >
            {t('open')}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t('renameNamed', { title })}
            aria-expanded={isRenaming}
            onClick={() => setRenaming(!isRenaming)}
          >
            {t('rename')}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t('duplicateNamed', { title })}
            onClick={() =>
              duplicate(
                entry.id,
                uniqueTitle(
                  t('copyTitle', { title }),
                  Object.values(models).map((m) => m.model.meta?.title ?? ''),
                  (n) => t('copyTitleN', { title, n: n + 1 }),
                ),
              )
            }
          >
            {t('duplicate')}
          </button>
          <button type="button" className="button" aria-label={t('removeNamed', { title })} onClick={onRemove}>
            {t('remove')}
          </button>
        </div>
      </td>
    </tr>
  );
}
