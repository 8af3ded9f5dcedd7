/**
 * A stored heavy model is upgraded and validated at start but not evaluated on the page
 * (docs/state.md, "Heavy models are evaluated in the worker"): what only evaluation finds —
 * allocation weights all 0 in a year — then shows as the screens' cannot-evaluate notice with
 * the CLI's message, computed in the worker, and the record is kept. A light record still gets
 * the whole verdict and is moved aside.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { admitModel, createEvaluationCache, formatValidationError, type ModelFile } from '../../src/engine';
import { isHeavyModel } from '../../src/model/evaluation-work';
import { parseModelRecord } from '../../src/state/persistence/records';
import { evaluationStateOf } from '../../src/worker/evaluate';

/** Inhabitants only from 2020: the shared party's cost in 2014 cannot be split (one-verdict.test.ts). */
function zeroWeightsInAYear(chain: number): ModelFile {
  const m = JSON.parse(readFileSync('test/fixtures/models/two-municipalities.json', 'utf8'));
  m.parties[0].inhabitants = { 2020: 155000 };
  m.parties[1].inhabitants = { 2020: 144000 };
  delete m.parties[2].allocation;
  let previous = m.scenarios.find((s: { basedOn: string | null }) => s.basedOn === null).id as string;
  for (let k = 0; k < chain; k += 1) {
    m.scenarios.push({
      id: `c${k}`,
      name: `C ${k}`,
      basedOn: previous,
      changes: [{ op: 'scale', select: { category: 'workplace' }, from: 2013, reduction: 0.001 }],
    });
    previous = `c${k}`;
  }
  return m as ModelFile;
}

const record = (model: ModelFile) => JSON.stringify({ schema: 1, id: 'm', revision: 1, model });

describe('a stored model whose weights are all 0 in a year', () => {
  it('is moved aside when light, with the CLI message', () => {
    const light = zeroWeightsInAYear(0);
    expect(isHeavyModel(light)).toBe(false);
    const parsed = parseModelRecord(record(light));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain('all allocation weights are 0');
  });

  it('is kept when heavy, and the worker’s evaluation gives the CLI message as its cannot-evaluate notice', () => {
    const heavy = zeroWeightsInAYear(95);
    expect(isHeavyModel(heavy)).toBe(true);
    const parsed = parseModelRecord(record(heavy));
    expect(parsed.ok).toBe(true);
    const cli = admitModel(heavy);
    expect(cli.ok).toBe(false);
    const state = evaluationStateOf(heavy, createEvaluationCache());
    expect(state.evaluation).toBeNull();
    expect(state.errors).toEqual(!cli.ok ? cli.errors.map(formatValidationError) : []);
  });
});
