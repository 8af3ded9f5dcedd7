/**
 * Staff entries (spec §5.2) as they stand in a scenario: FTE and hired share per year, after
 * `setStaff` replacements and `scale` rules.
 */
import { type SetStaffChange, type StaffEntry, compileYearMap, firstYear, valueAt } from '../model';
import type { ResolvedStaff } from './resolved';

export function newStaff(entry: StaffEntry, category: string): ResolvedStaff {
  const fte = compileYearMap(entry.fte);
  const hired = compileYearMap(entry.hiredShare ?? 0);
  return {
    party: entry.party,
    group: entry.group,
    category,
    fteAt: (y) => valueAt(fte, y),
    hiredAt: (y) => valueAt(hired, y),
    scales: [],
    entry,
    origin: entry,
    history: [],
  };
}

/**
 * `setStaff`: from the first year of the new FTE map on (all years for a plain number) the
 * entry follows the new map, and the new hired share where one is given; earlier years keep
 * the parent's. Scales applied before keep working only on those earlier years.
 */
export function applySetStaff(st: ResolvedStaff, change: SetStaffChange): ResolvedStaff {
  const from = firstYear(change.fte) ?? -Infinity;
  const fte = compileYearMap(change.fte);
  const oldFte = st.fteAt;
  const oldHired = st.hiredAt;
  const hired = change.hiredShare === undefined ? null : compileYearMap(change.hiredShare);
  return {
    ...st,
    fteAt: (y) => (y >= from ? valueAt(fte, y) : oldFte(y)),
    hiredAt: hired === null ? oldHired : (y) => (y >= from ? valueAt(hired, y) : oldHired(y)),
    scales: st.scales.map((s) => ({ ...s, applies: (y: number) => y < from && s.applies(y) })),
    history: [...st.history, change],
  };
}
