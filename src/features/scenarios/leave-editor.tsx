/**
 * The lever editor of a `leave` change (model-v3 §10.4): who leaves what and when, the
 * settlement and its booking, and the standalone path. Shedding and re-entry keep the values in
 * the file (the Uittreden screen sets them).
 */
import { NumberField, SelectField } from '../../components';
import type { LeaveChange, ModelFile, Settlement } from '../../engine';
import { useT } from '../../i18n';
import { AmountField, PartySelect, YearField, type ChangeEdit } from './editor-fields';
import { leaveEditorMessages } from './leave-messages';

export function LeaveEditor({ model, change, edit }: { model: ModelFile; change: LeaveChange; edit: ChangeEdit }) {
  const t = useT(leaveEditorMessages);
  const set = (label: string, fn: (c: LeaveChange) => void) =>
    edit((c) => {
      if (c.op === 'leave') fn(c);
    }, label);
  const s = change.settlement;
  const methods: { value: Settlement['method']; label: string }[] = [
    { value: 'tapered', label: t('tapered') },
    { value: 'directDamage', label: t('directDamage') },
    { value: 'fixed', label: t('fixed') },
    { value: 'none', label: t('none') },
  ];
  return (
    <>
      <div className="form-row">
        <PartySelect
          model={model}
          label={t('leaver')}
          value={change.party}
          filter="municipality"
          onChange={(v) => set(t('leaver'), (c) => void (c.party = v))}
        />
        <PartySelect
          model={model}
          label={t('shared')}
          value={change.shared}
          filter="shared"
          onChange={(v) => set(t('shared'), (c) => void (c.shared = v))}
        />
        <YearField
          label={t('from')}
          value={change.from}
          onCommit={(v) => v !== undefined && set(t('from'), (c) => void (c.from = v))}
        />
        <NumberField
          label={t('notice')}
          value={String(change.noticeYears ?? 1)}
          rule={{ isInteger: true, min: 0, max: 30 }}
          onCommit={(v) => set(t('notice'), (c) => void (c.noticeYears = Number(v)))}
        />
      </div>
      <div className="form-row">
        <SelectField
          label={t('method')}
          value={s.method}
          options={methods}
          onChange={(v) =>
            set(t('method'), (c) => {
              const method = v as Settlement['method'];
              c.settlement = method === 'fixed' ? { method, amount: 0 } : { method };
            })
          }
        />
        {s.method === 'directDamage' && (
          <NumberField
            label={t('years')}
            value={String(s.years ?? 5)}
            rule={{ isInteger: true, min: 1, max: 30 }}
            onCommit={(v) => set(t('years'), (c) => void (c.settlement = { method: 'directDamage', years: Number(v) }))}
          />
        )}
        {s.method === 'fixed' && (
          <AmountField
            label={t('amount')}
            value={s.amount}
            onCommit={(v) => set(t('amount'), (c) => void (c.settlement = { method: 'fixed', amount: v ?? 0 }))}
          />
        )}
        <SelectField
          label={t('booking')}
          value={change.booking ?? 'decisionYear'}
          options={[
            { value: 'decisionYear', label: t('decisionYear') },
            { value: 'asPaid', label: t('asPaid') },
          ]}
          onChange={(v) => set(t('booking'), (c) => void (c.booking = v as LeaveChange['booking']))}
        />
        <SelectField
          label={t('standalone')}
          value={change.standalone ?? 'baseline'}
          options={[
            { value: 'baseline', label: t('baseline') },
            { value: 'none', label: t('keep') },
          ]}
          onChange={(v) => set(t('standalone'), (c) => void (c.standalone = v as LeaveChange['standalone']))}
        />
      </div>
    </>
  );
}
