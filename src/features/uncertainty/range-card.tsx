/** One range: the input it sits on, its kind of distribution and that distribution's parameters. */
import { NumberField, SelectField } from '../../components';
import type { Distribution, UncertainInput } from '../../engine';
import { rangeExpectation, roundForInput, toNum, type NumericInput } from '../../model';
import { useLocale, useT } from '../../i18n';
import { useUpdateModel } from '../../state';
import { uncertaintyMessages } from './messages';
import { convertDistribution, formatInput, isOrdered, numText, ruleFor } from './values';

type Field = 'low' | 'mode' | 'high' | 'mean' | 'sd';
const KINDS: Distribution['kind'][] = ['triangular', 'pert', 'uniform', 'normal'];

export function RangeCard({ range, input }: { range: UncertainInput; input: NumericInput | undefined }) {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const d = range.distribution;
  const name = range.label ?? input?.label ?? t('unknownInput');
  const unit = input?.unit ?? 'number';
  const base = input?.value ?? '0';
  const edit = (next: Distribution) =>
    update(
      (m) => {
        const r = m.uncertainty?.inputs.find((i) => i.id === range.id);
        if (r) r.distribution = next;
      },
      t('editLabel', { input: name }),
    );
  const setField = (field: Field | 'lowCut' | 'highCut', v: string) => {
    const key = field === 'lowCut' ? 'low' : field === 'highCut' ? 'high' : field;
    const next = { ...d } as Record<string, unknown>;
    if (v === '') delete next[key];
    else next[key] = toNum(v);
    edit(next as Distribution);
  };
  const remove = () =>
    update(
      (m) => {
        if (!m.uncertainty) return;
        m.uncertainty.inputs = m.uncertainty.inputs.filter((i) => i.id !== range.id);
      },
      t('removeLabel', { input: name }),
    );
  // Low stays below high (and "most likely" between them): a value past the other end is refused in the field.
  const low = d.kind === 'normal' ? undefined : Number(d.low);
  const high = d.kind === 'normal' ? undefined : Number(d.high);
  const limits: Partial<Record<Field | 'lowCut' | 'highCut', { min?: number; max?: number }>> = {
    sd: { min: 0 },
    low: { max: high },
    high: { min: low },
    mode: { min: low, max: high },
  };
  const field = (key: Field | 'lowCut' | 'highCut', label: string, value: string, isOptional = false) => (
    <NumberField
      key={key}
      label={label}
      value={value}
      rule={ruleFor(range.path, unit, { isOptional, ...limits[key] })}
      suffix={unit === 'percent' ? '%' : undefined}
      hint={
        isOptional && (key === 'mode' || key === 'mean')
          ? t('emptyIsModel', { value: formatInput(base, unit, locale) })
          : undefined
      }
      onCommit={(v) => setField(key, v)}
    />
  );
  const expected = input ? roundForInput(range.path, rangeExpectation(d, base, range.path)) : null;
  return (
    <li className="change-card range-card" data-path={range.path}>
      <div className="change-head">
        <h3 className="change-text">{name}</h3>
        <button type="button" className="button-quiet" onClick={remove} aria-label={t('removeLabel', { input: name })}>
          {t('remove')}
        </button>
      </div>
      <p className="muted range-meta">
        {/* Which input, in the model's own words (never its path). */}
        {input ? `${input.title} · ${t('inModel', { value: formatInput(base, unit, locale) })}` : ''}
        {expected !== null ? ` · ${t('expected', { value: formatInput(expected, unit, locale) })}` : ''}
      </p>
      {!input && <p className="field-error">{t('missingInput')}</p>}
      <div className="form-row">
        <SelectField
          label={t('kind')}
          value={d.kind}
          options={KINDS.map((k) => ({ value: k, label: t(k) }))}
          onChange={(k) => edit(convertDistribution(d, k as Distribution['kind'], range.path, Number(base)))}
        />
        {d.kind === 'normal'
          ? [
              field('mean', t('mean'), numText(d.mean), true),
              field('sd', t('sd'), numText(d.sd)),
              field('lowCut', t('lowCut'), numText(d.low), true),
              field('highCut', t('highCut'), numText(d.high), true),
            ]
          : [
              field('low', t('low'), numText(d.low)),
              ...(d.kind === 'uniform' ? [] : [field('mode', t('mode'), numText(d.mode), true)]),
              field('high', t('high'), numText(d.high)),
            ]}
      </div>
      {!isOrdered(d, Number(base)) && (
        <p className="field-error" role="alert">
          {t('orderError')}
        </p>
      )}
    </li>
  );
}
