/** Appendix A: every input — assumptions, parties and their figures, allocation keys, then the scenarios' lines, staff and levers. */
import { effectiveAssumptions, keyMembers, type AllocationKey, type ModelFile, type Num } from '../../engine';
import { formatDecimal, formatPercent, type Locale } from '../../i18n';
import {
  assetCategoriesOf,
  canonical,
  categoryLabel,
  formatInputValue,
  horizonYears,
  numericInputs,
  partyName,
  yearValue,
} from '../../model';
import { useLocale, useT } from '../../i18n';
import { euros } from './report-format';
import { InputsScenarios } from './inputs-scenarios';
import { reportMessages } from './messages';
import { methodMessages } from './method-messages';
import { ReportTable } from './report-table';

const rate = (v: Num | undefined, locale: Locale) =>
  v === undefined ? '—' : formatPercent(canonical(v) ?? '0', locale, 2);

function AssumptionsTable({ model }: { model: ModelFile }) {
  const t = useT(reportMessages);
  const m = useT(methodMessages);
  const locale = useLocale();
  const a = effectiveAssumptions(model);
  const h = model.horizon;
  const capital = {
    method: a.depreciationMethod === 'annuity' ? m('annuity') : m('linear'),
    start: a.depreciationStart === 'sameYear' ? m('sameYear') : m('nextYear'),
  };
  const rows: [string, string][] = [
    [
      m('yearsTitle'),
      `${h.startYear}–${h.endYear}${a.extrapolation === 'indexLast' && (h.extrapolateTo ?? h.endYear) > h.endYear ? ` (→ ${h.extrapolateTo})` : ''}`,
    ],
    [`${m('indexTitle')} — ${t('indexPriceBase')}`, String(a.priceBaseYear)],
    [`${m('indexTitle')} — ${t('indexGeneral')}`, rate(a.indexation.default, locale)],
    [`${m('indexTitle')} — ${t('indexPersonnel')}`, rate(a.indexation.personnel, locale)],
    ...Object.entries(a.indexation.byCategory).map(([c, v]): [string, string] => [
      `${m('indexTitle')} — ${categoryLabel(model, c, locale)}`,
      rate(v, locale),
    ]),
    [m('npvTitle'), rate(a.discountRate, locale)],
    [m('capitalTitle'), t('capitalRow', capital)],
    [
      t('projectCostsRow'),
      `${rate(a.projectCostRate.replacement, locale)} / ${rate(a.projectCostRate.renewal, locale)}`,
    ],
  ];
  return (
    <ReportTable
      caption={t('assumptionsCaption')}
      columns={[t('colField'), t('colValue')]}
      textColumns={[0]}
      rows={rows.map(([k, v]) => ({ key: k, head: k, cells: [v] }))}
    />
  );
}

function PartiesTables({ model }: { model: ModelFile }) {
  const t = useT(reportMessages);
  const locale = useLocale();
  const years = horizonYears(model.horizon);
  const assets = assetCategoriesOf(model);
  const num = (v: Num | undefined) => (v === undefined ? '—' : euros(canonical(v) ?? '0', locale));
  const figures = model.parties.flatMap((p) =>
    (['inhabitants', 'workstations', 'employees'] as const)
      .filter((k) => p[k] !== undefined)
      .map((k) => ({
        key: `${p.id}-${k}`,
        head: `${p.name} — ${k === 'inhabitants' ? t('colInhabitants', { year: '' }).trim() : k === 'workstations' ? t('colWorkstations', { year: '' }).trim() : t('rowEmployees')}`,
        cells: years.map((y) => formatDecimal(yearValue(p[k], y), locale, 0)),
      })),
  );
  return (
    <>
      <ReportTable
        caption={t('partiesCaption')}
        textColumns={[0, 4]}
        columns={[
          t('colName'),
          t('colKind'),
          t('colInterest'),
          t('colCostOwn'),
          t('colCostHired'),
          t('colDepreciationTerms'),
        ]}
        rows={model.parties.map((p) => ({
          key: p.id,
          head: p.name,
          cells: [
            p.kind === 'municipality' ? t('municipality') : t('shared'),
            rate(p.interestRate ?? 0, locale),
            num(p.costPerFte?.own),
            num(p.costPerFte?.hired),
            assets.map((c) => `${categoryLabel(model, c.id, locale)} ${p.depreciationYears?.[c.id] ?? 5}`).join(', '),
          ],
        }))}
      />
      {figures.length > 0 && (
        <ReportTable caption={t('figuresCaption')} columns={['', ...years.map(String)]} rows={figures} />
      )}
    </>
  );
}

function keyText(model: ModelFile, key: AllocationKey, locale: Locale): string {
  const members = keyMembers(
    key,
    model.parties.filter((p) => p.kind === 'municipality').map((p) => p.id),
  );
  const share = (m: string) => {
    const v = canonical(key.shares?.[m] ?? 0) ?? '0';
    return formatDecimal(v, locale, Math.min(4, v.split('.')[1]?.length ?? 0));
  };
  const shares = key.shares ? ` (${members.map((m) => `${partyName(model, m)} ${share(m)}`).join(', ')})` : '';
  return `${members.map((m) => partyName(model, m)).join(', ')}${shares}`;
}

function AllocationTable({ model }: { model: ModelFile }) {
  const t = useT(reportMessages);
  const locale = useLocale();
  const rows = model.parties
    .filter((p) => p.kind === 'shared')
    .flatMap((p) => {
      const keys: [string, AllocationKey][] = p.allocation
        ? [
            ...(p.allocation.default ? [[t('allCategories'), p.allocation.default] as [string, AllocationKey]] : []),
            ...Object.entries(p.allocation.byCategory ?? {}).map(([c, k]): [string, AllocationKey] => [
              categoryLabel(model, c, locale),
              k,
            ]),
          ]
        : [[t('allCategories'), { basis: 'inhabitants' }]];
      return keys.map(([scope, key], i) => ({
        key: `${p.id}-${i}`,
        head: p.name,
        cells: [scope, t(`basis_${key.basis}`), keyText(model, key, locale)],
      }));
    });
  if (rows.length === 0) return null;
  return (
    <ReportTable
      caption={t('allocationCaption')}
      columns={[t('colParty'), t('colAppliesTo'), t('colBasis'), t('colMembers')]}
      textColumns={[0, 1, 2]}
      rows={rows}
    />
  );
}

function RangesTable({ model }: { model: ModelFile }) {
  const t = useT(reportMessages);
  const locale = useLocale();
  const ranges = model.uncertainty?.inputs ?? [];
  if (ranges.length === 0) return null;
  const inputs = new Map(numericInputs(model, locale).map((i) => [i.path, i]));
  return (
    <ReportTable
      caption={t('rangesCaption')}
      textColumns={[0, 1, 2, 3]}
      columns={[t('colInput'), t('colDistribution'), t('colLow'), t('colMode'), t('colHigh')]}
      rows={ranges.map((r) => {
        const input = inputs.get(r.path);
        const unit = input?.unit ?? 'number';
        const v = (x: Num | undefined) => (x === undefined ? '—' : formatInputValue(canonical(x) ?? '0', unit, locale));
        const d = r.distribution;
        const [low, mid, high] =
          d.kind === 'normal'
            ? [d.low, d.mean, d.high]
            : d.kind === 'uniform'
              ? [d.low, undefined, d.high]
              : [d.low, d.mode, d.high];
        return {
          key: r.id,
          head: r.label ?? (input ? `${input.groupLabel}: ${input.label}` : t('unknownInput')),
          cells: [
            d.kind === 'normal' ? t('dist_normal', { sd: v(d.sd) }) : t(`dist_${d.kind}`),
            v(low),
            d.kind === 'uniform'
              ? '—'
              : mid === undefined
                ? input
                  ? formatInputValue(input.value, unit, locale)
                  : '—'
                : v(mid),
            v(high),
          ],
        };
      })}
    />
  );
}

export function InputsSection({ model }: { model: ModelFile }) {
  const t = useT(reportMessages);
  return (
    <section className="report-section report-chapter" aria-labelledby="report-inputs">
      <h2 id="report-inputs">{t('inputsTitle')}</h2>
      <AssumptionsTable model={model} />
      <PartiesTables model={model} />
      <AllocationTable model={model} />
      <InputsScenarios model={model} />
      <RangesTable model={model} />
    </section>
  );
}
