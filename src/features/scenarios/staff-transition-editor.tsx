/**
 * The lever "Frictiekosten volgens regel" (model-v3 §10.5): the rule's parameters and, beside
 * them, the table the rule produces for this scenario (per function group and year: reduction,
 * hired staff ended, absorbed by attrition, surplus, cost). Warns when the scenario also carries
 * a lump-sum friction line, which the rule would count a second time.
 */
import { CheckboxGroup, NumberField, SelectField } from '../../components';
import type { ModelFile, Scenario, StaffTransitionChange } from '../../engine';
import { canonical, functionGroupsOf, groupLabel, toNum } from '../../model';
import { formatDecimal, formatMoney } from '../../i18n/format';
import { useLocale, useT } from '../../i18n';
import { useEvaluationState } from '../../state';
import { AmountField, type ChangeEdit, YearField } from './editor-fields';
import { transitionMessages } from './staff-transition-messages';

type Props = { model: ModelFile; change: StaffTransitionChange; edit: ChangeEdit };

/** The scenario holding this change, and whether it or an ancestor books a lump sum on `friction`. */
function hasLumpSumFriction(model: ModelFile, scenario: Scenario | undefined): boolean {
  const seen = new Set<string>();
  for (let s = scenario; s !== undefined && !seen.has(s.id);) {
    seen.add(s.id);
    const lines = [
      ...(s.lines ?? []),
      ...(s.changes ?? []).flatMap((c) => (c.op === 'addLine' && c.enabled !== false ? [c.line] : [])),
    ];
    if (lines.some((l) => l.type !== 'application' && l.category === 'friction')) return true;
    s = model.scenarios.find((x) => x.id === s?.basedOn);
  }
  return false;
}

export function StaffTransitionEditor({ model, change, edit }: Props) {
  const t = useT(transitionMessages);
  const locale = useLocale();
  const scenario = model.scenarios.find((s) => s.changes?.includes(change));
  const set = (fn: (c: StaffTransitionChange) => void, label: string) =>
    edit((c) => {
      if (c.op === 'staffTransition') fn(c);
    }, label);
  const groups = functionGroupsOf(model);
  const parties = [
    { value: 'origin', label: t('bearerOrigin') },
    ...model.parties.map((p) => ({ value: p.id, label: p.name })),
  ];
  return (
    <>
      <div className="form-row">
        <NumberField
          label={t('months')}
          value={canonical(change.monthsOfSalary ?? 24) ?? ''}
          rule={{ min: 0, max: 1200 }}
          onCommit={(v) => set((c) => void (c.monthsOfSalary = toNum(v)), t('months'))}
        />
        <NumberField
          label={t('notice')}
          value={canonical(change.hiredNoticeMonths ?? 2) ?? ''}
          rule={{ min: 0, max: 1200 }}
          onCommit={(v) => set((c) => void (c.hiredNoticeMonths = toNum(v)), t('notice'))}
        />
        <AmountField
          label={t('attrition')}
          value={change.attrition ?? 0}
          isPercent
          max={1}
          onCommit={(v) => set((c) => void (c.attrition = v ?? 0), t('attrition'))}
        />
        <AmountField
          label={t('perPerson')}
          value={change.perPerson ?? 0}
          onCommit={(v) => set((c) => void (c.perPerson = v ?? 0), t('perPerson'))}
        />
      </div>
      <div className="form-row">
        <SelectField
          label={t('bearer')}
          value={change.bearer ?? 'origin'}
          options={parties}
          onChange={(v) =>
            set((c) => {
              if (v === 'origin') delete c.bearer;
              else c.bearer = v;
            }, t('bearer'))
          }
        />
        <SelectField
          label={t('booking')}
          value={change.booking}
          options={[
            { value: 'decisionYear', label: t('bookingDecisionYear') },
            { value: 'asIncurred', label: t('bookingAsIncurred') },
          ]}
          onChange={(v) =>
            set((c) => {
              c.booking = v === 'asIncurred' ? 'asIncurred' : 'decisionYear';
              if (c.booking === 'decisionYear') c.decisionYear ??= model.horizon.startYear;
            }, t('booking'))
          }
        />
        {change.booking === 'decisionYear' && (
          <YearField
            label={t('decisionYear')}
            value={change.decisionYear}
            onCommit={(v) => set((c) => void (c.decisionYear = v ?? model.horizon.startYear), t('decisionYear'))}
          />
        )}
      </div>
      <CheckboxGroup
        label={t('groups')}
        hint={t('groupsHint')}
        values={change.groups ?? []}
        options={groups.map((g) => ({ value: g.id, label: groupLabel(model, g.id, locale) }))}
        onChange={(v) =>
          set((c) => {
            if (v.length === 0) delete c.groups;
            else c.groups = v;
          }, t('groups'))
        }
      />
      {hasLumpSumFriction(model, scenario) && (
        <p className="warning" role="note">
          {t('doubleCounting')}
        </p>
      )}
      <TransitionTable model={model} scenarioId={scenario?.id} />
    </>
  );
}

/** The table the rule produces for the scenario, as the engine computes it. */
function TransitionTable({ model, scenarioId }: { model: ModelFile; scenarioId: string | undefined }) {
  const t = useT(transitionMessages);
  const locale = useLocale();
  const { evaluation } = useEvaluationState();
  const rows = evaluation?.scenarios.find((s) => s.id === scenarioId)?.staffTransition;
  if (rows === undefined) return <p className="muted">{t('noTable')}</p>;
  if (rows.length === 0) return <p className="muted">{t('noReduction')}</p>;
  const fte = (x: number) => formatDecimal(String(x), locale, 1);
  return (
    <div className="table-scroll" role="region" aria-label={t('tableTitle')} tabIndex={0}>
      <table className="data-table">
        <caption>{t('tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colGroup')}</th>
            <th scope="col">{t('colYear')}</th>
            <th scope="col">{t('colReduction')}</th>
            <th scope="col">{t('colHired')}</th>
            <th scope="col">{t('colAttrition')}</th>
            <th scope="col">{t('colSurplus')}</th>
            <th scope="col">{t('colCost')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.group}-${r.year}`}>
              <th scope="row">{groupLabel(model, r.group, locale)}</th>
              <td>{r.year}</td>
              <td className="num">{fte(r.reduction)}</td>
              <td className="num">{fte(r.hired)}</td>
              <td className="num">{fte(r.attrition)}</td>
              <td className="num">{fte(r.surplus)}</td>
              <td className="num">{formatMoney(r.cost, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
