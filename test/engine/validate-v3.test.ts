/**
 * Validation of the version-3 fields of model-v3 §10.1–§10.3: each is refused in a lower
 * version with its path, the BBV starts refuse annuity wherever the two meet, the real discount
 * rate refuses the nominal one and per-scenario discount rates, and valid version-3 models pass.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ModelFile } from '../../src/engine';
import { requiredVersion, validateModel } from '../../src/engine/file';
import { generateModelV3 } from '../support/model-generator';
import { edgeModelsV3 } from '../reference/edge-models-v3';

const base = JSON.parse(readFileSync('test/fixtures/models/two-municipalities.json', 'utf8')) as ModelFile;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function variant(version: number, edit: (m: Json) => void): Json {
  const m = structuredClone(base) as Json;
  m.version = version;
  edit(m);
  return m;
}
const errors = (m: unknown) => validateModel(m).map((e) => `${e.path}: ${e.message}`);
const paths = (m: unknown) => validateModel(m).map((e) => e.path);

describe('version-3 fields need "version": 3', () => {
  const uses: [string, (m: Json) => void, string][] = [
    [
      'computeThrough',
      (m) => {
        m.assumptions = { ...m.assumptions, extrapolation: 'computeThrough' };
      },
      'assumptions.extrapolation',
    ],
    [
      'indexLastByCategory',
      (m) => {
        m.assumptions = { ...m.assumptions, extrapolation: 'indexLastByCategory' };
      },
      'assumptions.extrapolation',
    ],
    [
      'halfYear',
      (m) => {
        m.assumptions = { ...m.assumptions, depreciationStart: 'halfYear' };
      },
      'assumptions.depreciationStart',
    ],
    [
      'a real discount rate',
      (m) => {
        m.assumptions = { discountRealRate: 0.0225 };
      },
      'assumptions.discountRealRate',
    ],
    [
      'a party depreciation start',
      (m) => {
        m.parties[0].depreciationStart = 'sameYear';
      },
      'parties[0].depreciationStart',
    ],
  ];
  for (const [what, edit, path] of uses) {
    it(`${what}: refused in version 2 with its path, accepted in version 3`, () => {
      expect(errors(variant(2, edit))).toEqual([`${path}: needs "version": 3 or higher (the file says 2)`]);
      expect(errors(variant(3, edit))).toEqual([]);
      expect(requiredVersion(variant(3, edit) as ModelFile)).toBe(3);
    });
  }
  it('version 1 and 2 files without them still need version 1', () => {
    expect(requiredVersion(base)).toBe(1);
  });
});

describe('BBV starts are linear only (model-v3 §10.2)', () => {
  it('refuses annuity in the assumptions with a new start, in the assumptions or a party', () => {
    expect(
      paths(
        variant(3, (m) => {
          m.assumptions = { depreciationMethod: 'annuity', depreciationStart: 'halfYear' };
        }),
      ),
    ).toEqual(['assumptions.depreciationStart']);
    expect(
      paths(
        variant(3, (m) => {
          m.assumptions = { depreciationMethod: 'annuity' };
          m.parties[1].depreciationStart = 'sameYearNoInterest';
        }),
      ),
    ).toEqual(['parties[1].depreciationStart']);
  });
  it('refuses a line of its own with annuity whose owner starts by a new rule', () => {
    const m = variant(3, (x) => {
      x.assumptions = { depreciationStart: 'halfYear' };
      const lines = x.scenarios[0].lines as Json[];
      lines.push({
        type: 'investment',
        id: 'annu',
        party: x.parties[0].id,
        category: 'workplace',
        year: 2014,
        amount: 1000,
        method: 'annuity',
      });
    });
    const i = (m.scenarios[0].lines as Json[]).length - 1;
    expect(paths(m)).toEqual([`scenarios[0].lines[${i}].method`]);
  });
  it('refuses a setParam that brings the two together', () => {
    const m = variant(3, (x) => {
      x.assumptions = { depreciationStart: 'halfYear' };
      x.scenarios[1].changes = [
        ...(x.scenarios[1].changes ?? []),
        { op: 'setParam', path: 'assumptions.depreciationMethod', value: 'annuity' },
      ];
    });
    expect(paths(m)).toEqual([`scenarios[1].changes[${(m.scenarios[1].changes as Json[]).length - 1}].value`]);
  });
});

describe('the real discount rate (model-v3 §10.3)', () => {
  it('refuses it together with a nominal rate', () => {
    expect(
      errors(
        variant(3, (m) => {
          m.assumptions = { discountRate: 0.03, discountRealRate: 0.0225 };
        }),
      ),
    ).toEqual([
      'assumptions.discountRealRate: give either "discountRate" (nominal) or "discountRealRate" (real), not both',
    ]);
  });
  it('refuses a scenario discount rate in a model that uses it, and a per-scenario real rate in any model', () => {
    const withReal = variant(3, (m) => {
      m.assumptions = { discountRealRate: 0.0225 };
      m.scenarios[1].changes = [{ op: 'setParam', path: 'assumptions.discountRate', value: 0.04 }];
    });
    expect(paths(withReal)).toEqual(['scenarios[1].changes[0].path']);
    const perScenario = variant(3, (m) => {
      m.scenarios[1].changes = [{ op: 'setParam', path: 'assumptions.discountRealRate', value: 0.01 }];
    });
    expect(errors(perScenario).join('\n')).toMatch(/discountRealRate is model-wide/);
  });
});

describe('dates in a version-3 file (model-v3 §10.1)', () => {
  it('refuses a line or change dated after extrapolateTo, with its path', () => {
    const m = variant(3, (x) => {
      x.horizon = { ...x.horizon, extrapolateTo: x.horizon.endYear + 2 };
      const lines = x.scenarios[0].lines as Json[];
      lines.push({
        type: 'opex',
        id: 'late',
        party: x.parties[0].id,
        category: 'other',
        amount: 10,
        to: x.horizon.endYear + 3,
      });
    });
    const i = (m.scenarios[0].lines as Json[]).length - 1;
    expect(errors(m)).toEqual([
      `scenarios[0].lines[${i}].to: must be ≤ ${(m.horizon as Json).endYear + 2} (horizon.extrapolateTo)`,
    ]);
  });
  it('accepts them up to extrapolateTo', () => {
    const m = variant(3, (x) => {
      x.horizon = { ...x.horizon, extrapolateTo: x.horizon.endYear + 2 };
      (x.scenarios[0].lines as Json[]).push({
        type: 'oneOff',
        id: 'late',
        party: x.parties[0].id,
        category: 'programme',
        year: x.horizon.endYear + 2,
        amount: 10,
      });
    });
    expect(errors(m)).toEqual([]);
  });
});

describe('valid version-3 models', () => {
  it('the hand-made edge models and 60 generated ones', () => {
    for (const [name, m] of edgeModelsV3) expect(validateModel(m), name).toEqual([]);
    for (let seed = 1; seed <= 60; seed += 1) expect(validateModel(generateModelV3(seed)), `seed ${seed}`).toEqual([]);
  });
});
