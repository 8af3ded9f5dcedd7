/**
 * Compiled year maps (src/engine/model/year-map.ts): years ascending whatever order the keys come
 * in. Year keys are array indices, which objects list in ascending order, so compiling sorts only
 * when the keys are not (a key that is no array index, such as a negative year, comes after them).
 */
import { describe, expect, it } from 'vitest';
import { compileYearMap, valueAt } from '../../src/engine/model';
import { dec, ZERO } from '../../src/engine/numeric';

const yearsAndValues = (map: Record<string, number | string>) => {
  const c = compileYearMap(map, ZERO);
  return c.years.map((y, i) => [y, c.values[i]?.toString()]);
};

describe('compileYearMap', () => {
  it('lists the years ascending, however the map was written', () => {
    expect(yearsAndValues({ '2016': 2, '2013': '1.5', '2014': 3 })).toEqual([
      [2013, '1.5'],
      [2014, '3'],
      [2016, '2'],
    ]);
  });

  it('sorts keys that are no array indices (listed after the others, in the order written)', () => {
    const map = { '5': 1, '-1': 2, '-3': 4 };
    expect(Object.keys(map)).toEqual(['5', '-1', '-3']);
    expect(yearsAndValues(map)).toEqual([
      [-3, '4'],
      [-1, '2'],
      [5, '1'],
    ]);
    const c = compileYearMap(map, dec(7));
    expect([valueAt(c, -4), valueAt(c, -2), valueAt(c, 0), valueAt(c, 9)].map(String)).toEqual(['7', '4', '2', '1']);
  });
});
