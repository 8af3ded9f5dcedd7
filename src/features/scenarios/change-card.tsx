import { useId } from 'react';
import { CheckboxField } from '../../components';
import type { Change, ModelFile } from '../../engine';
import { describeChange, isToConfirm, moveChange, removeChange } from '../../model';
import { useLocale, useT } from '../../i18n';
import { useUpdateModel } from '../../state';
import { ChangeEditor } from './change-editors';
import { NoteField } from './editor-fields';
import { scenarioMessages } from './messages';
import { ToConfirm } from './to-confirm';
import { useChangeUpdate } from './use-scenario-update';

type Props = {
  model: ModelFile;
  scenarioId: string;
  change: Change;
  index: number;
  count: number;
  isOpen: boolean;
  onToggle: (open: boolean) => void;
};

/** One lever as a readable sentence, with its switch, order, editor and delete. */
export function ChangeCard({ model, scenarioId, change, index, count, isOpen, onToggle }: Props) {
  const t = useT(scenarioMessages);
  const locale = useLocale();
  const edit = useChangeUpdate(scenarioId, index);
  const update = useUpdateModel();
  const headingId = useId();
  const text = describeChange(change, model, locale);
  const isEnabled = change.enabled !== false;
  const toConfirm = isToConfirm(change);
  // The store keeps ranges and workshop controls on their lever through a move or a delete.
  const move = (delta: number) =>
    update((m) => moveChange(m, scenarioId, index, delta), delta < 0 ? t('moveUp') : t('moveDown'));
  return (
    <li className={`change-card ${isEnabled ? '' : 'is-off'} ${toConfirm ? 'is-to-confirm' : ''}`}>
      <div className="change-head">
        <span className="change-number" aria-hidden="true">
          {index + 1}
        </span>
        <p id={headingId} className="change-text">
          {text}
          {!isEnabled && <span className="badge-off"> ({t('off')})</span>}
        </p>
        <CheckboxField
          className="change-toggle"
          label={t('enabled')}
          checked={isEnabled}
          hint={<span className="visually-hidden">{text}</span>}
          onChange={(on) =>
            edit(
              (c) => {
                if (on) delete c.enabled;
                else c.enabled = false;
              },
              on ? t('enabled') : t('off'),
            )
          }
        />
      </div>
      {toConfirm && <ToConfirm model={model} scenarioId={scenarioId} change={change} text={text} edit={edit} />}
      {change.note && !toConfirm && !isOpen && <p className="change-note">{change.note}</p>}
      <div className="button-row change-actions">
        <button
          type="button"
          className="button-quiet"
          aria-expanded={isOpen}
          aria-label={`${isOpen ? t('done') : t('edit')}: ${text}`}
          onClick={() => onToggle(!isOpen)}
        >
          {isOpen ? t('done') : t('edit')}
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={index === 0}
          aria-label={t('moveUpOf', { what: text })}
          onClick={() => move(-1)}
        >
          {t('moveUp')}
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={index === count - 1}
          aria-label={t('moveDownOf', { what: text })}
          onClick={() => move(1)}
        >
          {t('moveDown')}
        </button>
        <button
          type="button"
          className="button-quiet"
          aria-label={t('deleteOf', { what: text })}
          onClick={() => update((m) => removeChange(m, scenarioId, index), t('delete'))}
        >
          {t('delete')}
        </button>
      </div>
      {isOpen && (
        <div className="change-editor">
          <ChangeEditor model={model} change={change} edit={edit} />
          <NoteField value={change.note} edit={edit} />
        </div>
      )}
    </li>
  );
}
