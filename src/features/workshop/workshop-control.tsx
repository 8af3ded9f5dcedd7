/** One large control: a slider with − and + buttons, its value written out, and the model's own value beside it. */
import { useId } from 'react';
import type { WorkshopControl } from '../../engine';
import { formatInputValue, type InputUnit } from '../../model';
import { useLocale, useT } from '../../i18n';
import { workshopMessages } from './messages';
import { snapValue, stepValue } from './slider-values';

type Props = {
  control: WorkshopControl;
  label: string;
  unit: InputUnit;
  value: string;
  modelValue: string;
  onChange: (value: string) => void;
};

export function WorkshopControlView({ control, label, unit, value, modelValue, onChange }: Props) {
  const t = useT(workshopMessages);
  const locale = useLocale();
  const id = useId();
  const text = formatInputValue(value, unit, locale);
  const isChanged = value !== modelValue;
  const atMin = Number(value) <= Number(control.min);
  const atMax = Number(value) >= Number(control.max);
  return (
    <div className={`ws-control${isChanged ? ' is-changed' : ''}`}>
      <div className="ws-control-head">
        <label htmlFor={id} title={label}>
          {label}
        </label>
        <span className="ws-value-box">
          <output htmlFor={id} className="ws-value">
            {text}
          </output>
          <span className="ws-model">
            {t('modelValue', { value: formatInputValue(modelValue, unit, locale) })}
            {isChanged && <strong> · {t('changed')}</strong>}
          </span>
        </span>
      </div>
      <div className="ws-control-row">
        <button
          type="button"
          className="ws-step"
          aria-label={t('lower', { label })}
          aria-disabled={atMin}
          onClick={() => {
            if (!atMin) onChange(stepValue(control, value, -1));
          }}
        >
          −
        </button>
        <input
          id={id}
          type="range"
          className="ws-slider"
          min={Number(control.min)}
          max={Number(control.max)}
          step={Number(control.step)}
          value={Number(value)}
          aria-valuetext={text}
          onChange={(e) => onChange(snapValue(control, Number(e.currentTarget.value)))}
        />
        <button
          type="button"
          className="ws-step"
          aria-label={t('raise', { label })}
          aria-disabled={atMax}
          onClick={() => {
            if (!atMax) onChange(stepValue(control, value, 1));
          }}
        >
          +
        </button>
      </div>
    </div>
  );
}
