import { describe, expect, it } from 'vitest';
import { evaluateModel, type ModelFile } from '../../src/engine';
import fixture from '../state/fixtures/two-municipalities.json';

const haarlemHaarlemmermeer = fixture as ModelFile;
import { addParty, descendantsOf, partyReferences, removeParty, yearsOf } from '../../src/model';
import { validateModel } from '../../src/engine';

const model = () => structuredClone(haarlemHaarlemmermeer);

describe('edits across a model', () => {
  it('removes a party with everything that refers to it, leaving a valid model', () => {
    const m = model();
    expect(partyReferences(m, 'haarlem')).toEqual({ lines: 3, staff: 1, changes: 2 });
    removeParty(m, 'haarlem');
    expect(m.parties.map((p) => p.id)).toEqual(['haarlemmermeer', 'ictc']);
    expect(partyReferences(m, 'haarlem')).toEqual({ lines: 0, staff: 0, changes: 0 });
    expect(validateModel(m)).toEqual([]);
  });

  it('removes a shared party and the levers that move costs to it', () => {
    const m = model();
    removeParty(m, 'ictc');
    expect(m.scenarios[1]!.changes!.map((c) => c.op)).toEqual(['setStaff', 'setStaff']);
    expect(() => evaluateModel(m)).not.toThrow();
  });

  it('adds a party with a unique id and the terms of its kind', () => {
    const m = model();
    const id = addParty(m, 'shared', 'ICT-centrum');
    expect(id).toBe('ict-centrum');
    expect(addParty(m, 'municipality', 'Haarlem')).toBe('haarlem-2');
    const added = m.parties.find((p) => p.id === id)!;
    expect(added.allocation).toEqual({ default: { basis: 'inhabitants' } });
    expect(added.depreciationYears).toEqual(m.parties.find((p) => p.id === 'ictc')!.depreciationYears);
    expect(validateModel(m)).toEqual([]);
  });

  it('knows the years before the horizon that lines refer to, and a scenario’s descendants', () => {
    const m = model();
    expect(yearsOf(m)).toEqual({ horizon: [2013, 2014, 2015, 2016, 2017], all: [2012, 2013, 2014, 2015, 2016, 2017] });
    expect([...descendantsOf(m, 's2')].sort()).toEqual(['s2', 's3']);
  });
});
