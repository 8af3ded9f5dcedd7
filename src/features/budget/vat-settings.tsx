/** VAT settings (model-v3 §10.6): the shared party's regime, rate and input share; each municipality's compensable share. */
import { NumberField, Section, SelectField } from '../../components';
import type { ModelFile } from '../../engine';
import { canonical, setCompensable, setSharedVat, toNum } from '../../model';
import { useT } from '../../i18n';
import { useUpdateModel } from '../../state';
import { budgetMessages } from './messages';

const REGIMES = ['none', 'charged', 'exempt'] as const;

export function VatSettings({ model }: { model: ModelFile }) {
  const t = useT(budgetMessages);
  const update = useUpdateModel();
  const shared = model.parties.filter((p) => p.kind === 'shared');
  const municipalities = model.parties.filter((p) => p.kind === 'municipality');
  if (shared.length === 0) return null;
  return (
    <Section title={t('vat')} description={t('vatText')}>
      {shared.map((p) => {
        const regime = p.vat?.regime ?? 'none';
        return (
          <div className="form-row" key={p.id}>
            <SelectField
              label={t('regime', { party: p.name })}
              value={regime}
              hint={t(`regimeHint_${regime}`)}
              options={REGIMES.map((r) => ({ value: r, label: t(`regime_${r}`) }))}
              onChange={(v) => update((m) => setSharedVat(m, p.id, 'regime', v), t('regime', { party: p.name }))}
            />
            {regime !== 'none' && (
              <NumberField
                label={t('rate')}
                value={canonical(p.vat?.rate ?? 0.21) ?? ''}
                rule={{ min: 0, max: 1, isPercent: true }}
                suffix="%"
                onCommit={(v) => update((m) => setSharedVat(m, p.id, 'rate', toNum(v)), t('rate'))}
              />
            )}
            {regime === 'exempt' && (
              <NumberField
                label={t('inputShare')}
                value={canonical(p.vat?.inputShare ?? 1) ?? ''}
                rule={{ min: 0, max: 1, isPercent: true }}
                suffix="%"
                onCommit={(v) => update((m) => setSharedVat(m, p.id, 'inputShare', toNum(v)), t('inputShare'))}
              />
            )}
          </div>
        );
      })}
      <div className="form-row">
        {municipalities.map((p) => {
          const c = p.vat?.compensable;
          // A year map is shown by its first value; the screen sets one share for every year.
          const value = c === undefined ? 1 : typeof c === 'object' ? (Object.values(c)[0] ?? 1) : c;
          return (
            <NumberField
              key={p.id}
              label={t('compensable', { party: p.name })}
              hint={t('compensableHint', { party: p.name })}
              value={canonical(value) ?? ''}
              rule={{ min: 0, max: 1, isPercent: true }}
              suffix="%"
              onCommit={(v) =>
                update((m) => setCompensable(m, p.id, v === '' ? null : toNum(v)), t('compensable', { party: p.name }))
              }
            />
          );
        })}
      </div>
    </Section>
  );
}
