/**
 * The assumptions of each legal form as editable model content (the `legalForm` section). Each
 * form is a disclosure with its fields; every assumption shows its source or reason. An edit
 * is one undo step and counts in the comparison at once.
 */
import { useId, useState } from 'react';
import { NumberField, Section, SelectField } from '../../components';
import {
  EMPLOYERS,
  type ExitSettlement,
  type LegalFormSection,
  type LegalFormSpec,
  type ModelFile,
} from '../../engine';
import { useT } from '../../i18n';
import { partyName } from '../../model';
import { useSetLegalForm } from '../../state';
import { legalMessages } from './messages';
import { legalFormMessages, legalFormNameKey } from '../../model';

const num = (v: unknown) => (v === undefined ? '' : String(v));

export function FormEditor({ model, section }: { model: ModelFile; section: LegalFormSection }) {
  const t = useT(legalMessages);
  const tf = useT(legalFormMessages);
  const setLegalForm = useSetLegalForm();
  const edit = (index: number, recipe: (f: LegalFormSpec) => void, label = t('editLabel')) => {
    const next = structuredClone(section);
    const form = next.forms[index];
    if (!form) return;
    recipe(form);
    setLegalForm(next, label);
  };
  const shared = partyName(model, section.shared);
  const employerLabel = (e: (typeof EMPLOYERS)[number]) =>
    e === 'shared'
      ? t('employerShared', { shared })
      : e === 'host'
        ? t('employerHost', { host: t('host') })
        : e === 'supplier'
          ? t('employerSupplier')
          : t('employerOrigin');
  return (
    <Section
      title={t('editTitle')}
      description={t('editNote')}
      actions={
        <button type="button" className="button" onClick={() => setLegalForm(null, t('removeFormsLabel'))}>
          {t('removeForms')}
        </button>
      }
    >
      {section.forms.map((f, i) => {
        const name = tf(legalFormNameKey(f.form));
        const s = f.exit.settlement;
        return (
          <details key={f.form} className="legal-form-editor" data-form={f.form}>
            <summary>
              {name}
              {section.chosen === f.form && ` (${t('chosen')})`}
            </summary>
            <div className="legal-form-fields">
              {section.chosen !== f.form && (
                <button
                  type="button"
                  className="button"
                  onClick={() => setLegalForm({ ...section, chosen: f.form }, t('chooseFormLabel'))}
                >
                  {t('chooseForm')}
                </button>
              )}
              {f.form === 'centrumgemeente' && (
                <SelectField
                  label={`${name}: ${t('host')}`}
                  value={f.host ?? ''}
                  onChange={(v) => edit(i, (x) => void (x.host = v))}
                  options={model.parties
                    .filter((p) => p.kind === 'municipality')
                    .map((p) => ({ value: p.id, label: p.name }))}
                />
              )}
              <fieldset>
                <legend>{t('employerField')}</legend>
                <SelectField
                  label={`${name}: ${t('employerField')}`}
                  value={f.employer.value}
                  onChange={(v) => edit(i, (x) => void (x.employer.value = v as (typeof EMPLOYERS)[number]))}
                  options={EMPLOYERS.map((e) => ({ value: e, label: employerLabel(e) }))}
                  hint={`${t('assumption')}: ${f.employer.source ?? '—'}`}
                />
              </fieldset>
              <fieldset>
                <legend>{t('vatRegime')}</legend>
                <SelectField
                  label={`${name}: ${t('vatRegime')}`}
                  value={f.vat.regime}
                  onChange={(v) => edit(i, (x) => void (x.vat.regime = v as LegalFormSpec['vat']['regime']))}
                  options={[
                    { value: 'none', label: t('vatNone') },
                    { value: 'charged', label: t('vatCharged') },
                    { value: 'exempt', label: t('vatExempt') },
                  ]}
                  hint={`${t('assumption')}: ${f.vat.source ?? '—'}`}
                />
                <NumberField
                  label={`${name}: ${t('vatRate')}`}
                  value={num(f.vat.rate ?? 0.21)}
                  rule={{ min: 0, max: 1, isPercent: true }}
                  suffix="%"
                  onCommit={(v) => edit(i, (x) => void (x.vat.rate = v))}
                />
                {f.vat.regime === 'exempt' && (
                  <NumberField
                    label={`${name}: ${t('inputShare')}`}
                    value={num(f.vat.inputShare ?? 1)}
                    rule={{ min: 0, max: 1, isPercent: true }}
                    suffix="%"
                    onCommit={(v) => edit(i, (x) => void (x.vat.inputShare = v))}
                  />
                )}
              </fieldset>
              <fieldset>
                <legend>{t('settlement')}</legend>
                <SelectField
                  label={`${name}: ${t('settlement')}`}
                  value={s.method}
                  onChange={(v) =>
                    edit(i, (x) => {
                      const next: Record<string, ExitSettlement> = {
                        tapered: { method: 'tapered', factors: [1, 0.8, 0.6, 0.4, 0.2] },
                        directDamage: { method: 'directDamage', years: 5 },
                        fixed: { method: 'fixed', amount: 0 },
                        none: { method: 'none' },
                      };
                      x.exit.settlement = next[v] ?? { method: 'none' };
                    })
                  }
                  options={[
                    { value: 'tapered', label: t('settlementTapered') },
                    { value: 'directDamage', label: t('settlementDirectDamage') },
                    { value: 'fixed', label: t('settlementFixed') },
                    { value: 'none', label: t('settlementNone') },
                  ]}
                  hint={`${t('assumption')}: ${f.exit.source ?? '—'}`}
                />
                {s.method === 'tapered' && (
                  <FactorsField
                    label={`${name}: ${t('factors')}`}
                    factors={(s.factors ?? [1, 0.8, 0.6, 0.4, 0.2]).map(String)}
                    onCommit={(factors) => edit(i, (x) => void (x.exit.settlement = { method: 'tapered', factors }))}
                  />
                )}
                {s.method === 'directDamage' && (
                  <NumberField
                    label={`${name}: ${t('damageYears')}`}
                    value={num(s.years ?? 5)}
                    rule={{ min: 1, max: 30, isInteger: true }}
                    onCommit={(v) =>
                      edit(i, (x) => void (x.exit.settlement = { method: 'directDamage', years: Number(v) }))
                    }
                  />
                )}
                {s.method === 'fixed' && (
                  <NumberField
                    label={`${name}: ${t('fixedAmount')}`}
                    value={num(s.amount)}
                    rule={{ min: 0 }}
                    suffix="€"
                    onCommit={(v) => edit(i, (x) => void (x.exit.settlement = { method: 'fixed', amount: v }))}
                  />
                )}
                <NumberField
                  label={`${name}: ${t('noticeYears')}`}
                  value={num(f.exit.noticeYears ?? 1)}
                  rule={{ min: 0, max: 10, isInteger: true }}
                  onCommit={(v) => edit(i, (x) => void (x.exit.noticeYears = Number(v)))}
                />
              </fieldset>
              {(f.governance ?? []).map((g, j) => (
                <fieldset key={g.id}>
                  <legend>{t('governanceLine', { n: j + 1, label: g.label })}</legend>
                  <NumberField
                    label={`${name}: ${g.label} — ${t('amountPerYear')}`}
                    value={num(g.amount)}
                    rule={{ min: 0 }}
                    suffix="€"
                    hint={`${t('assumption')}: ${g.source ?? '—'}`}
                    onCommit={(v) =>
                      edit(i, (x) => {
                        const line = x.governance?.[j];
                        if (line) line.amount = v;
                      })
                    }
                  />
                </fieldset>
              ))}
              {f.tender && (
                <fieldset>
                  <legend>{t('tender')}</legend>
                  <NumberField
                    label={`${name}: ${t('tenderAmount')}`}
                    value={num(f.tender.amount)}
                    rule={{ min: 0 }}
                    suffix="€"
                    hint={`${t('assumption')}: ${f.tender.source ?? '—'}`}
                    onCommit={(v) => edit(i, (x) => void (x.tender && (x.tender.amount = v)))}
                  />
                  <NumberField
                    label={`${name}: ${t('tenderLead')}`}
                    value={num(f.tender.leadYears)}
                    rule={{ min: 0, max: 10, isInteger: true }}
                    onCommit={(v) => edit(i, (x) => void (x.tender && (x.tender.leadYears = Number(v))))}
                  />
                </fieldset>
              )}
            </div>
          </details>
        );
      })}
    </Section>
  );
}

/** Factors of a tapered settlement as "1; 0,8; 0,6": validated on commit, the message beside the field. */
function FactorsField({
  label,
  factors,
  onCommit,
}: {
  label: string;
  factors: string[];
  onCommit: (v: string[]) => void;
}) {
  const t = useT(legalMessages);
  const id = useId();
  const shown = factors.map((f) => f.replace('.', ',')).join('; ');
  const [text, setText] = useState(shown);
  const [seen, setSeen] = useState(shown);
  const [error, setError] = useState(false);
  if (seen !== shown) {
    setSeen(shown);
    setText(shown);
    setError(false);
  }
  const commit = () => {
    const parts = text
      .split(';')
      .map((p) => p.trim().replace(',', '.'))
      .filter((p) => p !== '');
    if (parts.length === 0 || parts.length > 30 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) {
      setError(true);
      return;
    }
    setError(false);
    if (parts.join(';') !== factors.join(';')) onCommit(parts);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {t('factorsInvalid')}
        </span>
      )}
    </div>
  );
}
