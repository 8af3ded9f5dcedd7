/**
 * Contributions compared as multisets (order carries no meaning): the packed-entry and
 * scaled-sibling tests hold an entry's contributions to the list form this way.
 */
import type { Contribution } from '../../src/engine/calc';

const key = (c: Contribution) =>
  [c.owner, c.category, c.year, c.cents, c.isOneOff, c.kind, c.investYear ?? '-'].join('|');

/** One key per contribution, sorted. */
export const multiset = (cs: readonly Contribution[]) => cs.map(key).sort();

/** The contributions of a list that add something (packing leaves out zeros). */
export const nonZero = (cs: readonly Contribution[]) => cs.filter((c) => c.cents !== 0);
