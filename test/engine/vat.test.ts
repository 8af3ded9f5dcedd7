/**
 * VAT on a shared party's charges (model-v3 §10.6), hand-computed on the fixtures in
 * test/fixtures/models-v3: `charged` with municipal compensable shares, `exempt` with input VAT on
 * the centre's purchases and on the hired part of its staff, split by each category's key.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateModel, toCliDocument, type ModelFile } from '../../src/engine';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const read = (name: string) => JSON.parse(readFileSync(`test/fixtures/models-v3/${name}.json`, 'utf8')) as ModelFile;
const cli = (m: ModelFile) => toCliDocument(evaluateModel(m)) as Json;

describe('VAT charged (model-v3 §10.6)', () => {
  // c: datacom 100,000 a year, programme 40,000 in 2014, split by inhabitants a : b = 1 : 3, 21 %.
  // a recovers 100 % before 2014 and 95 % from 2014; b 90 % from 2013.
  const doc = cli(read('vat-charged-budget'));
  const base = doc.scenarios[0];

  it("is the non-compensable part of 21 % on each municipality's allocated charges, recurring and one-off apart", () => {
    // a 2013: V = 21 % × 25,000 = 5,250, all compensable → 0. 2014: 5,250 − round(4,987.5) = 262.50
    //   recurring; one-off 21 % × 10,000 = 2,100 − 1,995 = 105.00.
    // b: 15,750 − 14,175 = 1,575.00 recurring each year; 2014 one-off 6,300 − 5,670 = 630.00.
    expect(base.years.map((y: Json) => y.byCategory.vat)).toEqual(['1575.00', '2572.50']);
    const vatOf = (party: string) => base.parties[party].years.map((y: Json) => [y.total, y.oneOff]);
    expect(vatOf('a')).toEqual([
      ['75000.00', '0.00'],
      ['85367.50', '10105.00'],
    ]);
    expect(vatOf('b')).toEqual([
      ['76575.00', '0.00'],
      ['107205.00', '30630.00'],
    ]);
    // Owner of the VAT cost is the municipality; the shared party's own cost is unchanged.
    expect(base.years[1].byOwner).toEqual({ a: '50367.50', b: '2205.00', c: '140000.00' });
    expect(base.years[1].total).toBe('192572.50');
  });

  it('is the same on cash (no investments here)', () => {
    expect(base.cash.years.map((y: Json) => y.total)).toEqual(['151575.00', '192572.50']);
  });

  it('regime none (the default) has no VAT; v1/v2 files have no vat category at all', () => {
    const m = read('vat-charged-budget') as Json;
    m.parties[2].vat = { regime: 'none' };
    expect(cli(m as ModelFile).scenarios[0].years.map((y: Json) => y.byCategory.vat)).toEqual(['0.00', '0.00']);
    const v2 = read('vat-charged-budget') as Json;
    v2.version = 2;
    for (const p of v2.parties) {
      delete p.vat;
      delete p.budget;
    }
    const years = cli(v2 as ModelFile).scenarios[0].years;
    expect(Object.keys(years[0].byCategory)).not.toContain('vat');
    expect(Object.keys(years[0].byCategory)).not.toContain('exit');
  });
});

describe('VAT exempt (model-v3 §10.6)', () => {
  // c: datacom 100,000 (key fixed 1 : 1), staff 4 FTE 25 % hired at 100,000 (hired part 100,000),
  // programme 40,000 in 2014, an application server bought 2010 (50,000 over 5 years: 10,000 a year,
  // interest 0); s1 retires it from 2014 (write-off 20,000). Rate 21 % × input share 50 % = 10.5 %.
  const doc = cli(read('vat-exempt'));
  const [base, s1] = doc.scenarios;

  it('charges the input VAT on purchases and on hired staff, split by the key of the category it is paid on', () => {
    // 2013: datacom 10,500 (a 5,250, b 5,250); personnel 10,500 (by inhabitants: 2,625 / 7,875);
    //   appServers charge 10,000 → 1,050 (262.50 / 787.50). Total 22,050; a 8,137.50, b 13,912.50.
    expect(base.years.map((y: Json) => y.byCategory.vat)).toEqual(['22050.00', '26250.00']);
    expect(base.years[0].byOwner.c).toBe('472050.00');
    // a: 25 % of (340,000 staff + 10,000 charge) = 87,500 + 50,000 datacom + 8,137.50 VAT.
    expect(base.parties.a.years[0].total).toBe('145637.50');
    expect(base.parties.b.years[0].total).toBe('326412.50');
    // 2014 one-off: 10.5 % × 40,000 = 4,200.
    expect(base.years[1].oneOff).toBe('44200.00');
  });

  it('pays no VAT on a disinvestment write-off', () => {
    // s1 2014: the server's 1,050 goes (no charge), the 20,000 write-off bears none: 26,250 − 1,050.
    expect(s1.years[1].byCategory.vat).toBe('25200.00');
    expect(s1.years[1].oneOff).toBe('64200.00');
  });

  it('on cash: the purchases paid and the hired staff', () => {
    // 2013: 340,000 + 100,000 + 10,500 + 10,500 = 461,000; 2014 + 40,000 + 4,200.
    expect(base.cash.years.map((y: Json) => [y.total, y.oneOff])).toEqual([
      ['461000.00', '0.00'],
      ['505200.00', '44200.00'],
    ]);
  });
});

describe('the totals-only routes include VAT and friction (sensitivity, Monte Carlo)', () => {
  it("outcomesOf and a sampling plan give the evaluation's totals", async () => {
    const { outcomesOf } = await import('../../src/engine/results');
    const { createSamplePlan } = await import('../../src/engine/sampling');
    for (const name of ['vat-charged-budget', 'vat-exempt', 'staff-transition']) {
      const m = read(name);
      const totals = cli(m).scenarios.map((s: Json) => s.years.map((y: Json) => y.total));
      const cents = (o: { scenarios: { totals: number[] }[] }) =>
        o.scenarios.map((s) => s.totals.map((c) => (c / 100).toFixed(2)));
      expect(cents(outcomesOf(m))).toEqual(totals);
      const path = 'assumptions.indexation.default';
      const plan = createSamplePlan({ ...m, assumptions: { ...m.assumptions, indexation: { default: 0.02 } } }, [path]);
      expect(cents(plan.outcomes([0.02]))).toEqual(
        cli({ ...m, assumptions: { ...m.assumptions, indexation: { default: 0.02 } } }).scenarios.map((s: Json) =>
          s.years.map((y: Json) => y.total),
        ),
      );
    }
  });
});
