/** Issue 17 in the export: the assessment's scores with reasons and totals, and the vulnerability indicators. */
import { describe, expect, it } from 'vitest';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { evaluateModel, staffIndicators, type ModelFile } from '../../src/engine';
import { decisionSheets } from '../../src/features/export/decision-sheets';
import { newAssessment, withScore } from '../../src/model/assessment';

describe('the decision sheets', () => {
  it('are absent without a decision section', () => {
    const m = example as unknown as ModelFile;
    expect(decisionSheets(m, evaluateModel(m), 'nl')).toEqual([]);
  });

  it('carry every score with its reason, the totals and each indicator', () => {
    const m = structuredClone(example) as unknown as ModelFile;
    m.version = 3;
    let a = newAssessment();
    for (const c of a.criteria) a = withScore(a, 's2', c.id, 4, c.id === 'kosten' ? 'Lagere kosten' : undefined);
    m.assessment = a;
    const e = evaluateModel(m);
    const [assessment, vulnerability] = decisionSheets(m, e, 'nl');
    expect(assessment?.name).toBe('Afweging');
    const kosten = assessment?.rows.find((r) => r[0]?.value === 'Samenwerking 2.0' && r[1]?.value === 'Kosten');
    expect(kosten?.slice(3, 5)).toEqual([
      { kind: 'number', value: '4', format: 'int' },
      { kind: 'text', value: 'Lagere kosten' },
    ]);
    const total = assessment?.rows.find((r) => r[0]?.value === 'Samenwerking 2.0' && r[1]?.value === 'Gewogen totaal');
    expect(total?.[5]).toEqual({ kind: 'number', value: '4.0000', format: 'decimal' });
    const indicators = staffIndicators(m).rows;
    expect(vulnerability?.rows).toHaveLength(indicators.reduce((n, r) => n + r.years.length, 0));
    const first = indicators[0]!;
    expect(vulnerability?.rows[0]?.slice(3, 4)).toEqual([
      { kind: 'number', value: first.years[0]!.ownFte, format: 'fte' },
    ]);
  });
});
