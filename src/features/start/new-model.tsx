import { useState } from 'react';
import { CheckboxField, NumberField, TextField } from '../../components';
import { haarlemHaarlemmermeerWithRanges as example, monitoringFictitious } from '../../examples';
import { createTemplateModel } from '../../model';
import { useAppStore } from '../../state';
import { useLocale, useT } from '../../i18n';
import { startMessages } from './messages';

export function ExampleCard() {
  const t = useT(startMessages);
  const models = useAppStore((s) => s.models);
  const addModel = useAppStore((s) => s.addModel);
  const setActive = useAppStore((s) => s.setActiveModel);
  const open = () => {
    // Re-open an untouched copy rather than piling up copies of the example (with its ranges and workshop controls).
    const text = JSON.stringify(example);
    const same = Object.values(models).find((e) => JSON.stringify(e.model) === text);
    if (same) setActive(same.id);
    else addModel(structuredClone(example));
  };
  return (
    <div className="card">
      <h3>{t('exampleTitle')}</h3>
      <p>{t('exampleText')}</p>
      <button type="button" className="button button-primary" onClick={open}>
        {t('openExample')}
      </button>
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
    const model = createTemplateModel({
      municipalities: Number(count),
      isWithCentre,
      startYear: Number(startYear),
      years: Number(years),
      title,
      names: names
        .split('\n')
        .map((n) => n.trim())
        .filter(Boolean),
      centreName: t('centreName'),
      scenarioName: t('scenarioName'),
      baselineName: t('baselineName'),
      locale,
    });
    addModel(model);
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
