/**
 * The Realisatie screen (model-v3 §10.8): per municipality the realised ICT cost and FTE per
 * year, edited like a spreadsheet (paste from Excel); the plan, the realised figures and the
 * baseline in a chart with the realised savings; the variances; the forecast break-even in one
 * sentence; cost per inhabitant against the benchmark; goals and their status.
 */
import { useState } from 'react';
import { ScreenHeader, Section, SelectField, ErrorNotice } from '../../components';
import { BarChart, LineChart, PALETTE, TableScroll } from '../../components/charts';
import { EditableGrid, numberParser, numCell, type GridEdit } from '../../components/grid';
import type { Evaluation, ModelFile, PartyCase } from '../../engine';
import { formatMoney, formatPercent, useLocale, useT } from '../../i18n';
import {
  actualsScenarioOf,
  canonical,
  lastActualYear,
  partyName,
  ratio,
  setActualsScenario,
  writeActuals,
  type ActualEdit,
} from '../../model';
import { municipalitiesOf, useActiveModel, useAppStore, useEvaluationState, useUpdateModel } from '../../state';
import { forecastSentence } from './forecast';
import { GoalsSection } from './goals-section';
import { actualsMessages } from './messages';
import { PerInhabitantSection } from './per-inhabitant-section';
import './actuals.css';

export function ActualsScreen() {
  const t = useT(actualsMessages);
  const model = useActiveModel();
  const { evaluation, errors } = useEvaluationState();
  const update = useUpdateModel();
  const setScreen = useAppStore((s) => s.setScreen);
  const [wanted, setParty] = useState<string | null>(null);
  if (!model) return null;
  const municipalities = municipalitiesOf(model);
  const party = municipalities.find((p) => p.id === wanted) ?? municipalities[0];
  const scenarioId = actualsScenarioOf(model) ?? '';
  const scenarioName = model.scenarios.find((s) => s.id === scenarioId)?.name ?? scenarioId;
  return (
    <div className="screen actuals-screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      {model.meta?.fictitious === true && (
        <p className="notice notice-warning" data-testid="fictitious">
          {t('fictitious')}
        </p>
      )}
      <div className="form-row">
        <SelectField
          label={t('scenario')}
          hint={t('scenarioNote')}
          value={scenarioId}
          options={model.scenarios.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(v) =>
            update((m) => setActualsScenario(m, v), t('scenarioLabel', { scenario: partyNameOrId(model, v) }))
          }
        />
        {party && (
          <SelectField
            label={t('municipality')}
            value={party.id}
            options={municipalities.map((p) => ({ value: p.id, label: p.name }))}
            onChange={setParty}
          />
        )}
      </div>
      {!party ? (
        <p>{t('noMunicipality')}</p>
      ) : (
        <>
          <ActualsGrid model={model} party={party.id} />
          {evaluation ? (
            <Outcome model={model} evaluation={evaluation} party={party.id} scenarioName={scenarioName} />
          ) : (
            errors.length > 0 && (
              <ErrorNotice title={t('invalid')}>
                <p>{errors[0]}</p>
              </ErrorNotice>
            )
          )}
        </>
      )}
      <Section title={t('importTitle')}>
        <p>{t('importText')}</p>
        <button type="button" className="button" onClick={() => setScreen('import')}>
          {t('importButton')}
        </button>
      </Section>
      {evaluation && <GoalsSection model={model} evaluation={evaluation} />}
    </div>
  );
}

const partyNameOrId = (model: ModelFile, scenario: string) =>
  model.scenarios.find((s) => s.id === scenario)?.name ?? scenario;

/** The years an actual may be entered for: startYear … L. */
function actualYears(model: ModelFile): number[] {
  const out: number[] = [];
  for (let y = model.horizon.startYear; y <= lastActualYear(model); y += 1) out.push(y);
  return out;
}

function ActualsGrid({ model, party }: { model: ModelFile; party: string }) {
  const t = useT(actualsMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const [note, setNote] = useState('');
  const years = actualYears(model);
  const name = partyName(model, party);
  const fields = ['total', 'fte'] as const;
  const valueOf = (year: number, field: 'total' | 'fte'): string => {
    const v = model.actuals?.years[String(year)]?.[party]?.[field];
    return v === undefined ? '' : (canonical(v) ?? '');
  };
  const onCommit = (edits: GridEdit[]) => {
    const changes: ActualEdit[] = edits.map((e) => ({
      year: years[e.row] as number,
      field: fields[e.col] as 'total' | 'fte',
      value: e.value,
    }));
    let skipped = 0;
    update(
      (m) => {
        skipped = writeActuals(m, party, changes).length;
      },
      t('editLabel', { party: name }),
    );
    setNote(skipped > 0 ? t('fteSkipped', { count: skipped }) : '');
  };
  return (
    <Section title={t('gridTitle', { party: name })} description={t('gridNote')}>
      <EditableGrid
        label={t('gridTitle', { party: name })}
        corner={t('year')}
        columns={[
          { id: 'total', label: t('actual') },
          { id: 'fte', label: t('fte') },
        ]}
        rows={years.map((y) => ({ id: String(y), label: String(y) }))}
        cell={(r, c) => {
          const field = fields[c] as 'total' | 'fte';
          return {
            ...numCell(valueOf(years[r] as number, field), locale, { digits: field === 'total' ? 2 : 1 }),
            parse: numberParser({ min: 0, max: field === 'total' ? 1e12 : 1e6, isOptional: true }, locale),
          };
        }}
        parse={numberParser({ min: 0, isOptional: true }, locale)}
        onCommit={onCommit}
      />
      {note && (
        <p role="status" className="field-error">
          {note}
        </p>
      )}
    </Section>
  );
}

function Outcome({
  model,
  evaluation: e,
  party,
  scenarioName,
}: {
  model: ModelFile;
  evaluation: Evaluation;
  party: string;
  scenarioName: string;
}) {
  const t = useT(actualsMessages);
  const locale = useLocale();
  const scenario = e.scenarios.find((s) => s.id === actualsScenarioOf(model));
  const baseline = e.scenarios.find((s) => s.id === e.baselineId);
  const plan: PartyCase | undefined = scenario?.parties[party];
  const base = baseline?.parties[party];
  if (!scenario || !plan || !base) return null;
  const name = partyName(model, party);
  const actuals = plan.actuals ?? [];
  const byYear = new Map(actuals.map((a) => [a.year, a]));
  const last = actuals.length > 0 ? (actuals[actuals.length - 1]?.year ?? null) : null;
  const forecast = plan.forecastBreakEven ?? plan.breakEven;
  const { sentence, compare } = forecastSentence(
    last,
    forecast,
    plan.breakEven,
    e.years[e.years.length - 1] ?? e.endYear,
  );
  const isBaseline = scenario.id === e.baselineId;
  const text =
    sentence.key === 'forecast'
      ? t('forecast', { ...sentence.vars, compare: compare ? t(compare.key, compare.vars) : '' })
      : sentence.key === 'forecastNever'
        ? t('forecastNever', { ...sentence.vars, plan: compare ? t(compare.key, compare.vars) : '' })
        : t(sentence.key, sentence.vars);
  const nPlan = e.endYear - e.startYear + 1;
  const euro = (v: string) => formatMoney(v, locale, 'cents');
  const markers = [
    ...(plan.breakEven
      ? [{ at: plan.breakEven.year, text: `${t('plan')} ${plan.breakEven.year}`, color: PALETTE.grey }]
      : []),
    ...(forecast && last !== null ? [{ at: forecast.year, text: `${t('forecastTitle')} ${forecast.year}` }] : []),
  ];
  return (
    <>
      <Section title={t('forecastTitle')}>
        <p className="actuals-forecast" data-testid="forecast" aria-live="polite">
          {isBaseline ? t('baselineChosen') : text}
        </p>
        {!isBaseline && forecast?.isExtrapolated && last !== null && (
          <p className="muted">{t('extrapolatedNote', { year: forecast.year, end: e.endYear })}</p>
        )}
      </Section>
      <Section title={t('chartTitle')}>
        <LineChart
          label={t('chart', { party: name, scenario: scenarioName })}
          labelsHeading={t('year')}
          labels={e.years}
          dashedFrom={nPlan < e.years.length ? nPlan : undefined}
          isComputedThrough={model.assumptions?.extrapolation === 'computeThrough'}
          markers={markers}
          datasets={[
            { label: `${t('plan')}: ${scenarioName}`, data: plan.years.map((y) => y.total) },
            { label: t('baseline'), data: base.years.map((y) => y.total), color: PALETTE.grey, isDashed: true },
            { label: t('actual'), data: e.years.map((y) => byYear.get(y)?.actual ?? null) },
          ]}
        />
        {actuals.length > 0 && (
          <BarChart
            label={t('savingsChart', { party: name })}
            labelsHeading={t('year')}
            labels={actuals.map((a) => a.year)}
            datasets={[
              { label: t('realisedSavings'), data: actuals.map((a) => a.realisedSavings) },
              { label: t('cumulative'), data: actuals.map((a) => a.cumulativeRealisedSavings), asLine: true },
            ]}
          />
        )}
      </Section>
      <Section title={t('varianceTitle')}>
        {actuals.length === 0 ? (
          <p data-testid="no-actuals">{t('noActuals', { party: name })}</p>
        ) : (
          <TableScroll label={t('varianceCaption', { party: name })}>
            <table className="table actuals-table" data-testid="variance-table">
              <caption className="visually-hidden">{t('varianceCaption', { party: name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('year')}</th>
                  <th scope="col" className="num">
                    {t('actual')}
                  </th>
                  <th scope="col" className="num">
                    {t('plan')}
                  </th>
                  <th scope="col" className="num">
                    {t('variance')}
                  </th>
                  <th scope="col" className="num">
                    {t('variancePercent')}
                  </th>
                  <th scope="col" className="num">
                    {t('realisedSavings')}
                  </th>
                  <th scope="col" className="num">
                    {t('cumulative')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {actuals.map((a) => {
                  const share = ratio(a.variance, a.plan, 4);
                  return (
                    <tr key={a.year} data-year={a.year}>
                      <th scope="row">{a.year}</th>
                      <td className="num">{euro(a.actual)}</td>
                      <td className="num">{euro(a.plan)}</td>
                      <td className="num" data-figure="variance">
                        {euro(a.variance)}
                      </td>
                      <td className="num">{share === null ? '—' : formatPercent(share, locale, 1)}</td>
                      <td className="num">{euro(a.realisedSavings)}</td>
                      <td className="num" data-figure="cumulative">
                        {euro(a.cumulativeRealisedSavings)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Section>
      <PerInhabitantSection model={model} evaluation={e} party={party} />
    </>
  );
}
