/** Which inputs the workshop's sliders move (at most six), each with min, max and step, stored in the model (version 2). */
import { useMemo, useState } from 'react';
import { InputPicker, NumberField, Section, TextField } from '../../components';
import type { WorkshopControl } from '../../engine';
import {
  defaultControl,
  formatInputValue,
  numericInputs,
  suggestedControls,
  toNum,
  withRequiredVersion,
  type NumericInput,
} from '../../model';
import { useActiveModel, useUpdateModel } from '../../state';
import { useLocale, useT } from '../../i18n';
import { workshopMessages } from './messages';

const MAX_CONTROLS = 6;

export function ControlsEditor() {
  const t = useT(workshopMessages);
  const locale = useLocale();
  const model = useActiveModel();
  const update = useUpdateModel();
  const inputs = useMemo(() => (model ? numericInputs(model, locale) : []), [model, locale]);
  const byPath = useMemo(() => new Map(inputs.map((i) => [i.path, i])), [inputs]);
  const [path, setPath] = useState(() => inputs[0]?.path ?? '');
  if (!model) return null;
  const controls = model.workshop?.controls ?? [];
  const chosen = byPath.get(path);
  const isTaken = controls.some((c) => c.path === path);
  const isFull = controls.length >= MAX_CONTROLS;
  const suggestions = suggestedControls(model, locale)
    .filter((c) => !controls.some((x) => x.path === c.path))
    .slice(0, MAX_CONTROLS - controls.length);
  const setControls = (next: WorkshopControl[], label: string) =>
    update((m) => {
      m.workshop = { controls: next };
      withRequiredVersion(m);
    }, label);
  const add = () => {
    if (!chosen || isTaken || isFull) return;
    const label = chosen.title;
    setControls(
      [
        ...controls,
        defaultControl(
          chosen.path,
          chosen.value,
          label,
          controls.map((c) => c.id),
        ),
      ],
      t('addLabel', { input: label }),
    );
  };
  return (
    <Section
      title={t('controlsTitle')}
      description={t('controlsText')}
      actions={
        suggestions.length > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => setControls([...controls, ...suggestions], t('suggestLabel'))}
          >
            {t('suggest')}
          </button>
        ) : undefined
      }
    >
      {controls.length > 0 && (
        <ul className="change-list" aria-label={t('controlsList')}>
          {controls.map((c) => (
            <ControlCard
              key={c.id}
              control={c}
              input={byPath.get(c.path)}
              onChange={(next) =>
                setControls(
                  controls.map((x) => (x.id === c.id ? next : x)),
                  t('editLabel', { input: c.label ?? c.path }),
                )
              }
              onRemove={() =>
                setControls(
                  controls.filter((x) => x.id !== c.id),
                  t('removeLabel', { input: c.label ?? c.path }),
                )
              }
            />
          ))}
        </ul>
      )}
      <fieldset className="field-group">
        <legend>{t('addTitle')}</legend>
        {isFull ? (
          <p>{t('full')}</p>
        ) : (
          <div className="form-row">
            <InputPicker
              inputs={inputs}
              value={path}
              onChange={setPath}
              groupLabel={t('group')}
              inputLabel={t('input')}
            />
            <div className="field">
              <button type="button" className="button button-primary" onClick={add} disabled={!chosen || isTaken}>
                {t('add')}
              </button>
            </div>
          </div>
        )}
        {isTaken && chosen && !isFull && <p className="field-hint">{t('taken', { input: chosen.label })}</p>}
      </fieldset>
    </Section>
  );
}

type CardProps = {
  control: WorkshopControl;
  input: NumericInput | undefined;
  onChange: (c: WorkshopControl) => void;
  onRemove: () => void;
};

function ControlCard({ control, input, onChange, onRemove }: CardProps) {
  const t = useT(workshopMessages);
  const locale = useLocale();
  const name = control.label ?? input?.label ?? t('unknownInput');
  const isPercent = input?.unit === 'percent';
  const num = (key: 'min' | 'max' | 'step', label: string) => (
    <NumberField
      label={label}
      value={String(control[key])}
      rule={{ isPercent, min: key === 'step' ? 0 : undefined }}
      suffix={isPercent ? '%' : undefined}
      onCommit={(v) => onChange({ ...control, [key]: toNum(v) })}
    />
  );
  return (
    <li className="change-card" data-path={control.path}>
      <div className="change-head">
        <h3 className="change-text">{name}</h3>
        <button
          type="button"
          className="button-quiet"
          onClick={onRemove}
          aria-label={t('removeLabel', { input: name })}
        >
          {t('remove')}
        </button>
      </div>
      <p className="muted">
        {/* Which input, in the model's own words (never its path). */}
        {input ? `${input.title} · ${formatInputValue(input.value, input.unit, locale)}` : ''}
      </p>
      {!input && <p className="field-error">{t('missing')}</p>}
      <div className="form-row">
        <TextField
          label={t('label')}
          value={control.label ?? ''}
          onCommit={(v) => onChange({ ...control, label: v })}
        />
        {num('min', t('min'))}
        {num('max', t('max'))}
        {num('step', t('step'))}
      </div>
      {!(Number(control.min) < Number(control.max)) && (
        <p className="field-error" role="alert">
          {t('rangeError')}
        </p>
      )}
    </li>
  );
}
