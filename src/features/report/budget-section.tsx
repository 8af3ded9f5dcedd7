/**
 * "Begroting" (model-v3 §10.6, §10.7): per municipality with a budget, each scenario's total
 * effect against its budget per year and the target shortfall, beside the baseline's own gap
 * (what staying alone costs against the budget); the VAT regime and the friction rule in words.
 */
import type { Evaluation, ModelFile } from '../../engine';
import { defineMessages, useLocale, useT } from '../../i18n';
import { formatPercent } from '../../i18n/format';
import { partyName } from '../../model';
import { thousands } from './report-format';
import { ReportTable } from './report-table';

const budgetReportMessages = defineMessages({
  nl: {
    title: 'Begroting',
    intro:
      'Het effect van elk scenario op de goedgekeurde ICT-begroting van de gemeente, × € 1.000: structureel (terugkerende lasten min de begroting) plus incidenteel (eenmalige lasten min wat de reserve dekt); positief is boven de begroting. De baseline is wat zelf blijven doen kost ten opzichte van de begroting.',
    caption: 'Effect op de begroting van {party} (× € 1.000)',
    shortfallCaption: 'Taakstelling van {party} niet gehaald (× € 1.000)',
    colYear: 'Jaar',
    vatNone: 'Btw: de gezamenlijke partij heeft geen btw-effect (zoals in 2013).',
    vatCharged:
      'Btw: {party} rekent {rate} btw over haar bijdragen; het niet-compensabele deel is een kostenpost van de gemeente (categorie Btw-nadeel).',
    vatExempt:
      'Btw: {party} is vrijgesteld en kan de btw op haar eigen inkopen en inhuur niet aftrekken; die btw wordt via de verdeelsleutels omgeslagen (categorie Btw-nadeel).',
  },
  en: {
    title: 'Budget',
    intro:
      "Each scenario's effect on the municipality's approved ICT budget, × €1,000: structural (recurring cost minus the budget) plus incidental (one-off cost minus what the reserve covers); positive is over budget. The baseline is what staying alone costs against the budget.",
    caption: 'Effect on the budget of {party} (× €1,000)',
    shortfallCaption: 'Savings target of {party} not met (× €1,000)',
    colYear: 'Year',
    vatNone: 'VAT: the shared party has no VAT effect (as in 2013).',
    vatCharged:
      'VAT: {party} charges {rate} VAT on its contributions; the part not compensable is a cost of the municipality (category VAT cost).',
    vatExempt:
      'VAT: {party} is exempt and cannot deduct the VAT on its own purchases and hired staff; that VAT is passed on by the allocation keys (category VAT cost).',
  },
});

export function BudgetSection({ model, evaluation }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(budgetReportMessages);
  const locale = useLocale();
  const withBudget = evaluation.municipalities.filter((m) => model.parties.find((p) => p.id === m)?.budget);
  const shared = model.parties.filter((p) => p.kind === 'shared');
  const hasVat = shared.some((p) => (p.vat?.regime ?? 'none') !== 'none');
  if (withBudget.length === 0 && !hasVat) return null;
  return (
    <section className="report-section report-chapter" aria-labelledby="report-budget">
      <h2 id="report-budget">{t('title')}</h2>
      {shared.map((p) => {
        const regime = p.vat?.regime ?? 'none';
        const rate = formatPercent(String(p.vat?.rate ?? '0.21'), locale, 0);
        const key = regime === 'charged' ? 'vatCharged' : regime === 'exempt' ? 'vatExempt' : 'vatNone';
        return <p key={p.id}>{t(key, { party: p.name, rate })}</p>;
      })}
      {withBudget.length > 0 && <p>{t('intro')}</p>}
      {withBudget.map((m) => {
        const name = partyName(model, m);
        const rows = evaluation.scenarios.map((s) => ({ s, budget: s.parties[m]?.budget ?? [] }));
        const years = rows[0]?.budget.map((b) => b.year) ?? [];
        const others = rows.filter((r) => r.s.id !== evaluation.baselineId);
        return (
          <div key={m} className="report-municipality">
            <ReportTable
              caption={t('caption', { party: name })}
              columns={[t('colYear'), ...rows.map((r) => r.s.name)]}
              rows={years.map((year, i) => ({
                key: String(year),
                head: String(year),
                cells: rows.map((r) => (r.budget[i] ? thousands(r.budget[i].total, locale) : '—')),
              }))}
            />
            {others.length > 0 && (
              <ReportTable
                caption={t('shortfallCaption', { party: name })}
                columns={[t('colYear'), ...others.map((r) => r.s.name)]}
                rows={years.map((year, i) => ({
                  key: String(year),
                  head: String(year),
                  cells: others.map((r) => (r.budget[i] ? thousands(r.budget[i].targetShortfall, locale) : '—')),
                }))}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}
