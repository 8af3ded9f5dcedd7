/** The file version a model needs, raised in the same edit that adds a section of a later version. */
import { requiredVersion, type ModelFile } from '../engine';

/**
 * Raises `draft.version` (in place, for an immer draft) to the engine's `requiredVersion` when
 * the model now holds a section of a later version; never lowers it. Call it after adding the
 * section. Returns the draft.
 */
export function withRequiredVersion<T extends ModelFile>(draft: T): T {
  const needed = requiredVersion(draft);
  if (draft.version < needed) draft.version = needed;
  return draft;
}
