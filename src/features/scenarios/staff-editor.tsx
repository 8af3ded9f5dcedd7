import type { AddStaffChange, ModelFile, SetStaffChange, YearMap } from '../../engine';
import { firstValue, hasSteps, horizonYears, toNum, withFirstValue } from '../../model';
import { useT } from '../../i18n';
import { AmountField, GroupSelect, PartySelect, type ChangeEdit } from './editor-fields';
import { scenarioMessages } from './messages';
import { YearMapGrid } from './year-map-grid';

type Fields = { party: string; group: string; fte: YearMap; hiredShare?: YearMap };

/** `setStaff` and `addStaff` edit the same fields: party, function group, FTE per year, hired share. */
export function StaffEditor({
  model,
  change,
  edit,
}: {
  model: ModelFile;
  change: SetStaffChange | AddStaffChange;
  edit: ChangeEdit;
}) {
  const t = useT(scenarioMessages);
  const f: Fields = change.op === 'addStaff' ? change.staff : change;
  const set = (label: string, fn: (x: Fields) => void) =>
    edit((c) => {
      if (c.op === 'addStaff') fn(c.staff);
      else if (c.op === 'setStaff') fn(c);
    }, label);
  return (
    <>
      <div className="form-row">
        <PartySelect
          model={model}
          label={t('party')}
          value={f.party}
          onChange={(v) =>
            set(t('party'), (x) => {
              x.party = v;
            })
          }
        />
        <GroupSelect
          model={model}
          label={t('group')}
          value={f.group}
          onChange={(v) =>
            set(t('group'), (x) => {
              x.group = v;
            })
          }
        />
        <AmountField
          label={t('hiredShare')}
          isPercent
          isOptional
          max={1}
          value={f.hiredShare === undefined ? undefined : firstValue(f.hiredShare)}
          onCommit={(v) =>
            set(t('hiredShare'), (x) => {
              if (hasSteps(x.hiredShare)) x.hiredShare = withFirstValue(x.hiredShare, toNum(String(v ?? 0)));
              else if (v === undefined) delete x.hiredShare;
              else x.hiredShare = toNum(String(v));
            })
          }
        />
      </div>
      <p className="field-hint">{t('fteText')}</p>
      <YearMapGrid
        label={t('fte')}
        rowLabel={t('fte')}
        corner={t('group')}
        map={f.fte}
        years={horizonYears(model.horizon)}
        rule={{ min: 0 }}
        onChange={(map) =>
          set(t('fte'), (x) => {
            x.fte = map ?? 0;
          })
        }
      />
    </>
  );
}
