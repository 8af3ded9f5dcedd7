/**
 * Vulnerability indicators from the staff tables (docs/model-v3.md): single points of failure
 * (function groups with FTE but fewer than two own FTE), hired share, FTE per 100,000
 * inhabitants against the benchmark, and the trend — pinned on a hand-made model.
 */
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/engine';
import { staffIndicators } from '../../src/engine/views';

const model: ModelFile = {
  format: 'ict-business-case',
  version: 3,
  horizon: { startYear: 2020, endYear: 2022 },
  parties: [
    { id: 'a', name: 'A', kind: 'municipality', inhabitants: 50000, costPerFte: { own: 70000, hired: 100000 } },
    {
      id: 'b',
      name: 'B',
      kind: 'municipality',
      inhabitants: { '2020': 50000, '2022': 100000 },
      costPerFte: { own: 70000, hired: 100000 },
    },
    {
      id: 'x',
      name: 'X',
      kind: 'shared',
      costPerFte: { own: 70000, hired: 100000 },
      allocation: { default: { basis: 'fixed', shares: { a: 1, b: 3 } } },
    },
  ],
  benchmark: { rows: [{ id: 'r', label: 'Ref', software: 1, personnel: 1, infrastructure: 1, ftePer100k: 40 }] },
  scenarios: [
    {
      id: 'base',
      name: 'Base',
      basedOn: null,
      staff: [
        { party: 'a', group: 'technicalMgmt', fte: 3, hiredShare: 0.5 },
        { party: 'a', group: 'functionalMgmt', fte: 4 },
        { party: 'b', group: 'technicalMgmt', fte: 1 },
        { party: 'b', group: 'management', fte: { '2020': 2, '2022': 0 } },
      ],
    },
    {
      id: 'pool',
      name: 'Pool',
      basedOn: 'base',
      changes: [
        { op: 'setStaff', party: 'a', group: 'technicalMgmt', fte: { '2021': 0 } },
        { op: 'setStaff', party: 'b', group: 'technicalMgmt', fte: { '2021': 0 } },
        { op: 'addStaff', staff: { party: 'x', group: 'technicalMgmt', fte: { '2021': 5 }, hiredShare: 0.2 } },
      ],
    },
  ],
};

const table = staffIndicators(model);
const row = (scenario: string, party: string) => {
  const r = table.rows.find((x) => x.scenario === scenario && x.party === party);
  if (!r) throw new Error(`no row ${scenario}/${party}`);
  return r;
};

describe('staff indicators', () => {
  it('takes the benchmark from the model', () => {
    expect(table.benchmark).toEqual({ label: 'Ref', ftePer100k: '40' });
    expect(table.rows).toHaveLength(6);
  });

  it('pins a municipality in the baseline: single points, hired share, FTE per 100k, trend', () => {
    const a = row('base', 'a');
    expect(a.years[0]).toEqual({
      year: 2020,
      ownFte: '5.5000',
      hiredFte: '1.5000',
      hiredShare: '0.2143',
      singlePoints: ['technicalMgmt'],
      ftePer100k: '14.0',
    });
    const b = row('base', 'b');
    expect(b.years.map((y) => y.singlePoints)).toEqual([['technicalMgmt'], ['technicalMgmt'], ['technicalMgmt']]);
    expect(b.years.map((y) => y.ftePer100k)).toEqual(['6.0', '6.0', '1.0']);
    expect(b.years[2]?.ownFte).toBe('1.0000');
    expect(b.trend).toEqual({ ownFte: '-2.0000', hiredShare: '0.0000', singlePoints: 0 });
  });

  it('pins the pooled scenario: the municipalities lose their single points, the shared party carries the staff', () => {
    const a = row('pool', 'a');
    expect(a.years[1]).toMatchObject({ ownFte: '4.0000', hiredFte: '0.0000', hiredShare: '0.0000', singlePoints: [] });
    // 4 own + 1/4 of X's 5 FTE = 5.25 over 50,000 inhabitants.
    expect(a.years[1]?.ftePer100k).toBe('10.5');
    expect(a.trend).toEqual({ ownFte: '-1.5000', hiredShare: '-0.2143', singlePoints: -1 });
    const x = row('pool', 'x');
    expect(x.years[0]).toMatchObject({ ownFte: '0.0000', hiredShare: null, singlePoints: [], ftePer100k: '0.0' });
    // 5 FTE, 1 hired; over a + b = 150,000 inhabitants in 2022.
    expect(x.years[2]).toMatchObject({ ownFte: '4.0000', hiredFte: '1.0000', hiredShare: '0.2000', singlePoints: [] });
    expect(x.years[2]?.ftePer100k).toBe('3.3');
    expect(x.trend.hiredShare).toBeNull();
    expect(row('pool', 'b').years[2]).toMatchObject({ singlePoints: [], ownFte: '0.0000', hiredShare: null });
  });
});
