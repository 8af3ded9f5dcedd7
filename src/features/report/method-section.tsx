/** Appendix B: the calculation rules in plain language, with this model's own values. */
import { effectiveAssumptions, type ModelFile } from '../../engine';
import { formatPercent } from '../../i18n';
import { canonical, depreciationStartName, describeExtrapolation, extrapolationName } from '../../model';
import { useLocale, useT } from '../../i18n';
import { methodMessages, type MethodKey } from './method-messages';
import { reportMessages } from './messages';

export function MethodSection({ model }: { model: ModelFile }) {
  const t = useT(reportMessages);
  const m = useT(methodMessages);
  const locale = useLocale();
  const a = effectiveAssumptions(model);
  const pct = (v: string | number) => formatPercent(canonical(v) ?? '0', locale, 1);
  const { startYear: start, endYear: end } = model.horizon;
  const isExtended = a.extrapolation !== 'none' && (model.horizon.extrapolateTo ?? end) > end;
  const last = isExtended ? (model.horizon.extrapolateTo as number) : end;
  const vars = {
    start,
    end,
    last,
    base: a.priceBaseYear,
    general: pct(a.indexation.default),
    personnel: pct(a.indexation.personnel),
    rate: pct(a.discountRate),
    replacement: pct(a.projectCostRate.replacement),
    renewal: pct(a.projectCostRate.renewal),
    depStart:
      a.depreciationStart === 'sameYear'
        ? m('sameYear')
        : a.depreciationStart === 'nextYear'
          ? m('nextYear')
          : depreciationStartName(a.depreciationStart, locale),
    methodName: extrapolationName(a.extrapolation, locale),
    how: describeExtrapolation(a.extrapolation, locale),
    method: a.depreciationMethod === 'annuity' ? m('annuity') : m('linear'),
  };
  const hasFrictionRule = model.scenarios.some((s) => s.changes?.some((c) => c.op === 'staffTransition'));
  const hasVat = model.parties.some((p) => (p.vat?.regime ?? 'none') !== 'none');
  const parts: [MethodKey, MethodKey][] = [
    ['yearsTitle', 'years'],
    ['indexTitle', 'index'],
    ['staffTitle', 'staff'],
    ['capitalTitle', 'capital'],
    ['leversTitle', 'levers'],
    // model-v3 §10.5, §10.6: only where the model uses them.
    ...(hasFrictionRule ? ([['frictionTitle', 'friction']] as [MethodKey, MethodKey][]) : []),
    ...(hasVat ? ([['vatTitle', 'vat']] as [MethodKey, MethodKey][]) : []),
    ['allocationTitle', 'allocation'],
    ['roundingTitle', 'rounding'],
    ['savingsTitle', 'savings'],
    ['npvTitle', 'npv'],
    ['investmentTitle', 'investment'],
    [
      'extrapolationTitle',
      !isExtended ? 'noExtrapolation' : a.extrapolation === 'indexLast' ? 'extrapolation' : 'extrapolationOther',
    ],
    ['municipalityTitle', 'municipality'],
    ['benchmarkTitle', 'benchmark'],
    ['uncertaintyTitle', 'uncertainty'],
  ];
  return (
    <section className="report-section report-chapter report-method" aria-labelledby="report-method">
      <h2 id="report-method">{t('methodTitle')}</h2>
      <p>{m('intro')}</p>
      {parts.map(([title, body]) => (
        <div key={title} className="report-method-part">
          <h3>{m(title, vars)}</h3>
          <p>{m(body, vars)}</p>
        </div>
      ))}
    </section>
  );
}
