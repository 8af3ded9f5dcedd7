/**
 * Each member's share of a key per year, for display only (percentages, not money: the exact
 * split in cents is the engine's). Members and weights are the engine's (spec §7,
 * `memberWeights`); this only turns them into fractions.
 */
import { memberWeights, type AllocationKey, type ModelFile } from '../../engine';

/** member → year → fraction; a year whose weights are all 0 maps to null. */
export function sharesByYear(
  m: ModelFile,
  key: AllocationKey | undefined,
  years: number[],
): { members: string[]; byYear: Map<number, Map<string, number> | null> } {
  const k: AllocationKey = key ?? { basis: 'inhabitants' };
  const members = memberWeights(m, k, m.horizon.startYear).map((w) => w.member);
  const byYear = new Map<number, Map<string, number> | null>();
  for (const y of years) {
    const w = memberWeights(m, k, y).map((x) => Number(x.weight));
    const total = w.reduce((a, b) => a + b, 0);
    byYear.set(y, total > 0 ? new Map(members.map((id, i) => [id, (w[i] ?? 0) / total])) : null);
  }
  return { members, byYear };
}
