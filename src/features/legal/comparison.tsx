/** The legal forms side by side for one scenario, with the legal consequences of each form. */
import { useState } from 'react';
import { Section, SelectField, type Option } from '../../components';
import { TableScroll } from '../../components/charts';
import type { BreakEven, Evaluation, LegalFormSpec, ModelFile } from '../../engine';
import { formatMoney, useLocale, useT } from '../../i18n';
import { partyName } from '../../model';
import { useLegalFormsCompared, type LegalFormOutcome } from '../../state';
import { legalMessages } from './messages';
import { legalFormConsequenceKey, legalFormMessages, legalFormNameKey } from '../../model';

type Props = {
  model: ModelFile;
  evaluation: Evaluation;
  scenario: string;
  scenarios: Option[];
  onScenario: (id: string) => void;
};

export function ComparisonTable({ model, evaluation, scenario, scenarios, onScenario }: Props) {
  const t = useT(legalMessages);
  const tf = useT(legalFormMessages);
  const locale = useLocale();
  const section = model.legalForm;
  const municipalities = evaluation.municipalities;
  const last = model.horizon.extrapolateTo ?? model.horizon.endYear;
  const exitYears: number[] = [];
  for (let y = evaluation.startYear + 1; y <= last; y += 1) exitYears.push(y);
  const [leaverWanted, setLeaver] = useState<string | null>(null);
  const [yearWanted, setYear] = useState<number | null>(null);
  const leaver = municipalities.find((m) => m === leaverWanted) ?? municipalities[municipalities.length - 1] ?? null;
  const exitYear =
    yearWanted !== null && exitYears.includes(yearWanted)
      ? yearWanted
      : exitYears.includes(evaluation.endYear)
        ? evaluation.endYear
        : (exitYears[0] ?? null);
  const compared = useLegalFormsCompared({ scenario, exitParty: leaver, exitYear });
  if (!section) return null;
  const shared = partyName(model, section.shared);
  const rows = compared.value ?? [];
  const euro = (v: string | null) => (v === null ? '—' : formatMoney(v, locale, 'euro'));
  const breakEven = (b: BreakEven) =>
    b === null ? t('never') : b.isExtrapolated ? t('extrapolated', { year: b.year }) : String(b.year);
  const employer = (spec: LegalFormSpec) => {
    switch (spec.employer.value) {
      case 'shared':
        return t('employerShared', { shared });
      case 'host':
        return t('employerHost', { host: spec.host ? partyName(model, spec.host) : '—' });
      case 'supplier':
        return t('employerSupplier');
      case 'origin':
        return t('employerOrigin');
    }
  };
  const formName = (r: LegalFormOutcome) => tf(legalFormNameKey(r.form));
  const notes: string[] = [];
  if (rows.some((r) => r.vatMissing?.kind === 'unsupported')) notes.push(t('missingVat'));
  if (rows.some((r) => r.exitMissing?.kind === 'unsupported')) notes.push(t('missingExit'));
  for (const r of rows) {
    if (r.exitMissing?.kind === 'invalid')
      notes.push(t('invalidExit', { form: formName(r), message: r.exitMissing.message }));
    if (r.error !== null) notes.push(t('formError', { form: formName(r), message: r.error }));
  }
  const caption = t('compareTitle');
  const line = (label: string, figure: string, cell: (r: LegalFormOutcome) => string) => (
    <tr data-figure={figure}>
      <th scope="row">{label}</th>
      {rows.map((r) => (
        <td key={r.form} className={figure === 'employer' || figure === 'tender' ? undefined : 'num'}>
          {cell(r)}
        </td>
      ))}
    </tr>
  );
  return (
    <>
      <Section title={caption} description={t('compareNote', { shared })}>
        <div className="form-row">
          <SelectField label={t('scenario')} value={scenario} onChange={onScenario} options={scenarios} />
          {leaver !== null && exitYear !== null && (
            <>
              <SelectField
                label={t('leaver')}
                value={leaver}
                onChange={setLeaver}
                options={municipalities.map((m) => ({ value: m, label: partyName(model, m) }))}
              />
              <SelectField
                label={t('exitYear')}
                value={String(exitYear)}
                onChange={(v) => setYear(Number(v))}
                options={exitYears.map((y) => ({ value: String(y), label: String(y) }))}
              />
            </>
          )}
        </div>
        {compared.error && (
          <p role="alert" className="notice notice-error">
            {compared.error}
          </p>
        )}
        <TableScroll label={caption}>
          <table className="table legal-compare">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figure')}</th>
                {rows.map((r) => (
                  <th key={r.form} scope="col" className="num" data-form={r.form}>
                    {formName(r)}
                    {section.chosen === r.form && <span className="legal-chosen"> ({t('chosen')})</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {line(t('npvCash'), 'npvCash', (r) => euro(r.npvCash))}
              {line(t('breakEven'), 'breakEven', (r) => (r.error === null ? breakEven(r.breakEven) : '—'))}
              {line(t('vatCost'), 'vatCost', (r) => euro(r.vatCost))}
              {line(t('governance'), 'governance', (r) => euro(r.governancePerYear))}
              {line(t('exitSum', { year: exitYear ?? '—' }), 'exitSum', (r) => euro(r.exitSum))}
              {line(t('tender'), 'tender', (r) =>
                r.spec.tender && Number(r.spec.tender.amount) > 0
                  ? t('tenderValue', {
                      amount: formatMoney(String(r.spec.tender.amount), locale, 'euro'),
                      years: r.spec.tender.leadYears,
                    })
                  : t('noTender'),
              )}
              {line(t('employer'), 'employer', (r) => employer(r.spec))}
            </tbody>
          </table>
        </TableScroll>
        {notes.length > 0 && (
          <ul className="legal-notes">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('consequencesTitle')}>
        <dl className="legal-consequences">
          {section.forms.map((f) => (
            <div key={f.form}>
              <dt>{tf(legalFormNameKey(f.form))}</dt>
              <dd>{tf(legalFormConsequenceKey(f.form))}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </>
  );
}
