/**
 * The per-municipality view at national scale (issue 19, item 5): every municipality ranked by
 * the largest effect of any scenario on it (the absolute net present value of its own savings),
 * searchable by name, with the business case (table and chart) of one chosen municipality
 * instead of 342 charts.
 */
import { useId, useState } from 'react';
import { Section } from '../../components';
import { TableScroll } from '../../components/charts';
import type { Evaluation } from '../../engine';
import { formatMoney, useLocale, useT } from '../../i18n';
import { breakEvenText } from '../../model';
import { rankingMessages } from './municipality-messages';
import { alternatives, lastYear } from './results-kit';

export type RankedMunicipality = { party: string; name: string; scenario: string | null; npv: string };

/** Exact cents of a money string ("-1234.50"), for ordering without binary floats. */
export const cents = (money: string): bigint => {
  const [whole = '0', frac = ''] = money.split('.');
  const sign = whole.startsWith('-') ? -1n : 1n;
  return sign * (BigInt(whole.replace('-', '')) * 100n + BigInt((frac + '00').slice(0, 2)));
};
const abs = (n: bigint) => (n < 0n ? -n : n);

export const searchKey = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** The municipalities matching `query` (part of the name, accents and case ignored), largest |NPV| first. */
export function rankMunicipalities(e: Evaluation, nameOf: (id: string) => string, query: string): RankedMunicipality[] {
  const q = searchKey(query);
  const out: (RankedMunicipality & { size: bigint })[] = [];
  for (const party of e.municipalities) {
    const name = nameOf(party);
    if (q !== '' && !searchKey(name).includes(q)) continue;
    let best: RankedMunicipality & { size: bigint } = { party, name, scenario: null, npv: '0.00', size: -1n };
    for (const s of alternatives(e)) {
      const npv = s.parties[party]?.npv;
      if (npv === undefined) continue;
      const size = abs(cents(npv));
      if (size > best.size) best = { party, name, scenario: s.id, npv, size };
    }
    out.push(best);
  }
  out.sort((a, b) => (a.size === b.size ? a.name.localeCompare(b.name, 'nl') : a.size > b.size ? -1 : 1));
  return out.map(({ party, name, scenario, npv }) => ({ party, name, scenario, npv }));
}

const PAGE = 25;

type Props = {
  evaluation: Evaluation;
  ranked: RankedMunicipality[];
  query: string;
  onQuery: (q: string) => void;
  chosen: string | null;
  onChoose: (party: string) => void;
};

/** The search on part of a municipality's name, with the number found (a polite status). */
export function MunicipalitySearch({
  query,
  onQuery,
  found,
  total,
}: {
  query: string;
  onQuery: (query: string) => void;
  found: number;
  total: number;
}) {
  const t = useT(rankingMessages);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('search')}</label>
      <input
        id={id}
        type="search"
        value={query}
        aria-describedby={`${id}-count`}
        onChange={(ev) => onQuery(ev.currentTarget.value)}
      />
      <span id={`${id}-count`} className="field-hint" role="status">
        {t('found', { count: found, total })}
      </span>
    </div>
  );
}

export function MunicipalityRanking({ evaluation: e, ranked, query, onQuery, chosen, onChoose }: Props) {
  const t = useT(rankingMessages);
  const locale = useLocale();
  const [shown, setShown] = useState(PAGE);
  const last = lastYear(e);
  const rows = ranked.slice(0, shown);
  const scenarioOf = (id: string | null) => e.scenarios.find((s) => s.id === id);
  return (
    <Section title={t('rankingTitle')} description={t('rankingText')}>
      <MunicipalitySearch
        query={query}
        onQuery={(q) => {
          onQuery(q);
          setShown(PAGE);
        }}
        found={ranked.length}
        total={e.municipalities.length}
      />
      {ranked.length === 0 ? (
        <p>{t('none', { query })}</p>
      ) : (
        <TableScroll label={t('ranking', { count: ranked.length })}>
          <table className="table">
            <caption>{t('ranking', { count: ranked.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('municipality')}</th>
                <th scope="col">{t('scenario')}</th>
                <th scope="col" className="num">
                  {t('npv')}
                </th>
                <th scope="col">{t('breakEven')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const c = scenarioOf(r.scenario)?.parties[r.party];
                return (
                  <tr key={r.party} data-party={r.party}>
                    <th scope="row">
                      <button
                        type="button"
                        className="button-quiet"
                        aria-pressed={chosen === r.party}
                        aria-label={t('show', { name: r.name })}
                        onClick={() => onChoose(r.party)}
                      >
                        {r.name}
                      </button>
                    </th>
                    <td>{scenarioOf(r.scenario)?.name ?? '—'}</td>
                    <td className="num" data-figure="npv">
                      {formatMoney(r.npv, locale)}
                    </td>
                    <td>{c ? breakEvenText(c.breakEven, false, last, locale, c.years) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {ranked.length > shown && (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE * 4)}>
          {t('more', { count: Math.min(PAGE * 4, ranked.length - shown) })}
        </button>
      )}
    </Section>
  );
}
