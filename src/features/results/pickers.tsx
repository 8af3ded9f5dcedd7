/** Choosers shared by the results views: scenario, year, and the € / × €1,000 switch. */
import { useId } from 'react';
import { SelectField } from '../../components';
import type { Evaluation } from '../../engine';
import type { MoneyUnit } from '../../i18n';
import type { ResultsBasis } from '../../state';
import { methodMessages } from './method-messages';
import { useT } from '../../i18n';
import { resultsMessages } from './messages';

export function ScenarioPicker({
  evaluation,
  value,
  onChange,
  label,
}: {
  evaluation: Evaluation;
  value: string;
  onChange: (id: string) => void;
  label?: string;
}) {
  const t = useT(resultsMessages);
  return (
    <SelectField
      label={label ?? t('scenario')}
      value={value}
      onChange={onChange}
      options={evaluation.scenarios.map((s) => ({ value: s.id, label: s.name }))}
    />
  );
}

export function YearPicker({
  years,
  value,
  onChange,
  label,
}: {
  years: number[];
  value: number;
  onChange: (year: number) => void;
  label?: string;
}) {
  const t = useT(resultsMessages);
  return (
    <SelectField
      label={label ?? t('year')}
      value={String(value)}
      onChange={(v) => onChange(Number(v))}
      options={years.map((y) => ({ value: String(y), label: String(y) }))}
    />
  );
}

/** The unit of money tables: whole euros, or × €1,000 rounded to €50,000 like the 2013 report. */
export function UnitSwitch({ value, onChange }: { value: MoneyUnit; onChange: (u: MoneyUnit) => void }) {
  const t = useT(resultsMessages);
  const name = useId();
  const options: [MoneyUnit, string][] = [
    ['euro', t('unitEuro')],
    ['thousands50', t('unitThousands')],
  ];
  return (
    <fieldset className="field-group unit-switch">
      <legend>{t('unit')}</legend>
      {options.map(([unit, label]) => (
        <label key={unit} className="radio">
          <input type="radio" name={name} value={unit} checked={value === unit} onChange={() => onChange(unit)} />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Lasten (begroting) or kasstromen (model-v3 §10.3). A file before version 3 has no cash view:
 * the cash choice is disabled and one sentence says why.
 */
export function BasisSwitch({
  value,
  onChange,
  hasCash,
}: {
  value: ResultsBasis;
  onChange: (b: ResultsBasis) => void;
  hasCash: boolean;
}) {
  const t = useT(methodMessages);
  const name = useId();
  const hint = `${name}-hint`;
  const options: [ResultsBasis, string][] = [
    ['accrual', t('accrual')],
    ['cash', t('cash')],
  ];
  return (
    <fieldset className="field-group unit-switch basis-switch" aria-describedby={hint}>
      <legend>{t('resultsBasis')}</legend>
      {options.map(([basis, label]) => (
        <label key={basis} className="radio">
          <input
            type="radio"
            name={name}
            value={basis}
            checked={value === basis}
            disabled={basis === 'cash' && !hasCash}
            onChange={() => onChange(basis)}
          />{' '}
          {label}
        </label>
      ))}
      <p id={hint} className="field-hint">
        {!hasCash ? t('cashNeedsV3') : value === 'cash' ? t('cashText') : t('accrualText')}
      </p>
    </fieldset>
  );
}
