/**
 * Keys of the parameters a line's or staff entry's contributions depend on. A child scenario
 * shares untouched entries with its parent; when the key is the same too, the parent's
 * contributions are reused instead of computed again.
 */
import { partyKeys, partyParams, type Params, type ResolvedLine, type ResolvedStaff } from '../resolve';

function indexKey(params: Params, category: string): string {
  return params.indexKeys.get(category) ?? '';
}

/** Per parameters object and party: its capital key, short (a number for the long part). */
const capitalKeys = new WeakMap<Params, Map<string, string>>();

function capitalKey(params: Params, party: string): string {
  let byParty = capitalKeys.get(params);
  if (byParty === undefined) {
    byParty = new Map();
    capitalKeys.set(params, byParty);
  }
  let key = byParty.get(party);
  if (key === undefined) {
    const full = `${partyKeys(partyParams(params, party)).capital}|${params.depreciationMethod}|${params.depreciationStart}`;
    key = `${party}:#${keyNumber(full)}`;
    byParty.set(party, key);
  }
  return key;
}

/** Per parameters object: a short name of the municipalities' inhabitants keys (one for all lines). */
const municipalSizes = new WeakMap<Params, string>();

/**
 * Long parts of keys (the municipalities' inhabitants keys joined, a party's capital inputs)
 * by a number that is never given twice, so that the keys built per line stay short: at
 * national scale the joined inhabitants keys are kilobytes. Emptied at 1,000 (a pure memo:
 * afterwards an equal part gets a new number, so an older key no longer matches — a miss,
 * never a wrong hit).
 */
const keyNumbers = new Map<string, number>();
let nextKeyNumber = 0;

function keyNumber(part: string): number {
  let n = keyNumbers.get(part);
  if (n === undefined) {
    if (keyNumbers.size >= 1000) keyNumbers.clear();
    n = nextKeyNumber;
    nextKeyNumber += 1;
    keyNumbers.set(part, n);
  }
  return n;
}

/**
 * What a per-inhabitant line's amounts depend on: the inhabitants of every municipality (a
 * shared party's line counts them all) and of the line's own party. Built once per parameters
 * object, not per line: at national scale that is hundreds of parties for each of hundreds of
 * lines.
 */
function sizesKey(params: Params, party: string): string {
  let sizes = municipalSizes.get(params);
  if (sizes === undefined) {
    const joined = [...params.parties.values()]
      .filter((p) => p.kind === 'municipality')
      .map((p) => partyKeys(p).inhabitants)
      .join(',');
    sizes = `#${keyNumber(joined)}`;
    municipalSizes.set(params, sizes);
  }
  const own = partyParams(params, party);
  return own.kind === 'municipality' ? sizes : `${sizes};${partyKeys(own).inhabitants}`;
}

export function lineKey(params: Params, rl: ResolvedLine): string {
  const line = rl.line;
  switch (line.type) {
    case 'oneOff':
      return 'oneOff';
    case 'opex':
      return `opex|${indexKey(params, line.category)}`;
    case 'investment':
      return `inv|${capitalKey(params, line.party)}`;
    case 'application':
      return `app|${capitalKey(params, line.party)}|${params.projectCostRate[line.project].toString()}`;
    case 'recurringInvestment': {
      const owners = rl.owners.map((o) => capitalKey(params, o.party)).join(',');
      const sizes = line.perInhabitant === undefined ? '' : sizesKey(params, line.party);
      return `rec|${owners}|${indexKey(params, line.category)}|${sizes}`;
    }
  }
}

export function staffKey(params: Params, st: ResolvedStaff): string {
  return `staff|${indexKey(params, st.category)}|${partyKeys(partyParams(params, st.party)).costPerFte}`;
}
