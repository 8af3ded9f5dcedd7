/**
 * The method panel (model-v3 §10.1): for the open model, break-even, payback and NPVs under the
 * frozen extrapolation (2013 method) and computed through, side by side per scenario — for the
 * whole business case or one municipality — with the difference said in words.
 */
import { useState } from 'react';
import { Section, SelectField } from '../../components';
import { TableScroll } from '../../components/charts';
import type { MethodComparison, MethodFigures, MethodRow } from '../../engine';
import { formatMoney, useLocale, useT, type Locale, type Translate } from '../../i18n';
import { breakEvenText, isZeroDecimal, partyName, paybackText, sumDecimals } from '../../model';
import { useMethodComparison } from '../../state';
import { methodMessages, type MethodKey } from './method-messages';
import { resultsMessages } from './messages';
import { scenarioName, type ViewProps } from './results-kit';

type Tm = Translate<MethodKey>;

export function MethodPanel({ model, evaluation: e }: ViewProps) {
  const t = useT(methodMessages);
  const comparison = useMethodComparison();
  const [party, setParty] = useState('');
  if (comparison.error !== null)
    return (
      <Section title={t('panelTitle')}>
        <p>{t('panelError', { error: comparison.error })}</p>
      </Section>
    );
  const c = comparison.value;
  if (c === undefined || c === null)
    return c === null ? (
      <Section title={t('panelTitle')}>
        <p>{t('panelNone', { end: e.endYear })}</p>
      </Section>
    ) : null;
  const rows = c.rows.filter((r) => r.party === (party === '' ? null : party));
  const hasOwn = c.method === 'indexLast' || c.method === 'computeThrough';
  return (
    <Section title={t('panelTitle')} description={t('panelIntro', { end: e.endYear, to: c.extrapolateTo })}>
      {!hasOwn && <p>{t('panelOwn', { method: t(`method_${c.method}`) })}</p>}
      {e.municipalities.length > 0 && (
        <SelectField
          label={t('scope')}
          value={party}
          onChange={setParty}
          options={[
            { value: '', label: t('whole') },
            ...e.municipalities.map((m) => ({ value: m, label: partyName(model, m) })),
          ]}
        />
      )}
      {rows.map((r) => (
        <MethodTable
          key={r.scenarioId}
          row={r}
          name={scenarioName(e, r.scenarioId)}
          comparison={c}
          startYear={e.startYear}
          endYear={e.endYear}
        />
      ))}
      {rows.some((r) => r.isDifferent) && <p className="method-why">{t('why', { end: e.endYear })}</p>}
    </Section>
  );
}

function MethodTable({
  row,
  name,
  comparison: c,
  startYear,
  endYear,
}: {
  row: MethodRow;
  name: string;
  comparison: MethodComparison;
  startYear: number;
  endYear: number;
}) {
  const t = useT(methodMessages);
  const tr = useT(resultsMessages);
  const locale = useLocale();
  const last = c.extrapolateTo;
  const lines: [string, string, (f: MethodFigures) => string][] = [
    ['breakEven', tr('breakEven'), (f) => breakEvenText(f.breakEven, false, last, locale)],
    ['payback', tr('payback'), (f) => paybackText(f.paybackYears, locale)],
    ['npv', tr('npvSpan', { from: startYear, to: endYear }), (f) => formatMoney(f.npv, locale)],
    ['npvExtended', tr('npvSpan', { from: startYear, to: last }), (f) => formatMoney(f.npvExtended, locale)],
    ['cashBreakEven', t('breakEvenCash'), (f) => breakEvenText(f.cashBreakEven, false, last, locale)],
    ['cashNpvExtended', t('npvCashSpan', { from: startYear, to: last }), (f) => formatMoney(f.cashNpvExtended, locale)],
  ];
  const cell = (method: 'indexLast' | 'computeThrough') => `num${c.method === method ? ' is-own-method' : ''}`;
  const head = (method: 'indexLast' | 'computeThrough', label: string) => (
    <th scope="col" className={cell(method)}>
      {label}
      {c.method === method && <span className="own-mark">{t('ownMark')}</span>}
    </th>
  );
  return (
    <div className="method-case" data-scenario={row.scenarioId}>
      <TableScroll label={t('tableCaption', { name })}>
        <table className="table method-table">
          <caption>{t('tableCaption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figure')}</th>
              {head('indexLast', t('frozen'))}
              {head('computeThrough', t('through'))}
            </tr>
          </thead>
          <tbody>
            {lines.map(([id, label, text]) => (
              <tr key={id} data-figure={id}>
                <th scope="row">{label}</th>
                <td className={cell('indexLast')}>{text(row.frozen)}</td>
                <td className={cell('computeThrough')}>{text(row.through)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="method-sentence">{differenceText(row, name, last, t, locale)}</p>
    </div>
  );
}

/** The difference between the two methods in words: the break-even year first, then the NPV. */
export function differenceText(row: MethodRow, name: string, last: number, t: Tm, locale: Locale): string {
  if (!row.isDifferent) return t('same', { name });
  const [a, b] = [row.frozen.breakEven, row.through.breakEven];
  const span = (n: number) => (n === 1 ? t('oneYear') : t('years', { n }));
  let first = '';
  if (a !== null && b !== null && a.year !== b.year)
    first = t(b.year < a.year ? 'earlier' : 'later', { name, year: b.year, diff: span(Math.abs(a.year - b.year)) });
  else if (a === null && b !== null) first = t('onlyThrough', { name, year: b.year, after: last });
  else if (a !== null && b === null) first = t('onlyFrozen', { name, year: a.year, after: last });
  else if (a !== null) first = t('sameYear', { name });
  const negated = (v: string) => (v.startsWith('-') ? v.slice(1) : `-${v}`);
  const diff = sumDecimals([row.through.npvExtended, negated(row.frozen.npvExtended)]);
  if (isZeroDecimal(diff)) return first === '' ? t('cashOnly', { name }) : first;
  const isLower = diff.startsWith('-');
  const npv = t(isLower ? 'npvLower' : 'npvHigher', {
    to: last,
    amount: formatMoney(isLower ? diff.slice(1) : diff, locale),
  });
  return [first, npv].filter((x) => x !== '').join(' ');
}
