/**
 * The engine's fast paths (docs/engine.md, "Performance") give exactly what the plain route
 * gives: the fused multiply-and-round against decimal.js's `times` + `toFixed`, the cent
 * reader and formatter against their string forms, incremental booking against booking every
 * entry afresh, and the summed charges of a recurring investment against the listed ones.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEvaluationCache, evaluateModel, type ModelFile } from '../../src/engine';
import {
  mulCents,
  mulCents3,
  roundedProduct,
  centsToMoney,
  Decimal,
  exactGrowth,
  roundRatio,
  times,
  toCents,
} from '../../src/engine/numeric';
import { createContext, lineContributions } from '../../src/engine/calc';
import { netPresentValues, extendSeries, extrapolationFactors } from '../../src/engine/results';
import { compileParams, resolveScenarios } from '../../src/engine/resolve';
import { generateModel } from '../support/model-generator';

/** The plain route: decimal.js multiplies (40 digits, half up), toFixed rounds to cents. */
const plainCents = (d: Decimal) => Number(d.toFixed(2, Decimal.ROUND_HALF_UP).replace('.', ''));

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((ds) => ds.join(''));
const amount = fc
  .tuple(fc.integer({ min: 0, max: 10 ** 11 }), fc.integer({ min: 0, max: 99 }))
  .map(([e, c]) => new Decimal(`${e}.${c}`));
const index = fc
  .tuple(fc.constantFrom('0.02', '0.025', '0.035', '-0.01', '0.0175', '1.5'), fc.integer({ min: 0, max: 60 }))
  .map(([rate, k]) => new Decimal(1).plus(rate).pow(k));
const anyDecimal = fc
  .tuple(digits(1, 45), fc.integer({ min: -20, max: 14 }), fc.boolean())
  .map(([ds, exp, isNegative]) => new Decimal(`${isNegative ? '-' : ''}${ds}e${exp - ds.length}`));

describe('fused multiply and round to cents', () => {
  it('equals decimal.js times then rounding, for amounts × index factors', () => {
    fc.assert(
      fc.property(amount, index, (a, b) => {
        expect(mulCents(a, b)).toBe(plainCents(a.times(b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals decimal.js times then rounding, for any decimals (signs, long digit strings, large and tiny values)', () => {
    fc.assert(
      fc.property(anyDecimal, anyDecimal, (a, b) => {
        expect(mulCents(a, b)).toBe(plainCents(a.times(b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('of three factors equals decimal.js times, times, then rounding (both products to 40 digits)', () => {
    const scale = fc
      .tuple(fc.constantFrom('0.9', '0.95', '0.8', '1.1', '0.97'), fc.integer({ min: 1, max: 3 }))
      .map(([f, k]) => new Decimal(f).pow(k));
    fc.assert(
      fc.property(amount, index, scale, (a, b, c) => {
        expect(mulCents3(a, b, c)).toBe(plainCents(a.times(b).times(c)));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(anyDecimal, anyDecimal, anyDecimal, (a, b, c) => {
        expect(mulCents3(a, b, c)).toBe(plainCents(a.times(b).times(c)));
      }),
      { numRuns: 3000 },
    );
  });

  it('decides by the float product only away from a half cent: near-ties go the exact way', () => {
    // Products a hair above, at or below a half cent: a = n + 0.005 (a tie) times 1 ± 10^−k,
    // whose float product is within the float route's error bound of the tie for large k.
    const nearTie = fc
      .tuple(
        fc.integer({ min: 0, max: 10 ** 11 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 45 }),
        fc.constantFrom(-1, 0, 1),
      )
      .map(([e, c, k, sign]) => [
        new Decimal(`${e}.${String(c).padStart(2, '0')}5`),
        new Decimal(1).plus(new Decimal(sign).times(`1e-${k}`)),
      ]);
    fc.assert(
      fc.property(nearTie, index, ([a, b], c) => {
        const [x, y] = [a as Decimal, b as Decimal];
        expect(mulCents(x, y)).toBe(plainCents(x.times(y)));
        expect(mulCents(y, x)).toBe(plainCents(y.times(x)));
        expect(mulCents3(x, y, c)).toBe(plainCents(x.times(y).times(c)));
        expect(mulCents3(c, x, y)).toBe(plainCents(c.times(x).times(y)));
      }),
      { numRuns: 3000 },
    );
    // Exact ties of three factors: 0.5 cent × 1 × 1, and 2.5 × 0.2 × 0.01 = 0.005.
    expect(mulCents3(new Decimal('0.005'), new Decimal(1), new Decimal(1))).toBe(1);
    expect(mulCents3(new Decimal('2.5'), new Decimal('0.2'), new Decimal('0.01'))).toBe(1);
    expect(mulCents(new Decimal('1234.565'), new Decimal(1))).toBe(123457);
  });

  it('rounds a × b to 40 digits exactly as decimal.js times does, before the third factor', () => {
    const positive = anyDecimal.map((d) => d.abs()).filter((d) => !d.isZero());
    const long = fc
      .tuple(
        fc.constantFrom('9', '4', '5', '0', '1'),
        fc.integer({ min: 1, max: 45 }),
        digits(1, 30),
        fc.integer({ min: -30, max: 10 }),
      )
      .map(([d, n, tail, exp]) => new Decimal(`1${d.repeat(n)}${tail}e${exp}`));
    fc.assert(
      fc.property(fc.oneof(positive, long), fc.oneof(positive, long), (a, b) => {
        expect(roundedProduct(a, b).toString()).toBe(a.times(b).toString());
      }),
      { numRuns: 5000 },
    );
    // Carries: nines then a 5 round up into a new leading digit — within the first word, or (42
    // digits: a full first word of 7 nines) into a new word; a 4 does not carry.
    for (const nines of [40, 41, 48]) {
      const n = new Decimal(`${'9'.repeat(nines)}5`);
      for (const f of ['1', '0.1', '1e-7', '1e7']) {
        expect(roundedProduct(n, new Decimal(f)).toString()).toBe(n.times(f).toString());
        expect(mulCents3(n, new Decimal(f), new Decimal('1e-40'))).toBe(plainCents(n.times(f).times('1e-40')));
      }
    }
    expect(roundedProduct(new Decimal(`${'9'.repeat(40)}4`), new Decimal('0.1')).toString()).toBe(
      new Decimal(`${'9'.repeat(40)}4`).times('0.1').toString(),
    );
  });

  it('of three factors rounds a × b to 40 digits half up first, carries included', () => {
    // Products whose digits from the 40th on are 9s or 4s then 5: rounding the first product
    // carries through every nine (into a new leading digit) or turns on its 41st digit.
    const nines = [
      [`9${'9'.repeat(19)}`, `1${'0'.repeat(19)}1`],
      [`3${'3'.repeat(24)}`, '3'],
      [`0.${'9'.repeat(25)}`, `0.${'9'.repeat(25)}`],
      [`1${'4'.repeat(38)}5`, '1.0000001'],
      [`${'7'.repeat(21)}`, `${'3'.repeat(21)}`],
    ];
    for (const [x, y] of nines) {
      for (const c of ['1', '0.5', '0.999', '2.5', '0.00001']) {
        const [a, b, f] = [new Decimal(x as string), new Decimal(y as string), new Decimal(c)];
        expect(mulCents3(a, b, f)).toBe(plainCents(a.times(b).times(f)));
        expect(mulCents3(b, f, a)).toBe(plainCents(b.times(f).times(a)));
      }
    }
    // 3 × 0.333…3 (40 threes) = 0.999…9 (40 nines), exact at 40 digits; × 0.005 = 0.00499…995 (41
    // digits), which rounds to 40 digits as 0.005: 1 cent, where the exact product gives 0.
    const third = new Decimal(`0.${'3'.repeat(40)}`);
    expect(mulCents3(new Decimal(3), third, new Decimal('0.005'))).toBe(1);
    expect(mulCents3(new Decimal(3), third, new Decimal('0.005'))).toBe(
      plainCents(new Decimal(3).times(third).times('0.005')),
    );
  });

  it('rounds the product to 40 digits first, as decimal.js does, even when that moves the cents', () => {
    // b = 0.004 followed by 40 nines: 41 significant digits. Rounded to 40 (half up) it is exactly
    // 0.005, which rounds half up to 1 cent; the unrounded value is below half a cent (0 cents).
    const b = new Decimal(`0.004${'9'.repeat(40)}`);
    expect(toCents(b)).toBe(0);
    expect(mulCents(new Decimal(1), b)).toBe(1);
    expect(mulCents(new Decimal(1), b)).toBe(plainCents(new Decimal(1).times(b)));
    // 3 × 0.0016666…67 (45 digits) = 0.0050000…01 → 1 cent either way.
    expect(mulCents(new Decimal(3), new Decimal(`0.0016${'6'.repeat(44)}7`))).toBe(1);
  });

  it('with a factor of exactly 1, `times` returns the value unchanged — unless it has more than 40 digits', () => {
    const short = new Decimal('123.456');
    expect(times(short, new Decimal(1))).toBe(short);
    const long = new Decimal(`1.${'3'.repeat(45)}`);
    expect(times(long, new Decimal(1)).eq(long.times(1))).toBe(true);
    expect(times(long, new Decimal(1)).eq(long)).toBe(false);
  });
});

describe('extrapolation and NPV in float64 where that is provably exact', () => {
  const rates = fc.oneof(
    fc.constantFrom('0', '0.02', '0.03', '0.025', '-0.01', '0.5', '-0.5', '0.0175', '1'),
    fc.integer({ min: -9_000, max: 90_000 }).map((k) => String(k / 100_000)),
  );
  const cents = fc.oneof(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.integer({ min: -40, max: 40 }));

  it('extends a series exactly as the BigInt fraction does, ties included', () => {
    fc.assert(
      fc.property(cents, rates, fc.integer({ min: 1, max: 30 }), (last, rate, k) => {
        const layout = { endYear: 2017 } as Parameters<typeof extrapolationFactors>[0];
        const factors = extrapolationFactors(layout, 2017 + k, new Decimal(rate), true);
        const total = extendSeries([last], [0], factors);
        factors.forEach((f, j) =>
          expect(total[1 + j]).toBe(last === 0 ? 0 : roundRatio(BigInt(last) * f.growth, f.scale)),
        );
      }),
      { numRuns: 400 },
    );
    // (1 + 0.5)^1 = 3/2: every odd amount is an exact tie, rounded away from zero.
    const half = extrapolationFactors(
      { endYear: 2017 } as Parameters<typeof extrapolationFactors>[0],
      2018,
      new Decimal('0.5'),
      true,
    );
    expect(extendSeries([1], [0], half)[1]).toBe(2);
    expect(extendSeries([-3], [0], half)[1]).toBe(-5);
  });

  it('gives the NPV the BigInt sum gives, ties included', () => {
    const reference = (savings: number[], n: number, rate: string): number => {
      const { growth, scale } = exactGrowth(new Decimal(rate));
      let numerator = 0n;
      for (let i = 0; i < n; i += 1)
        numerator += BigInt(savings[i] as number) * scale ** BigInt(i) * growth ** BigInt(n - 1 - i);
      return roundRatio(numerator, growth ** BigInt(n - 1));
    };
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 25 }), rates, (savings, rate) => {
        const { npv, npvExtended } = netPresentValues(savings, Math.min(5, savings.length), new Decimal(rate));
        expect(npv).toBe(reference(savings, Math.min(5, savings.length), rate));
        expect(npvExtended).toBe(reference(savings, savings.length, rate));
      }),
      { numRuns: 400 },
    );
    // Discounted at 100 %: 1 + 0/2 + 1/4 = 1.25 → 1; 1 + 1/2 = 1.5, a tie, → 2 (away from zero), and −1.5 → −2.
    expect(netPresentValues([1, 0, 1], 3, new Decimal('1')).npv).toBe(1);
    expect(netPresentValues([1, 1], 2, new Decimal('1')).npv).toBe(2);
    expect(netPresentValues([-1, -1], 2, new Decimal('1')).npv).toBe(-2);
  });
});

describe('cents from a Decimal and back', () => {
  it('toCents equals the toFixed route for any decimal', () => {
    // (+ 0 turns a −0 of the string route into 0.)
    fc.assert(
      fc.property(anyDecimal, (d) => {
        expect(toCents(d) + 0).toBe(plainCents(d) + 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('centsToMoney writes two decimals, a sign only below zero', () => {
    expect([0, 5, -5, 99, 100, -100, 123456, -123456].map(centsToMoney)).toEqual([
      '0.00',
      '0.05',
      '-0.05',
      '0.99',
      '1.00',
      '-1.00',
      '1234.56',
      '-1234.56',
    ]);
    expect(centsToMoney(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
    expect(() => centsToMoney(2 ** 53)).toThrow(/exact range/);
  });
});

describe('incremental evaluation', () => {
  it('gives every scenario the same figures whether its parent was evaluated first (booked from it) or not', () => {
    // Reversed, every child comes before its parent, so each is booked from all its entries.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const model = generateModel(seed);
        const reversed: ModelFile = { ...model, scenarios: [...model.scenarios].reverse() };
        const byId = (m: ModelFile) => new Map(evaluateModel(m).scenarios.map((s) => [s.id, s]));
        const inOrder = byId(model);
        for (const [id, s] of byId(reversed)) expect(s).toEqual(inOrder.get(id));
      }),
      { numRuns: 30 },
    );
  });

  it('after a change of parties or assumptions only, keeps the resolved lines and staff and applies the parameters again', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const model = generateModel(seed);
        const changed: ModelFile = {
          ...model,
          assumptions: { ...model.assumptions, discountRate: '0.0123' },
          parties: model.parties.map((p, i) =>
            i === 0 ? { ...p, interestRate: '0.0777', depreciationYears: { ...p.depreciationYears, workplace: 9 } } : p,
          ),
        };
        const cache = createEvaluationCache();
        expect(evaluateModel(model, { cache })).toEqual(evaluateModel(model));
        const before = resolveScenarios(createContext(model), cache.resolved);
        expect(evaluateModel(changed, { cache })).toEqual(evaluateModel(changed));
        const after = resolveScenarios(createContext(changed), cache.resolved);
        const fresh = resolveScenarios(createContext(changed));
        for (const [id, r] of after) {
          expect(r.lines).toBe(before.get(id)?.lines);
          expect(r.staff).toBe(before.get(id)?.staff);
          expect(r.paramSource).toEqual(fresh.get(id)?.paramSource);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("sums a recurring investment's charges per owner and year to exactly the listed charges", () => {
    let checked = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const model = generateModel(seed);
      const ctx = createContext(model);
      for (const r of resolveScenarios(ctx).values()) {
        const params = compileParams(r.paramSource, model, ctx.layout.categories, ctx.personnelCategories);
        for (const rl of r.lines.filter((l) => l.line.type === 'recurringInvestment')) {
          const sum = (detailed: boolean) => {
            const out = new Map<string, number>();
            for (const c of lineContributions(ctx, params, rl, detailed))
              out.set(`${c.owner}|${c.year}`, (out.get(`${c.owner}|${c.year}`) ?? 0) + c.cents);
            return out;
          };
          expect(sum(false)).toEqual(sum(true));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
