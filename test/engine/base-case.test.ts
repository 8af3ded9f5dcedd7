/** The base case among the Monte Carlo draws (issue 20, item 7): band position, lean, chances by year. */
import { describe, expect, it } from 'vitest';
import {
  bandPosition,
  chanceBy,
  compareWithBaseCase,
  type MonteCarloScenario,
  type Spread,
} from '../../src/engine/sampling';

const spread = (p10: string, p50: string, p90: string): Spread => ({
  p10,
  p50,
  p90,
  mean: p50,
  min: p10,
  max: p90,
  histogram: [],
});

const scenario = (npv: Spread, cumulative: Spread): MonteCarloScenario => ({
  id: 's',
  isBaseline: false,
  breakEvenByYear: [
    { year: 2020, isExtrapolated: false, probability: 0.05 },
    { year: 2021, isExtrapolated: false, probability: 0.09 },
    { year: 2022, isExtrapolated: false, probability: 0.4 },
    { year: 2023, isExtrapolated: true, probability: 0.998 },
  ],
  npv,
  cumulativeSavings: cumulative,
  bands: [],
});

describe('bandPosition', () => {
  const s = spread('-100.00', '0.00', '100.00');
  it.each([
    ['100.01', 'aboveBand'],
    ['100.00', 'upper'],
    ['50.01', 'upper'],
    ['50.00', 'centre'],
    ['0.00', 'centre'],
    ['-50.00', 'centre'],
    ['-50.01', 'lower'],
    ['-100.00', 'lower'],
    ['-100.01', 'belowBand'],
  ] as const)('%s lies %s', (value, position) => {
    expect(bandPosition(value, s)).toBe(position);
  });
  it('a band without width: centre when equal, outside otherwise', () => {
    const flat = spread('5.00', '5.00', '5.00');
    expect(bandPosition('5.00', flat)).toBe('centre');
    expect(bandPosition('5.01', flat)).toBe('aboveBand');
    expect(bandPosition('4.99', flat)).toBe('belowBand');
  });
});

describe('compareWithBaseCase', () => {
  it('a point estimate above the band: the ranges lean to the unfavourable side; chances by its own year and the last', () => {
    const s = scenario(spread('-300.00', '-100.00', '50.00'), spread('-10.00', '0.00', '10.00'));
    const c = compareWithBaseCase(s, { npv: '80.00', cumulativeAtEnd: '0.00', breakEvenYear: 2021 });
    expect(c).toEqual({
      npv: 'aboveBand',
      cumulative: 'centre',
      lean: 'unfavourable',
      chanceByBreakEvenYear: 0.09,
      chanceByLastYear: 0.998,
      lastYear: 2023,
    });
  });
  it('a point estimate on the low side leans favourable; none when the two measures disagree', () => {
    const s = scenario(spread('-100.00', '0.00', '100.00'), spread('-100.00', '0.00', '100.00'));
    expect(compareWithBaseCase(s, { npv: '-80.00', cumulativeAtEnd: '0.00', breakEvenYear: null }).lean).toBe(
      'favourable',
    );
    expect(compareWithBaseCase(s, { npv: '-80.00', cumulativeAtEnd: '80.00', breakEvenYear: null }).lean).toBeNull();
    expect(compareWithBaseCase(s, { npv: '0.00', cumulativeAtEnd: '0.00', breakEvenYear: null })).toMatchObject({
      lean: null,
      chanceByBreakEvenYear: null,
    });
  });
  it('chanceBy takes the last year at or before the one asked', () => {
    const s = scenario(spread('0', '0', '0'), spread('0', '0', '0'));
    expect(chanceBy(s, 2019)).toBe(0);
    expect(chanceBy(s, 2022)).toBe(0.4);
    expect(chanceBy(s, 2040)).toBe(0.998);
  });
});
