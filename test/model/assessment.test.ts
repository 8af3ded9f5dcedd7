/**
 * The non-financial assessment (docs/model-v3.md, `assessment`): weighted totals, ranks, cost
 * per score point and the weight that flips the ranking, pinned by hand.
 */
import { describe, expect, it } from 'vitest';
import type { AssessmentSection } from '../../src/engine';
import { assess, newAssessment, withScore } from '../../src/model/assessment';

const section: AssessmentSection = {
  criteria: [
    { id: 'kosten', label: 'Kosten', weight: 2 },
    { id: 'kwaliteit', label: 'Kwaliteit', weight: 1 },
    { id: 'autonomie', label: 'Autonomie', weight: '1' },
  ],
  scores: [
    { scenario: 'a', criterion: 'kosten', score: 4, reason: 'goedkoopst' },
    { scenario: 'a', criterion: 'kwaliteit', score: 2 },
    { scenario: 'a', criterion: 'autonomie', score: 3 },
    { scenario: 'b', criterion: 'kosten', score: 2 },
    { scenario: 'b', criterion: 'kwaliteit', score: 5 },
    { scenario: 'b', criterion: 'autonomie', score: 3 },
    { scenario: 'c', criterion: 'kosten', score: 5 },
  ],
};

describe('assess', () => {
  const result = assess(section, ['a', 'b', 'c'], { a: '1000000.00', b: '900000.00' });

  it('weighs the scores, ranks complete scenarios and gives the cost per point', () => {
    // a: (2·4 + 2 + 3) / 4 = 3.25; b: (2·2 + 5 + 3) / 4 = 3.
    expect(result.rows).toEqual([
      { scenario: 'a', weightedScore: '3.2500', missing: [], cost: '1000000.00', costPerPoint: '307692.31', rank: 1 },
      { scenario: 'b', weightedScore: '3.0000', missing: [], cost: '900000.00', costPerPoint: '300000.00', rank: 2 },
      {
        scenario: 'c',
        weightedScore: null,
        missing: ['kwaliteit', 'autonomie'],
        cost: null,
        costPerPoint: null,
        rank: null,
      },
    ]);
    expect(result.leader).toBe('a');
  });

  it('finds the weight at which the runner-up ties with the leader', () => {
    // margin a − b = 2·(4−2) + w·(2−5) + 1·0 = 4 − 3w: ties at w = 4/3 for kwaliteit;
    // for kosten: w·2 − 3 = 0 → 1.5 (lower); autonomie scores tie, so it cannot flip.
    expect(result.flips).toEqual([
      { criterion: 'kosten', weight: '2', flipAt: '1.5000', direction: 'lower', leader: 'a', newLeader: 'b' },
      { criterion: 'kwaliteit', weight: '1', flipAt: '1.3333', direction: 'raise', leader: 'a', newLeader: 'b' },
    ]);
    // Check the claim: at kwaliteit 1.4 the ranking has flipped.
    const moved = assess(
      { ...section, criteria: section.criteria.map((c) => (c.id === 'kwaliteit' ? { ...c, weight: '1.4' } : c)) },
      ['a', 'b'],
    );
    expect(moved.leader).toBe('b');
  });

  it('shares a rank on equal totals and has no leader, so no flips', () => {
    const tied = withScore(section, 'b', 'kwaliteit', 3);
    const r = assess({ ...tied, criteria: tied.criteria.map((c) => ({ ...c, weight: 1 })) }, ['a', 'b']);
    expect(r.rows.map((x) => [x.weightedScore, x.rank])).toEqual([
      ['3.0000', 1],
      ['2.6667', 2],
    ]);
    const even = assess(
      {
        criteria: [{ id: 'k', label: 'K', weight: 1 }],
        scores: [
          { scenario: 'a', criterion: 'k', score: 3 },
          { scenario: 'b', criterion: 'k', score: 3 },
        ],
      },
      ['a', 'b'],
    );
    expect(even.rows.map((x) => x.rank)).toEqual([1, 1]);
    expect(even.leader).toBeNull();
    expect(even.flips).toEqual([]);
  });

  it('ignores criteria weighted 0 for completeness and keeps reasons when a score changes', () => {
    const zero = { ...section, criteria: section.criteria.map((c) => (c.id === 'kosten' ? c : { ...c, weight: 0 })) };
    expect(assess(zero, ['c']).rows[0]).toMatchObject({ weightedScore: '5.0000', missing: [] });
    const changed = withScore(section, 'a', 'kosten', 5);
    expect(changed.scores?.find((s) => s.scenario === 'a' && s.criterion === 'kosten')).toEqual({
      scenario: 'a',
      criterion: 'kosten',
      score: 5,
      reason: 'goedkoopst',
    });
    expect(withScore(section, 'a', 'kosten', null).scores).toHaveLength(6);
  });

  it('starts with the seven default criteria at equal weight', () => {
    expect(newAssessment().criteria.map((c) => [c.id, c.weight])).toEqual([
      ['kosten', 1],
      ['kwaliteit', 1],
      ['kwetsbaarheid', 1],
      ['continuiteit', 1],
      ['kennisInnovatie', 1],
      ['autonomie', 1],
      ['risico', 1],
    ]);
  });
});
