/**
 * The report's "Uittreding" section (model-v3 §10.4), shown when the model has a scenario with a
 * leave or an exit question added to the report (`report.exit`): per exit scenario, the
 * settlement's terms, and per municipality its cumulative result against the baseline next to
 * the parent scenario's (everyone stays) and its change in cost; then the kept question's
 * answer and its exit-year sweep (exit-question-section.tsx).
 */
import type { Evaluation, LeaveChange, ModelFile, ScenarioResult } from '../../engine';
import { useLocale, useT } from '../../i18n';
import { partyName } from '../../model';
import { exitReportMessages } from './exit-messages';
import { ExitQuestionReport } from './exit-question-section';
import { euros } from './report-format';
import { ReportTable } from './report-table';

const cents = (m: string) => Math.round(Number(m) * 100);
const money = (c: number) => (c / 100).toFixed(2);

export function ExitSection({ model, evaluation }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(exitReportMessages);
  const locale = useLocale();
  const exits = evaluation.scenarios.filter((s) => (s.exits ?? []).length > 0);
  if (exits.length === 0 && model.report?.exit === undefined) return null;
  const byId = new Map(evaluation.scenarios.map((s) => [s.id, s]));
  return (
    <section className="report-section report-chapter" aria-labelledby="report-exit">
      <h2 id="report-exit">{t('exitTitle')}</h2>
      {exits.length > 0 && <p>{t('exitIntro')}</p>}
      {exits.map((s) => {
        const parent = s.basedOn === null ? undefined : byId.get(s.basedOn);
        const file = model.scenarios.find((x) => x.id === s.id);
        return (s.exits ?? []).map((e) => {
          const leave = file?.changes?.find(
            (c): c is LeaveChange => c.op === 'leave' && c.party === e.party && c.shared === e.shared,
          );
          const booking =
            leave?.booking === 'asPaid' ? t('exitBookedPaid') : t('exitBookedDecision', { year: e.decisionYear });
          return (
            <div key={`${s.id}-${e.shared}`} className="report-exit">
              <h3>
                {t('exitScenario', {
                  scenario: s.name,
                  party: partyName(model, e.party),
                  shared: partyName(model, e.shared),
                  year: e.from,
                })}
              </h3>
              <ReportTable
                caption={t('exitTermsCaption', { scenario: s.name, method: t(e.method), booking })}
                columns={[t('colYear'), t('colAmount')]}
                rows={[
                  ...e.terms.map((term) => ({
                    key: String(term.year),
                    head: String(term.year),
                    cells: [euros(term.amount, locale)],
                  })),
                  { key: 'total', head: t('rowTotal'), cells: [euros(e.total, locale)] },
                ]}
              />
              {parent && <Effect model={model} evaluation={evaluation} scenario={s} parent={parent} />}
            </div>
          );
        });
      })}
      {model.report?.exit !== undefined && <ExitQuestionReport model={model} />}
    </section>
  );
}

function Effect({
  model,
  evaluation,
  scenario: s,
  parent,
}: {
  model: ModelFile;
  evaluation: Evaluation;
  scenario: ScenarioResult;
  parent: ScenarioResult;
}) {
  const t = useT(exitReportMessages);
  const locale = useLocale();
  const year = evaluation.years.at(-1) ?? evaluation.endYear;
  const last = (r: ScenarioResult, m: string) => r.parties[m]?.years.at(-1)?.cumulativeSavings ?? '0.00';
  const total = (r: ScenarioResult, m: string) => (r.parties[m]?.years ?? []).reduce((a, y) => a + cents(y.total), 0);
  return (
    <ReportTable
      caption={t('exitEffectCaption', { scenario: s.name, year, parent: parent.name })}
      columns={[t('colMunicipality'), t('colCumulative'), t('colCumulativeParent'), t('colChange')]}
      rows={evaluation.municipalities.map((m) => ({
        key: m,
        head: partyName(model, m),
        cells: [
          euros(last(s, m), locale),
          euros(last(parent, m), locale),
          euros(money(total(s, m) - total(parent, m)), locale),
        ],
      }))}
    />
  );
}
