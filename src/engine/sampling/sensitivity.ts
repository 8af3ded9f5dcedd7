/**
 * Sensitivity (tornado): each input moved to its low and high value — its range, or ±20 % of
 * its value — one at a time, and the change in a chosen metric of a chosen scenario. Rows are
 * sorted by swing, largest first. Every evaluation is the exact engine.
 */
import { lowHigh } from './distributions';
import { createEvaluationCache, type EvaluationCache } from '../calc';
import { outcomesOf } from '../results';
import { inputBounds, readInput, toInputValue, writeInput, type InputPath, type ModelFile, type Money } from '../model';
import { prepareInputs } from './inputs';
import { centsToMoney, Decimal } from '../numeric';

export type SensitivityMetric = 'cumulativeSavings' | 'npv' | 'npvExtended' | 'breakEvenYear';

export type SensitivityInput = {
  id: string;
  path: InputPath;
  label: string;
  low: string;
  high: string;
  source: 'range' | 'default';
};

export type SensitivityRow = SensitivityInput & {
  base: string;
  lowResult: Money | number | null;
  highResult: Money | number | null;
  /** |high − low| in cents (money metrics) or years (break-even; "never" counts as the year after the last). */
  swing: number;
};

export type SensitivityResult = {
  scenarioId: string;
  metric: SensitivityMetric;
  baseResult: Money | number | null;
  rows: SensitivityRow[];
};

const DEFAULT_SPAN = new Decimal('0.2');

/** Inputs of the default set: key assumptions, party rates and costs, and the scenario's own levers. */
export function defaultSensitivityPaths(model: ModelFile, scenarioId: string): { path: InputPath; label: string }[] {
  const paths: { path: InputPath; label: string }[] = [];
  const add = (path: string, label: string) => {
    if (readInput(model, path) !== null && Number(readInput(model, path)) !== 0) paths.push({ path, label });
  };
  add('assumptions.indexation.default', 'indexation (default)');
  add('assumptions.indexation.personnel', 'indexation (personnel)');
  add('assumptions.discountRate', 'discount rate');
  add('assumptions.projectCostRate.replacement', 'project cost rate (replacement)');
  add('assumptions.projectCostRate.renewal', 'project cost rate (renewal)');
  for (const p of model.parties) {
    add(`parties.${p.id}.interestRate`, `${p.name}: interest`);
    add(`parties.${p.id}.costPerFte.own`, `${p.name}: cost per FTE (own)`);
    add(`parties.${p.id}.costPerFte.hired`, `${p.name}: cost per FTE (hired)`);
  }
  const byId = new Map(model.scenarios.map((s) => [s.id, s]));
  for (let s = byId.get(scenarioId); s !== undefined && s.basedOn !== null; s = byId.get(s.basedOn)) {
    (s.changes ?? []).forEach((c, i) => {
      if (c.enabled === false) return;
      const at = `scenarios.${s.id}.changes.${i}`;
      if (c.op === 'scale' && c.reduction !== undefined) add(`${at}.reduction`, `${s.name}: reduction ${i + 1}`);
      if (c.op === 'addLine' && c.line.type === 'oneOff') add(`${at}.line.amount`, `${s.name}: ${c.line.id}`);
      if (c.op === 'addLine' && c.line.type === 'opex') add(`${at}.line.amount`, `${s.name}: ${c.line.id}`);
      if (
        (c.op === 'setStaff' || c.op === 'addStaff') &&
        typeof (c.op === 'setStaff' ? c.fte : c.staff.fte) !== 'object'
      ) {
        add(
          c.op === 'setStaff' ? `${at}.fte` : `${at}.staff.fte`,
          `${s.name}: FTE ${c.op === 'setStaff' ? `${c.party}/${c.group}` : `${c.staff.party}/${c.staff.group}`}`,
        );
      }
    });
  }
  return paths;
}

/** Ranges of the model's uncertainty section, then the default set at ±20 % (paths not yet covered). */
export function sensitivityInputs(model: ModelFile, scenarioId: string): SensitivityInput[] {
  const out: SensitivityInput[] = prepareInputs(model).map((p) => {
    const { low, high } = lowHigh(p.distribution);
    return {
      id: p.input.id,
      path: p.input.path,
      label: p.input.label ?? p.input.path,
      low: toInputValue(low, p.bounds),
      high: toInputValue(high, p.bounds),
      source: 'range',
    };
  });
  const covered = new Set(out.map((i) => i.path));
  for (const { path, label } of defaultSensitivityPaths(model, scenarioId)) {
    if (covered.has(path)) continue;
    const base = new Decimal(readInput(model, path) as string);
    const bounds = inputBounds(path);
    const span = base.abs().times(DEFAULT_SPAN);
    out.push({
      id: path,
      path,
      label,
      source: 'default',
      low: toInputValue(base.minus(span).toNumber(), bounds),
      high: toInputValue(base.plus(span).toNumber(), bounds),
    });
  }
  return out;
}

function metricOf(
  model: ModelFile,
  scenarioId: string,
  metric: SensitivityMetric,
  cache: EvaluationCache,
): Money | number | null {
  const o = outcomesOf(model, cache);
  const s = o.scenarios.find((x) => x.id === scenarioId);
  if (s === undefined) throw new Error(`unknown scenario "${scenarioId}"`);
  switch (metric) {
    case 'cumulativeSavings':
      return centsToMoney(s.cumulativeAtEndCents);
    case 'npv':
      return centsToMoney(s.npvCents);
    case 'npvExtended':
      return centsToMoney(s.npvExtendedCents);
    case 'breakEvenYear':
      return s.breakEvenIndex < 0 ? null : (o.years[s.breakEvenIndex] as number);
  }
}

function asNumber(v: Money | number | null, never: number): number {
  if (v === null) return never;
  return typeof v === 'number' ? v : Number(v.replace('.', ''));
}

/** Runs the one-at-a-time analysis for a scenario and metric. */
export function runSensitivity(
  model: ModelFile,
  scenarioId: string,
  metric: SensitivityMetric,
  inputs: readonly SensitivityInput[] = sensitivityInputs(model, scenarioId),
): SensitivityResult {
  const cache = createEvaluationCache();
  const never = (model.horizon.extrapolateTo ?? model.horizon.endYear) + 1;
  const baseResult = metricOf(model, scenarioId, metric, cache);
  const rows = inputs.map((input) => {
    const lowResult = metricOf(writeInput(model, input.path, input.low), scenarioId, metric, cache);
    const highResult = metricOf(writeInput(model, input.path, input.high), scenarioId, metric, cache);
    return {
      ...input,
      base: readInput(model, input.path) as string,
      lowResult,
      highResult,
      swing: Math.abs(asNumber(highResult, never) - asNumber(lowResult, never)),
    };
  });
  rows.sort((a, b) => b.swing - a.swing);
  return { scenarioId, metric, baseResult, rows };
}
