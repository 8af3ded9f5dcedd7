/**
 * Every figure is traceable (issue 5): for randomly chosen figures of generated models, the
 * contributions the trace lists add up to the figure exactly.
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel, explainFigure, type Evaluation, type TraceQuery } from '../../src/engine';
import { mulberry32 } from '../../src/engine/sampling';
import { generateModel } from '../support/model-generator';
import { edgeModelsV3 } from '../reference/edge-models-v3';

const cents = (m: string) => Number(m.replace('.', ''));

/** The figure a query names, read from the evaluation. */
function figureOf(e: Evaluation, q: TraceQuery): string {
  const s = e.scenarios.find((x) => x.id === q.scenarioId);
  const y = s?.years.find((x) => x.year === q.year);
  if (!y) throw new Error('no such year');
  if (q.party !== undefined)
    return q.category !== undefined
      ? (y.byPartyCategory[q.party]?.[q.category] ?? '0.00')
      : (y.byParty[q.party] ?? '0.00');
  if (q.owner !== undefined)
    return q.category !== undefined
      ? (y.byOwnerCategory[q.owner]?.[q.category] ?? '0.00')
      : (y.byOwner[q.owner] ?? '0.00');
  return q.category !== undefined ? (y.byCategory[q.category] ?? '0.00') : y.total;
}

function randomQueries(e: Evaluation, seed: number, n: number): TraceQuery[] {
  const rng = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const owners = [...e.municipalities, ...e.sharedParties];
  return [...Array(n).keys()].map(() => {
    const s = pick(e.scenarios);
    const year = pick(e.years);
    const kind = Math.floor(rng() * 5);
    const category = rng() < 0.5 ? pick(e.categories).id : undefined;
    if (kind === 0) return { scenarioId: s.id, year, ...(category ? { category } : {}) };
    if (kind <= 2) return { scenarioId: s.id, year, party: pick(e.municipalities), ...(category ? { category } : {}) };
    return { scenarioId: s.id, year, owner: pick(owners), ...(category ? { category } : {}) };
  });
}

describe('trace', () => {
  it.each(edgeModelsV3.map(([name, m]) => [name, m] as const))(
    'the items behind 40 random figures of version-3 model "%s" add up to each figure',
    (_name, model) => {
      const e = evaluateModel(model);
      for (const q of randomQueries(e, 7, 40)) {
        const trace = explainFigure(model, q);
        const sum = trace.items.reduce((a, i) => a + cents(i.amount), 0);
        expect(trace.total, JSON.stringify(q)).toBe(figureOf(e, q));
        expect(sum).toBe(cents(trace.total));
      }
    },
  );

  it.each([3, 17, 42, 99])('the items behind 20 random figures of generated model %i add up to each figure', (seed) => {
    const model = generateModel(seed);
    const e = evaluateModel(model);
    for (const q of randomQueries(e, seed, 20)) {
      const trace = explainFigure(model, q);
      const sum = trace.items.reduce((a, i) => a + cents(i.amount), 0);
      expect(trace.total).toBe(figureOf(e, q));
      expect(sum).toBe(cents(trace.total));
    }
  });

  it('lists, for a municipality, its share of the shared party with the key and weights', () => {
    const model = generateModel(5, { municipalities: 3, sharedParties: 1, years: 6, scenarios: 3 });
    const e = evaluateModel(model);
    const shared = e.sharedParties[0] as string;
    const s = e.scenarios.find((x) => x.years.some((y) => y.byOwner[shared] !== '0.00' && !y.isExtrapolated));
    const y = s?.years.find((x) => x.byOwner[shared] !== '0.00' && !x.isExtrapolated);
    expect(s && y).toBeTruthy();
    if (!s || !y) return;
    const items = e.municipalities.flatMap((m) =>
      explainFigure(model, { scenarioId: s.id, year: y.year, party: m }).items.filter((i) => i.rule === 'allocation'),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const i of items)
      expect(i.detail).toMatchObject({
        basis: expect.any(String),
        weight: expect.any(String),
        totalWeight: expect.any(String),
      });
    // The shares of all members add up to the shared party's cost that year.
    expect(items.reduce((a, i) => a + cents(i.amount), 0)).toBe(cents(y.byOwner[shared] ?? '0'));
  });
  it('says for every item how it was computed, and a category figure lists only that category', () => {
    const model = generateModel(61, { municipalities: 3, sharedParties: 1, years: 5, scenarios: 3 });
    const e = evaluateModel(model);
    const seen = new Set<string>();
    for (const q of randomQueries(e, 61, 20)) {
      const trace = explainFigure(model, q);
      for (const item of trace.items) {
        seen.add(item.rule);
        if (q.category !== undefined && item.rule !== 'extrapolation') expect(item.category).toBe(q.category);
        if (item.rule === 'charge')
          expect(item.detail).toMatchObject({
            investYear: expect.any(Number),
            years: expect.any(Number),
            interestRate: expect.any(String),
            method: expect.stringMatching(/linear|annuity/),
          });
        if (item.rule === 'staff')
          expect(item.detail).toMatchObject({
            group: expect.any(String),
            fte: expect.any(String),
            costPerFteOwn: expect.any(String),
            index: expect.any(String),
          });
        if (item.rule === 'allocation')
          expect(Number(item.detail.weight)).toBeLessThanOrEqual(Number(item.detail.totalWeight));
        if (item.rule === 'opex')
          expect(item.detail).toMatchObject({ amount: expect.any(String), index: expect.any(String) });
      }
    }
    expect([...seen]).toEqual(expect.arrayContaining(['opex', 'charge', 'staff']));
  });
});
