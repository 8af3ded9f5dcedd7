import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocateByKey, Decimal, prepareWeights, splitCentsInto } from '../../src/engine/numeric';

const w = (...xs: (number | string)[]) => xs.map((x) => new Decimal(x));

describe('allocation by key (spec §7)', () => {
  it('floors each share and gives the remaining cents to the largest remainders', () => {
    // 100 cents over 155000 : 144000 → 51.839… and 48.160… → floors 51 + 48 = 99; 1 cent left → largest remainder (0.839) → 52 / 48.
    expect(allocateByKey(100, w(155000, 144000))).toEqual([52, 48]);
  });
  it('breaks ties by member order', () => {
    // 100 over three equal weights: 33 each, remainders equal, the 1 left cent goes to the first member.
    expect(allocateByKey(100, w(1, 1, 1))).toEqual([34, 33, 33]);
    // 101: 33.67 each → floors 99, two cents to the first two.
    expect(allocateByKey(101, w(1, 1, 1))).toEqual([34, 34, 33]);
  });
  it('splits a negative amount as its absolute value, then negated', () => {
    expect(allocateByKey(-100, w(1, 1, 1))).toEqual([-34, -33, -33]);
  });
  it('handles decimal weights exactly and zero weights', () => {
    // 0.6 : 0.4 : 0 of 1001 cents → 600.6 / 400.4 / 0 → 600 + 400 = 1000, 1 cent to the 0.6 remainder.
    expect(allocateByKey(1001, w('0.6', '0.4', 0))).toEqual([601, 400, 0]);
  });
  it('refuses to split by weights that are all zero', () => {
    expect(allocateByKey(100, w(0, 0))).toBeNull();
  });
  it('always adds up to the whole and gives no member more than a cent above its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc
          .array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 14 })
          .filter((a) => a.some((x) => x > 0)),
        (cents, weights) => {
          const parts = allocateByKey(cents, w(...weights)) as number[];
          expect(parts.reduce((a, b) => a + b, 0)).toBe(cents);
          const total = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = new Decimal(Math.abs(cents)).times(weights[i] as number).dividedBy(total);
            expect(new Decimal(Math.abs(p)).minus(exact).abs().lessThan(1)).toBe(true);
          });
        },
      ),
    );
  });
  it('does not depend on member order beyond the tie rule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 2, maxLength: 10 }),
        (cents, weights) => {
          // Where no two remainders tie, the member order cannot matter: reversed members get reversed shares.
          const forward = allocateByKey(cents, w(...weights)) as number[];
          const reversed = (allocateByKey(cents, w(...[...weights].reverse())) as number[]).reverse();
          const total = BigInt(weights.reduce((a, b) => a + b, 0));
          const remainders = new Set(weights.map((x) => (BigInt(cents) * BigInt(x)) % total));
          if (remainders.size === weights.length) expect(reversed).toEqual(forward);
        },
      ),
    );
  });
});

describe('allocation over hundreds of members (issue 19)', () => {
  /** The rule as written: floor, then the remaining cents by (remainder desc, member order). */
  function bySort(cents: number, weights: number[]): number[] {
    const total = weights.reduce((a, b) => a + b, 0);
    const whole = Math.abs(cents);
    const shares = weights.map((w) => Math.floor((whole * w) / total));
    const order = weights.map((w, i) => ({ i, r: (whole * w) % total }));
    order.sort((a, b) => b.r - a.r || a.i - b.i);
    let left = whole - shares.reduce((a, b) => a + b, 0);
    for (const { i } of order) if (left-- > 0) shares[i] = (shares[i] as number) + 1;
    return shares.map((s) => (s === 0 ? 0 : Math.sign(cents || 1) * s));
  }

  it('gives the same cents as sorting every member by remainder, ties included', () => {
    let seed = 19;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 300; run += 1) {
      const n = 1 + rnd(400);
      // Few distinct weights make many equal remainders (the tie rule); some weights are 0.
      const distinct = 1 + rnd(6);
      const weights = Array.from({ length: n }, () => (rnd(10) === 0 ? 0 : 1 + rnd(distinct) * 997));
      if (!weights.some((w) => w > 0)) weights[0] = 1;
      const cents = (rnd(2) === 0 ? -1 : 1) * rnd(100_000_000);
      const split = allocateByKey(
        cents,
        weights.map((x) => new Decimal(x)),
      );
      expect(split).toEqual(bySort(cents, weights));
      // The ledger's in-place split adds the same cents at the members' cells (here every third, from 2).
      const target = new Float64Array(3 * n + 2).fill(7);
      const prepared = prepareWeights(weights.map((x) => new Decimal(x)));
      if (prepared === null) throw new Error('weights are not all 0');
      splitCentsInto(
        cents,
        prepared,
        target,
        weights.map((_, j) => 3 * j),
        2,
      );
      expect(weights.map((_, j) => (target[3 * j + 2] as number) - 7)).toEqual(split?.map((x) => x + 0));
      expect(target.filter((_, i) => i < 2 || (i - 2) % 3 !== 0).every((x) => x === 7)).toBe(true);
    }
  });
});

describe('prepareWeights of whole weights', () => {
  it('keeps whole weights as their own integers, exactly as the general route scales them', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { minLength: 1, maxLength: 50 }), (xs) => {
        const prepared = prepareWeights(xs.map((x) => new Decimal(x)));
        const total = xs.reduce((a, b) => a + BigInt(b), 0n);
        if (total === 0n) {
          expect(prepared).toBeNull();
          return;
        }
        expect(prepared?.ints).toEqual(xs.map(BigInt));
        expect(prepared?.total).toBe(total);
        expect(prepared?.small).toEqual(
          total <= BigInt(Number.MAX_SAFE_INTEGER) ? { ints: xs, total: Number(total) } : null,
        );
      }),
      { numRuns: 300 },
    );
    // Beyond 2^53 in total the shares are split with BigInt (no `small`).
    const big = prepareWeights([new Decimal(2 ** 52), new Decimal(2 ** 52), new Decimal(3)]);
    expect(big?.small).toBeNull();
    expect(big?.total).toBe(2n ** 53n + 3n);
  });
});
