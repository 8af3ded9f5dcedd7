import { useState } from 'react';
import { ConfirmDialog, Section, TextField } from '../../components';
import { commonMessages } from '../../i18n';
import type { ModelFile, Party } from '../../engine';
import { addParty, partyReferences, removeParty } from '../../model';
import { useAppStore, useUpdateModel } from '../../state';
import { useT } from '../../i18n';
import { setupMessages } from './messages';

export function PartiesSection({ model }: { model: ModelFile }) {
  const t = useT(setupMessages);
  const c = useT(commonMessages);
  const update = useUpdateModel();
  const select = useAppStore((s) => s.select);
  const [removing, setRemoving] = useState<Party | null>(null);
  const refs = removing ? partyReferences(model, removing.id) : null;
  const add = (kind: Party['kind']) =>
    update(
      (m) => {
        const id = addParty(m, kind, kind === 'municipality' ? t('newMunicipality') : t('newShared'));
        select({ partyId: id });
      },
      kind === 'municipality' ? t('addMunicipality') : t('addShared'),
    );
  return (
    <Section
      title={t('parties')}
      description={t('partiesText')}
      actions={
        <>
          <button type="button" className="button" onClick={() => add('municipality')}>
            {t('addMunicipality')}
          </button>
          <button type="button" className="button" onClick={() => add('shared')}>
            {t('addShared')}
          </button>
        </>
      }
    >
      <div className="table-wrap">
        <table className="table parties-table">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {model.parties.map((p) => (
              <tr key={p.id}>
                <td>
                  <TextField
                    className="field-inline"
                    label={t('nameOf', { name: p.name })}
                    value={p.name}
                    isRequired
                    onCommit={(v) =>
                      update((m) => {
                        const x = m.parties.find((q) => q.id === p.id);
                        if (x) x.name = v.trim();
                      }, t('name'))
                    }
                  />
                </td>
                <td>{p.kind === 'municipality' ? t('municipality') : t('shared')}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('removeParty', { name: p.name })}
                    disabled={
                      p.kind === 'municipality' && model.parties.filter((x) => x.kind === 'municipality').length <= 1
                    }
                    onClick={() => setRemoving(p)}
                  >
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        isOpen={removing !== null}
        isDanger
        title={t('confirmRemove', { name: removing?.name ?? '' })}
        confirmLabel={t('remove')}
        cancelLabel={c('cancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const r = removing;
          setRemoving(null);
          if (r) update((m) => removeParty(m, r.id), t('removeParty', { name: r.name }));
        }}
      >
        {refs && (
          <p>
            {t('confirmRemoveText', {
              name: removing?.name ?? '',
              lines: refs.lines,
              staff: refs.staff,
              changes: refs.changes,
            })}
          </p>
        )}
      </ConfirmDialog>
    </Section>
  );
}
