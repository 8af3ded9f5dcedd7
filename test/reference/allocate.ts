/**
 * Allocation of the independent reference (spec §7): the cost of a shared party in one
 * category and year, split over the members of its key in proportion to their weights, with
 * largest-remainder cents. Shares and remainders are compared as exact rationals (BigInt
 * numerators over a common denominator), so ties are real ties.
 */
import type { AllocationKey, ModelFile, Party } from '../../src/engine';
import { dec, Dec, yearValue } from './decimal';
import type { Params } from './resolve';

/** The key for a shared party and category (docs choice 12: else inhabitants over all municipalities). */
export function keyFor(shared: Party, category: string): AllocationKey {
  return shared.allocation?.byCategory?.[category] ?? shared.allocation?.default ?? { basis: 'inhabitants' };
}

export function municipalitiesOf(model: ModelFile): string[] {
  return model.parties.filter((p) => p.kind === 'municipality').map((p) => p.id);
}

function weight(params: Params, key: AllocationKey, member: string, year: number): Dec {
  if (key.basis === 'fixed' || key.basis === 'usage') return dec(key.shares?.[member] ?? 0);
  const p = params.parties[member];
  if (p === undefined) throw new Error(`reference: unknown member ${member}`);
  return yearValue(p[key.basis], year);
}

/** Exact integer numerators of decimals over a common power of ten. */
function asIntegers(xs: readonly Dec[]): bigint[] {
  const places = Math.max(0, ...xs.map((x) => x.decimalPlaces()));
  const scale = new Dec(10).pow(places);
  return xs.map((x) => BigInt(x.times(scale).toFixed(0)));
}

/**
 * Split `amount` (euros with at most two decimals) over weights: floor each share to whole
 * cents, then one cent each to the largest remainders (ties: list order); a negative amount
 * is split as its absolute value, then negated.
 */
export function splitLargestRemainder(amount: Dec, weights: readonly Dec[]): Dec[] {
  const total = BigInt(amount.times(100).toFixed(0));
  if (!amount.times(100).equals(new Dec(total.toString()))) throw new Error('reference: amount not in cents');
  const isNegative = total < 0n;
  const whole = isNegative ? -total : total;
  if (whole === 0n) return weights.map(() => new Dec(0));
  const w = asIntegers(weights);
  const sumW = w.reduce((a, b) => a + b, 0n);
  if (sumW === 0n) throw new Error('reference: all weights 0');
  const floors = w.map((wi) => (whole * wi) / sumW);
  const remainders = w.map((wi) => (whole * wi) % sumW);
  let left = whole - floors.reduce((a, b) => a + b, 0n);
  const order = remainders
    .map((rem, i) => ({ rem, i }))
    .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  const parts = [...floors];
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1n;
  }
  return parts.map((p) => new Dec((isNegative ? -p : p).toString()).div(100));
}

/** The default key of a shared party (model-v3 §10.4 step 5: tapered and fixed settlements). */
export function defaultKeyFor(shared: Party): AllocationKey {
  return shared.allocation?.default ?? { basis: 'inhabitants' };
}

/**
 * The weight of `member` in a shared party's key for `category` in `year`, divided by the sum of
 * the members' weights (0 when it is no member or every weight is 0): `w_c(y)` of model-v3 §10.4.
 */
export function weightShare(
  model: ModelFile,
  params: Params,
  sharedId: string,
  category: string,
  member: string,
  year: number,
): Dec {
  const shared = params.parties[sharedId];
  if (shared === undefined) throw new Error(`reference: unknown party ${sharedId}`);
  const key = keyFor(shared, category);
  const members = key.members ?? municipalitiesOf(model);
  if (!members.includes(member)) return dec(0);
  const total = members.reduce((s, m) => s.plus(weight(params, key, m, year)), dec(0));
  return total.isZero() ? dec(0) : weight(params, key, member, year).div(total);
}

/**
 * The parts of `amount` of shared party `sharedId` in `category` and `year`, per member. `key`:
 * the category whose key splits it (null: the default key; absent: `category`'s). `exclude`:
 * municipalities taken out of the key's members (model-v3 §10.4 step 2 and step 5).
 */
export function allocate(
  model: ModelFile,
  params: Params,
  sharedId: string,
  category: string,
  year: number,
  amount: Dec,
  options: { key?: string | null; exclude?: readonly string[] } = {},
): Map<string, Dec> {
  const shared = params.parties[sharedId];
  if (shared === undefined) throw new Error(`reference: unknown party ${sharedId}`);
  const key =
    options.key === null ? defaultKeyFor(shared) : keyFor(shared, options.key === undefined ? category : options.key);
  const exclude = options.exclude ?? [];
  const members = (key.members ?? municipalitiesOf(model)).filter((m) => !exclude.includes(m));
  const weights = members.map((m) => weight(params, key, m, year));
  if (!amount.isZero() && weights.every((x) => x.isZero())) {
    throw new Error(`reference: all weights 0 for ${sharedId}, ${category}, ${year}`);
  }
  const parts = splitLargestRemainder(amount, weights);
  return new Map(members.map((m, i) => [m, parts[i] as Dec]));
}
