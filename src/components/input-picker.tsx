/** Picks one numeric input of the model: first the part (assumptions, a party, a scenario), then the input. */
import { useMemo, useState } from 'react';
import { SelectField } from './fields';
import { formatInputValue } from '../model/input-format';
import type { NumericInput } from '../model/uncertainty-inputs';
import { useLocale } from '../i18n';

type Props = {
  inputs: NumericInput[];
  value: string;
  onChange: (path: string) => void;
  groupLabel: string;
  inputLabel: string;
};

export function InputPicker({ inputs, value, onChange, groupLabel, inputLabel }: Props) {
  const locale = useLocale();
  const groups = useMemo(
    () => [...new Map(inputs.map((i) => [i.group, i.groupLabel])).entries()].map(([v, label]) => ({ value: v, label })),
    [inputs],
  );
  const [group, setGroup] = useState(() => inputs.find((i) => i.path === value)?.group ?? groups[0]?.value ?? '');
  const chooseGroup = (g: string) => {
    setGroup(g);
    const first = inputs.find((i) => i.group === g);
    if (first) onChange(first.path);
  };
  return (
    <>
      <SelectField label={groupLabel} value={group} options={groups} onChange={chooseGroup} />
      <SelectField
        label={inputLabel}
        value={value}
        onChange={onChange}
        options={inputs
          .filter((i) => i.group === group)
          .map((i) => ({ value: i.path, label: `${i.label} — ${formatInputValue(i.value, i.unit, locale)}` }))}
      />
    </>
  );
}
