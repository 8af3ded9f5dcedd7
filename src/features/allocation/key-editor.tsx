import { CheckboxGroup, SelectField } from '../../components';
import { EditableGrid, numberParser, numCell } from '../../components/grid';
import { keyMembers, type AllocationBasis, type AllocationKey, type ModelFile } from '../../engine';
import { formatPercent } from '../../i18n';
import { canonical, horizonYears, partyName, toNum } from '../../model';
import { municipalitiesOf } from '../../state';
import { useLocale, useT } from '../../i18n';
import { allocationMessages } from './messages';
import { sharesByYear } from './shares';

const BASES: AllocationBasis[] = ['inhabitants', 'workstations', 'employees', 'fixed', 'usage'];

type Props = {
  model: ModelFile;
  title: string;
  value: AllocationKey | undefined;
  onChange: (fn: (k: AllocationKey) => void, label: string) => void;
};

/** One allocation key: basis, members, weights (fixed/usage) and a live preview of the shares. */
export function KeyEditor({ model, title, value, onChange }: Props) {
  const t = useT(allocationMessages);
  const locale = useLocale();
  const key: AllocationKey = value ?? { basis: 'inhabitants' };
  const municipalities = municipalitiesOf(model);
  const members = keyMembers(
    key,
    municipalities.map((p) => p.id),
  );
  const hasShares = key.basis === 'fixed' || key.basis === 'usage';
  return (
    <div className="allocation-key">
      <h3>{title}</h3>
      <div className="form-row">
        <SelectField
          label={t('basis')}
          value={key.basis}
          options={BASES.map((b) => ({ value: b, label: t(b) }))}
          onChange={(v) =>
            onChange((k) => {
              k.basis = v as AllocationBasis;
              if ((k.basis === 'fixed' || k.basis === 'usage') && !k.shares)
                k.shares = Object.fromEntries(
                  keyMembers(
                    k,
                    municipalities.map((p) => p.id),
                  ).map((id) => [id, 1]),
                );
              if (k.basis !== 'fixed' && k.basis !== 'usage') delete k.shares;
            }, t('basis'))
          }
        />
      </div>
      <CheckboxGroup
        label={t('members')}
        hint={t('membersHint')}
        values={members}
        options={municipalities.map((p) => ({ value: p.id, label: p.name }))}
        onChange={(v) => {
          if (v.length === 0) return;
          onChange((k) => {
            if (v.length === municipalities.length) delete k.members;
            else k.members = municipalities.map((p) => p.id).filter((id) => v.includes(id));
          }, t('members'));
        }}
      />
      {hasShares && (
        <>
          <p className="field-hint">{t('sharesText')}</p>
          <EditableGrid
            label={`${t('shares')} — ${title}`}
            corner={t('municipality')}
            rows={members.map((id) => ({ id, label: partyName(model, id) }))}
            columns={[{ id: 'weight', label: t('weight') }]}
            cell={(r) => numCell(canonical(key.shares?.[members[r] ?? '']) ?? '0', locale)}
            parse={numberParser({ min: 0 }, locale)}
            onCommit={(edits) =>
              onChange((k) => {
                const shares = { ...k.shares };
                for (const e of edits) shares[members[e.row] ?? ''] = toNum(e.value);
                k.shares = shares;
              }, t('shares'))
            }
          />
        </>
      )}
      <Preview model={model} value={key} title={title} />
    </div>
  );
}

function Preview({ model, value, title }: { model: ModelFile; value: AllocationKey; title: string }) {
  const t = useT(allocationMessages);
  const locale = useLocale();
  const years = horizonYears(model.horizon);
  const { members, byYear } = sharesByYear(model, value, years);
  const empty = years.find((y) => byYear.get(y) === null);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="caption-left">{t('previewCaption', { key: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('municipality')}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((id) => (
            <tr key={id}>
              <th scope="row">{partyName(model, id)}</th>
              {years.map((y) => {
                const share = byYear.get(y)?.get(id);
                return (
                  <td key={y} className="num">
                    {share === undefined ? '—' : formatPercent(share.toFixed(6), locale, 1)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {empty !== undefined && (
        <p className="field-error" role="alert">
          {t('noWeights', { year: empty })}
        </p>
      )}
    </div>
  );
}
