/**
 * Issue 19: a model of national scale. Its per-category, per-municipality and staff records are
 * built on first read (results/result-format.ts, defineLazy); they must be what building them
 * at once gives: every record adds up to the figures built at once, reads see ordinary data
 * properties, and a serialised copy is equal to the result.
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel, type Evaluation } from '../../src/engine';
import { generateModel } from '../support/model-generator';

const cents = (m: string) => Math.round(Number(m) * 100);
const sum = (r: Record<string, string>) => Object.values(r).reduce((a, m) => a + cents(m), 0);

describe('a national-scale result', () => {
  const model = generateModel(1019, {
    municipalities: 105,
    sharedParties: 3,
    years: 12,
    scenarios: 3,
    linesPerMunicipality: 3,
  });
  const e: Evaluation = evaluateModel(model);

  it('is of the size whose records are built on first read', () => {
    expect(e.years.some((y) => y > model.horizon.endYear)).toBe(true);
    expect(e.municipalities.length * e.years.length).toBeGreaterThanOrEqual(200);
    const year = e.scenarios[1]?.years[0] as object;
    expect(Object.getOwnPropertyDescriptor(year, 'byPartyCategory')?.get).toBeTypeOf('function');
  });

  it('keeps each record in its place, becoming plain data when read, and reads the same twice', () => {
    const s = e.scenarios[1];
    if (s === undefined) throw new Error('no scenario');
    const y = s.years[2];
    if (y === undefined) throw new Error('no year');
    const keys = Object.keys(y);
    const first = y.byPartyCategory;
    expect(Object.getOwnPropertyDescriptor(y, 'byPartyCategory')).toMatchObject({ value: first, enumerable: true });
    expect(y.byPartyCategory).toBe(first);
    expect(Object.keys(y)).toEqual(keys);
    expect(keys).toEqual([
      'year',
      'isExtrapolated',
      'total',
      'oneOff',
      'recurring',
      'byParty',
      'byOwner',
      'byCategory',
      'byPartyCategory',
      'byOwnerCategory',
      'savings',
      'cumulativeSavings',
    ]);
  });

  it('adds up: per-category records to the per-party and per-owner figures, party years to the scenario', () => {
    for (const s of e.scenarios) {
      s.years.forEach((y, i) => {
        for (const m of e.municipalities) {
          // An extrapolated year grows each series apart (its own rounding): sums hold in the horizon.
          if (!y.isExtrapolated) expect(sum(y.byPartyCategory[m] ?? {})).toBe(cents(y.byParty[m] as string));
          const py = s.parties[m]?.years[i];
          expect(py?.total).toBe(y.byParty[m]);
          expect(py?.byCategory).toEqual(y.byPartyCategory[m] ?? {});
        }
        for (const p of [...e.municipalities, ...e.sharedParties])
          if (!y.isExtrapolated) expect(sum(y.byOwnerCategory[p] ?? {})).toBe(cents(y.byOwner[p] as string));
      });
      expect(s.staff.map((st) => st.year)).toEqual(e.years.filter((x) => x <= model.horizon.endYear));
    }
  });

  it('serialises to the same data (JSON and structuredClone read every record)', () => {
    const again = evaluateModel(model);
    expect(JSON.parse(JSON.stringify(again))).toEqual(e);
    expect(structuredClone(evaluateModel(model))).toEqual(JSON.parse(JSON.stringify(e)));
  }, 60_000);
});
