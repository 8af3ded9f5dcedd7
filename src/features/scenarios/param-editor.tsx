import { NumberField, SelectField } from '../../components';
import type { ModelFile, SetParamChange } from '../../engine';
import {
  BASES,
  basisLabel,
  canonical,
  describeMessages,
  fieldRule,
  paramDefs,
  toNum,
  type ParamKind,
} from '../../model';
import { useLocale, useT } from '../../i18n';
import type { ChangeEdit } from './editor-fields';
import { scenarioMessages } from './messages';

function defaultValue(kind: ParamKind): unknown {
  switch (kind) {
    case 'percent':
      return 0.05;
    case 'money':
      return 80000;
    case 'integer':
      return 5;
    case 'start':
      return 'nextYear';
    case 'method':
      return 'linear';
    case 'basis':
      return { basis: 'inhabitants' };
  }
}

/** `setParam`: one assumption or party field, set for this scenario and those built on it. */
export function ParamEditor({ model, change, edit }: { model: ModelFile; change: SetParamChange; edit: ChangeEdit }) {
  const t = useT(scenarioMessages);
  const say = useT(describeMessages);
  const locale = useLocale();
  const defs = paramDefs(model, locale);
  const def = defs.find((d) => d.path === change.path);
  const options = [
    ...(def ? [] : [{ value: change.path, label: change.path }]),
    ...defs.map((d) => ({ value: d.path, label: d.label })),
  ];
  const setValue = (v: unknown) =>
    edit((c) => {
      if (c.op === 'setParam') c.value = v;
    }, t('value'));
  const v = change.value;
  return (
    <div className="form-row">
      <SelectField
        label={t('param')}
        value={change.path}
        options={options}
        onChange={(path) =>
          edit((c) => {
            const d = defs.find((x) => x.path === path);
            if (c.op === 'setParam') {
              c.path = path;
              c.value = d ? defaultValue(d.kind) : c.value;
            }
          }, t('param'))
        }
      />
      {def && (def.kind === 'percent' || def.kind === 'money' || def.kind === 'integer') && (
        <NumberField
          label={t('value')}
          value={canonical(v as string | number) ?? ''}
          suffix={def.kind === 'percent' ? '%' : undefined}
          rule={{ isPercent: def.kind === 'percent', ...fieldRule(def.path) }}
          onCommit={(x) => setValue(def.kind === 'integer' ? Number(x) : toNum(x))}
        />
      )}
      {def?.kind === 'start' && (
        <SelectField
          label={t('value')}
          value={String(v)}
          onChange={setValue}
          options={[
            { value: 'nextYear', label: t('optionNextYear') },
            { value: 'sameYear', label: t('optionSameYear') },
          ]}
        />
      )}
      {def?.kind === 'method' && (
        <SelectField
          label={t('value')}
          value={String(v)}
          onChange={setValue}
          options={[
            { value: 'linear', label: say('methodLinear') },
            { value: 'annuity', label: say('methodAnnuity') },
          ]}
        />
      )}
      {def?.kind === 'basis' && (
        <SelectField
          label={t('basis')}
          value={String((v as { basis?: string } | null)?.basis ?? 'inhabitants')}
          onChange={(b) => setValue({ ...(typeof v === 'object' && v !== null ? v : {}), basis: b })}
          options={BASES.filter((b) => b !== 'fixed' && b !== 'usage').map((b) => ({
            value: b,
            label: basisLabel(b, locale),
          }))}
        />
      )}
    </div>
  );
}
