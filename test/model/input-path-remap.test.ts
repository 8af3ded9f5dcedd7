/**
 * Ranges and workshop controls stay on their inputs through an edit (`src/state/input-path-remap.ts`):
 * a moved lever takes its ranges with it, a deleted one takes them away (in the same undo step,
 * with a notice), a renamed id is followed. Expectations are computed from the models.
 */
import { describe, expect, it } from 'vitest';
import { readInput, type InputPath, type ModelFile, type UncertainInput, type WorkshopControl } from '../../src/engine';
import { writeInput } from '../../src/engine/model';
import { haarlemHaarlemmermeerWithRanges } from '../../src/examples';
import { createAppStore, type Notice } from '../../src/state';
import { cloneJson, moveChange, remapInputPaths, removeChange, removeParty } from '../../src/model';
import { validateModel } from '../../src/engine';
import fixture from '../state/fixtures/two-municipalities.json';

const example = () => structuredClone(haarlemHaarlemmermeerWithRanges);

const range = (id: string, path: InputPath): UncertainInput => ({
  id,
  path,
  label: id,
  // Wide, yet within the exact range for every input it is put on (validate-range.ts).
  distribution: { kind: 'uniform', low: 0, high: 100_000 },
});
const control = (id: string, path: InputPath): WorkshopControl => ({
  id,
  path,
  label: id,
  min: 0,
  max: 100_000,
  step: 1,
});

/** The small test model with ranges on a party, a baseline line, a staff entry and levers of 2.0. */
function small(): ModelFile {
  const m = structuredClone(fixture as ModelFile);
  m.version = 2;
  m.uncertainty = {
    inputs: [
      range('ictc-own', 'parties.ictc.costPerFte.own'),
      range('h-apps', 'scenarios.baseline.lines.h-apps.amount'),
      range('staff-1', 'scenarios.baseline.staff.1.fte'),
      range('staff-0-hired', 'scenarios.baseline.staff.0.hiredShare'),
      range('s2-centre', 'scenarios.s2.changes.4.staff.fte.2014'),
      range('s2-haarlem', 'scenarios.s2.changes.2.fte.2014'),
      range('s2-project', 'scenarios.s2.changes.6.line.amount'),
      range('s3-reduction', 'scenarios.s3.changes.0.reduction'),
    ],
  };
  m.workshop = {
    controls: [
      control('c-centre', 'scenarios.s2.changes.4.staff.fte.2014'),
      control('c-own', 'parties.ictc.costPerFte.own'),
    ],
  };
  return m;
}

type Entry = { id: string; path: InputPath };
const entries = (m: ModelFile): Entry[] => [
  ...(m.uncertainty?.inputs ?? []).map((r) => ({ id: `range:${r.id}`, path: r.path })),
  ...(m.workshop?.controls ?? []).map((c) => ({ id: `control:${c.id}`, path: c.path })),
];
const pathsById = (m: ModelFile) => new Map(entries(m).map((e) => [e.id, e.path]));

/**
 * The model with a distinct sentinel number at every range's and control's input, so "the same
 * input after the edit" can be checked by value (real values may coincide).
 */
function tagged(m: ModelFile): { model: ModelFile; tag: Map<string, string> } {
  let out = m;
  const tag = new Map<string, string>();
  const byPath = new Map<InputPath, string>();
  entries(m).forEach((e, i) => {
    if (!byPath.has(e.path)) {
      byPath.set(e.path, String(900_000 + i));
      out = writeInput(out, e.path, byPath.get(e.path)!);
    }
    tag.set(e.id, byPath.get(e.path)!);
  });
  return { model: out, tag };
}

/** Every range and control of `after` reads the value its input had in `before`. */
function expectSameInputs(before: ModelFile, after: ModelFile): void {
  const was = new Map(entries(before).map((e) => [e.id, readInput(before, e.path)]));
  for (const e of entries(after)) {
    expect(readInput(after, e.path), e.id).not.toBeNull();
    expect(readInput(after, e.path), e.id).toBe(was.get(e.id));
  }
}

const store = (m: ModelFile) => {
  const s = createAppStore();
  const id = s.getState().addModel(m);
  return { s, id, model: () => s.getState().models[id]!.model };
};

const s3 = (m: ModelFile) => m.scenarios.find((x) => x.id === 's3')!;
const underChange = (scenario: string, index: number) => (p: InputPath) =>
  p.startsWith(`scenarios.${scenario}.changes.${index}.`);

describe('moving a lever', () => {
  it('renumbers the ranges and controls of the levers it passes (example, 3.0, first lever down)', () => {
    const { s, id, model } = store(example());
    const before = model();
    expect(validateModel(before)).toEqual([]);
    const paths = pathsById(before);
    expect([...paths.values()].some(underChange('s3', 0))).toBe(true);
    s.getState().updateModel(id, (m) => moveChange(m, 's3', 0, 1), 'Omlaag');
    const after = model();
    expect(s3(after).changes![1]).toEqual(s3(before).changes![0]);
    expect(validateModel(after)).toEqual([]);
    expectSameInputs(before, after);
    for (const [key, path] of pathsById(after)) {
      const old = paths.get(key)!;
      const expected = underChange('s3', 0)(old)
        ? old.replace('scenarios.s3.changes.0.', 'scenarios.s3.changes.1.')
        : underChange('s3', 1)(old)
          ? old.replace('scenarios.s3.changes.1.', 'scenarios.s3.changes.0.')
          : old;
      expect(path, key).toBe(expected);
    }
    expect(s.getState().notices).toEqual([]);
    s.getState().undo();
    expect(model()).toBe(before);
  });

  it('moves a lever up and keeps every range on its input (sentinel values)', () => {
    const { model: m, tag } = tagged(example());
    const { s, id, model } = store(m);
    const s2 = m.scenarios.find((x) => x.id === 's2')!;
    const index = s2.changes!.findIndex((_, i) => entries(m).some((e) => underChange('s2', i)(e.path)));
    expect(index).toBeGreaterThan(0);
    s.getState().updateModel(id, (d) => moveChange(d, 's2', index, -1), 'Omhoog');
    const after = model();
    for (const e of entries(after)) expect(readInput(after, e.path), e.id).toBe(tag.get(e.id));
    expect(entries(after).some((e) => underChange('s2', index - 1)(e.path))).toBe(true);
  });

  it('moves a lever in a small model: levers after it keep their ranges, the other scenarios are untouched', () => {
    const before = small();
    const edit = remapInputPaths(before, (m) => moveChange(m, 's2', 2, 3));
    expect(edit.removed.ranges).toEqual([]);
    const paths = pathsById(edit.model);
    expect(paths.get('range:s2-haarlem')).toBe('scenarios.s2.changes.5.fte.2014');
    expect(paths.get('range:s2-centre')).toBe('scenarios.s2.changes.3.staff.fte.2014');
    expect(paths.get('control:c-centre')).toBe('scenarios.s2.changes.3.staff.fte.2014');
    expect(paths.get('range:s2-project')).toBe('scenarios.s2.changes.6.line.amount');
    expect(paths.get('range:s3-reduction')).toBe('scenarios.s3.changes.0.reduction');
    expect(validateModel(edit.model)).toEqual([]);
    expectSameInputs(before, edit.model);
  });
});

describe('deleting a lever', () => {
  it('removes the ranges and controls on it, renumbers those after it, in one undo step with a notice', () => {
    const { s, id, model } = store(example());
    const before = model();
    const onIt = entries(before).filter((e) => underChange('s3', 0)(e.path));
    const ranges = (before.uncertainty?.inputs ?? []).filter((r) => underChange('s3', 0)(r.path));
    const controls = (before.workshop?.controls ?? []).filter((c) => underChange('s3', 0)(c.path));
    expect(ranges.length).toBeGreaterThan(0);
    s.getState().updateModel(id, (m) => removeChange(m, 's3', 0), 'Verwijderen');
    const after = model();
    expect(validateModel(after)).toEqual([]);
    expect(after.uncertainty!.inputs).toHaveLength(before.uncertainty!.inputs.length - ranges.length);
    expect(after.workshop!.controls).toHaveLength(before.workshop!.controls.length - controls.length);
    const kept = pathsById(after);
    for (const e of onIt) expect(kept.has(e.id)).toBe(false);
    for (const e of entries(before).filter((x) => !underChange('s3', 0)(x.path))) {
      const m = /^scenarios\.s3\.changes\.(\d+)\.(.*)$/.exec(e.path);
      expect(kept.get(e.id), e.id).toBe(m ? `scenarios.s3.changes.${Number(m[1]) - 1}.${m[2]}` : e.path);
    }
    expectSameInputs(before, after);

    const notices = s
      .getState()
      .notices.filter((n): n is Extract<Notice, { kind: 'inputsRemoved' }> => n.kind === 'inputsRemoved');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      modelId: id,
      by: 'change',
      ranges: ranges.map((r) => r.label ?? r.path),
      controls: controls.map((c) => c.label ?? c.path),
    });

    expect(s.getState().history[id]!.past).toHaveLength(1);
    s.getState().undo();
    expect(model()).toBe(before);
    expect(s.getState().notices).toEqual([]);
    s.getState().redo();
    expect(model()).toBe(after);
    expect(s.getState().notices.filter((n) => n.kind === 'inputsRemoved')).toHaveLength(1);
  });

  it('deleting a lever without ranges after the ranged ones changes no path and tells nothing', () => {
    const { s, id, model } = store(small());
    const before = model();
    s.getState().updateModel(id, (m) => removeChange(m, 's2', 5), 'Verwijderen');
    expect(pathsById(model()).get('range:s2-project')).toBe('scenarios.s2.changes.5.line.amount');
    expect(model().uncertainty!.inputs).toHaveLength(before.uncertainty!.inputs.length);
    expect(s.getState().notices).toEqual([]);
    expect(validateModel(model())).toEqual([]);
  });

  it('switching a lever off keeps its ranges, and the model stays valid', () => {
    const { s, id, model } = store(example());
    const before = model();
    s.getState().updateModel(
      id,
      (m) => {
        s3(m).changes![0]!.enabled = false;
      },
      'uit',
    );
    expect(entries(model())).toEqual(entries(before));
    expect(validateModel(model())).toEqual([]);
  });

  it('an edit that replaces the lever object (a change of kind of edit) keeps its ranges', () => {
    const before = small();
    const edit = remapInputPaths(before, (m) => {
      const s2 = m.scenarios.find((x) => x.id === 's2')!;
      s2.changes![4] = cloneJson(s2.changes![4]!);
    });
    expect(entries(edit.model)).toEqual(entries(before));
  });
});

describe('ids and other lists', () => {
  it('follows a renamed scenario id', () => {
    const before = example();
    const edit = remapInputPaths(before, (m) => {
      s3(m).id = 'next';
      for (const x of m.scenarios) if (x.basedOn === 's3') x.basedOn = 'next';
    });
    expect(validateModel(edit.model)).toEqual([]);
    for (const [key, path] of pathsById(edit.model)) {
      const old = pathsById(before).get(key)!;
      expect(path).toBe(old.startsWith('scenarios.s3.') ? old.replace('scenarios.s3.', 'scenarios.next.') : old);
    }
    expectSameInputs(before, edit.model);
  });

  it('follows a renamed party id', () => {
    const before = small();
    const edit = remapInputPaths(before, (m) => renameParty(m, 'ictc', 'centre'));
    expect(validateModel(edit.model)).toEqual([]);
    expect(pathsById(edit.model).get('range:ictc-own')).toBe('parties.centre.costPerFte.own');
    expect(pathsById(edit.model).get('control:c-own')).toBe('parties.centre.costPerFte.own');
    expectSameInputs(before, edit.model);
  });

  it('follows a renamed line id', () => {
    const before = small();
    const edit = remapInputPaths(before, (m) => {
      m.scenarios[0]!.lines!.find((l) => l.id === 'h-apps')!.id = 'haarlem-apps';
    });
    expect(pathsById(edit.model).get('range:h-apps')).toBe('scenarios.baseline.lines.haarlem-apps.amount');
    expect(validateModel(edit.model)).toEqual([]);
  });

  it('removes the ranges on a deleted line (addressed by id) and leaves the others', () => {
    const before = small();
    const edit = remapInputPaths(before, (m) => {
      m.scenarios[0]!.lines = m.scenarios[0]!.lines!.filter((l) => l.id !== 'h-apps');
    });
    expect(edit.removed.ranges.map((r) => r.id)).toEqual(['h-apps']);
    expect(edit.removed.by).toBe('line');
    expect(edit.model.uncertainty!.inputs).toHaveLength(before.uncertainty!.inputs.length - 1);
    expect(validateModel(edit.model)).toEqual([]);
    expectSameInputs(before, edit.model);
  });

  it('deleting a staff entry removes its ranges and renumbers the entries after it', () => {
    const before = small();
    const edit = remapInputPaths(before, (m) => {
      m.scenarios[0]!.staff!.splice(0, 1);
    });
    expect(edit.removed.ranges.map((r) => r.id)).toEqual(['staff-0-hired']);
    expect(edit.removed.by).toBe('staff');
    expect(pathsById(edit.model).get('range:staff-1')).toBe('scenarios.baseline.staff.0.fte');
    expectSameInputs(before, edit.model);
  });

  it('deleting a party removes the ranges on it and on the levers that went with it', () => {
    const before = small();
    const edit = remapInputPaths(before, (m) => removeParty(m, 'ictc'));
    // removeParty drops the ictc party and the 2.0 levers that move costs or staff to it (0, 1, 4, 5, 6).
    expect(edit.removed.ranges.map((r) => r.id).sort()).toEqual(['ictc-own', 's2-centre', 's2-project']);
    expect(edit.removed.controls.map((c) => c.id).sort()).toEqual(['c-centre', 'c-own']);
    expect(edit.removed.by).toBe('party');
    expect(pathsById(edit.model).get('range:s2-haarlem')).toBe('scenarios.s2.changes.0.fte.2014');
    expect(validateModel(edit.model)).toEqual([]);
    expectSameInputs(before, edit.model);
  });

  it('deleting a scenario removes its ranges', () => {
    const before = example();
    const edit = remapInputPaths(before, (m) => {
      m.scenarios = m.scenarios.filter((x) => x.id !== 's3');
    });
    const onS3 = before.uncertainty!.inputs.filter((r) => r.path.startsWith('scenarios.s3.'));
    expect(edit.removed.ranges.map((r) => r.id)).toEqual(onS3.map((r) => r.id));
    expect(edit.removed.by).toBe('scenario');
    expect(validateModel(edit.model)).toEqual([]);
  });

  it('removes a range whose number is gone, and leaves a path that named nothing before alone', () => {
    const before = small();
    before.uncertainty!.inputs.push(range('broken', 'scenarios.s2.changes.99.reduction'));
    const edit = remapInputPaths(before, (m) => {
      delete m.scenarios[0]!.staff![0]!.hiredShare;
    });
    expect(edit.removed.ranges.map((r) => r.id)).toEqual(['staff-0-hired']);
    expect(edit.removed.by).toBe('input');
    expect(pathsById(edit.model).get('range:broken')).toBe('scenarios.s2.changes.99.reduction');
  });

  it('an edit of values only leaves the sections as they were', () => {
    const before = small();
    const edit = remapInputPaths(before, (m) => {
      m.horizon.endYear = 2018;
    });
    expect(edit.model.uncertainty!.inputs).toEqual(before.uncertainty!.inputs);
    expect([...edit.moves.values()].every((move) => move.to !== null)).toBe(true);
  });
});

describe('the workshop’s what-if values', () => {
  it('move with the lever, are dropped with it, and move back on undo', () => {
    const { s, id, model } = store(small());
    const at = 'scenarios.s2.changes.4.staff.fte.2014';
    const other = 'scenarios.s2.changes.2.fte.2014';
    s.getState().setWhatIf(id, at, '40');
    s.getState().setWhatIf(id, other, '1');
    s.getState().updateModel(id, (m) => moveChange(m, 's2', 4, -1), 'Omhoog');
    expect(s.getState().workshop[id]!.values).toEqual({ 'scenarios.s2.changes.3.staff.fte.2014': '40', [other]: '1' });
    s.getState().undo();
    expect(s.getState().workshop[id]!.values).toEqual({ [at]: '40', [other]: '1' });
    s.getState().updateModel(id, (m) => removeChange(m, 's2', 2), 'Verwijderen');
    expect(s.getState().workshop[id]!.values).toEqual({ 'scenarios.s2.changes.3.staff.fte.2014': '40' });
    expect(readInput(model(), 'scenarios.s2.changes.3.staff.fte.2014')).not.toBeNull();
  });
});

/** Renames a party in place, with every reference to it (as a rename in the app would). */
function renameParty(m: ModelFile, from: string, to: string): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((x, i) => {
        if (x === from) node[i] = to;
        else visit(x);
      });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    for (const key of ['party', 'to']) if (o[key] === from) o[key] = to;
    if (o.shares && typeof o.shares === 'object' && from in (o.shares as object)) {
      const shares = o.shares as Record<string, unknown>;
      shares[to] = shares[from];
      delete shares[from];
    }
    for (const [key, v] of Object.entries(o)) if (key !== 'uncertainty' && key !== 'workshop') visit(v);
  };
  m.parties.find((p) => p.id === from)!.id = to;
  visit(m.parties);
  visit(m.scenarios);
}
