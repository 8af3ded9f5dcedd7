/**
 * A heavy model's scenario results as the worker sends them (src/worker/packed-results.ts): the
 * per-party records travel as JSON text and are parsed on the page when first read. The
 * unpacked scenario must be the engine's, key for key and in the same order, whether read at
 * once, read in part, copied by structuredClone or written as JSON.
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel, type ModelFile } from '../../src/engine';
import { packScenario, unpackScenario, type PackedScenario } from '../../src/worker/packed-results';
import { benchModel } from '../bench/models';
import { heavyChainModel } from '../support/heavy-chain';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import monitoring from '../../src/examples/monitoring-fictitious.json';
import leave from '../fixtures/leave/leave-small.json';
import staffTransition from '../fixtures/models-v3/staff-transition.json';

/** As postMessage delivers it: a structured clone of the packed form. */
const sent = (e: ReturnType<typeof evaluateModel>): PackedScenario[] => structuredClone(e.scenarios.map(packScenario));

const isAccessor = (o: object, key: string): boolean =>
  typeof Object.getOwnPropertyDescriptor(o, key)?.get === 'function';

describe('packed scenario results', () => {
  const models: [string, ModelFile][] = [
    ['the example', example as unknown as ModelFile],
    ['a version-3 model with actuals and budgets', monitoring as unknown as ModelFile],
    ['a version-3 model with an exit', leave as unknown as ModelFile],
    ['a version-3 model with staff transitions', staffTransition as unknown as ModelFile],
    ['the bench’s large model', benchModel('large')],
    ['a chain of 12 scenarios', heavyChainModel(8, 12)],
  ];

  it.each(models)('unpack to the engine’s results for %s, in the same key order', (_, model) => {
    const evaluation = evaluateModel(model);
    const unpacked = sent(evaluation).map(unpackScenario);
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(evaluateModel(model).scenarios));
    expect(unpacked).toEqual(evaluateModel(model).scenarios);
    // Copied again (an export's worker, a test's clone), every record comes along.
    expect(structuredClone(unpacked)).toEqual(evaluation.scenarios);
  });

  it('send the per-party records as text only, everything else as it is', () => {
    const scenario = evaluateModel(leave as unknown as ModelFile).scenarios[2]!;
    expect(scenario.exits?.length).toBeGreaterThan(0);
    const packed = packScenario(scenario);
    expect(Object.keys(packed.fields)).toEqual(Object.keys(scenario));
    expect(Object.keys(packed.json).sort()).toEqual(['parties', 'staff']);
    expect(packed.fields.parties).toBeNull();
    expect(packed.fields.years).toBeNull();
    expect(packed.fields.npv).toBe(scenario.npv);
    expect(packed.fields.cash).toEqual(scenario.cash);
    expect(packed.fields.exits).toEqual(scenario.exits);
    const year = packed.years[0]!;
    expect(Object.keys(year.json).sort()).toEqual(['byOwner', 'byOwnerCategory', 'byParty', 'byPartyCategory']);
    expect(year.fields.total).toBe(scenario.years[0]!.total);
    expect(JSON.parse(year.json.byPartyCategory!)).toEqual(scenario.years[0]!.byPartyCategory);
  });

  it('parse a record when it is first read, and only that record', () => {
    const [packed] = sent(evaluateModel(example as unknown as ModelFile)).slice(1);
    const scenario = unpackScenario(packed!);
    const year = scenario.years[0]!;
    expect(isAccessor(scenario, 'parties')).toBe(true);
    expect(isAccessor(year, 'byParty')).toBe(true);
    expect(year.total).toBe(packed!.years[0]!.fields.total);
    const haarlem = scenario.parties.haarlem;
    expect(haarlem?.npv).toMatch(/^-?\d+\.\d\d$/);
    // The read record is a plain value now; the others are still waiting.
    expect(isAccessor(scenario, 'parties')).toBe(false);
    expect(isAccessor(scenario, 'staff')).toBe(true);
    expect(isAccessor(year, 'byParty')).toBe(true);
    expect(scenario.parties).toBe(scenario.parties);
  });
});
