import { CheckboxGroup } from '../../components';
import type { ModelFile, Select } from '../../engine';
import { asList, categoriesOf, categoryLabel, functionGroupsOf, groupLabel, setSelectList } from '../../model';
import { useLocale, useT } from '../../i18n';
import { PartySelect } from './editor-fields';
import { scenarioMessages } from './messages';

/** Which costs a lever touches: a party (or all), categories and, for staff, function groups. */
export function SelectEditor({
  model,
  select,
  onChange,
  isPartyRequired,
  hasGroups,
}: {
  model: ModelFile;
  select: Select;
  onChange: (fn: (s: Select) => void, label: string) => void;
  isPartyRequired?: boolean;
  hasGroups?: boolean;
}) {
  const t = useT(scenarioMessages);
  const locale = useLocale();
  return (
    <>
      <PartySelect
        model={model}
        label={t('party')}
        value={select.party}
        allowAny={!isPartyRequired}
        onChange={(v) =>
          onChange((s) => {
            if (v === '') delete s.party;
            else s.party = v;
          }, t('party'))
        }
      />
      <CheckboxGroup
        label={t('categories')}
        hint={t('categoriesHint')}
        values={asList(select.category)}
        options={categoriesOf(model)
          .filter((c) => c.group !== 'oneOff')
          .map((c) => ({ value: c.id, label: categoryLabel(model, c.id, locale) }))}
        onChange={(v) => onChange((s) => setSelectList(s, 'category', v), t('categories'))}
      />
      {hasGroups && (
        <CheckboxGroup
          label={t('groups')}
          hint={t('groupsHint')}
          values={asList(select.group)}
          options={functionGroupsOf(model).map((g) => ({ value: g.id, label: groupLabel(model, g.id, locale) }))}
          onChange={(v) => onChange((s) => setSelectList(s, 'group', v), t('groups'))}
        />
      )}
    </>
  );
}
