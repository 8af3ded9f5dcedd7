/**
 * Each member's share of a key per year, for display only (percentages, not money: the exact
 * split in cents is the engine's). Weights follow spec §7: year maps of the members for the
 * inhabitants/workstations/employees bases, the key's `shares` for fixed and usage.
 */
import type { AllocationKey, ModelFile } from '../../engine';
import { canonical, yearValue } from '../../model';
import { municipalitiesOf } from '../../state';

export function membersOf(m: ModelFile, key: AllocationKey | undefined): string[] {
  return key?.members && key.members.length > 0 ? key.members : municipalitiesOf(m).map((p) => p.id);
}

function weight(m: ModelFile, key: AllocationKey, member: string, year: number): number {
  if (key.basis === 'fixed' || key.basis === 'usage') return Number(canonical(key.shares?.[member]) ?? '0');
  const p = m.parties.find((x) => x.id === member);
  return Number(yearValue(p?.[key.basis], year));
}

/** member → year → fraction; a year whose weights are all 0 maps to null. */
export function sharesByYear(m: ModelFile, key: AllocationKey | undefined, years: number[]): { members: string[]; byYear: Map<number, Map<string, number> | null> } {
  const k: AllocationKey = key ?? { basis: 'inhabitants' };
  const members = membersOf(m, k);
  const byYear = new Map<number, Map<string, number> | null>();
  for (const y of years) {
    const w = members.map((id) => weight(m, k, id, y));
    const total = w.reduce((a, b) => a + b, 0);
    byYear.set(y, total > 0 ? new Map(members.map((id, i) => [id, (w[i] ?? 0) / total])) : null);
  }
  return { members, byYear };
}
