/** The live outcomes of the current what-if: the focus scenario's key figures and a chart of every scenario. */
import { useState } from 'react';
import { LineChart, seriesColor } from '../../components/charts';
import { formatMoney } from '../../i18n';
import { breakEvenText, hasNoSavings } from '../../model';
import { useLocale, useT } from '../../i18n';
import type { Snapshot } from '../../state';
import { workshopMessages } from './messages';

export type Figures = Pick<Snapshot, 'years' | 'endYear' | 'scenarios'>;

type Props = { figures: Figures; focusId: string; extrapolateTo: number };

export function WorkshopFigures({ figures, focusId, extrapolateTo }: Props) {
  const t = useT(workshopMessages);
  const locale = useLocale();
  const s = figures.scenarios.find((x) => x.id === focusId);
  if (!s) return null;
  const items: [string, string][] = [
    [t('breakEven'), breakEvenText(s.breakEven, s.isBaseline || hasNoSavings(s.cumulative), extrapolateTo, locale)],
    [t('npv'), formatMoney(s.npv, locale)],
    [t('cumulative', { year: figures.endYear }), formatMoney(s.cumulativeSavings, locale)],
    [t('investment'), formatMoney(s.investment, locale)],
  ];
  return (
    <section className="ws-figures" aria-label={t('figuresOf', { scenario: s.name })}>
      <dl>
        {/* A year with "(geëxtrapoleerd)" may wrap; amounts stay on one line. */}
        {items.map(([label, value], i) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={i === 0 ? 'ws-wrap' : undefined}>{i === 0 ? <YearWithNote text={value} /> : value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** "2018 (geëxtrapoleerd)": the year large, its note small beneath, so the card fits on a projector. */
function YearWithNote({ text }: { text: string }) {
  const m = /^(\S+)\s+(\(.+\))$/.exec(text);
  if (!m) return <>{text}</>;
  return (
    <>
      {m[1]} <span className="ws-note">{m[2]}</span>
    </>
  );
}

/** `isComputedThrough`: the years after the horizon are computed by the plan's rules (named so in tooltips). */
export function WorkshopChart({
  figures,
  isComputedThrough = false,
}: {
  figures: Figures;
  isComputedThrough?: boolean;
}) {
  const t = useT(workshopMessages);
  const [kind, setKind] = useState<'cumulative' | 'costs'>('cumulative');
  const nHorizon = figures.years.indexOf(figures.endYear) + 1;
  const shown = kind === 'cumulative' ? figures.scenarios.filter((s) => !s.isBaseline) : figures.scenarios;
  const datasets = shown.map((s) => ({
    label: s.name,
    data: kind === 'cumulative' ? s.cumulative : s.totals,
    color: seriesColor(figures.scenarios.indexOf(s)),
  }));
  const markers =
    kind === 'cumulative'
      ? shown.flatMap((s) =>
          s.breakEven && !hasNoSavings(s.cumulative)
            ? [{ at: s.breakEven.year, text: s.name, color: seriesColor(figures.scenarios.indexOf(s)) }]
            : [],
        )
      : [];
  return (
    <div className="ws-chart">
      <div className="button-row" role="group" aria-label={t('chartKind')}>
        <button
          type="button"
          className="tab"
          aria-pressed={kind === 'cumulative'}
          onClick={() => setKind('cumulative')}
        >
          {t('chartCumulative')}
        </button>
        <button type="button" className="tab" aria-pressed={kind === 'costs'} onClick={() => setKind('costs')}>
          {t('chartCosts')}
        </button>
      </div>
      <LineChart
        label={kind === 'cumulative' ? t('chartCumulativeLabel') : t('chartCostsLabel')}
        labels={figures.years}
        labelsHeading={t('year')}
        datasets={datasets}
        dashedFrom={nHorizon}
        isComputedThrough={isComputedThrough}
        markers={markers}
        height={300}
      />
    </div>
  );
}
