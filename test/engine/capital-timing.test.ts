/**
 * Timing, not saving (issue 14, item 4): `capitalTiming` on a hand-computed case — a scenario
 * that only lengthens a depreciation term — and the identity it is defined by, timing =
 * accrual saving − cash saving per year, on the version-3 edge models.
 */
import { describe, expect, it } from 'vitest';
import { capitalTiming, evaluateModel, type ModelFile } from '../../src/engine';
import { moneyToCents } from '../../src/engine/numeric';
import { edgeModelsV3 } from '../reference/edge-models-v3';

/** One municipality buys €100,000 of workplaces in 2014 (4 years, linear, from the next year); the scenario makes it 5 years. */
function longerTerm(interestRate: number, version = 1): ModelFile {
  return {
    format: 'ict-business-case',
    version,
    meta: { title: 'Langere afschrijving' },
    horizon: { startYear: 2014, endYear: 2022 },
    parties: [
      {
        id: 'm1',
        name: 'Een',
        kind: 'municipality',
        inhabitants: 50000,
        interestRate,
        depreciationYears: { workplace: 4 },
        costPerFte: { own: 70000, hired: 90000 },
      },
    ],
    scenarios: [
      {
        id: 'base',
        name: 'Baseline',
        basedOn: null,
        lines: [
          { type: 'investment', id: 'wp', party: 'm1', category: 'workplace', year: 2014, amount: 100000 },
          { type: 'opex', id: 'apps', party: 'm1', category: 'applications', amount: 50000 },
        ],
      },
      {
        id: 'long',
        name: 'Langer',
        basedOn: 'base',
        changes: [{ op: 'setParam', path: 'parties.m1.depreciationYears.workplace', value: 5 }],
      },
    ],
  };
}

describe('capitalTiming', () => {
  it('is the whole accrual saving of a longer depreciation term, without interest', () => {
    const t = capitalTiming(longerTerm(0));
    expect(t.years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(t.scenarios.base?.byCategory).toEqual({});
    // Charges 25,000 a year in 2015–2018 against 20,000 in 2015–2019; the same outlay in 2014.
    expect(t.scenarios.long?.byCategory).toEqual({
      workplace: ['0.00', '5000.00', '5000.00', '5000.00', '5000.00', '-20000.00', '0.00', '0.00', '0.00'],
    });
  });

  it('with interest: the early "saving" is timing, the later cost is more interest (hand-computed)', () => {
    // 4 %: baseline charges 29,000 / 28,000 / 27,000 / 26,000 (2015–2018); five years:
    // 24,000 / 23,200 / 22,400 / 21,600 / 20,800 (2015–2019).
    const model = longerTerm(0.04, 3);
    const t = capitalTiming(model);
    expect(t.scenarios.long?.byCategory).toEqual({
      workplace: ['0.00', '5000.00', '4800.00', '4600.00', '4400.00', '-20800.00', '0.00', '0.00', '0.00'],
    });
    expect(t.scenarios.long?.total).toEqual(t.scenarios.long?.byCategory.workplace);
    const e = evaluateModel(model);
    const s = e.scenarios.find((x) => x.id === 'long');
    // The accrual saving in the early years equals the timing effect; the cash saving is 0.
    expect(s?.years.slice(0, 9).map((y) => y.savings)).toEqual(t.scenarios.long?.byCategory.workplace);
    expect(s?.cash?.years.map((y) => y.savings).every((v) => v === '0.00')).toBe(true);
  });

  it('gives the same figures for a version-1 file (no cash view needed)', () => {
    expect(capitalTiming(longerTerm(0.04, 1))).toEqual(capitalTiming(longerTerm(0.04, 3)));
  });

  it.each(edgeModelsV3)('equals accrual saving − cash saving in every computed year: %s', (_name, model) => {
    const t = capitalTiming(model);
    const e = evaluateModel(model);
    for (const s of e.scenarios) {
      const timing = t.scenarios[s.id];
      if (timing === undefined) throw new Error(`no scenario ${s.id}`);
      const byCategory = Object.values(timing.byCategory);
      t.years.forEach((year, i) => {
        const accrual = s.years.find((y) => y.year === year);
        const cash = s.cash?.years.find((y) => y.year === year);
        if (accrual === undefined || cash === undefined) throw new Error(`no year ${year}`);
        const sum = byCategory.reduce((acc, row) => acc + moneyToCents(row[i] as string), 0);
        expect(sum).toBe(moneyToCents(accrual.savings) - moneyToCents(cash.savings));
        expect(moneyToCents(timing.total[i] as string)).toBe(sum);
      });
    }
  });
});
