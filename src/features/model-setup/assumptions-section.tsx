import { NumberField, percentText, Section, SelectField } from '../../components';
import { EditableGrid, numberParser, numCell } from '../../components/grid';
import { DEFAULT_ASSUMPTIONS, type Assumptions, type ModelFile } from '../../engine';
import { formatPercent } from '../../i18n';
import { canonical, categoriesOf, categoryLabel, toNum } from '../../model';
import { useLocale, useT } from '../../i18n';
import { useUpdateModel } from '../../state';
import { setupMessages } from './messages';

export function AssumptionsSection({ model }: { model: ModelFile }) {
  const t = useT(setupMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const a = model.assumptions ?? {};
  const withA = (label: string, fn: (a: Assumptions) => void) => update((m) => { m.assumptions ??= {}; fn(m.assumptions); }, label);
  const pct = (v: string) => formatPercent(v, locale, Math.max(0, (percentText(v).split('.')[1] ?? '').length));
  const hint = (v: string) => t('defaultValue', { value: pct(v) });
  const rateField = (label: string, value: string | null, fallback: string, set: (a: Assumptions, v: string) => void) => (
    <NumberField label={label} value={value ?? fallback} rule={{ isPercent: true, min: -1, max: 10 }} hint={hint(fallback)} suffix="%"
      onCommit={(v) => withA(label, (x) => set(x, v))} />
  );
  return (
    <Section title={t('assumptions')} description={t('assumptionsText')}>
      <div className="form-row">
        <NumberField label={t('priceBaseYear')} value={a.priceBaseYear === undefined ? '' : String(a.priceBaseYear)} hint={t('priceBaseYearHint')}
          rule={{ isInteger: true, isOptional: true, min: 1900, max: 2200 }}
          onCommit={(v) => withA(t('priceBaseYear'), (x) => { if (v === '') delete x.priceBaseYear; else x.priceBaseYear = Number(v); })} />
        {rateField(t('indexDefault'), canonical(a.indexation?.default), DEFAULT_ASSUMPTIONS.indexation.default, (x, v) => { x.indexation = { ...x.indexation, default: toNum(v) }; })}
        {rateField(t('indexPersonnel'), canonical(a.indexation?.personnel), DEFAULT_ASSUMPTIONS.indexation.personnel, (x, v) => { x.indexation = { ...x.indexation, personnel: toNum(v) }; })}
        {rateField(t('discountRate'), canonical(a.discountRate), DEFAULT_ASSUMPTIONS.discountRate, (x, v) => { x.discountRate = toNum(v); })}
      </div>
      <div className="form-row">
        {rateField(t('projectReplacement'), canonical(a.projectCostRate?.replacement), DEFAULT_ASSUMPTIONS.projectCostRate.replacement, (x, v) => { x.projectCostRate = { ...x.projectCostRate, replacement: toNum(v) }; })}
        {rateField(t('projectRenewal'), canonical(a.projectCostRate?.renewal), DEFAULT_ASSUMPTIONS.projectCostRate.renewal, (x, v) => { x.projectCostRate = { ...x.projectCostRate, renewal: toNum(v) }; })}
      </div>
      <div className="form-row">
        <SelectField label={t('depreciationStart')} value={a.depreciationStart ?? 'nextYear'}
          options={[{ value: 'nextYear', label: t('nextYear') }, { value: 'sameYear', label: t('sameYear') }]}
          onChange={(v) => withA(t('depreciationStart'), (x) => { x.depreciationStart = v === 'sameYear' ? 'sameYear' : 'nextYear'; })} />
        <SelectField label={t('depreciationMethod')} value={a.depreciationMethod ?? 'linear'}
          options={[{ value: 'linear', label: t('linear') }, { value: 'annuity', label: t('annuity') }]}
          onChange={(v) => withA(t('depreciationMethod'), (x) => { x.depreciationMethod = v === 'annuity' ? 'annuity' : 'linear'; })} />
        <SelectField label={t('extrapolation')} value={a.extrapolation ?? 'indexLast'}
          options={[{ value: 'indexLast', label: t('indexLast') }, { value: 'none', label: t('none') }]}
          onChange={(v) => withA(t('extrapolation'), (x) => { x.extrapolation = v === 'none' ? 'none' : 'indexLast'; })} />
      </div>
      <IndexByCategory model={model} />
    </Section>
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
      <EditableGrid label={t('indexByCategory')} corner={t('category')}
        rows={cats.map((c) => ({ id: c.id, label: categoryLabel(model, c.id, locale) }))}
        columns={[{ id: 'rate', label: t('rate') }]}
        cell={(r) => numCell(canonical(by[cats[r]?.id ?? '']), locale, { isPercent: true })}
        parse={numberParser({ isPercent: true, isOptional: true, min: -1, max: 10 }, locale)}
        onCommit={(edits) => update((m) => {
          m.assumptions ??= {};
          const idx = (m.assumptions.indexation ??= {});
          const map = { ...idx.byCategory };
          for (const e of edits) {
            const id = cats[e.row]?.id;
            if (!id) continue;
            if (e.value === '') delete map[id]; else map[id] = toNum(e.value);
          }
          if (Object.keys(map).length > 0) idx.byCategory = map; else delete idx.byCategory;
        }, t('indexByCategory'))} />
    </>
  );
}
