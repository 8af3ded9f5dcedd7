/**
 * Sensitivity (tornado): each input moved to its low and high value, one at a time, checked
 * against full evaluations of the changed model with `evaluateModel`.
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateModel,
  inputBounds,
  readInput,
  runSensitivity,
  type ModelFile,
  type SensitivityMetric,
} from '../../src/engine';
import { sensitivityInputs } from '../../src/engine/sampling';
import { writeInput } from '../../src/engine/model';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { withRanges } from '../support/uncertain-models';

const model = haarlemHaarlemmermeer;
const scenarioId = model.scenarios[model.scenarios.length - 1]?.id as string;

function metricByEvaluation(m: ModelFile, metric: SensitivityMetric): string | number | null {
  const s = evaluateModel(m).scenarios.find((x) => x.id === scenarioId);
  if (!s) throw new Error('no scenario');
  if (metric === 'npv') return s.npv;
  if (metric === 'breakEvenYear') return s.breakEven?.year ?? null;
  const end = s.years.find((y) => y.year === m.horizon.endYear);
  return end?.cumulativeSavings ?? null;
}

describe('sensitivity', { timeout: 30_000 }, () => {
  it('moves default inputs by ±20 % of their value', () => {
    const inputs = sensitivityInputs(model, scenarioId);
    expect(inputs.length).toBeGreaterThan(3);
    for (const i of inputs) {
      expect(i.source).toBe('default');
      const v = Number(readInput(model, i.path));
      expect(Number(i.low)).toBeCloseTo(v * 0.8, 4);
      expect(Number(i.high)).toBeCloseTo(v * 1.2, 4);
    }
  });

  it('uses a range’s ends, and mean ± 1.2816 sd for a normal, instead of ±20 %', () => {
    const ranged = withRanges(model);
    const inputs = sensitivityInputs(ranged, scenarioId);
    for (const r of ranged.uncertainty?.inputs ?? []) {
      const row = inputs.find((i) => i.path === r.path);
      expect(row?.source).toBe('range');
      const d = r.distribution;
      if (d.kind === 'normal') {
        const mean = Number(readInput(model, r.path));
        const b = inputBounds(r.path);
        const lo = Math.max(mean - 1.2816 * Number(d.sd), b.min === null ? -Infinity : Number(b.min));
        const hi = Math.min(mean + 1.2816 * Number(d.sd), b.max === null ? Infinity : Number(b.max));
        expect(Number(row?.low)).toBeCloseTo(lo, 2);
        expect(Number(row?.high)).toBeCloseTo(hi, 2);
      } else {
        expect(Number(row?.low)).toBeCloseTo(Number(d.low), 2);
        expect(Number(row?.high)).toBeCloseTo(Number(d.high), 2);
      }
    }
    expect(new Set(inputs.map((i) => i.path)).size).toBe(inputs.length);
  });

  it.each<SensitivityMetric>(['npv', 'cumulativeSavings', 'breakEvenYear'])(
    '%s: base, low and high agree with evaluating the changed model; rows sorted by swing',
    (metric) => {
      const result = runSensitivity(model, scenarioId, metric);
      expect(result.baseResult).toEqual(metricByEvaluation(model, metric));
      for (const row of result.rows) {
        expect(row.base).toBe(readInput(model, row.path));
        expect(row.lowResult).toEqual(metricByEvaluation(writeInput(model, row.path, row.low), metric));
        expect(row.highResult).toEqual(metricByEvaluation(writeInput(model, row.path, row.high), metric));
      }
      result.rows.forEach((r, i) => {
        if (i > 0) expect(r.swing).toBeLessThanOrEqual((result.rows[i - 1] as typeof r).swing);
      });
      if (metric !== 'breakEvenYear') {
        expect(result.rows[0]?.swing).toBeGreaterThan(0);
        for (const r of result.rows)
          expect(r.swing).toBe(
            Math.abs(Math.round(Number(r.highResult) * 100) - Math.round(Number(r.lowResult) * 100)),
          );
      }
    },
  );

  it('counts "never breaks even" as the year after the last when measuring a swing', () => {
    const never = (model.horizon.extrapolateTo ?? model.horizon.endYear) + 1;
    const result = runSensitivity(model, scenarioId, 'breakEvenYear');
    for (const r of result.rows) {
      const lo = r.lowResult === null ? never : Number(r.lowResult);
      const hi = r.highResult === null ? never : Number(r.highResult);
      expect(r.swing).toBe(Math.abs(hi - lo));
    }
  });
});
