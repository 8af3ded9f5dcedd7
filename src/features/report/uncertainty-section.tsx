/**
 * Section 7: the sensitivity of the main scenario (asked of the engine worker through the
 * state, as the uncertainty screen does; shown once computed) and the Monte Carlo run of this
 * model when one has been made on the uncertainty screen.
 */
import type { Evaluation, ModelFile } from '../../engine';
import { baseCaseSentences, formatInputValue, numericInputs } from '../../model';
import { formatChance } from '../../i18n';
import { useActiveModelId, useAppStore, useMonteCarloRun, useSensitivity } from '../../state';
import { useLocale, useT } from '../../i18n';
import { reportMessages } from './messages';
import { euros } from './report-format';
import { ReportTable } from './report-table';

const TOP = 10;

/** Whole cents (a swing) as a decimal string of euros, without floating-point division. */
function centsText(cents: number): string {
  const digits = String(Math.round(Math.abs(cents))).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

export function UncertaintySection({ model, evaluation }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(reportMessages);
  const locale = useLocale();
  const selected = useAppStore((s) => s.selection.scenarioId);
  const modelId = useActiveModelId();
  const others = evaluation.scenarios.filter((s) => s.id !== evaluation.baselineId);
  const main = others.find((s) => s.id === selected) ?? others[others.length - 1];
  const sensitivity = useSensitivity(model, main?.id ?? null, 'cumulativeSavings');
  const run = useMonteCarloRun();
  const monteCarlo = run.status === 'done' && run.modelId === modelId ? run : null;
  if (!main) return null;
  const inputs = new Map(numericInputs(model, locale).map((i) => [i.path, i]));
  const result = sensitivity.status === 'done' ? sensitivity.result : null;
  const money = (v: string | number | null) => (v === null ? '—' : euros(String(v), locale));
  const last = evaluation.years[evaluation.years.length - 1] ?? evaluation.endYear;
  // The point estimate belongs to the run only when the model has not changed since.
  const isCurrent = monteCarlo !== null && monteCarlo.model === model;
  const chanceBy = (id: string, year: number) =>
    monteCarlo?.summary.scenarios.find((s) => s.id === id)?.breakEvenByYear.find((b) => b.year === year)?.probability ??
    null;
  return (
    <section className="report-section report-chapter" aria-labelledby="report-uncertainty">
      <h2 id="report-uncertainty">{t('uncertaintyTitle')}</h2>
      <h3>{t('sensitivityTitle', { scenario: main.name })}</h3>
      {!result && (
        <p className="report-pending" role="status">
          {sensitivity.status === 'error' ? sensitivity.message : t('computing')}
        </p>
      )}
      {result && (
        <>
          <p>{t('sensitivityBase', { value: money(result.baseResult) })}</p>
          <ReportTable
            caption={t('sensitivityCaption', { year: evaluation.endYear, scenario: main.name })}
            columns={[t('colInput'), t('colLow'), t('colHigh'), t('colLowResult'), t('colHighResult'), t('colSwing')]}
            rows={result.rows.slice(0, TOP).map((r) => {
              const input = inputs.get(r.path);
              const unit = input?.unit ?? 'number';
              return {
                key: r.id,
                head: input ? `${input.groupLabel}: ${input.label}` : r.label,
                cells: [
                  formatInputValue(r.low, unit, locale),
                  formatInputValue(r.high, unit, locale),
                  money(r.lowResult),
                  money(r.highResult),
                  euros(centsText(r.swing), locale),
                ],
              };
            })}
          />
        </>
      )}
      <h3>{t('monteCarloTitle')}</h3>
      {!monteCarlo ? (
        <p>{t('uncertaintyNone')}</p>
      ) : (
        <>
          <p>
            {t('monteCarloText', { samples: monteCarlo.samples, seed: monteCarlo.seed })}
            {monteCarlo.model !== model ? ` ${t('monteCarloStale')}` : ''}
          </p>
          <ReportTable
            caption={t('monteCarloCaption')}
            columns={[
              t('colScenario'),
              ...(isCurrent ? [t('colPointYear'), t('colChancePoint')] : []),
              t('colChanceEnd', { year: last }),
              ...(isCurrent ? [t('colNpvPoint')] : []),
              t('colNpvP10'),
              t('colNpvP50'),
              t('colNpvP90'),
            ]}
            rows={others.map((s) => {
              const mc = monteCarlo.summary.scenarios.find((x) => x.id === s.id);
              const chance = (y: number) => {
                const p = chanceBy(s.id, y);
                return p === null ? '—' : formatChance(p, locale);
              };
              return {
                key: s.id,
                head: s.name,
                cells: [
                  ...(isCurrent
                    ? [
                        s.breakEven ? String(s.breakEven.year) : t('never', { year: last }),
                        s.breakEven ? chance(s.breakEven.year) : '—',
                      ]
                    : []),
                  chance(last),
                  ...(isCurrent ? [money(s.npv)] : []),
                  money(mc?.npv.p10 ?? null),
                  money(mc?.npv.p50 ?? null),
                  money(mc?.npv.p90 ?? null),
                ],
              };
            })}
          />
          {isCurrent &&
            others.map((s) => {
              const mc = monteCarlo.summary.scenarios.find((x) => x.id === s.id);
              if (!mc) return null;
              const words = baseCaseSentences(evaluation, s, mc, locale);
              return (
                <p key={s.id} className="report-lean" data-lean={words.comparison.lean ?? 'none'}>
                  <strong>{s.name}.</strong> {words.lean} {words.breakEven}
                </p>
              );
            })}
        </>
      )}
    </section>
  );
}
