import { describe, expect, it } from 'vitest';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { createAppStore, HISTORY_LIMIT } from '../../src/state';

const model = () => structuredClone(haarlemHaarlemmermeer);

describe('the store: models and undo', () => {
  it('applies an edit as one undo step, undoes and redoes it', () => {
    const store = createAppStore();
    const id = store.getState().addModel(model());
    const before = store.getState().models[id]!.model;
    store.getState().updateModel(
      id,
      (m) => {
        m.horizon.endYear = 2018;
      },
      'Horizon',
    );
    expect(store.getState().models[id]!.model.horizon.endYear).toBe(2018);
    expect(store.getState().history[id]!.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().models[id]!.model).toBe(before);
    store.getState().redo();
    expect(store.getState().models[id]!.model.horizon.endYear).toBe(2018);
    expect(store.getState().history[id]!.future).toHaveLength(0);
  });

  it('adds no step for an edit that changes nothing, and a new edit clears redo', () => {
    const store = createAppStore();
    const id = store.getState().addModel(model());
    store.getState().updateModel(id, (m) => {
      m.horizon.endYear = 2017;
    });
    expect(store.getState().history[id]).toBeUndefined();
    store.getState().updateModel(id, (m) => {
      m.horizon.endYear = 2018;
    });
    store.getState().undo();
    store.getState().updateModel(id, (m) => {
      m.horizon.endYear = 2019;
    });
    expect(store.getState().history[id]!.future).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().models[id]!.model.horizon.endYear).toBe(2019);
  });

  it('keeps unchanged parts of the model by identity (structural sharing)', () => {
    const store = createAppStore();
    const id = store.getState().addModel(model());
    const before = store.getState().models[id]!.model;
    store.getState().updateModel(id, (m) => {
      m.parties[0]!.interestRate = 0.05;
    });
    const after = store.getState().models[id]!.model;
    expect(after.parties[0]).not.toBe(before.parties[0]);
    expect(after.parties[1]).toBe(before.parties[1]);
    expect(after.scenarios).toBe(before.scenarios);
  });

  it('bounds the history', () => {
    const store = createAppStore();
    const id = store.getState().addModel(model());
    for (let i = 0; i < HISTORY_LIMIT + 20; i += 1)
      store.getState().updateModel(id, (m) => {
        m.meta = { title: `t${i}` };
      });
    expect(store.getState().history[id]!.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) store.getState().undo();
    expect(store.getState().models[id]!.model.meta?.title).toBe('t19');
  });

  it('keeps a separate history per model and undoes the active one', () => {
    const store = createAppStore();
    const a = store.getState().addModel(model());
    const b = store.getState().addModel(model());
    store.getState().updateModel(a, (m) => {
      m.meta = { title: 'A' };
    });
    store.getState().updateModel(b, (m) => {
      m.meta = { title: 'B' };
    });
    store.getState().setActiveModel(a);
    store.getState().undo();
    expect(store.getState().models[a]!.model.meta?.title).not.toBe('A');
    expect(store.getState().models[b]!.model.meta?.title).toBe('B');
  });

  it('duplicates and removes models', () => {
    const store = createAppStore();
    const a = store.getState().addModel(model());
    const b = store.getState().duplicateModel(a, 'Kopie')!;
    expect(store.getState().models[b]!.model.meta?.title).toBe('Kopie');
    expect(store.getState().models[b]!.model.parties).toEqual(store.getState().models[a]!.model.parties);
    store.getState().removeModel(a);
    expect(store.getState().models[a]).toBeUndefined();
    expect(store.getState().activeModelId).toBeNull();
  });
});
