/**
 * The valid range of a number in a model file, read from the validation field tables
 * (validate-shape.ts), so that an editor accepts exactly what validation accepts.
 */
import { modelShape } from './validate-shape';
import { shapeOf, type Check } from './validate-kit';

export type FieldBounds = { min: number | null; max: number | null; isInteger: boolean };

function boundsIn(check: Check, segments: readonly string[]): FieldBounds | null {
  const shape = shapeOf(check);
  if (shape === undefined) return null;
  const [head, ...rest] = segments;
  switch (shape.kind) {
    case 'number':
      return head === undefined
        ? { min: shape.min ?? null, max: shape.max ?? null, isInteger: shape.isInteger === true }
        : null;
    case 'each':
      if (head === undefined) return shape.isYearMap ? boundsIn(shape.item, []) : null;
      return boundsIn(shape.item, rest);
    case 'variants':
      for (const v of shape.variants) {
        const b = boundsIn(v, segments);
        if (b !== null) return b;
      }
      return null;
    case 'object': {
      if (head === undefined || !Object.hasOwn(shape.fields, head)) return null;
      return boundsIn((shape.fields[head] as { check: Check }).check, rest);
    }
  }
}

/**
 * The range validation accepts for the number at `path` (dot-separated, as input paths:
 * `parties.haarlem.interestRate`, `scenarios.s3.changes.0.reduction`). A segment under a list,
 * record or year map may be anything (`*`); a year map's path may stop at the map. Where the
 * variants of a line or change disagree on a field, the first that has it counts. Null when the
 * path names no number.
 */
export function fieldBounds(path: string): FieldBounds | null {
  return boundsIn(modelShape, path.split('.'));
}
