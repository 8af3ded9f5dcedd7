/**
 * The Begroting screen (model-v3 §10.6, §10.7): per municipality its budget inputs, and per
 * scenario the structural and incidental effect against the budget per year, the target
 * shortfall and a one-sentence answer, beside what staying alone (the baseline) costs against
 * the budget. The VAT settings of the shared party and the municipalities are set here too.
 */
import { useState } from 'react';
import { ScreenHeader, Section, SelectField, ErrorNotice } from '../../components';
import { BarChart, PALETTE, TableScroll } from '../../components/charts';
import type { BudgetYear, Evaluation, ModelFile, Party } from '../../engine';
import { formatMoney } from '../../i18n';
import { budgetValue, listText, withRequiredVersion } from '../../model';
import { FRICTION_RULE_VARIANT, haarlemHaarlemmermeerBudgets } from '../../examples';
import { useActiveModel, useEvaluationState, useUpdateModel } from '../../state';
import { useLocale, useT } from '../../i18n';
import { budgetAnswer } from './budget-answer';
import { BudgetInputs } from './budget-inputs';
import { budgetMessages } from './messages';
import { VatSettings } from './vat-settings';

export function BudgetScreen() {
  const t = useT(budgetMessages);
  const model = useActiveModel();
  const { evaluation, errors } = useEvaluationState();
  const [wanted, setWanted] = useState<string | null>(null);
  if (!model) return null;
  const scenarios = evaluation?.scenarios ?? [];
  const firstOther = scenarios.find((s) => s.id !== evaluation?.baselineId)?.id ?? evaluation?.baselineId ?? '';
  const scenarioId = scenarios.some((s) => s.id === wanted) ? (wanted as string) : firstOther;
  return (
    <div className="screen budget-screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      <ExampleBudgets model={model} />
      <VatSettings model={model} />
      {evaluation ? (
        <div className="form-row">
          <SelectField
            label={t('scenario')}
            value={scenarioId}
            onChange={setWanted}
            options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
          />
        </div>
      ) : (
        errors.length > 0 && (
          <ErrorNotice title={t('invalid')}>
            <p>{errors[0]}</p>
          </ErrorNotice>
        )
      )}
      {model.parties
        .filter((p) => p.kind === 'municipality')
        .map((p) => (
          <div key={p.id} className="budget-party" data-party={p.id}>
            <BudgetInputs model={model} party={p} />
            {evaluation && <BudgetAnswerSection evaluation={evaluation} party={p} scenarioId={scenarioId} />}
          </div>
        ))}
    </div>
  );
}

/** For the example: its budget figures from the 2013 report, offered while no municipality has a budget. */
function ExampleBudgets({ model }: { model: ModelFile }) {
  const t = useT(budgetMessages);
  const update = useUpdateModel();
  const ids = Object.keys(haarlemHaarlemmermeerBudgets);
  const isExample = ids.every((id) => model.parties.some((p) => p.id === id && p.kind === 'municipality'));
  const canAddVariant =
    isExample &&
    model.scenarios.some((s) => s.id === FRICTION_RULE_VARIANT.basedOn) &&
    !model.scenarios.some((s) => s.id === FRICTION_RULE_VARIANT.id) &&
    model.scenarios.some((s) => s.changes?.some((c) => c.op === 'addLine' && c.line.id === 's2-friction-2014'));
  const variant = canAddVariant && (
    <div className="form-row">
      <p className="muted">{t('variantText')}</p>
      <button
        type="button"
        className="button"
        onClick={() =>
          update((m) => {
            m.scenarios.push(structuredClone(FRICTION_RULE_VARIANT));
            withRequiredVersion(m);
          }, t('variant'))
        }
      >
        {t('variant')}
      </button>
    </div>
  );
  if (!isExample || model.parties.some((p) => p.budget !== undefined)) return variant || null;
  return (
    <>
      {variant}
      <div className="form-row">
        <p className="muted">{t('exampleText')}</p>
        <button
          type="button"
          className="button"
          onClick={() =>
            update((m) => {
              for (const p of m.parties) {
                const budget = haarlemHaarlemmermeerBudgets[p.id];
                if (budget) p.budget = structuredClone(budget);
              }
              withRequiredVersion(m);
            }, t('example'))
          }
        >
          {t('example')}
        </button>
      </div>
    </>
  );
}

function BudgetAnswerSection({
  evaluation: e,
  party,
  scenarioId,
}: {
  evaluation: Evaluation;
  party: Party;
  scenarioId: string;
}) {
  const t = useT(budgetMessages);
  const locale = useLocale();
  const scenario = e.scenarios.find((s) => s.id === scenarioId);
  const baseline = e.scenarios.find((s) => s.id === e.baselineId);
  const rows = scenario?.parties[party.id]?.budget;
  const alone = baseline?.parties[party.id]?.budget ?? [];
  const title = t('answer', { party: party.name, scenario: scenario?.name ?? '' });
  if (rows === undefined) {
    return (
      <Section title={title}>
        <p className="muted">{t('noBudget', { party: party.name })}</p>
      </Section>
    );
  }
  const euro = (v: string) => formatMoney(v, locale);
  // VAT as its own line (model-v3 §10.6): the municipality's VAT cost per year, when it has any.
  const vatYears = scenario?.parties[party.id]?.years ?? [];
  const hasVat = vatYears.some((y) => /[1-9]/.test(y.byCategory.vat ?? '0'));
  const vat = hasVat ? rows.map((r) => vatYears.find((y) => y.year === r.year)?.byCategory.vat ?? '0.00') : null;
  const sentence = budgetAnswer(rows, (y) => budgetValue(party.budget, 'target', y), {
    fitsFrom: (year) => t('fitsFrom', { year }),
    fitsAlways: t('fitsAlways'),
    fitsNever: t('fitsNever'),
    targetMissed: (amount, years) => t('targetMissed', { amount, years }),
    targetMet: t('targetMet'),
    money: euro,
    list: (items) => listText(items, { locale }),
  });
  const chartLabel = t('chart', { party: party.name, scenario: scenario?.name ?? '' });
  return (
    <Section title={title} description={t('answerText')}>
      <p className="budget-answer" data-testid="budget-answer">
        {sentence}
      </p>
      <BarChart
        label={chartLabel}
        labels={rows.map((r) => r.year)}
        isStacked
        datasets={[
          { label: t('structural'), data: rows.map((r) => r.structural), color: PALETTE.blue },
          { label: t('incidental'), data: rows.map((r) => r.incidental), color: PALETTE.vermillion, isOneOff: true },
          { label: t('aloneGap'), data: alone.map((r) => r.total), color: PALETTE.grey, asLine: true },
        ]}
      />
      <BudgetTable rows={rows} alone={alone} vat={vat} caption={title} />
    </Section>
  );
}

function BudgetTable({
  rows,
  alone,
  vat,
  caption,
}: {
  rows: BudgetYear[];
  alone: BudgetYear[];
  vat: string[] | null;
  caption: string;
}) {
  const t = useT(budgetMessages);
  const locale = useLocale();
  const euro = (v: string | undefined) => (v === undefined ? '—' : formatMoney(v, locale));
  return (
    <TableScroll label={caption}>
      <table className="table budget-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            <th scope="col" className="num">
              {t('aloneGap')}
            </th>
            <th scope="col" className="num">
              {t('structural')}
            </th>
            <th scope="col" className="num">
              {t('incidental')}
            </th>
            <th scope="col" className="num">
              {t('total')}
            </th>
            <th scope="col" className="num">
              {t('shortfall')}
            </th>
            {vat && (
              <th scope="col" className="num">
                {t('vatLine')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.year} data-year={r.year}>
              <th scope="row">{r.year}</th>
              <td className="num" data-figure="alone">
                {euro(alone[i]?.total)}
              </td>
              <td className="num" data-figure="structural">
                {euro(r.structural)}
              </td>
              <td className="num" data-figure="incidental">
                {euro(r.incidental)}
              </td>
              <td className="num" data-figure="total">
                {euro(r.total)}
              </td>
              <td className="num" data-figure="shortfall">
                {euro(r.targetShortfall)}
              </td>
              {vat && (
                <td className="num" data-figure="vat">
                  {euro(vat[i])}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
