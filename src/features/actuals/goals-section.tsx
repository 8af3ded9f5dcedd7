/** Goals and indicators (docs/model-v3.md): per aim an indicator, its target, the latest value and its status; add and remove. */
import { useState } from 'react';
import { NumberField, Section, SelectField, TextField } from '../../components';
import { TableScroll } from '../../components/charts';
import { goalProgress, type Evaluation, type Goal, type GoalIndicator, type ModelFile } from '../../engine';
import { formatDecimal, formatMoney, formatPercent, useLocale, useT, type Locale } from '../../i18n';
import { addGoal, partyName, removeGoal, toNum, uniqueId } from '../../model';
import { municipalitiesOf, useUpdateModel } from '../../state';
import { actualsMessages, type ActualsKey } from './messages';

const INDICATORS: GoalIndicator[] = [
  'costPerInhabitant',
  'ftePer100k',
  'softwarePerInhabitant',
  'hiredShare',
  'custom',
];

function valueText(goal: Goal, value: string, locale: Locale): string {
  if (goal.indicator === 'costPerInhabitant' || goal.indicator === 'softwarePerInhabitant')
    return formatMoney(value, locale, 'cents');
  if (goal.indicator === 'hiredShare') return formatPercent(value, locale, 1);
  const n = formatDecimal(value, locale, goal.indicator === 'ftePer100k' ? 1 : 2);
  return goal.unit ? `${n} ${goal.unit}` : n;
}

export function GoalsSection({ model, evaluation }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(actualsMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const progress = goalProgress(model, evaluation);
  const indicatorName = (g: Goal) =>
    g.indicator === 'custom' ? (g.label ?? '') : t(`ind_${g.indicator}` as ActualsKey);
  return (
    <Section title={t('goalsTitle')} description={t('goalsText')}>
      {progress.length === 0 ? (
        <p>{t('noGoals')}</p>
      ) : (
        <TableScroll label={t('goalsCaption')}>
          <table className="table actuals-table" data-testid="goals">
            <caption className="visually-hidden">{t('goalsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('aim')}</th>
                <th scope="col">{t('municipality')}</th>
                <th scope="col">{t('indicator')}</th>
                <th scope="col">{t('target')}</th>
                <th scope="col">{t('latest')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {progress.map((p) => (
                <tr key={p.goal.id} data-goal={p.goal.id}>
                  <th scope="row">{p.goal.aim}</th>
                  <td>{partyName(model, p.goal.party)}</td>
                  <td>{indicatorName(p.goal)}</td>
                  <td>
                    {t((p.goal.direction ?? 'atMost') === 'atMost' ? 'atMost' : 'atLeast', {
                      value: valueText(p.goal, String(p.goal.target), locale),
                      year: p.goal.targetYear,
                    })}
                  </td>
                  <td>{p.latest ? `${valueText(p.goal, p.latest.value, locale)} (${p.latest.year})` : '—'}</td>
                  <td className={`goal-status goal-${p.status}`}>{t(`status_${p.status}` as ActualsKey)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('removeGoal', { aim: p.goal.aim })}
                      onClick={() => update((m) => removeGoal(m, p.goal.id), t('goalRemoveLabel'))}
                    >
                      {t('remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <NewGoal model={model} />
    </Section>
  );
}

function NewGoal({ model }: { model: ModelFile }) {
  const t = useT(actualsMessages);
  const update = useUpdateModel();
  const municipalities = municipalitiesOf(model);
  const [party, setParty] = useState(municipalities[0]?.id ?? '');
  const [aim, setAim] = useState(t('newAim'));
  const [indicator, setIndicator] = useState<GoalIndicator>('costPerInhabitant');
  const [label, setLabel] = useState('');
  const [target, setTarget] = useState('0');
  const [year, setYear] = useState(String(model.horizon.endYear));
  const [direction, setDirection] = useState<'atMost' | 'atLeast'>('atMost');
  if (municipalities.length === 0) return null;
  const add = () => {
    const id = uniqueId(
      'goal',
      (model.goals ?? []).map((g) => g.id),
    );
    const goal: Goal = {
      id,
      aim: aim.trim() || t('newAim'),
      party: municipalities.some((p) => p.id === party) ? party : (municipalities[0]?.id as string),
      indicator,
      ...(indicator === 'custom' ? { label: label.trim() || t('ind_custom') } : {}),
      target: toNum(target),
      targetYear: Number(year),
      direction,
    };
    update((m) => addGoal(m, goal), t('goalAddLabel'));
  };
  return (
    <fieldset className="actuals-new-goal">
      <legend>{t('addGoal')}</legend>
      <div className="form-row">
        <TextField label={t('goalAim')} value={aim} onCommit={setAim} />
        <SelectField
          label={t('municipality')}
          value={party}
          onChange={setParty}
          options={municipalities.map((p) => ({ value: p.id, label: p.name }))}
        />
        <SelectField
          label={t('indicator')}
          value={indicator}
          onChange={(v) => setIndicator(v as GoalIndicator)}
          options={INDICATORS.map((i) => ({ value: i, label: t(`ind_${i}` as ActualsKey) }))}
        />
        {indicator === 'custom' && <TextField label={t('goalLabel')} value={label} onCommit={setLabel} />}
      </div>
      <div className="form-row">
        <NumberField
          label={t('goalTarget')}
          value={target}
          onCommit={setTarget}
          rule={{ min: 0, ...(indicator === 'hiredShare' ? { max: 1 } : {}) }}
        />
        <NumberField
          label={t('goalYear')}
          value={year}
          onCommit={setYear}
          rule={{ min: 1900, max: 2200, isInteger: true }}
        />
        <SelectField
          label={t('goalDirection')}
          value={direction}
          onChange={(v) => setDirection(v === 'atLeast' ? 'atLeast' : 'atMost')}
          options={[
            { value: 'atMost', label: t('atMost', { value: '…', year: '…' }) },
            { value: 'atLeast', label: t('atLeast', { value: '…', year: '…' }) },
          ]}
        />
      </div>
      <button type="button" className="button" onClick={add}>
        {t('addGoal')}
      </button>
    </fieldset>
  );
}
