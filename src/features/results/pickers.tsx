/** Choosers shared by the results views: scenario, year, and the € / × €1,000 switch. */
import { useId } from 'react';
import { SelectField } from '../../components';
import type { Evaluation } from '../../engine';
import type { MoneyUnit } from '../../i18n';
import { useT } from '../../i18n';
import { resultsMessages } from './messages';

export function ScenarioPicker({ evaluation, value, onChange, label }: { evaluation: Evaluation; value: string; onChange: (id: string) => void; label?: string }) {
  const t = useT(resultsMessages);
  return <SelectField label={label ?? t('scenario')} value={value} onChange={onChange} options={evaluation.scenarios.map((s) => ({ value: s.id, label: s.name }))} />;
}

export function YearPicker({ years, value, onChange, label }: { years: number[]; value: number; onChange: (year: number) => void; label?: string }) {
  const t = useT(resultsMessages);
  return <SelectField label={label ?? t('year')} value={String(value)} onChange={(v) => onChange(Number(v))} options={years.map((y) => ({ value: String(y), label: String(y) }))} />;
}

/** The unit of money tables: whole euros, or × €1,000 rounded to €50,000 like the 2013 report. */
export function UnitSwitch({ value, onChange }: { value: MoneyUnit; onChange: (u: MoneyUnit) => void }) {
  const t = useT(resultsMessages);
  const name = useId();
  const options: [MoneyUnit, string][] = [['euro', t('unitEuro')], ['thousands50', t('unitThousands')]];
  return (
    <fieldset className="field-group unit-switch">
      <legend>{t('unit')}</legend>
      {options.map(([unit, label]) => (
        <label key={unit} className="radio">
          <input type="radio" name={name} value={unit} checked={value === unit} onChange={() => onChange(unit)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}
