import { useState } from 'react';
import { Section, SelectField } from '../../components';
import { EditableGrid, numberParser, numCell } from '../../components/grid';
import type { ModelFile, Party, StaffEntry } from '../../engine';
import { baselineOf, useUpdateModel } from '../../state';
import {
  firstValue,
  functionGroupsOf,
  groupLabel,
  hasSteps,
  isExplicit,
  setYearValue,
  toNum,
  withFirstValue,
  yearsOf,
  yearValue,
} from '../../model';
import { useLocale, useT } from '../../i18n';
import { baselineMessages } from './messages';

/** The baseline staff table of one party: FTE per function group per year, and the hired share. */
export function StaffTable({ model, party }: { model: ModelFile; party: Party }) {
  const t = useT(baselineMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const staff = (baselineOf(model)?.staff ?? []).filter((s) => s.party === party.id);
  const free = functionGroupsOf(model).filter((g) => !staff.some((s) => s.group === g.id));
  const [group, setGroup] = useState('');
  const { horizon, all } = yearsOf(model);
  const columns = [
    { id: 'hired', label: t('hiredShare') },
    ...horizon.map((y) => ({ id: String(y), label: String(y) })),
  ];
  const edit = (fn: (list: StaffEntry[]) => void, label: string) =>
    update((m) => {
      const b = baselineOf(m);
      if (!b) return;
      b.staff ??= [];
      fn(b.staff);
    }, label);
  const chosen = free.some((g) => g.id === group) ? group : (free[0]?.id ?? '');
  return (
    <Section title={t('staff')} description={t('staffText')}>
      {staff.length === 0 ? (
        <p className="muted">{t('noLines')}</p>
      ) : (
        <EditableGrid
          label={`${t('staff')} — ${party.name}`}
          corner={t('group')}
          rows={staff.map((s) => ({ id: s.group, label: groupLabel(model, s.group, locale) }))}
          columns={columns}
          cell={(r, c) => {
            const s = staff[r]!;
            if (c === 0)
              return {
                ...numCell(firstValue(s.hiredShare) || '0', locale, { isPercent: true }),
                parse: numberParser({ isPercent: true, min: 0, max: 1, isOptional: true }, locale),
              };
            const y = horizon[c - 1] as number;
            return numCell(yearValue(s.fte, y), locale, {
              tone: c === 1 || isExplicit(s.fte, y) ? 'explicit' : 'derived',
            });
          }}
          parse={numberParser({ min: 0 }, locale)}
          rowAction={{
            text: t('remove'),
            label: (row) => t('removeLine', { name: row.label }),
            onAction: (r) =>
              edit((list) => {
                const i = list.findIndex((s) => s.party === party.id && s.group === staff[r]?.group);
                if (i >= 0) list.splice(i, 1);
              }, t('remove')),
          }}
          onCommit={(edits) =>
            edit((list) => {
              for (const e of edits) {
                const s = list.find((x) => x.party === party.id && x.group === staff[e.row]?.group);
                if (!s) continue;
                if (e.col === 0) {
                  if (hasSteps(s.hiredShare))
                    s.hiredShare = withFirstValue(s.hiredShare, toNum(e.value === '' ? '0' : e.value));
                  else if (e.value === '' || e.value === '0') delete s.hiredShare;
                  else s.hiredShare = toNum(e.value);
                } else s.fte = setYearValue(s.fte, horizon[e.col - 1] as number, e.value, all);
              }
            }, t('staff'))
          }
        />
      )}
      {free.length > 0 && (
        <div className="form-row">
          <SelectField
            label={t('addGroup')}
            value={chosen}
            onChange={setGroup}
            options={free.map((g) => ({ value: g.id, label: groupLabel(model, g.id, locale) }))}
          />
          <div className="field">
            <button
              type="button"
              className="button"
              onClick={() =>
                edit((list) => {
                  list.push({ party: party.id, group: chosen, fte: 0 });
                }, t('addLine'))
              }
            >
              {t('addLine')}: {t('staff').toLowerCase()}
            </button>
          </div>
        </div>
      )}
    </Section>
  );
}
