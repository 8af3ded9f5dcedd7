import type { ReactNode } from 'react';
import { NumberField, percentText, Section, SelectField } from '../../components';
import { EditableGrid, numberParser, numCell } from '../../components/grid';
import { DEFAULT_ASSUMPTIONS, type Assumptions, type ModelFile } from '../../engine';
import { formatPercent } from '../../i18n';
import {
  canonical,
  categoriesOf,
  categoryLabel,
  isAnnuityUsedFor,
  isBbvStartUsed,
  toNum,
  withRequiredVersion,
} from '../../model';
import { useLocale, useT } from '../../i18n';
import { useUpdateModel } from '../../state';
import { setupMessages } from './messages';
import { asExtrapolation, asStart, extrapolationOptions, startHint, startOptions } from './method-choices';

const DEFAULT_REAL_RATE = '0.0225';

export function AssumptionsSection({ model }: { model: ModelFile }) {
  const t = useT(setupMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const a = model.assumptions ?? {};
  // One undo step: the edit, and the version a version-3 value needs (model-v3 §10).
  const withA = (label: string, fn: (a: Assumptions) => void) =>
    update((m) => {
      m.assumptions ??= {};
      fn(m.assumptions);
      withRequiredVersion(m);
    }, label);
  const pct = (v: string) => formatPercent(v, locale, Math.max(0, (percentText(v).split('.')[1] ?? '').length));
  const hint = (v: string) => t('defaultValue', { value: pct(v) });
  const rateField = (
    label: string,
    value: string | null,
    fallback: string,
    set: (a: Assumptions, v: string) => void,
  ) => (
    <NumberField
      label={label}
      value={value ?? fallback}
      rule={{ isPercent: true, min: -1, max: 10 }}
      hint={hint(fallback)}
      suffix="%"
      onCommit={(v) => withA(label, (x) => set(x, v))}
    />
  );
  const start = a.depreciationStart ?? 'nextYear';
  const extrapolation = a.extrapolation ?? 'indexLast';
  const isAnnuity = isAnnuityUsedFor(model, null);
  const isBbv = isBbvStartUsed(model);
  return (
    <Section title={t('assumptions')} description={t('assumptionsText')}>
      <div className="form-row">
        <NumberField
          label={t('priceBaseYear')}
          value={a.priceBaseYear === undefined ? '' : String(a.priceBaseYear)}
          hint={t('priceBaseYearHint')}
          rule={{ isInteger: true, isOptional: true, min: 1900, max: 2200 }}
          onCommit={(v) =>
            withA(t('priceBaseYear'), (x) => {
              if (v === '') delete x.priceBaseYear;
              else x.priceBaseYear = Number(v);
            })
          }
        />
        {rateField(
          t('indexDefault'),
          canonical(a.indexation?.default),
          DEFAULT_ASSUMPTIONS.indexation.default,
          (x, v) => {
            x.indexation = { ...x.indexation, default: toNum(v) };
          },
        )}
        {rateField(
          t('indexPersonnel'),
          canonical(a.indexation?.personnel),
          DEFAULT_ASSUMPTIONS.indexation.personnel,
          (x, v) => {
            x.indexation = { ...x.indexation, personnel: toNum(v) };
          },
        )}
      </div>
      <DiscountFields model={model} rateField={rateField} withA={withA} />
      <div className="form-row">
        {rateField(
          t('projectReplacement'),
          canonical(a.projectCostRate?.replacement),
          DEFAULT_ASSUMPTIONS.projectCostRate.replacement,
          (x, v) => {
            x.projectCostRate = { ...x.projectCostRate, replacement: toNum(v) };
          },
        )}
        {rateField(
          t('projectRenewal'),
          canonical(a.projectCostRate?.renewal),
          DEFAULT_ASSUMPTIONS.projectCostRate.renewal,
          (x, v) => {
            x.projectCostRate = { ...x.projectCostRate, renewal: toNum(v) };
          },
        )}
      </div>
      <div className="form-row">
        <SelectField
          label={t('depreciationStart')}
          value={start}
          options={startOptions(t, isAnnuity)}
          hint={startHint(t, start, isAnnuity)}
          onChange={(v) =>
            withA(t('depreciationStart'), (x) => {
              x.depreciationStart = asStart(v);
            })
          }
        />
        <SelectField
          label={t('depreciationMethod')}
          value={a.depreciationMethod ?? 'linear'}
          hint={isBbv ? t('annuityNotWithBbv') : undefined}
          options={[
            { value: 'linear', label: t('linear') },
            { value: 'annuity', label: t('annuity'), isDisabled: isBbv },
          ]}
          onChange={(v) =>
            withA(t('depreciationMethod'), (x) => {
              x.depreciationMethod = v === 'annuity' && !isBbv ? 'annuity' : 'linear';
            })
          }
        />
        <SelectField
          label={t('extrapolation')}
          value={extrapolation}
          options={extrapolationOptions(t)}
          hint={t(`${extrapolation}Text`)}
          onChange={(v) =>
            withA(t('extrapolation'), (x) => {
              x.extrapolation = asExtrapolation(v);
            })
          }
        />
      </div>
      <IndexByCategory model={model} />
    </Section>
  );
}

type RateField = (
  label: string,
  value: string | null,
  fallback: string,
  set: (a: Assumptions, v: string) => void,
) => ReactNode;

/** Nominal or real discounting (model-v3 §10.3): the model holds one of the two rates, never both. */
function DiscountFields({
  model,
  rateField,
  withA,
}: {
  model: ModelFile;
  rateField: RateField;
  withA: (label: string, fn: (a: Assumptions) => void) => void;
}) {
  const t = useT(setupMessages);
  const a = model.assumptions ?? {};
  const isReal = a.discountRealRate !== undefined;
  const choose = (v: string) =>
    withA(t('discountKind'), (x) => {
      if (v === 'real') {
        delete x.discountRate;
        x.discountRealRate = toNum(DEFAULT_REAL_RATE);
      } else delete x.discountRealRate;
    });
  return (
    <div className="form-row">
      <SelectField
        label={t('discountKind')}
        value={isReal ? 'real' : 'nominal'}
        hint={isReal ? t('discountRealText') : t('discountNominalText')}
        onChange={choose}
        options={[
          { value: 'nominal', label: t('discountNominal') },
          { value: 'real', label: t('discountReal') },
        ]}
      />
      {isReal
        ? rateField(t('discountRealRate'), canonical(a.discountRealRate), DEFAULT_REAL_RATE, (x, v) => {
            x.discountRealRate = toNum(v);
          })
        : rateField(t('discountRate'), canonical(a.discountRate), DEFAULT_ASSUMPTIONS.discountRate, (x, v) => {
            x.discountRate = toNum(v);
          })}
    </div>
  );
}

function IndexByCategory({ model }: { model: ModelFile }) {
  const t = useT(setupMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const cats = categoriesOf(model);
  const by = model.assumptions?.indexation?.byCategory ?? {};
  return (
    <>
      <h3>{t('indexByCategory')}</h3>
      <p className="muted">{t('indexByCategoryText')}</p>
      <EditableGrid
        label={t('indexByCategory')}
        corner={t('category')}
        rows={cats.map((c) => ({ id: c.id, label: categoryLabel(model, c.id, locale) }))}
        columns={[{ id: 'rate', label: t('rate') }]}
        cell={(r) => numCell(canonical(by[cats[r]?.id ?? '']), locale, { isPercent: true })}
        parse={numberParser({ isPercent: true, isOptional: true, min: -1, max: 10 }, locale)}
        onCommit={(edits) =>
          update((m) => {
            m.assumptions ??= {};
            const idx = (m.assumptions.indexation ??= {});
            const map = { ...idx.byCategory };
            for (const e of edits) {
              const id = cats[e.row]?.id;
              if (!id) continue;
              if (e.value === '') delete map[id];
              else map[id] = toNum(e.value);
            }
            if (Object.keys(map).length > 0) idx.byCategory = map;
            else delete idx.byCategory;
          }, t('indexByCategory'))
        }
      />
    </>
  );
}
