/**
 * Autosave of a large model (issue 19 item 5): the record's JSON reuses the text of the model's
 * unchanged parts, and is exactly what JSON.stringify writes, before and after edits; the stored
 * revision is read from the record's head without parsing the model.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { serializeModelRecord, storedRevision } from '../../src/state/persistence/records';
import { sharedJson } from '../../src/state/persistence/shared-json';
import { nationalTableModel } from '../support/national-table';

describe('the JSON of a model record', () => {
  it('is JSON.stringify’s text, also after edits that share the unchanged parts', () => {
    const store = createAppStore();
    const id = store.getState().addModel(nationalTableModel(80));
    const entry = () => store.getState().models[id]!;
    const plain = () => JSON.stringify({ ...serializedFields(entry()), model: entry().model });
    expect(serializeModelRecord(entry(), 1)).toBe(plain());
    store.getState().updateModel(id, (m) => {
      m.parties[3]!.name = 'Nieuwe naam "met" aanhalingstekens\n';
    });
    expect(serializeModelRecord(entry(), 1)).toBe(plain());
    store.getState().updateModel(id, (m) => {
      m.parties.splice(5, 1);
      m.meta = { ...m.meta, title: 'Ander', note: undefined } as typeof m.meta;
    });
    expect(serializeModelRecord(entry(), 1)).toBe(plain());
    expect(JSON.parse(serializeModelRecord(entry(), 1)).model.parties).toHaveLength(83);
  });

  it('writes what JSON.stringify writes for values it cannot keep or must leave out', () => {
    const value = {
      a: [1, undefined, () => 1, NaN, { b: undefined, c: [null, 'x'] }],
      d: undefined,
      e: { f: { g: new Date(0), h: -0 } },
      i: 'é\u2028"',
    };
    expect(sharedJson(value)).toBe(JSON.stringify(value));
  });

  it('reads the stored revision from the record’s head, and from the whole record otherwise', () => {
    const store = createAppStore();
    const id = store.getState().addModel(nationalTableModel(5));
    const raw = serializeModelRecord(store.getState().models[id]!, 17);
    expect(storedRevision(raw)).toBe(17);
    expect(storedRevision(JSON.stringify({ model: {}, revision: 4 }))).toBe(4);
    expect(storedRevision('{"schema":1,"id":"x","revision":3,"createdAt":')).toBe(3);
    expect(storedRevision('not json')).toBe(-1);
    expect(storedRevision(undefined)).toBe(-1);
  });
});

function serializedFields(e: { id: string; createdAt: string; updatedAt: string }) {
  return { schema: 1, id: e.id, revision: 1, createdAt: e.createdAt, updatedAt: e.updatedAt };
}
