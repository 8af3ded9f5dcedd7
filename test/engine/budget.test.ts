/**
 * The council's budget (model-v3 §10.7), hand-computed on test/fixtures/models-v3/vat-charged-budget.json:
 * a's ICT budget 60,000 from 2013, a taakstelling of 10,000 from 2014, a reserve withdrawal of
 * 5,000 in 2014 only; s1 cuts a's own applications (50,000) by 10 % from 2014.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateModel, toCliDocument, type ModelFile } from '../../src/engine';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const model = JSON.parse(readFileSync('test/fixtures/models-v3/vat-charged-budget.json', 'utf8')) as ModelFile;
const cli = (m: ModelFile) => toCliDocument(evaluateModel(m)) as Json;

describe('budget (model-v3 §10.7)', () => {
  const doc = cli(model);
  it("the baseline's gap is what keeping the ICT alone costs against the budget; no shortfall", () => {
    // 2013: recurring 50,000 + 25,000 = 75,000 − 60,000 = 15,000. 2014: 75,262.50 (with VAT) − 60,000;
    // one-off 10,105 − min(5,000, 10,105) = 5,105.
    expect(doc.scenarios[0].parties.a.budget).toEqual([
      { year: 2013, structural: '15000.00', incidental: '0.00', total: '15000.00', targetShortfall: '0.00' },
      { year: 2014, structural: '15262.50', incidental: '5105.00', total: '20367.50', targetShortfall: '0.00' },
    ]);
  });

  it('a scenario meets the taakstelling only with structural savings', () => {
    // s1 2014: recurring 45,000 + 25,000 + 262.50 = 70,262.50; saving 5,000 against 10,000 → 5,000 short.
    expect(doc.scenarios[1].parties.a.budget[1]).toEqual({
      year: 2014,
      structural: '10262.50',
      incidental: '5105.00',
      total: '15367.50',
      targetShortfall: '5000.00',
    });
  });

  it('a party without a budget has none; a reserve funds one-off cost, never more; amounts carry forward', () => {
    expect(doc.scenarios[0].parties.b.budget).toBeUndefined();
    const m = structuredClone(model) as Json;
    m.parties[0].budget = { ict: 70000, reserve: 50000, target: { 2013: 1000 } };
    const [base, s1] = cli(m as ModelFile).scenarios;
    // A reserve of 50,000 covers the whole one-off 10,105 in 2014 (and nothing in 2013, which has none).
    expect(base.parties.a.budget.map((b: Json) => [b.structural, b.incidental, b.targetShortfall])).toEqual([
      ['5000.00', '0.00', '0.00'],
      ['5262.50', '0.00', '0.00'],
    ]);
    // Target 1,000 from 2013 carries forward: 2013 no saving → 1,000 short; 2014 saving 5,000 → met.
    expect(s1.parties.a.budget.map((b: Json) => b.targetShortfall)).toEqual(['1000.00', '0.00']);
  });
});
