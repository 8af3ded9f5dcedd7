/**
 * One large control: a slider with − and + buttons, its value written out, the model's own
 * value beside it, and a field to type an exact value: the figures follow while typing
 * (250 ms after the last key), within the control's min and max.
 */
import { useEffect, useId, useState } from 'react';
import type { WorkshopControl } from '../../engine';
import { formatInputValue, type InputUnit } from '../../model';
import { parseUserNumber, useLocale, useT } from '../../i18n';
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
  // Typed text, until it is applied or left; null: the field shows the current value.
  const [typed, setTyped] = useState<string | null>(null);
  const parsed = typed === null ? null : parseUserNumber(typed, { isPercent: unit === 'percent', locale });
  const isInRange = parsed !== null && Number(parsed) >= Number(control.min) && Number(parsed) <= Number(control.max);
  useEffect(() => {
    if (typed === null || parsed === null || !isInRange || parsed === value) return;
    const timer = setTimeout(() => onChange(parsed), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, parsed, isInRange, value, onChange]);
  const range = {
    min: formatInputValue(String(control.min), unit, locale),
    max: formatInputValue(String(control.max), unit, locale),
  };
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
        <input
          id={`${id}-typed`}
          type="text"
          inputMode="decimal"
          className="ws-typed"
          aria-label={t('typeValue', { label })}
          value={typed ?? text}
          aria-invalid={typed !== null && !isInRange}
          aria-describedby={typed !== null && !isInRange ? `${id}-typed-error` : undefined}
          onChange={(e) => setTyped(e.currentTarget.value)}
          onBlur={() => {
            if (isInRange && parsed !== null && parsed !== value) onChange(parsed);
            setTyped(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && isInRange && parsed !== null) onChange(parsed);
          }}
        />
      </div>
      {typed !== null && !isInRange && (
        <p id={`${id}-typed-error`} className="field-error">
          {t('typedRange', range)}
        </p>
      )}
    </div>
  );
}

/** How long after the last key a typed value moves the figures. */
export const TYPING_DELAY_MS = 250;
