/**
 * Issue 19: the size limits. A national model (every municipality of the Netherlands and
 * regional centres) and a 60-year horizon are accepted; a file beyond a limit is refused with a
 * message that names the limit and why.
 */
import { describe, expect, it } from 'vitest';
import { loadModel, type ModelFile } from '../../src/engine';
import { MAX_CELLS, MAX_PARTIES, validateModel } from '../../src/engine/file';
import { generateModel } from '../support/model-generator';

/** A light model: n municipalities and one shared party, two lines each, over `years` years. */
function wide(municipalities: number, years: number, scenarios = 2): ModelFile {
  return generateModel(5, { municipalities, sharedParties: 1, years, scenarios, linesPerMunicipality: 2 });
}

describe('size limits', () => {
  it('accepts 400 parties over a 60-year horizon in five scenarios', () => {
    const m = wide(399, 60, 5);
    expect(m.parties).toHaveLength(400);
    expect(m.horizon.endYear - m.horizon.startYear + 1).toBe(60);
    expect(validateModel({ ...m, horizon: { startYear: m.horizon.startYear, endYear: m.horizon.endYear } })).toEqual(
      [],
    );
  });

  it('refuses a horizon of 61 years, naming the limit and why', () => {
    const m = wide(3, 5);
    const errors = validateModel({ ...m, horizon: { startYear: 2000, endYear: 2060 } });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('horizon.endYear');
    expect(errors[0]?.message).toMatch(/at most 60 years \(it spans 61\): every year is computed in detail/);
  });

  it('refuses more parties than MAX_PARTIES, naming the limit and why', () => {
    const m = wide(3, 5);
    const extra = Array.from({ length: MAX_PARTIES - 3 }, (_, i) => ({
      id: `x${i}`,
      name: `X ${i}`,
      kind: 'municipality' as const,
      inhabitants: 1000,
    }));
    const errors = validateModel({ ...m, parties: [...m.parties, ...extra] });
    expect(errors.map((e) => e.path)).toContain('parties');
    expect(errors.find((e) => e.path === 'parties')?.message).toMatch(
      new RegExp(`may hold at most ${MAX_PARTIES} items \\(it holds ${MAX_PARTIES + 1}\\): every shared party's cost`),
    );
  });

  it('refuses a model of more cells than MAX_CELLS, spelling out the product and the memory it needs', () => {
    // 400 parties × 15 default categories × 100 years × 7 scenarios = 4,200,000 cells.
    const m = wide(399, 20, 7);
    const big = { ...m, horizon: { ...m.horizon, extrapolateTo: m.horizon.startYear + 99 } };
    const errors = validateModel(big);
    expect(errors).toEqual([
      {
        path: 'parties',
        message: expect.stringContaining(
          `400 parties × 15 categories × 100 years (startYear to extrapolateTo) × 7 scenarios = 4,200,000 cells; at most ${MAX_CELLS.toLocaleString('en-US')}, because a result keeps about 67 bytes a cell (here about 281 MB)`,
        ),
      },
    ]);
    // One scenario fewer fits.
    expect(validateModel({ ...big, scenarios: big.scenarios.slice(0, 6) })).toEqual([]);
  });

  it('loadModel refuses a file beyond a limit with the same message', () => {
    const m = wide(3, 5);
    const r = loadModel(JSON.stringify({ ...m, horizon: { startYear: 2000, endYear: 2070 } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toContain('at most 60 years');
  });
});
