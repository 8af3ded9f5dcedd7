/** Editor rules from the validation tables, so that a field accepts exactly what a valid file may hold. */
import { fieldBounds } from '../engine';

export type FieldRule = { min?: number; max?: number; isInteger?: boolean };

/**
 * The range (and wholeness) of the number at `path` as an editor's rule, from the engine's
 * `fieldBounds`; `*` stands for any list item, key or year (`scenarios.*.changes.*.reduction`).
 * Empty when the path names no number.
 */
export function fieldRule(path: string): FieldRule {
  const b = fieldBounds(path);
  if (b === null) return {};
  const rule: FieldRule = {};
  if (b.min !== null) rule.min = b.min;
  if (b.max !== null) rule.max = b.max;
  if (b.isInteger) rule.isInteger = true;
  return rule;
}
