import { useState } from 'react';
import { CheckboxField, NumberField, TextField } from '../../components';
import {
  haarlemHaarlemmermeer as plainExample,
  haarlemHaarlemmermeerWithRanges as example,
  monitoringFictitious,
} from '../../examples';
import { createTemplateModel } from '../../model';
import { commonMessages } from '../../i18n';
import { useAppStore, type ModelEntry } from '../../state';
import { ChoiceDialog } from './choice-dialog';
import { exampleCopies, uniqueTitle } from './copies';
import { when } from './saved-models';
import { useLocale, useT } from '../../i18n';
import { startMessages } from './messages';

export function ExampleCard() {
  const t = useT(startMessages);
  const c = useT(commonMessages);
  const locale = useLocale();
  const models = useAppStore((s) => s.models);
  const addModel = useAppStore((s) => s.addModel);
  const setActive = useAppStore((s) => s.setActiveModel);
  const [asking, setAsking] = useState<ModelEntry | null>(null);
  const openFresh = () => {
    setAsking(null);
    const copy = structuredClone(example);
    const title = copy.meta?.title ?? '';
    // A fresh copy beside an edited one gets a title of its own ("… (kopie)").
    const taken = Object.values(models).map((m) => m.model.meta?.title ?? '');
    copy.meta = {
      ...copy.meta,
      title: uniqueTitle(title, taken, (n) => (n === 1 ? t('copyTitle', { title }) : t('copyTitleN', { title, n }))),
    };
    addModel(copy);
  };
  const open = () => {
    // Re-open an untouched copy rather than piling up copies of the example (with its ranges and
    // workshop controls); when only edited copies exist, ask which one is meant.
    const copies = exampleCopies(Object.values(models), example, [plainExample]);
    if (copies.untouched) setActive(copies.untouched.id);
    else if (copies.edited[0]) setAsking(copies.edited[0]);
    else openFresh();
  };
  return (
    <div className="card">
      <h3>{t('exampleTitle')}</h3>
      <p>{t('exampleText')}</p>
      <button type="button" className="button button-primary" onClick={open}>
        {t('openExample')}
      </button>
      <ChoiceDialog
        isOpen={asking !== null}
        title={t('exampleEditedTitle')}
        text={t('exampleEditedText', {
          title: asking?.model.meta?.title ?? '',
          when: asking ? when(asking.updatedAt, locale) : '',
        })}
        choices={[
          {
            label: t('openEdited'),
            onChoose: () => {
              if (asking) setActive(asking.id);
              setAsking(null);
            },
          },
          { label: t('openFresh'), onChoose: openFresh },
        ]}
        cancelLabel={c('cancel')}
        onCancel={() => setAsking(null)}
      />
    </div>
  );
}

/** The fictitious monitoring example (model-v3 §10.8), opened on the Realisatie screen. */
export function MonitoringExampleCard() {
  const t = useT(startMessages);
  const models = useAppStore((s) => s.models);
  const addModel = useAppStore((s) => s.addModel);
  const setActive = useAppStore((s) => s.setActiveModel);
  const setScreen = useAppStore((s) => s.setScreen);
  const open = () => {
    const text = JSON.stringify(monitoringFictitious);
    const same = Object.values(models).find((e) => JSON.stringify(e.model) === text);
    if (same) setActive(same.id);
    else addModel(structuredClone(monitoringFictitious));
    setScreen('actuals');
  };
  return (
    <div className="card">
      <h3>{t('monitoringTitle')}</h3>
      <p>{t('monitoringText')}</p>
      <button type="button" className="button" onClick={open}>
        {t('openMonitoring')}
      </button>
    </div>
  );
}

export function TemplateCard() {
  const t = useT(startMessages);
  const locale = useLocale();
  const addModel = useAppStore((s) => s.addModel);
  const setScreen = useAppStore((s) => s.setScreen);
  const [title, setTitle] = useState(t('newTitle'));
  const [count, setCount] = useState('3');
  const [names, setNames] = useState('');
  const [startYear, setStartYear] = useState(String(new Date().getFullYear() + 1));
  const [years, setYears] = useState('5');
  const [isWithCentre, setWithCentre] = useState(true);
  const create = () => {
    const given = names
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean);
    const model = createTemplateModel({
      municipalities: Number(count),
      isWithCentre,
      startYear: Number(startYear),
      years: Number(years),
      title,
      names: given,
      centreName: t('centreName'),
      scenarioName: t('scenarioName'),
      baselineName: t('baselineName'),
      locale,
    });
    const id = addModel(model);
    // The guided first case: a checklist of the steps, with the template's samples still to replace.
    void import('./start-guide').then((m) => m.startGuideFor(id, model, given));
    setScreen('setup');
  };
  return (
    <div className="card">
      <h3>{t('templateTitle')}</h3>
      <p className="muted">{t('templateText')}</p>
      <TextField label={t('modelTitle')} value={title} onCommit={setTitle} isRequired />
      <div className="form-row">
        <NumberField
          label={t('municipalities')}
          value={count}
          onCommit={setCount}
          rule={{ min: 2, max: 12, isInteger: true }}
        />
        <NumberField
          label={t('startYear')}
          value={startYear}
          onCommit={setStartYear}
          rule={{ min: 1990, max: 2100, isInteger: true }}
        />
        <NumberField label={t('years')} value={years} onCommit={setYears} rule={{ min: 1, max: 30, isInteger: true }} />
      </div>
      <TextField label={t('names')} value={names} onCommit={setNames} isMultiline />
      <CheckboxField label={t('withCentre')} checked={isWithCentre} onChange={setWithCentre} />
      <button type="button" className="button button-primary" onClick={create}>
        {t('create')}
      </button>
    </div>
  );
}
