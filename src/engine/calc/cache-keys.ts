/**
 * Keys of the parameters a line's or staff entry's contributions depend on. A child scenario
 * shares untouched entries with its parent; when the key is the same too, the parent's
 * contributions are reused instead of computed again.
 */
import { partyParams, type Params, type ResolvedLine, type ResolvedStaff } from '../resolve';

function indexKey(params: Params, category: string): string {
  return params.indexKeys.get(category) ?? '';
}

function capitalKey(params: Params, party: string): string {
  return `${party}:${partyParams(params, party).keys.capital}|${params.depreciationMethod}|${params.depreciationStart}`;
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
      const sizes =
        line.perInhabitant === undefined
          ? ''
          : [...params.parties.values()]
              .filter((p) => p.kind === 'municipality' || p.id === line.party)
              .map((p) => p.keys.inhabitants)
              .join(',');
      return `rec|${owners}|${indexKey(params, line.category)}|${sizes}`;
    }
  }
}

export function staffKey(params: Params, st: ResolvedStaff): string {
  return `staff|${indexKey(params, st.category)}|${partyParams(params, st.party).keys.costPerFte}`;
}
