/** The sentences councils use: "€ 6 per inwoner boven het gemiddelde (≈ 6% hoger)". */
import type { BenchmarkRow, PerInhabitant } from '../../engine';
import { formatMoney, formatPercent, type Locale } from '../../i18n';
import { benchmarkRowTotal, compareWithBenchmark } from '../../engine';
import { useLocale, useT, type Translate } from '../../i18n';
import { benchmarkMessages, type BenchmarkKey } from './messages';

/** "het gemiddelde 2022" for a row labelled "Gemiddelde 2022"; another label in quotes. */
function referenceText(row: BenchmarkRow, t: Translate<BenchmarkKey>): string {
  const m = /^(gemiddelde|average)\b(.*)$/i.exec(row.label.trim());
  return m ? `${t('theAverage')}${m[2] ?? ''}` : `“${row.label}”`;
}

export function sentenceOf(
  value: string,
  row: BenchmarkRow,
  who: string,
  t: Translate<BenchmarkKey>,
  locale: Locale,
): string {
  const c = compareWithBenchmark(value, benchmarkRowTotal(row));
  const reference = referenceText(row, t);
  if (c.direction === 'equal') return t('equal', { who, reference });
  const amount = formatMoney(c.difference.replace(/^-/, ''), locale, 'euro');
  const percent = c.ratio === null ? '—' : formatPercent(c.ratio.replace(/^-/, ''), locale, 0);
  return t(c.direction, { who, amount, reference, percent });
}

export function BenchmarkSentences({
  rows,
  reference,
  nameOf,
}: {
  rows: PerInhabitant[];
  reference: BenchmarkRow;
  nameOf: (party: string | null) => string;
}) {
  const t = useT(benchmarkMessages);
  const locale = useLocale();
  return (
    <ul className="benchmark-sentences">
      {rows.map((r) => (
        <li key={r.party ?? '*'} data-party={r.party ?? 'together'}>
          {sentenceOf(r.total, reference, nameOf(r.party), t, locale)}
        </li>
      ))}
    </ul>
  );
}
