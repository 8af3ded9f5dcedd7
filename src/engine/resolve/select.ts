/** Small helpers shared by the changes of spec §5.3. */

/** Who incurs a line's cost from which year on; the first segment starts at −∞. */
export type OwnerSegment = { from: number; party: string };

/** The party that incurs a line's cost in a year. */
export function ownerAt(owners: readonly OwnerSegment[], year: number): string {
  let party = (owners[0] as OwnerSegment).party;
  for (let i = 1; i < owners.length; i += 1) {
    const seg = owners[i] as OwnerSegment;
    if (seg.from > year) break;
    party = seg.party;
  }
  return party;
}

/** Whether a select field (an id or a list; absent = anything) admits a value. */
export function matchesList(field: string | string[] | undefined, value: string): boolean {
  if (field === undefined) return true;
  return typeof field === 'string' ? field === value : field.includes(value);
}
