import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annuityPayment, bookValueAtStart, capitalSchedule } from '../../src/engine/calc';
import { Decimal } from '../../src/engine/numeric';

const r = (x: string) => new Decimal(x);

describe('capital charges (spec §6)', () => {
  it('linear: A/n rounded each year, the last year takes the rest, interest over the opening book value', () => {
    // A = €1,000.00 = 100000 cents, n = 3, r = 5 %, depreciation from 2014 (bought 2013, nextYear).
    // A/n = 33333.33… → 33333 cents. Year 1: BV 100000, interest 5000, charge 38333.
    // Year 2: BV 66667, interest 3333.35 → 3333, charge 36666. Year 3: BV 33334, dep 33334, interest 1666.7 → 1667.
    const s = capitalSchedule(100000, 3, r('0.05'), 'linear', 2014);
    expect(s).toEqual([
      { year: 2014, interest: 5000, depreciation: 33333, bookValueStart: 100000 },
      { year: 2015, interest: 3333, depreciation: 33333, bookValueStart: 66667 },
      { year: 2016, interest: 1667, depreciation: 33334, bookValueStart: 33334 },
    ]);
  });

  it('annuity: a level charge split into interest and depreciation, the last year takes the rest', () => {
    // A = 100000 cents, r = 10 %, n = 2: P = A·r/(1 − 1.1^−2) = 10000/(1 − 0.826446…) = 57619.047… → 57619.
    // Year 1: interest 10000, dep 47619, BV → 52381. Year 2: interest 5238.1 → 5238, dep = BV 52381 (charge 57619).
    expect(annuityPayment(100000, 2, r('0.1'))).toBe(57619);
    expect(capitalSchedule(100000, 2, r('0.1'), 'annuity', 2020)).toEqual([
      { year: 2020, interest: 10000, depreciation: 47619, bookValueStart: 100000 },
      { year: 2021, interest: 5238, depreciation: 52381, bookValueStart: 52381 },
    ]);
  });

  it('annuity at 0 % is linear', () => {
    expect(capitalSchedule(1000, 3, r('0'), 'annuity', 2020)).toEqual(capitalSchedule(1000, 3, r('0'), 'linear', 2020));
  });

  it('book value at the start of a year: the amount before depreciation starts, 0 after the last year', () => {
    const s = capitalSchedule(100000, 3, r('0.05'), 'linear', 2014);
    expect(bookValueAtStart(s, 100000, 2013)).toBe(100000);
    expect(bookValueAtStart(s, 100000, 2015)).toBe(66667);
    expect(bookValueAtStart(s, 100000, 2017)).toBe(0);
  });

  it('every schedule depreciates exactly the amount and never drives the book value below zero', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 2_000_000_000_00 }), fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 0, max: 1500 }), fc.constantFrom('linear' as const, 'annuity' as const),
      (amount, years, bp, method) => {
        const s = capitalSchedule(amount, years, new Decimal(bp).dividedBy(10000), method, 2000);
        expect(s).toHaveLength(years);
        expect(s.reduce((sum, c) => sum + c.depreciation, 0)).toBe(amount);
        for (const c of s) {
          expect(c.bookValueStart).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(c.interest) && Number.isInteger(c.depreciation)).toBe(true);
        }
      },
    ));
  });
});
