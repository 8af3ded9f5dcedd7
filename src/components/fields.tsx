/**
 * Labelled form fields that commit on Enter or when leaving the field (one undo step per
 * commit). A number that does not parse stays in the field with its message and is not written.
 */
import { useId, useState, type ReactNode } from 'react';
import { parseUserNumber, shiftDecimal } from '../i18n/format';
import { useLocale } from '../i18n/i18n';
import { editText, numberParser, type NumberRule } from './grid/parsers';

type Common = { label: string; hint?: ReactNode; className?: string };

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <span id={id} className="field-hint">
      {hint}
    </span>
  ) : null;
}

/** Keeps a local text in sync with a committed value that may change from outside (undo). */
function useSyncedText(value: string, format: (v: string) => string) {
  const [text, setText] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (seen !== value) {
    setSeen(value);
    setText(format(value));
    setError(null);
  }
  return { text, setText, error, setError };
}

export function TextField(
  p: Common & { value: string; onCommit: (v: string) => void; isRequired?: boolean; isMultiline?: boolean },
) {
  const id = useId();
  const s = useSyncedText(p.value, (v) => v);
  const commit = () => {
    if (s.text !== p.value && (!p.isRequired || s.text.trim() !== '')) p.onCommit(s.text);
    else s.setText(p.value);
  };
  const shared = {
    id,
    value: s.text,
    // Text typed but not yet confirmed: the page warns before it unloads (app/unload-guard.ts).
    'data-unconfirmed': s.text !== p.value ? 'true' : undefined,
    'aria-describedby': p.hint ? `${id}-hint` : undefined,
    required: p.isRequired,
    onBlur: commit,
  };
  return (
    <div className={`field ${p.className ?? ''}`}>
      <label htmlFor={id}>{p.label}</label>
      {p.isMultiline ? (
        <textarea {...shared} rows={3} onChange={(e) => s.setText(e.currentTarget.value)} />
      ) : (
        <input
          {...shared}
          type="text"
          onChange={(e) => s.setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
      <Hint id={`${id}-hint`} hint={p.hint} />
    </div>
  );
}

export function NumberField(
  p: Common & { value: string; onCommit: (v: string) => void; rule?: NumberRule; suffix?: string },
) {
  const id = useId();
  const locale = useLocale();
  const rule = p.rule ?? {};
  const toText = (v: string) => (v === '' ? '' : editText(rule.isPercent ? percentText(v) : v, locale));
  const s = useSyncedText(p.value, toText);
  const commit = () => {
    const text = rule.isPercent && s.text.trim() !== '' && !s.text.includes('%') ? `${s.text}%` : s.text;
    const r = numberParser(rule, locale)(text);
    if (!r.ok) {
      s.setError(r.message);
      return;
    }
    s.setError(null);
    if (r.value !== p.value) p.onCommit(r.value);
  };
  const describedBy = [p.hint ? `${id}-hint` : '', s.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field-number ${p.className ?? ''}`}>
      <label htmlFor={id}>{p.label}</label>
      <span className="field-input-wrap">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={s.text}
          data-unconfirmed={s.text !== toText(p.value) ? 'true' : undefined}
          aria-invalid={s.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => s.setText(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
        {p.suffix && (
          <span className="field-suffix" aria-hidden="true">
            {p.suffix}
          </span>
        )}
      </span>
      {s.error && (
        <span id={`${id}-error`} className="field-error">
          {s.error}
        </span>
      )}
      <Hint id={`${id}-hint`} hint={p.hint} />
    </div>
  );
}

/** 0.025 → "2.5" (the text of a percentage field shows percent, the model holds a fraction). */
export function percentText(v: string): string {
  return parseUserNumber(shiftDecimal(v, 2), { locale: 'en' }) ?? v;
}

export type Option = { value: string; label: string; isDisabled?: boolean };

export function SelectField(p: Common & { value: string; options: Option[]; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className={`field ${p.className ?? ''}`}>
      <label htmlFor={id}>{p.label}</label>
      <select
        id={id}
        value={p.value}
        onChange={(e) => p.onChange(e.currentTarget.value)}
        aria-describedby={p.hint ? `${id}-hint` : undefined}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.isDisabled}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint id={`${id}-hint`} hint={p.hint} />
    </div>
  );
}

export function CheckboxField(p: Common & { checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className={`field field-checkbox ${p.className ?? ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={p.checked}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
        aria-describedby={p.hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{p.label}</label>
      <Hint id={`${id}-hint`} hint={p.hint} />
    </div>
  );
}

/** A group of checkboxes for choosing several values (categories, members). */
export function CheckboxGroup(p: Common & { values: string[]; options: Option[]; onChange: (v: string[]) => void }) {
  const toggle = (v: string, on: boolean) =>
    p.onChange(on ? [...p.values, v].filter((x, i, a) => a.indexOf(x) === i) : p.values.filter((x) => x !== v));
  return (
    <fieldset className={`field-group ${p.className ?? ''}`}>
      <legend>{p.label}</legend>
      {p.hint && <p className="field-hint">{p.hint}</p>}
      <div className="checkbox-list">
        {p.options.map((o) => (
          <CheckboxField
            key={o.value}
            label={o.label}
            checked={p.values.includes(o.value)}
            onChange={(on) => toggle(o.value, on)}
          />
        ))}
      </div>
    </fieldset>
  );
}
