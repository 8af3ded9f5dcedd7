import { useState } from 'react';
import { ConfirmDialog, Section, SelectField, TextField } from '../../components';
import type { ChangeOp, ModelFile, Scenario } from '../../engine';
import { commonMessages, formatMoney } from '../../i18n';
import {
  breakEvenText,
  CHANGE_OPS,
  CHANGE_TABLE,
  childrenOf,
  descendantsOf,
  describeMessages,
  newChange,
  paybackText,
  withRequiredVersion,
} from '../../model';
import { sharedPartiesOf, useAppStore, useEvaluationState, useUpdateModel } from '../../state';
import { useLocale, useT } from '../../i18n';
import { ChangeCard } from './change-card';
import { scenarioMessages } from './messages';
import { OneOffTable } from './one-off-table';
import { useScenarioUpdate } from './use-scenario-update';

export function ScenarioDetail({ model, scenario }: { model: ModelFile; scenario: Scenario }) {
  const t = useT(scenarioMessages);
  const updateScenario = useScenarioUpdate(scenario.id);
  const isBaseline = scenario.basedOn === null;
  const excluded = descendantsOf(model, scenario.id);
  return (
    <div className="scenario-detail">
      <Section title={scenario.name} actions={!isBaseline && <RemoveScenario model={model} scenario={scenario} />}>
        <div className="form-row">
          <TextField
            label={t('name')}
            value={scenario.name}
            isRequired
            onCommit={(v) =>
              updateScenario((s) => {
                s.name = v.trim();
              }, t('name'))
            }
          />
          {!isBaseline && (
            <SelectField
              label={t('basedOn')}
              value={scenario.basedOn ?? ''}
              options={model.scenarios.filter((s) => !excluded.has(s.id)).map((s) => ({ value: s.id, label: s.name }))}
              onChange={(v) =>
                updateScenario((s) => {
                  s.basedOn = v;
                }, t('basedOn'))
              }
            />
          )}
        </div>
        <Outcome model={model} scenario={scenario} />
      </Section>
      {isBaseline ? (
        <BaselineNote />
      ) : (
        <>
          <Levers model={model} scenario={scenario} />
          <OneOffTable model={model} scenario={scenario} />
        </>
      )}
    </div>
  );
}

function BaselineNote() {
  const t = useT(scenarioMessages);
  const setScreen = useAppStore((s) => s.setScreen);
  return (
    <div>
      <p>{t('baselineText')}</p>
      <button type="button" className="button" onClick={() => setScreen('baseline')}>
        {t('toBaseline')}
      </button>
    </div>
  );
}

function Outcome({ model, scenario }: { model: ModelFile; scenario: Scenario }) {
  const t = useT(scenarioMessages);
  const locale = useLocale();
  const { evaluation } = useEvaluationState();
  const r = evaluation?.scenarios.find((s) => s.id === scenario.id);
  if (scenario.basedOn === null) return null;
  if (!r) return <p className="muted">{t('notComputed')}</p>;
  const to = model.horizon.extrapolateTo ?? model.horizon.endYear;
  // No savings in any year: '—' for both (nothing to pay back).
  return (
    <dl className="outcome" aria-label={t('summary')}>
      <div>
        <dt>{t('breakEven')}</dt>
        <dd>{breakEvenText(r.breakEven, false, to, locale, r.years)}</dd>
      </div>
      <div>
        <dt>{t('payback')}</dt>
        <dd>{paybackText(r.paybackYears, locale, r.years)}</dd>
      </div>
      <div>
        <dt>
          {t('npv')} ({model.horizon.startYear}–{model.horizon.endYear})
        </dt>
        <dd>{formatMoney(r.npv, locale)}</dd>
      </div>
      <div>
        <dt>{t('investment')}</dt>
        <dd>{formatMoney(r.investment, locale)}</dd>
      </div>
    </dl>
  );
}

function Levers({ model, scenario }: { model: ModelFile; scenario: Scenario }) {
  const t = useT(scenarioMessages);
  const say = useT(describeMessages);
  const locale = useLocale();
  const updateScenario = useScenarioUpdate(scenario.id);
  const [open, setOpen] = useState<number | null>(null);
  const [op, setOp] = useState<ChangeOp>('transfer');
  const changes = scenario.changes ?? [];
  const hasShared = sharedPartiesOf(model).length > 0;
  // At most one staffTransition per scenario (model-v3 §10.5).
  const hasRule = changes.some((c) => c.op === 'staffTransition');
  const add = () => {
    // Off and flagged until the user confirms its values: a new lever changes no figure by itself.
    updateScenario((s, m) => {
      (s.changes ??= []).push(newChange(op, m, s.id, locale));
      // A version-3 lever (staffTransition, model-v3 §10.5) raises the file's version with it.
      withRequiredVersion(m);
    }, say(CHANGE_TABLE[op].labelKey));
    setOpen(changes.length);
  };
  return (
    <Section title={t('levers')} description={t('leversText')}>
      {changes.length === 0 ? (
        <p className="muted">{t('noLevers')}</p>
      ) : (
        <ol className="change-list">
          {changes.map((c, i) => (
            <ChangeCard
              key={`${i}-${c.op}`}
              model={model}
              scenarioId={scenario.id}
              change={c}
              index={i}
              count={changes.length}
              isOpen={open === i}
              onToggle={(o) => setOpen(o ? i : null)}
            />
          ))}
        </ol>
      )}
      <div className="form-row">
        <SelectField
          label={t('addLever')}
          value={op}
          onChange={(v) => setOp(v as ChangeOp)}
          options={CHANGE_OPS.filter((o) => o !== 'staffTransition' || !hasRule).map((o) => ({
            value: o,
            label: say(CHANGE_TABLE[o].labelKey),
          }))}
          hint={op === 'transfer' && !hasShared ? t('needsShared') : undefined}
        />
        <div className="field">
          <button
            type="button"
            className="button button-primary"
            disabled={op === 'transfer' && !hasShared}
            onClick={add}
          >
            {t('addLeverButton')}
          </button>
        </div>
      </div>
    </Section>
  );
}

function RemoveScenario({ model, scenario }: { model: ModelFile; scenario: Scenario }) {
  const t = useT(scenarioMessages);
  const c = useT(commonMessages);
  const update = useUpdateModel();
  const select = useAppStore((s) => s.select);
  const [isAsking, setAsking] = useState(false);
  const children = childrenOf(model, scenario.id);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={children.length > 0}
        onClick={() => setAsking(true)}
        title={children.length > 0 ? t('hasChildren', { names: children.map((x) => x.name).join(', ') }) : undefined}
      >
        {t('remove')}
      </button>
      {children.length > 0 && (
        <span className="muted">{t('hasChildren', { names: children.map((x) => x.name).join(', ') })}</span>
      )}
      <ConfirmDialog
        isOpen={isAsking}
        isDanger
        title={t('confirmRemove', { name: scenario.name })}
        confirmLabel={t('remove')}
        cancelLabel={c('cancel')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          select({ scenarioId: scenario.basedOn });
          update((m) => {
            m.scenarios = m.scenarios.filter((s) => s.id !== scenario.id);
            // Actuals held against this scenario are held against its parent instead (model-v3 §10.8).
            if (m.actuals?.scenario === scenario.id && scenario.basedOn) m.actuals.scenario = scenario.basedOn;
            // The assessment's scores of the scenario go with it.
            if (m.assessment?.scores)
              m.assessment.scores = m.assessment.scores.filter((x) => x.scenario !== scenario.id);
          }, t('remove'));
        }}
      >
        <p>{t('confirmRemoveText', { count: scenario.changes?.length ?? 0 })}</p>
      </ConfirmDialog>
    </>
  );
}
