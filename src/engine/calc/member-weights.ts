/**
 * §7 for the screens: the members of an allocation key and their weights in a year, read from
 * the model file with the same rules (`keyMembers`, `keyWeight`) the ledger splits costs with.
 */
import { compileYearMap, keyMembers, type AllocationKey, type ModelFile } from '../model';
import { keyWeight } from './ledger';

export type MemberWeight = {
  member: string;
  /** A decimal string; shares of the total are the caller's (display). */ weight: string;
};

/**
 * Each member of `key` (every municipality when the key names none; no key means by
 * inhabitants) with its weight in `year`: its share for the fixed and usage bases, else its
 * inhabitants, workstations or employees in that year (carried forward, 0 before the first).
 */
export function memberWeights(model: ModelFile, key: AllocationKey | undefined, year: number): MemberWeight[] {
  const municipalities = model.parties.filter((p) => p.kind === 'municipality').map((p) => p.id);
  const k = key ?? null;
  return keyMembers(k, municipalities).map((member) => {
    const party = model.parties.find((p) => p.id === member);
    return { member, weight: keyWeight(k, member, year, (basis) => compileYearMap(party?.[basis])).toString() };
  });
}
