/**
 * Allocation keys compared at national scale (issue 19): beyond a dozen municipalities the
 * municipalities are rows (not 3 columns each), searchable by name, sorted by the difference
 * between their highest and lowest savings under the keys (where the choice of key matters most
 * comes first), and windowed — only the rows in view are rendered. Above it, per key, whether
 * every municipality gains and how many lose.
 */
import { useMemo, useRef, useState } from 'react';
import { CheckboxField, Section, SelectField } from '../../components';
import { BarChart, MAX_SERIES } from '../../components/charts';
import { useRowWindow } from '../../components/grid';
import type { BasisOutcome } from '../../engine';
import { formatDecimal, formatMoney, useLocale, useT } from '../../i18n';
import { partyName } from '../../model';
import { allocationMessages } from './allocation-messages';
import { resultsMessages } from './messages';
import { Spacer, TABLE_ROW_HEIGHT } from './money-table';
import { cents, MunicipalitySearch, searchKey } from './municipality-ranking';
import { rankingMessages } from './municipality-messages';
import { alternatives, lastYear, validScenario, type ViewProps } from './results-kit';

type MunicipalOutcome = BasisOutcome['scenarios'][string][string];

export type AllocationRow = {
  party: string;
  name: string;
  /** Per usable basis (in the order of `outcomes` without the failed ones): its outcome, if any. */
  cells: (MunicipalOutcome | undefined)[];
  /** Highest minus lowest savings up to the last year over the bases (a money string). */
  spread: string;
  hasLoss: boolean;
};

const toMoney = (c: bigint): string => {
  const a = c < 0n ? -c : c;
  return `${c < 0n ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
};

/**
 * The municipalities matching `query` (part of the name, accents and case ignored; with
 * `lossOnly` only those that lose under some basis), the largest difference between the bases'
 * savings first, then by name.
 */
export function rankAllocation(
  outcomes: BasisOutcome[],
  scenarioId: string,
  municipalities: string[],
  nameOf: (id: string) => string,
  query: string,
  lossOnly: boolean,
): AllocationRow[] {
  const q = searchKey(query);
  const usable = outcomes.filter((o) => !o.error);
  const out: (AllocationRow & { size: bigint })[] = [];
  for (const party of municipalities) {
    const name = nameOf(party);
    if (q !== '' && !searchKey(name).includes(q)) continue;
    const cells = usable.map((o) => o.scenarios[scenarioId]?.[party]);
    const hasLoss = cells.some((c) => c?.isLoss === true);
    if (lossOnly && !hasLoss) continue;
    const values = cells.filter((c): c is MunicipalOutcome => c !== undefined).map((c) => cents(c.savingsEnd));
    let lo = values[0] ?? 0n;
    let hi = lo;
    for (const v of values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    out.push({ party, name, cells, spread: toMoney(hi - lo), hasLoss, size: hi - lo });
  }
  out.sort((a, b) => (a.size === b.size ? a.name.localeCompare(b.name, 'nl') : a.size > b.size ? -1 : 1));
  return out.map(({ size: _size, ...row }) => row);
}

/**
 * How many of `municipalities` have the same savings up to the last year under every usable
 * basis of `scenarioId` (the choice of key makes no difference to them: typically they do not
 * take part in that scenario's shared party). Exact, in cents; 0 with fewer than two bases.
 */
export function sameUnderEveryKey(outcomes: BasisOutcome[], scenarioId: string, municipalities: string[]): number {
  const usable = outcomes.filter((o) => !o.error);
  if (usable.length < 2) return 0;
  let count = 0;
  for (const m of municipalities) {
    const values = usable.map((o) => o.scenarios[scenarioId]?.[m]?.savingsEnd);
    if (values.every((v) => v !== undefined && cents(v) === cents(values[0] as string))) count++;
  }
  return count;
}

type Props = ViewProps & { outcomes: BasisOutcome[]; basisName: (o: BasisOutcome) => string };

export function AllocationAtScale({ model, evaluation: e, outcomes, basisName }: Props) {
  const t = useT(resultsMessages);
  const ta = useT(allocationMessages);
  const tr = useT(rankingMessages);
  const locale = useLocale();
  const [wanted, setWanted] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [lossOnly, setLossOnly] = useState(false);
  const options = alternatives(e);
  const scenario = options.find((s) => s.id === validScenario(e, wanted));
  const usable = outcomes.filter((o) => !o.error);
  const rows = useMemo(
    () =>
      rankAllocation(
        outcomes,
        validScenario(e, wanted),
        e.municipalities,
        (id) => partyName(model, id),
        query,
        lossOnly,
      ),
    [outcomes, e, wanted, model, query, lossOnly],
  );
  const same = useMemo(
    () => sameUnderEveryKey(outcomes, validScenario(e, wanted), e.municipalities),
    [outcomes, e, wanted],
  );
  const boxRef = useRef<HTMLDivElement>(null);
  const win = useRowWindow(rows.length, boxRef, null, TABLE_ROW_HEIGHT);
  if (!scenario) return null;
  const sid = scenario.id;
  const end = lastYear(e);
  const name = scenario.name;
  const caption = ta('ranking', { name, end, count: rows.length });
  const columns = usable.length + 2;
  const charted = rows.slice(0, MAX_SERIES);
  return (
    <>
      {options.length > 1 && (
        <div className="form-row">
          <SelectField
            label={ta('scenario')}
            value={sid}
            onChange={setWanted}
            options={options.map((s) => ({ value: s.id, label: s.name }))}
          />
        </div>
      )}
      <Section title={name} description={ta('rankingText', { end })}>
        <div className="table-wrap" role="region" aria-label={ta('summary', { name })} tabIndex={0}>
          <table className="table allocation-summary">
            <caption>{ta('summary', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('basis')}</th>
                <th scope="col">{t('everyoneGains')}</th>
                <th scope="col" className="num">
                  {ta('losers')}
                </th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((o) => {
                const perParty = o.scenarios[sid];
                if (o.error || !perParty)
                  return (
                    <tr key={o.basis} data-basis={o.basis}>
                      <th scope="row">{basisName(o)}</th>
                      <td colSpan={2}>{t('notPossible', { error: o.error ?? '' })}</td>
                    </tr>
                  );
                const losers = e.municipalities.filter((m) => perParty[m]?.isLoss).length;
                const everyone = e.municipalities.every((m) => perParty[m] && !perParty[m].isLoss);
                return (
                  <tr key={o.basis} data-basis={o.basis} className={o.basis === 'current' ? 'is-current' : undefined}>
                    <th scope="row">{basisName(o)}</th>
                    <td data-figure="everyone" className={everyone ? undefined : 'is-loss'}>
                      {everyone ? t('yes') : <strong>⚠ {t('no')}</strong>}
                    </td>
                    <td data-figure="losers" className="num">
                      {formatDecimal(losers, locale, 0)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {same > 0 && (
          <p data-figure="sameUnderEveryKey">
            {ta('sameUnderEveryKey', {
              count: formatDecimal(same, locale, 0),
              total: formatDecimal(e.municipalities.length, locale, 0),
              end,
            })}
          </p>
        )}
        <div className="form-row allocation-filter">
          <MunicipalitySearch query={query} onQuery={setQuery} found={rows.length} total={e.municipalities.length} />
          <CheckboxField label={ta('lossOnly')} checked={lossOnly} onChange={setLossOnly} />
        </div>
        {rows.length === 0 ? (
          <p>{lossOnly && query === '' ? ta('noneWithLoss') : tr('none', { query })}</p>
        ) : (
          <div
            ref={boxRef}
            className={`table-wrap rows-scroll${win.isVirtual ? ' is-virtual' : ''}`}
            role="region"
            aria-label={caption}
            tabIndex={0}
            onScroll={win.isVirtual ? win.onScroll : undefined}
          >
            <table className="table allocation-ranking" aria-rowcount={win.isVirtual ? rows.length + 1 : undefined}>
              <caption>{caption}</caption>
              <thead>
                <tr aria-rowindex={win.isVirtual ? 1 : undefined}>
                  <th scope="col">{tr('municipality')}</th>
                  {usable.map((o) => (
                    <th key={o.basis} scope="col" className="num" data-basis={o.basis}>
                      {basisName(o)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {ta('spread')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {win.before > 0 && <Spacer height={win.before} columns={columns} />}
                {rows.slice(win.first, win.last).map((r, k) => (
                  <tr key={r.party} data-party={r.party} aria-rowindex={win.isVirtual ? win.first + k + 2 : undefined}>
                    <th scope="row">{r.name}</th>
                    {r.cells.map((c, i) => (
                      <td
                        key={usable[i]?.basis}
                        className={`num${c?.isLoss ? ' is-loss' : ''}`}
                        data-basis={usable[i]?.basis}
                        data-figure="savingsEnd"
                      >
                        {c ? formatMoney(c.savingsEnd, locale) : '—'}
                        {c?.isLoss && <strong className="loss-flag"> ⚠ {t('loss')}</strong>}
                      </td>
                    ))}
                    <td className="num" data-figure="spread">
                      {formatMoney(r.spread, locale)}
                    </td>
                  </tr>
                ))}
                {win.after > 0 && <Spacer height={win.after} columns={columns} />}
              </tbody>
            </table>
          </div>
        )}
        {/* The top of the table as it is sorted and filtered: with every municipality the
            chart would be one bar of "overige gemeenten" and a dozen slivers. */}
        {charted.length > 0 && (
          <BarChart
            label={ta('chart', { name, end, count: charted.length })}
            labelsHeading={t('basis')}
            labels={usable.map(basisName)}
            datasets={charted.map((r) => ({
              label: r.name,
              data: usable.map((o) => o.scenarios[sid]?.[r.party]?.savingsEnd ?? null),
            }))}
          />
        )}
      </Section>
    </>
  );
}
