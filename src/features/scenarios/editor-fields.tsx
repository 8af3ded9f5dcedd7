/** Small building blocks shared by the lever editors. */
import { NumberField, SelectField, TextField } from '../../components';
import type { Change, ModelFile } from '../../engine';
import { canonical, categoriesOf, categoryLabel, functionGroupsOf, groupLabel, toNum } from '../../model';
import { useLocale, useT } from '../../i18n';
import { scenarioMessages } from './messages';

export type ChangeEdit = (fn: (c: Change, m: ModelFile) => Change | void, label: string) => void;

export function PartySelect({
  model,
  value,
  onChange,
  label,
  filter,
  allowAny,
}: {
  model: ModelFile;
  value: string | undefined;
  onChange: (v: string) => void;
  label: string;
  filter?: 'shared' | 'municipality';
  allowAny?: boolean;
}) {
  const t = useT(scenarioMessages);
  const parties = model.parties.filter((p) => !filter || p.kind === filter);
  const options = [
    ...(allowAny ? [{ value: '', label: t('anyParty') }] : []),
    ...parties.map((p) => ({ value: p.id, label: p.name })),
  ];
  if (value && !options.some((o) => o.value === value)) options.push({ value, label: value });
  return <SelectField label={label} value={value ?? ''} options={options} onChange={onChange} />;
}

export function CategorySelect({
  model,
  value,
  onChange,
  label,
  group,
}: {
  model: ModelFile;
  value: string;
  onChange: (v: string) => void;
  label: string;
  group?: (g: string) => boolean;
}) {
  const locale = useLocale();
  const cats = categoriesOf(model).filter((c) => !group || group(c.group) || c.id === value);
  return (
    <SelectField
      label={label}
      value={value}
      onChange={onChange}
      options={cats.map((c) => ({ value: c.id, label: categoryLabel(model, c.id, locale) }))}
    />
  );
}

export function GroupSelect({
  model,
  value,
  onChange,
  label,
}: {
  model: ModelFile;
  value: string;
  onChange: (v: string) => void;
  label: string;
}) {
  const locale = useLocale();
  return (
    <SelectField
      label={label}
      value={value}
      onChange={onChange}
      options={functionGroupsOf(model).map((g) => ({ value: g.id, label: groupLabel(model, g.id, locale) }))}
    />
  );
}

export function YearField({
  label,
  value,
  onCommit,
  isOptional,
}: {
  label: string;
  value: number | undefined;
  onCommit: (v: number | undefined) => void;
  isOptional?: boolean;
}) {
  return (
    <NumberField
      label={label}
      value={value === undefined ? '' : String(value)}
      rule={{ isInteger: true, min: 1900, max: 2200, isOptional }}
      onCommit={(v) => onCommit(v === '' ? undefined : Number(v))}
    />
  );
}

export function AmountField({
  label,
  value,
  onCommit,
  isOptional,
  isPercent,
  max,
}: {
  label: string;
  value: string | number | undefined;
  onCommit: (v: string | number | undefined) => void;
  isOptional?: boolean;
  isPercent?: boolean;
  max?: number;
}) {
  return (
    <NumberField
      label={label}
      value={canonical(value) ?? ''}
      rule={{ min: 0, isOptional, isPercent, max }}
      suffix={isPercent ? '%' : undefined}
      onCommit={(v) => onCommit(v === '' ? undefined : toNum(v))}
    />
  );
}

export function NoteField({ value, edit }: { value: string | undefined; edit: ChangeEdit }) {
  const t = useT(scenarioMessages);
  return (
    <TextField
      label={t('note')}
      value={value ?? ''}
      onCommit={(v) =>
        edit((c) => {
          if (v.trim() === '') delete c.note;
          else c.note = v;
        }, t('note'))
      }
    />
  );
}
