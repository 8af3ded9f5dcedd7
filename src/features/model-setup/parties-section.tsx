import { memo, useCallback, useRef, useState } from 'react';
import { ConfirmDialog, Section, TextField } from '../../components';
import { RowSpacer, useRowWindow } from '../../components/grid';
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
  // 342 municipalities: past 60 rows the table scrolls in its own box and renders only the rows
  // in view (as the grids do); the row holding the focus always stays rendered.
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const win = useRowWindow(model.parties.length, scrollRef, focused, PARTY_ROW_HEIGHT);
  const municipalities = model.parties.filter((x) => x.kind === 'municipality').length;
  const nameLabel = t('name');
  const rename = useCallback(
    (id: string, v: string) =>
      update((m) => {
        const x = m.parties.find((q) => q.id === id);
        if (x) x.name = v.trim();
      }, nameLabel),
    [update, nameLabel],
  );
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
      <div
        ref={scrollRef}
        className={win.isVirtual ? 'table-wrap parties-scroll is-virtual' : 'table-wrap'}
        onScroll={win.isVirtual ? win.onScroll : undefined}
      >
        <table
          className="table parties-table"
          aria-rowcount={win.isVirtual ? model.parties.length + 1 : undefined}
          onFocus={(e) => {
            const row = Number((e.target as HTMLElement).closest('tr')?.dataset.row ?? NaN);
            if (!Number.isInteger(row)) return;
            setFocused(row);
            win.ensureVisible(row);
          }}
        >
          <thead>
            <tr aria-rowindex={win.isVirtual ? 1 : undefined}>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {win.before > 0 && <RowSpacer height={win.before} columns={3} className="parties-spacer" />}
            {model.parties.slice(win.first, win.last).map((p, i) => (
              <PartyRow
                key={p.id}
                party={p}
                row={win.first + i}
                isVirtual={win.isVirtual}
                canRemove={p.kind !== 'municipality' || municipalities > 1}
                onRename={rename}
                onRemove={setRemoving}
              />
            ))}
            {win.after > 0 && <RowSpacer height={win.after} columns={3} className="parties-spacer" />}
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

/** Height of one row of the parties table in px (styles/screens.css), for the windowing. */
const PARTY_ROW_HEIGHT = 46;

/** One party's row; memoised, so an edit re-renders only the rows whose party changed. */
const PartyRow = memo(function PartyRow({
  party: p,
  row,
  isVirtual,
  canRemove,
  onRename,
  onRemove,
}: {
  party: Party;
  row: number;
  isVirtual: boolean;
  canRemove: boolean;
  onRename: (id: string, name: string) => void;
  onRemove: (p: Party) => void;
}) {
  const t = useT(setupMessages);
  return (
    <tr data-row={row} aria-rowindex={isVirtual ? row + 2 : undefined}>
      <td>
        <TextField
          className="field-inline"
          label={t('nameOf', { name: p.name })}
          value={p.name}
          isRequired
          onCommit={(v) => onRename(p.id, v)}
        />
      </td>
      <td>{p.kind === 'municipality' ? t('municipality') : t('shared')}</td>
      <td>
        <button
          type="button"
          className="button"
          aria-label={t('removeParty', { name: p.name })}
          disabled={!canRemove}
          onClick={() => onRemove(p)}
        >
          {t('remove')}
        </button>
      </td>
    </tr>
  );
});
