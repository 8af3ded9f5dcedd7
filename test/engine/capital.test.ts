import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annuityPayment, chargePlan, type Method } from '../../src/engine/calc';
import { Decimal } from '../../src/engine/numeric';

const r = (x: string) => new Decimal(x);

/** The plan as one row per year of the term, charged from `firstYear` on (as investments.ts reads it). */
const schedule = (amount: number, years: number, rate: Decimal, method: Method, firstYear: number) => {
  const plan = chargePlan(amount, years, rate, method);
  return plan.interest.map((interest, k) => ({
    year: firstYear + k,
    interest,
    depreciation: plan.depreciation[k] as number,
    bookValueStart: plan.bookValueStart[k] as number,
  }));
};

describe('capital charges (spec §6)', () => {
  it('linear: A/n rounded each year, the last year takes the rest, interest over the opening book value', () => {
    // A = €1,000.00 = 100000 cents, n = 3, r = 5 %, depreciation from 2014 (bought 2013, nextYear).
    // A/n = 33333.33… → 33333 cents. Year 1: BV 100000, interest 5000, charge 38333.
    // Year 2: BV 66667, interest 3333.35 → 3333, charge 36666. Year 3: BV 33334, dep 33334, interest 1666.7 → 1667.
    const s = schedule(100000, 3, r('0.05'), 'linear', 2014);
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
    expect(schedule(100000, 2, r('0.1'), 'annuity', 2020)).toEqual([
      { year: 2020, interest: 10000, depreciation: 47619, bookValueStart: 100000 },
      { year: 2021, interest: 5238, depreciation: 52381, bookValueStart: 52381 },
    ]);
  });

  it('annuity at 0 % is linear', () => {
    expect(schedule(1000, 3, r('0'), 'annuity', 2020)).toEqual(schedule(1000, 3, r('0'), 'linear', 2020));
  });

  it('book value at the start of a year: the amount before depreciation starts, 0 after the last year', () => {
    // investments.ts reads a retired investment's book value as the plan's bookValueStart[k],
    // k = year − first charge year: the amount for k < 0, 0 past the term.
    const plan = chargePlan(100000, 3, r('0.05'), 'linear');
    const bookValueAtStart = (year: number) => {
      const k = year - 2014;
      return k < 0 ? 100000 : (plan.bookValueStart[k] ?? 0);
    };
    expect(bookValueAtStart(2013)).toBe(100000);
    expect(bookValueAtStart(2015)).toBe(66667);
    expect(bookValueAtStart(2017)).toBe(0);
  });

  it('every schedule depreciates exactly the amount and never drives the book value below zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000_00 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.constantFrom('linear' as const, 'annuity' as const),
        (amount, years, bp, method) => {
          const s = schedule(amount, years, new Decimal(bp).dividedBy(10000), method, 2000);
          expect(s).toHaveLength(years);
          expect(s.reduce((sum, c) => sum + c.depreciation, 0)).toBe(amount);
          for (const c of s) {
            expect(c.bookValueStart).toBeGreaterThanOrEqual(0);
            expect(Number.isInteger(c.interest) && Number.isInteger(c.depreciation)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('chargePlan with a count, written into a used plan (a recurring investment’s years up to the horizon)', () => {
  it('computes the first `count` years of the term exactly as the whole plan, whatever the plan held before', () => {
    // A plan to write into again, as a recurring investment does: every property run writes over the last.
    const into = chargePlan(100, 45, r('0.1'), 'linear');
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000_00, max: 2_000_000_000_00 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.constantFrom('linear' as const, 'annuity' as const),
        fc.constantFrom('nextYear' as const, 'sameYear' as const, 'sameYearNoInterest' as const, 'halfYear' as const),
        fc.integer({ min: 1, max: 45 }),
        (amount, years, bp, method, start, count) => {
          const rate = new Decimal(bp).dividedBy(10000);
          const bbv = method === 'annuity' ? 'nextYear' : start;
          const whole = chargePlan(amount, years, rate, method, undefined, bbv);
          const part = chargePlan(amount, years, rate, method, into, bbv, count);
          const m = Math.min(count, whole.length);
          expect(part.length).toBe(m);
          for (let k = 0; k < m; k += 1) {
            expect([part.interest[k], part.depreciation[k], part.bookValueStart[k]]).toEqual([
              whole.interest[k],
              whole.depreciation[k],
              whole.bookValueStart[k],
            ]);
          }
        },
      ),
    );
  });
});

describe('chargePlan under the BBV starts (model-v3 §10.2, hand-computed)', () => {
  const rows = (amount: number, years: number, rate: string, start: 'sameYearNoInterest' | 'halfYear') => {
    const plan = chargePlan(amount, years, new Decimal(rate), 'linear', undefined, start);
    return plan.interest.map((interest, k) => [plan.depreciation[k], interest]);
  };
  it('sameYearNoInterest: no interest in the investment year, then 5 % of the book value on 1 January', () => {
    // € 1,000.00 over 3 years at 5 %: 333.33, 333.33, 333.34; interest 0, 33.33 (of 666.67), 16.67 (of 333.34).
    expect(rows(100000, 3, '0.05', 'sameYearNoInterest')).toEqual([
      [33333, 0],
      [33333, 3333],
      [33334, 1667],
    ]);
  });
  it('halfYear: half a year in the investment year without interest, full years, the rest in year n', () => {
    // 166.67 (1000/6), 333.33, 333.33, rest 166.67; interest 0, 41.67 (of 833.33), 25.00 (of 500.00), 8.33 (of 166.67).
    expect(rows(100000, 3, '0.05', 'halfYear')).toEqual([
      [16667, 0],
      [33333, 4167],
      [33333, 2500],
      [16667, 833],
    ]);
  });
});
