/**
 * The method panel's figures (model-v3 §10.1): the example computed through to 2035 breaks
 * even in 2020 (2.0) and 2018 (3.0) instead of the frozen method's years, and 2021 and 2017 on
 * cash — the figures of an independent implementation of the spec (test/reference).
 */
import { describe, expect, it } from 'vitest';
import { compareMethods, toCliDocument, evaluateModel, type ModelFile } from '../../src/engine';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { referenceDocument } from '../reference/reference';

const to2035: ModelFile = {
  ...haarlemHaarlemmermeer,
  horizon: { ...haarlemHaarlemmermeer.horizon, extrapolateTo: 2035 },
};

describe('compareMethods', () => {
  it('shows the example to 2035 under both methods, overall and per municipality', () => {
    const c = compareMethods(to2035);
    if (c === null) throw new Error('no comparison');
    expect(c.method).toBe('indexLast');
    const overall = (id: string) => c.rows.find((r) => r.scenarioId === id && r.party === null);
    expect(overall('s2')?.through.breakEven?.year).toBe(2020);
    expect(overall('s3')?.through.breakEven?.year).toBe(2018);
    expect(overall('s2')?.through.cashBreakEven?.year).toBe(2021);
    expect(overall('s3')?.through.cashBreakEven?.year).toBe(2017);
    expect(overall('s2')?.isDifferent).toBe(true);
    expect(c.rows.filter((r) => r.party !== null).map((r) => r.party)).toContain('haarlem');
  });
  it('agrees with the reference computed through', () => {
    const through: ModelFile = {
      ...to2035,
      version: 3,
      assumptions: { ...to2035.assumptions, extrapolation: 'computeThrough' },
    };
    const engine = toCliDocument(evaluateModel(through));
    const reference = referenceDocument(through);
    expect(engine.scenarios.map((s) => [s.breakEven, s.cash?.breakEven, s.npvExtended])).toEqual(
      reference.scenarios.map((s) => [s.breakEven, s.cash?.breakEven, s.npvExtended]),
    );
  });
  it('has nothing to compare without years after endYear', () => {
    expect(compareMethods({ ...haarlemHaarlemmermeer, horizon: { startYear: 2013, endYear: 2017 } })).toBeNull();
  });
});
