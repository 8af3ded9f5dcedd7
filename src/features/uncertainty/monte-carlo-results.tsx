/** The outcomes of a Monte Carlo run: all scenarios in one table, then one scenario in detail. */
import { useState } from 'react';
import { SelectField } from '../../components';
import type { Evaluation, ModelFile, MonteCarloScenario, MonteCarloSummary, Spread } from '../../engine';
import { baseCaseSentences } from '../../model';
import { formatDecimal, formatMoney } from '../../i18n';
import { useLocale, useT } from '../../i18n';
import { BandsChart, ChanceChart, HistogramChart } from './monte-carlo-charts';
import { uncertaintyMessages } from './messages';
import { chanceText } from './result-values';

type Props = {
  summary: MonteCarloSummary;
  model: ModelFile;
  /** The point estimate of the same model (null when the model has changed since the run). */
  evaluation: Evaluation | null;
};

type Case = Evaluation['scenarios'][number];

export function MonteCarloResults({ summary, model, evaluation }: Props) {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const names = new Map(model.scenarios.map((s) => [s.id, s.name]));
  const others = summary.scenarios.filter((s) => !s.isBaseline);
  const [chosen, setChosen] = useState(others[others.length - 1]?.id ?? '');
  const detail = others.find((s) => s.id === chosen) ?? others[others.length - 1];
  const baseline = summary.scenarios.find((s) => s.isBaseline);
  const endYear = model.horizon.endYear;
  const lastYear = summary.years[summary.years.length - 1] ?? endYear;
  const chanceBy = (s: MonteCarloScenario, year: number) =>
    s.breakEvenByYear.find((b) => b.year === year)?.probability ?? 0;
  const pointOf = (id: string): Case | undefined => evaluation?.scenarios.find((c) => c.id === id);
  const words = (s: MonteCarloScenario) => {
    const point = pointOf(s.id);
    return evaluation && point ? baseCaseSentences(evaluation, point, s, locale) : null;
  };
  const detailWords = detail ? words(detail) : null;
  const spread = (s: Spread) => (
    <>
      <span className="mc-p50">{formatMoney(s.p50, locale)}</span>
      <span className="mc-range">
        {formatMoney(s.p10, locale)} – {formatMoney(s.p90, locale)}
      </span>
    </>
  );
  return (
    <div className="mc-results">
      <h3>{t('summaryTitle')}</h3>
      <div className="table-wrap">
        <table className="table mc-summary">
          <caption className="caption-left">
            {t('summaryCaption', { samples: formatDecimal(String(summary.samples), locale) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('colScenario')}</th>
              {evaluation && (
                <>
                  <th scope="col" className="num">
                    {t('colPointYear')}
                  </th>
                  <th scope="col" className="num">
                    {t('colChancePoint')}
                  </th>
                </>
              )}
              <th scope="col" className="num">
                {t('colChanceAll', { year: lastYear })}
              </th>
              <th scope="col" className="num">
                {t('colNpv')}
              </th>
              <th scope="col" className="num">
                {t('colCumulative', { year: endYear })}
              </th>
            </tr>
          </thead>
          <tbody>
            {others.map((s) => (
              <tr key={s.id}>
                <th scope="row">{names.get(s.id) ?? s.id}</th>
                {evaluation && <PointCells s={s} point={pointOf(s.id)} lastYear={lastYear} />}
                <td className="num">{chanceText(chanceBy(s, lastYear), locale)}</td>
                <td className="num">{spread(s.npv)}</td>
                <td className="num">{spread(s.cumulativeSavings)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {detail && (
        <div className="mc-detail">
          <SelectField
            label={t('detailFor')}
            value={detail.id}
            options={others.map((s) => ({ value: s.id, label: names.get(s.id) ?? s.id }))}
            onChange={setChosen}
          />
          {detailWords ? (
            <>
              <p className="mc-headline">{detailWords.headline}</p>
              <p className="mc-lean" data-lean={detailWords.comparison.lean ?? 'none'}>
                {detailWords.lean} {detailWords.breakEven}
              </p>
            </>
          ) : (
            <p className="mc-headline">
              {t('headline', {
                scenario: names.get(detail.id) ?? detail.id,
                year: lastYear,
                chance: chanceText(chanceBy(detail, lastYear), locale),
              })}
            </p>
          )}
          <ScenarioDetail
            s={detail}
            baseline={baseline}
            name={names.get(detail.id) ?? detail.id}
            baselineName={baseline ? (names.get(baseline.id) ?? baseline.id) : ''}
            samples={formatDecimal(String(summary.samples), locale)}
            endYear={endYear}
            point={pointOf(detail.id)}
            baselinePoint={baseline ? pointOf(baseline.id) : undefined}
          />
        </div>
      )}
    </div>
  );
}

type DetailProps = {
  s: MonteCarloScenario;
  baseline: MonteCarloScenario | undefined;
  name: string;
  baselineName: string;
  samples: string;
  endYear: number;
  point: Case | undefined;
  baselinePoint: Case | undefined;
};

/** The point estimate's break-even year and the chance of having broken even by it. */
function PointCells({ s, point, lastYear }: { s: MonteCarloScenario; point: Case | undefined; lastYear: number }) {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const year = point?.breakEven?.year ?? null;
  const chance = year === null ? null : (s.breakEvenByYear.find((b) => b.year === year)?.probability ?? 0);
  return (
    <>
      <td className="num">{year === null ? t('never', { year: lastYear }) : year}</td>
      <td className="num">{chance === null ? '—' : chanceText(chance, locale)}</td>
    </>
  );
}

function ScenarioDetail({ s, baseline, name, baselineName, samples, endYear, point, baselinePoint }: DetailProps) {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const endPoint = point?.years.find((y) => y.year === endYear)?.cumulativeSavings;
  const spreads: [string, Spread, string | undefined][] = [
    [t('npvTitle'), s.npv, point?.npv],
    [t('cumulativeTitle', { year: endYear }), s.cumulativeSavings, endPoint],
  ];
  return (
    <>
      <h4>{t('chanceTitle')}</h4>
      <ChanceChart
        scenario={s}
        label={t('chanceCaption', { scenario: name })}
        pointYear={point ? (point.breakEven?.year ?? null) : undefined}
      />
      <div className="card-grid mc-spreads">
        {spreads.map(([title, sp, pointValue]) => (
          <div key={title} className="card">
            <h4>{title}</h4>
            <dl className="outcome">
              {(['p10', 'p50', 'p90', 'mean'] as const).map((k) => (
                <div key={k}>
                  <dt>{k === 'mean' ? t('colMean') : t(k === 'p10' ? 'colP10' : k === 'p50' ? 'colP50' : 'colP90')}</dt>
                  <dd>{formatMoney(sp[k], locale)}</dd>
                </div>
              ))}
              {pointValue !== undefined && (
                <div>
                  <dt>{t('colPoint')}</dt>
                  <dd>{formatMoney(pointValue, locale)}</dd>
                </div>
              )}
            </dl>
            <HistogramChart
              spread={sp}
              label={t('histogramCaption', { what: title, samples })}
              pointValue={pointValue}
            />
          </div>
        ))}
      </div>
      <p className="muted">{t('p10Text')}</p>
      <h4>{t('bandsTitle')}</h4>
      <BandsChart
        series={[...(baseline ? [{ name: baselineName, s: baseline, point: baselinePoint }] : []), { name, s, point }]}
        label={t('bandsCaption')}
      />
    </>
  );
}
