/**
 * The report's section "Rechtsvorm en afweging" (issue 17): the legal forms compared for the
 * last scenario, their legal consequences, the assessment's outcome with the weights that
 * would flip it, and the vulnerability indicators per scenario in the last plan year. Shown
 * only when the model has a legal-form or assessment section.
 */
import type { Evaluation, ModelFile } from '../../engine';
import { formatDecimal, useLocale, useT } from '../../i18n';
import {
  legalFormConsequenceKey,
  legalFormMessages,
  legalFormNameKey,
  partyName,
  sumDecimals,
  groupLabel,
} from '../../model';
import { assess } from '../../model/assessment';
import { useLegalFormsCompared, useStaffIndicators } from '../../state';
import { legalReportMessages } from './legal-messages';
import { euros, fteText, percent } from './report-format';
import { ReportTable } from './report-table';

export function LegalSection({ model, evaluation }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(legalReportMessages);
  const tf = useT(legalFormMessages);
  const locale = useLocale();
  const scenarios = evaluation.scenarios.filter((s) => s.id !== evaluation.baselineId);
  const scenario = scenarios[scenarios.length - 1];
  const leaver = evaluation.municipalities[evaluation.municipalities.length - 1] ?? null;
  const exitYear = evaluation.endYear > evaluation.startYear ? evaluation.endYear : null;
  const compared = useLegalFormsCompared(
    model.legalForm && scenario ? { scenario: scenario.id, exitParty: leaver, exitYear } : null,
  );
  const indicators = useStaffIndicators(model.legalForm !== undefined || model.assessment !== undefined);
  if (!model.legalForm && !model.assessment) return null;
  const rows = compared.value ?? [];
  const nameOf = (id: string) => evaluation.scenarios.find((s) => s.id === id)?.name ?? id;
  const money = (v: string | null) => (v === null ? '—' : euros(v, locale));
  const section = model.assessment;
  const result = section
    ? assess(
        section,
        evaluation.scenarios.map((s) => s.id),
        Object.fromEntries(
          evaluation.scenarios.map((s) => [
            s.id,
            sumDecimals([...s.years.filter((y) => y.year <= evaluation.endYear).map((y) => y.total), '0.00']),
          ]),
        ),
      )
    : null;
  const labelOf = (id: string) => section?.criteria.find((c) => c.id === id)?.label ?? id;
  const year = evaluation.endYear;
  const bench = indicators.value?.benchmark;
  return (
    <section className="report-section" aria-labelledby="report-legal">
      <h2 id="report-legal">{t('title')}</h2>
      {model.legalForm && scenario && (
        <>
          <p>
            {t('formsIntro', {
              scenario: scenario.name,
              shared: partyName(model, model.legalForm.shared),
              leaver: leaver ? partyName(model, leaver) : '—',
              year: exitYear ?? '—',
            })}
          </p>
          <ReportTable
            caption={t('caption', { scenario: scenario.name })}
            columns={[t('colForm'), t('colNpv'), t('colBreakEven'), t('colVat'), t('colGovernance'), t('colExit')]}
            rows={rows.map((r) => ({
              key: r.form,
              head: tf(legalFormNameKey(r.form)),
              cells: [
                money(r.npvCash),
                r.breakEven === null ? t('never') : String(r.breakEven.year),
                money(r.vatCost),
                money(r.governancePerYear),
                money(r.exitSum),
              ],
            }))}
            note={[
              rows.some((r) => r.vatMissing?.kind === 'unsupported') ? t('missing', { what: t('vatWord') }) : '',
              rows.some((r) => r.exitMissing?.kind === 'unsupported') ? t('missing', { what: t('exitWord') }) : '',
            ]
              .filter(Boolean)
              .join(' ')}
          />
          <h3>{t('consequences')}</h3>
          <dl className="report-legal-consequences">
            {model.legalForm.forms.map((f) => (
              <div key={f.form}>
                <dt>{tf(legalFormNameKey(f.form))}</dt>
                <dd>{tf(legalFormConsequenceKey(f.form))}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {section && result && (
        <>
          <h3>{t('assessment')}</h3>
          <p>
            {t('weights', {
              list: section.criteria.map((c) => `${c.label} ${formatDecimal(String(c.weight), locale, 2)}`).join(', '),
            })}
          </p>
          <ReportTable
            caption={t('assessmentCaption')}
            columns={[t('colScenario'), t('colScore'), t('colRank'), t('colCostPerPoint')]}
            rows={result.rows.map((r) => ({
              key: r.scenario,
              head: nameOf(r.scenario),
              cells: [
                r.weightedScore === null ? '—' : formatDecimal(r.weightedScore, locale, 2),
                r.rank === null ? '—' : String(r.rank),
                money(r.costPerPoint),
              ],
            }))}
          />
          {result.leader !== null && (
            <ul className="report-sentences">
              <li>{t('leader', { scenario: nameOf(result.leader) })}</li>
              {result.flips.map((f) => (
                <li key={f.criterion}>
                  {t(f.direction === 'raise' ? 'flipRaise' : 'flipLower', {
                    criterion: labelOf(f.criterion),
                    at: formatDecimal(f.flipAt, locale, 2),
                    weight: formatDecimal(f.weight, locale, 2),
                    rival: nameOf(f.newLeader),
                  })}
                </li>
              ))}
            </ul>
          )}
          {(section.scores ?? []).some((s) => s.reason) && (
            <>
              <h3>{t('reasons')}</h3>
              <ul className="report-sentences">
                {(section.scores ?? [])
                  .filter((s) => s.reason)
                  .map((s) => (
                    <li key={`${s.scenario}-${s.criterion}`}>
                      {t('reason', {
                        scenario: nameOf(s.scenario),
                        criterion: labelOf(s.criterion),
                        score: s.score,
                        reason: s.reason ?? '',
                      })}
                    </li>
                  ))}
              </ul>
            </>
          )}
        </>
      )}
      {indicators.value && (
        <>
          <h3>{t('indicators', { year })}</h3>
          {bench && <p>{t('benchmark', { label: bench.label, value: fteText(bench.ftePer100k, locale) })}</p>}
          {evaluation.scenarios.map((s) => (
            <ReportTable
              key={s.id}
              caption={t('indicatorsCaption', { scenario: s.name, year })}
              columns={[t('colParty'), t('colOwn'), t('colHired'), t('colSingle'), t('colPer100k')]}
              textColumns={[2]}
              rows={(indicators.value?.rows ?? [])
                .filter((r) => r.scenario === s.id)
                .map((r) => {
                  const y = r.years.find((x) => x.year === year);
                  return {
                    key: r.party,
                    head: partyName(model, r.party),
                    cells: [
                      y ? fteText(y.ownFte, locale) : '—',
                      y?.hiredShare ? percent(y.hiredShare, locale) : '—',
                      y && y.singlePoints.length > 0
                        ? y.singlePoints.map((g) => groupLabel(model, g, locale)).join(', ')
                        : t('none'),
                      y?.ftePer100k ? fteText(y.ftePer100k, locale) : '—',
                    ],
                  };
                })}
            />
          ))}
        </>
      )}
    </section>
  );
}
