/** The workshop and run slices share the store with the models but are never saved or undone (docs/state.md). */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/engine';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { createAppStore, startApp } from '../../src/state';
import { createMemoryBackend, type StorageBackend } from '../../src/state/persistence/backend';

const model = () => structuredClone(haarlemHaarlemmermeer);
const path = 'parties.haarlem.interestRate';

describe('the workshop and runs slices', () => {
  it('are not written to storage', async () => {
    const writes: string[] = [];
    const memory = createMemoryBackend(new Map());
    const backend: StorageBackend = {
      ...memory,
      kind: 'localStorage',
      write: (key, value, guard) => {
        writes.push(key);
        return memory.write(key, value, guard);
      },
    };
    const store = createAppStore();
    const p = await startApp(store, { backend, example: model(), channel: null, debounceMs: 0 });
    await p.flush();
    const before = writes.length;
    const id = store.getState().activeModelId!;
    store.getState().setWhatIf(id, path, '0.06');
    store.getState().setMonteCarloRun({ status: 'idle' });
    store.getState().putSensitivity('1|s2|npv', { status: 'running' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await p.flush();
    expect(writes.length).toBe(before);
    expect(store.getState().saveState).toBe('saved');
    p.stop();
  });

  it('keep what-if values out of undo; keeping them in the model is one undoable edit', () => {
    const store = createAppStore();
    const id = store.getState().addModel(model());
    const original = readInput(store.getState().models[id]!.model, path);
    store.getState().setWhatIf(id, path, '0.06');
    expect(store.getState().history[id]).toBeUndefined();
    store.getState().keepInModel(id, 'Vasthouden');
    expect(readInput(store.getState().models[id]!.model, path)).toBe('0.06');
    expect(store.getState().workshop[id]!.values).toEqual({});
    store.getState().undo(id);
    expect(readInput(store.getState().models[id]!.model, path)).toBe(original);
    expect(store.getState().workshop[id]!.values).toEqual({});
  });
});
