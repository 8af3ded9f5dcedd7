/** An amount in a results table that opens its trace (every figure traceable). */
import type { TraceQuery } from '../../engine';
import { formatMoney, type MoneyUnit } from '../../i18n';
import { useLocale, useT } from '../../i18n';
import { resultsMessages } from './messages';
import { useShowTrace } from './results-kit';

type Props = { value: string; query: TraceQuery; what: string; unit?: MoneyUnit };

export function FigureButton({ value, query, what, unit = 'euro' }: Props) {
  const t = useT(resultsMessages);
  const locale = useLocale();
  const showTrace = useShowTrace();
  return (
    <button type="button" className="figure-button" onClick={() => showTrace(query)}>
      {formatMoney(value, locale, unit)}
      <span className="visually-hidden"> — {t('traceThis', { what })}</span>
    </button>
  );
}
