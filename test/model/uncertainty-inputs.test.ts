/**
 * The numeric inputs ranges and workshop controls can sit on, the suggestions, and the
 * workshop's what-if layer over a model.
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel, inputBounds, readInput, type ModelFile } from '../../src/engine';
import { writeInput } from '../../src/engine/model';
import { haarlemHaarlemmermeer } from '../../src/examples';
import {
  appStore,
  resetWhatIf,
  setWhatIf,
  snapshotFigures,
  takeSnapshot,
  whatIfModel,
  evaluationOf,
} from '../../src/state';
import { numericInputs, suggestedControls, suggestedRanges } from '../../src/model';
import { generateModel } from '../support/model-generator';
import fixture from '../state/fixtures/two-municipalities.json';

const models: [string, ModelFile][] = [
  ['example', haarlemHaarlemmermeer],
  ['two municipalities', fixture as ModelFile],
  ['generated 3', generateModel(3)],
  ['generated 5', generateModel(5)],
];

describe('numeric inputs', { timeout: 30_000 }, () => {
  it.each(models)('every path names exactly one number of the model, and no years or structure: %s', (_name, m) => {
    const inputs = numericInputs(m, 'nl');
    expect(inputs.length).toBeGreaterThan(5);
    expect(new Set(inputs.map((i) => i.path)).size).toBe(inputs.length);
    for (const i of inputs) {
      expect(readInput(m, i.path)).toBe(i.value);
      expect(i.path).not.toMatch(/(^|\.)(version|horizon|from|to|year|years|priceBaseYear)(\.|$)/);
      const changed = writeInput(m, i.path, '12345');
      expect(readInput(changed, i.path)).toBe('12345');
      const others = inputs.filter((x) => x.path !== i.path);
      expect(others.every((x) => readInput(changed, x.path) === x.value)).toBe(true);
    }
  });

  it('labels inputs in Dutch and English', () => {
    const nl = numericInputs(haarlemHaarlemmermeer, 'nl').find((i) => i.path === 'parties.haarlem.interestRate');
    const en = numericInputs(haarlemHaarlemmermeer, 'en').find((i) => i.path === 'parties.haarlem.interestRate');
    expect(nl?.title).toBe('Haarlem: rente');
    expect(en?.title).toBe('Haarlem: interest rate');
    expect(nl?.unit).toBe('percent');
  });
});

describe('suggestions', { timeout: 30_000 }, () => {
  it.each(models)('ranges are ±20 % around the value and within the input’s valid range: %s', (_name, m) => {
    for (const r of suggestedRanges(m, 'nl')) {
      const v = Number(readInput(m, r.path));
      const d = r.distribution as { low: string; high: string };
      const b = inputBounds(r.path);
      expect(Number(d.low)).toBeCloseTo(
        Math.max(v - Math.abs(v) * 0.2, b.min === null ? -Infinity : Number(b.min)),
        b.decimals,
      );
      expect(Number(d.high)).toBeCloseTo(
        Math.min(v + Math.abs(v) * 0.2, b.max === null ? Infinity : Number(b.max)),
        b.decimals,
      );
    }
  });

  it.each(models)(
    'controls: at most six, on non-zero inputs, the value within [min, max], a positive step: %s',
    (_name, m) => {
      const controls = suggestedControls(m, 'nl');
      expect(controls.length).toBeLessThanOrEqual(6);
      expect(new Set(controls.map((c) => c.id)).size).toBe(controls.length);
      for (const c of controls) {
        const v = Number(readInput(m, c.path));
        expect(v).not.toBe(0);
        expect(Number(c.step)).toBeGreaterThan(0);
        expect(Number(c.min)).toBeLessThanOrEqual(v);
        expect(Number(c.max)).toBeGreaterThanOrEqual(v);
      }
    },
  );
});

describe('the what-if layer', { timeout: 30_000 }, () => {
  it('writes the values into a copy, skips paths the model no longer has, and is the model itself when empty', () => {
    const m = haarlemHaarlemmermeer;
    expect(whatIfModel(m, {})).toBe(m);
    const values = { 'parties.haarlem.interestRate': '0.06', 'parties.nobody.interestRate': '0.1' };
    const layered = whatIfModel(m, values);
    expect(readInput(layered, 'parties.haarlem.interestRate')).toBe('0.06');
    expect(readInput(m, 'parties.haarlem.interestRate')).not.toBe('0.06');
    expect(whatIfModel(m, values)).toBe(layered);
  });

  it('snapshots keep the layered model’s figures as the engine computes them', () => {
    const id = appStore.getState().addModel(structuredClone(haarlemHaarlemmermeer), { isActive: false });
    const m = appStore.getState().models[id]!.model;
    const path = suggestedControls(m, 'nl')[0]!.path;
    setWhatIf(id, path, '0.2');
    expect(takeSnapshot(id, m, 'A')).toBe(true);
    resetWhatIf(id);
    const snap = appStore.getState().workshop[id]!.snapshots[0]!;
    expect(snap.values).toEqual({ [path]: '0.2' });
    const expected = snapshotFigures(evaluationOf(writeInput(m, path, '0.2')));
    expect(snap.scenarios).toEqual(expected?.scenarios);
    const direct = evaluateModel(writeInput(m, path, '0.2'));
    expect(snap.scenarios.map((s) => s.npv)).toEqual(direct.scenarios.map((s) => s.npv));
    expect(appStore.getState().workshop[id]!.values).toEqual({});
  });
});
