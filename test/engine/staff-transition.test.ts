/**
 * Friction cost by rule (model-v3 §10.5), hand-computed on test/fixtures/models-v3/staff-transition.json:
 * baseline a technicalMgmt 10 FTE (20 % hired), b 20 FTE (10 % hired); own 26, hired 4, total 30.
 * s1: a to 6 own FTE from 2014 (hired 0), b to 15 from 2015 (10 % hired), c (shared) 3 new FTE
 * from 2014 (placed, not surplus); rule: 24 months, 2 months notice, 3 % attrition, €1,000 per
 * person, origin bears, as incurred. Personnel index 2 % from 2013.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateModel, toCliDocument, type ModelFile } from '../../src/engine';

const model = JSON.parse(readFileSync('test/fixtures/models-v3/staff-transition.json', 'utf8')) as ModelFile;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const cli = (m: ModelFile) => toCliDocument(evaluateModel(m));
const scenario = (m: ModelFile, id: string) => cli(m).scenarios.find((s) => s.id === id) as Json;
const friction = (s: Json) => s.years.map((y: Json) => y.byCategory.friction);

describe('staffTransition: the table and the cost (model-v3 §10.5)', () => {
  it('prices hired staff ended first, attrition and own surplus, per year the reduction is new', () => {
    // 2014: total 6 + 20 + 3 = 29, Rd = 1 = N; Hd = 4 − 2 = 2, NH = min(1, 2) = 1: all hired.
    //   Origin of the hired fall: a (2 → 0). Cost 1 × 90,000 × 2/12 × 1.02 = 15,300.00.
    // 2015: total 6 + 15 + 3 = 24, Rd = 6, N = 6 − 1 = 5; Hd = 4 − 1.5 = 2.5, NH = min(5, 0.5) = 0.5;
    //   O = 4.5, A = min(4.5, 0.03 × 26 × 24/12 = 1.56) = 1.56, U = 2.94. Origins: b only (own 18 → 13.5,
    //   hired 2 → 1.5). Own: 2.94 × (72,000 × 2 × 1.0404 + 1,000) = 443,403.744 → 443,403.74;
    //   hired: 0.5 × 120,000 × 2/12 × 1.0404 = 10,404.00; together 453,807.74.
    // 2016: Rd = 6, nothing new.
    const s1 = scenario(model, 's1');
    expect(s1.staffTransition).toEqual([
      { group: 'technicalMgmt', year: 2014, reduction: 1, hired: 1, attrition: 0, surplus: 0, cost: '15300.00' },
      {
        group: 'technicalMgmt',
        year: 2015,
        reduction: 5,
        hired: 0.5,
        attrition: 1.56,
        surplus: 2.94,
        cost: '453807.74',
      },
    ]);
    expect(friction(s1)).toEqual(['0.00', '15300.00', '453807.74', '0.00']);
    // Origin bears: a's 15,300 in 2014, b's 453,807.74 in 2015 (own cost of b: 13.5 × 72,000 × 1.0404 +
    // 1.5 × 120,000 × 1.0404 = 1,011,268.80 + 187,272.00 plus 453,807.74).
    expect(s1.years[2].byOwner.b).toBe('1652348.54');
    expect(s1.years[1].byOwner.a).toBe('382500.00'); // 6 × 60,000 × 1.02 = 367,200 + 15,300
    expect(s1.years.map((y: Json) => y.oneOff)).toEqual(['0.00', '15300.00', '453807.74', '0.00']);
  });

  it("a child without a rule inherits the parent's, recomputed on its own staff, without counting it twice", () => {
    // s2 lowers b to 12 from 2016: total 21, Rd = 9, N = 3; Hd = 4 − 1.2 = 2.8, NH = 0.3; O = 2.7,
    // A = 1.56, U = 1.14. Own 1.14 × (144,000 × 1.061208 + 1,000) = 175,347.905… → 175,347.91;
    // hired 0.3 × 20,000 × 1.061208 = 6,367.248 → 6,367.25; together 181,715.16.
    const s2 = scenario(model, 's2');
    expect(s2.staffTransition.map((r: Json) => [r.year, r.reduction, r.hired, r.attrition, r.surplus, r.cost])).toEqual(
      [
        [2014, 1, 1, 0, 0, '15300.00'],
        [2015, 5, 0.5, 1.56, 2.94, '453807.74'],
        [2016, 3, 0.3, 1.56, 1.14, '181715.16'],
      ],
    );
    // The parent's friction is in the child's ledger once, not twice.
    expect(friction(s2)).toEqual(['0.00', '15300.00', '453807.74', '181715.16']);
  });

  it("a scenario's own rule replaces its ancestors' (their friction dropped); a shared bearer allocates by its friction key", () => {
    // s3: defaults (attrition 0, perPerson 0), bearer c, booked in 2013. 2015: U = 4.5 →
    // 4.5 × 144,000 × 1.0404 = 674,179.20 + hired 10,404.00 = 684,583.20; with 2014's 15,300: 699,883.20.
    const s3 = scenario(model, 's3');
    expect(s3.staffTransition.map((r: Json) => [r.year, r.attrition, r.surplus, r.cost])).toEqual([
      [2014, 0, 0, '15300.00'],
      [2015, 0, 4.5, '684583.20'],
    ]);
    expect(friction(s3)).toEqual(['699883.20', '0.00', '0.00', '0.00']);
    expect(s3.years[0].byOwner.c).toBe('699883.20');
    // c splits by inhabitants (1 : 3): 174,970.80 and 524,912.40 on top of a's 600,000 × 1.1 and b's.
    expect(s3.parties.a.years[0].oneOff).toBe('174970.80');
    expect(s3.parties.b.years[0].oneOff).toBe('524912.40');
    // Cash: friction in the year it is incurred, whatever its booking (model-v3 §10.3).
    expect(s3.cash.years.map((y: Json) => y.oneOff)).toEqual(['0.00', '15300.00', '684583.20', '0.00']);
  });

  it('the baseline and scenarios without a rule have no table; a switched-off rule is no rule', () => {
    const doc = cli(model);
    expect(doc.scenarios[0]?.staffTransition).toBeUndefined();
    const off = structuredClone(model) as Json;
    off.scenarios[1].changes[3].enabled = false;
    off.scenarios.pop();
    const s1 = scenario(off as ModelFile, 's1');
    expect(s1.staffTransition).toBeUndefined();
    expect(friction(s1)).toEqual(['0.00', '0.00', '0.00', '0.00']);
  });

  it('a scale on staff lowers cost but is no FTE reduction', () => {
    const m = structuredClone(model) as Json;
    m.scenarios[1].changes = [
      { op: 'scale', select: { group: 'technicalMgmt' }, reduction: 0.5 },
      { op: 'staffTransition', booking: 'asIncurred' },
    ];
    m.scenarios.splice(2);
    expect(scenario(m as ModelFile, 's1').staffTransition).toEqual([]);
  });

  it("when no party's FTE fell in the year, the reduction costs nothing", () => {
    // The baseline grows from 2015 while the scenario stays: N = 5 in 2015 but no origin.
    const m = structuredClone(model) as Json;
    m.scenarios[0].staff[1].fte = { 2013: 20, 2015: 25 };
    m.scenarios[1].changes = [
      { op: 'setStaff', party: 'b', group: 'technicalMgmt', fte: { 2015: 20 } },
      { op: 'staffTransition', booking: 'asIncurred' },
    ];
    m.scenarios.splice(2);
    const s1 = scenario(m as ModelFile, 's1');
    expect(s1.staffTransition).toEqual([
      { group: 'technicalMgmt', year: 2015, reduction: 5, hired: 0.5, attrition: 0, surplus: 4.5, cost: '0.00' },
    ]);
    expect(friction(s1)).toEqual(['0.00', '0.00', '0.00', '0.00']);
  });
});

describe('the trace of friction and VAT figures (model-v3 §10.5, §10.6)', () => {
  it('lists the rule’s contributions, by owner and allocated, adding up to the figure', async () => {
    const { explainFigure } = await import('../../src/engine/views');
    const owner = explainFigure(model, { scenarioId: 's3', year: 2013, category: 'friction', owner: 'c' });
    expect(owner.total).toBe('699883.20');
    expect(owner.items.map((i) => [i.rule, i.amount])).toEqual([
      ['friction', '15300.00'],
      ['friction', '684583.20'],
    ]);
    const party = explainFigure(model, { scenarioId: 's3', year: 2013, category: 'friction', party: 'a' });
    expect(party.total).toBe('174970.80');
    const vat = JSON.parse(readFileSync('test/fixtures/models-v3/vat-charged-budget.json', 'utf8')) as ModelFile;
    const v = explainFigure(vat, { scenarioId: 'base', year: 2014, category: 'vat', party: 'a' });
    expect(v.total).toBe('367.50'); // 262.50 recurring + 105.00 one-off
    expect(v.items.every((i) => i.rule === 'vat')).toBe(true);
  });
});
