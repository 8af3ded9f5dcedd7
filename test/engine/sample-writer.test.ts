/**
 * The sampling plan's writer (session 8: year maps copied key by key) writes what the model
 * layer's `keyWriter` writes, copies exactly the objects on the way to a written number (the
 * engine's memos rely on a new object wherever a value changed) and leaves the model untouched.
 */
import { describe, expect, it } from 'vitest';
import { inputKeys, keyWriter, type ModelFile } from '../../src/engine/model';
import { prepareInputs, sampleWriter } from '../../src/engine/sampling';
import { haarlemHaarlemmermeerWithRanges } from '../../src/examples';

const model = haarlemHaarlemmermeerWithRanges;
const paths = prepareInputs(model).map((p) => p.input.path);
const keys = paths.map((path) => inputKeys(model, path));

describe('sampleWriter', () => {
  it('the example has year-map inputs among its ranges (what the writer copies differently)', () => {
    expect(keys.some((k) => k !== null && /^\d{4}$/.test(String(k[k.length - 1])))).toBe(true);
  });

  it('writes the same model as keyWriter, sample after sample, and leaves the model as it was', () => {
    const before = JSON.stringify(model);
    const [fast, reference] = [sampleWriter(model, keys), keyWriter(model, keys)];
    for (const scale of [0.5, 1.25, 2]) {
      const values = keys.map((_, i) => String((i + 1) * scale));
      const written = fast(values);
      expect(written).toEqual(reference(values));
      expect(JSON.stringify(written)).toBe(JSON.stringify(reference(values)));
    }
    expect(JSON.stringify(model)).toBe(before);
  });

  it('copies the objects on the way to a written number, and only those', () => {
    const written = sampleWriter(model, keys)(keys.map(() => '1'));
    const get = (m: ModelFile, ks: readonly (string | number)[]) =>
      ks.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], m);
    for (const ks of keys) {
      if (ks === null) continue;
      for (let depth = 0; depth < ks.length; depth += 1) {
        expect(get(written, ks.slice(0, depth))).not.toBe(get(model, ks.slice(0, depth)));
      }
      expect(get(written, ks)).toBe('1');
    }
    expect(written.horizon).toBe(model.horizon);
    const untouched = model.scenarios.findIndex(
      (s) => !keys.some((k) => k?.[0] === 'scenarios' && k[1] === model.scenarios.indexOf(s)),
    );
    expect(untouched).toBeGreaterThanOrEqual(0);
    expect(written.scenarios[untouched]).toBe(model.scenarios[untouched]);
  });

  it('leaves a null path unwritten', () => {
    const written = sampleWriter(model, [null, ...keys.slice(1)])(keys.map(() => '3'));
    expect(get0(written)).toEqual(get0(model));
  });
});

function get0(m: ModelFile): unknown {
  const ks = keys[0] as (string | number)[];
  return ks.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], m);
}
