/**
 * The `actuals` section of a version-3 file (model-v3 §10.8): its shape, and the rules between
 * it and the rest of the model — the scenario it names exists, its years lie in
 * [startYear, L], its keys are municipalities. Every message names the JSON path it concerns.
 */
import type { ModelFile } from '../model';
import {
  amount,
  id,
  join,
  list,
  num,
  obj,
  oneOf,
  opt,
  record,
  req,
  text,
  year,
  type Check,
  type Issues,
} from './validate-kit';

const YEAR_KEY = /^\d{4}$/;

const yearKey = (key: string, path: string, issues: Issues) => {
  if (!YEAR_KEY.test(key)) issues.push({ path, message: `"${key}" is not a year` });
};

/** What one municipality realised in one year: ICT cost (≥ 0) and optionally FTE (≥ 0). */
const actualFigures = obj({ total: req(amount), fte: opt(num({ min: 0, max: 1e6 })) });

/** The shape of `actuals`: `{ scenario, years: { "<year>": { "<municipality>": { total, fte? } } } }`. */
export const actualsShape: Check = obj({
  scenario: req(id),
  years: req(record(record(actualFigures), yearKey)),
});

/** The shape of `goals` (docs/model-v3.md, "Goals and indicators"). */
export const goalsShape: Check = list(
  obj({
    id: req(id),
    aim: req(text),
    party: req(id),
    indicator: req(oneOf('costPerInhabitant', 'ftePer100k', 'softwarePerInhabitant', 'hiredShare', 'custom')),
    label: opt(text),
    unit: opt(text),
    target: req(num({ min: 0, max: 1e12 })),
    targetYear: req(year),
    direction: opt(oneOf('atMost', 'atLeast')),
    realised: opt(record(num({ min: 0, max: 1e12 }), yearKey)),
    note: opt(text),
  }),
  { uniqueIds: true, maxLength: 100 },
);

/** The rules between `goals` and the model: a municipality, a label for `custom`, shares ≤ 1. */
export function checkGoals(model: ModelFile, issues: Issues): void {
  const kinds = new Map(model.parties.map((p) => [p.id, p.kind]));
  model.goals?.forEach((g, i) => {
    const path = `goals[${i}]`;
    const kind = kinds.get(g.party);
    if (kind === undefined) issues.push({ path: `${path}.party`, message: `unknown party "${g.party}"` });
    else if (kind !== 'municipality')
      issues.push({ path: `${path}.party`, message: `"${g.party}" is not a municipality` });
    if (g.indicator === 'custom' && (g.label ?? '').trim() === '')
      issues.push({ path: `${path}.label`, message: 'is required for the indicator "custom" (say what is measured)' });
    if (g.indicator === 'hiredShare') {
      if (Number(g.target) > 1)
        issues.push({ path: `${path}.target`, message: 'a hired share is a fraction: must be ≤ 1' });
      for (const [key, v] of Object.entries(g.realised ?? {}))
        if (Number(v) > 1)
          issues.push({ path: `${path}.realised.${key}`, message: 'a hired share is a fraction: must be ≤ 1' });
    }
  });
}

/**
 * The last year an actual may be given for: `L` of model-v3 (endYear, or extrapolateTo under
 * computeThrough).
 */
export function lastActualYear(model: ModelFile): number {
  const { endYear, extrapolateTo } = model.horizon;
  return model.assumptions?.extrapolation === 'computeThrough' ? (extrapolateTo ?? endYear) : endYear;
}

/** The references of a well-shaped `actuals` section: scenario, years and municipalities. */
export function checkActuals(model: ModelFile, issues: Issues): void {
  const actuals = model.actuals;
  if (actuals === undefined) return;
  if (!model.scenarios.some((s) => s.id === actuals.scenario))
    issues.push({ path: 'actuals.scenario', message: `unknown scenario "${actuals.scenario}"` });
  const first = model.horizon.startYear;
  const last = lastActualYear(model);
  const lastName =
    model.assumptions?.extrapolation === 'computeThrough' && model.horizon.extrapolateTo !== undefined
      ? 'horizon.extrapolateTo under computeThrough'
      : 'horizon.endYear';
  const kinds = new Map(model.parties.map((p) => [p.id, p.kind]));
  for (const [key, byParty] of Object.entries(actuals.years)) {
    const path = join('actuals.years', key);
    const year = Number(key);
    if (year < first || year > last)
      issues.push({
        path,
        message: `an actual must lie in the computed years ${first} (horizon.startYear) to ${last} (${lastName})`,
      });
    for (const party of Object.keys(byParty)) {
      const kind = kinds.get(party);
      if (kind === undefined) issues.push({ path: join(path, party), message: `unknown party "${party}"` });
      else if (kind !== 'municipality')
        issues.push({
          path: join(path, party),
          message: `"${party}" is not a municipality (actuals are a municipality's own annual accounts, its contributions to shared parties included)`,
        });
    }
  }
}
