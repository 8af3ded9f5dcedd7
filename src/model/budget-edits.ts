/**
 * Edits of a municipality's budget (model-v3 §10.7) and of VAT settings (§10.6), for the
 * Begroting screen. Pure functions on a model draft (immer); each raises the file to version 3
 * when it adds a version-3 field and removes what becomes empty.
 */
import type { ModelFile, Num, Party, PartyBudget, YearMap } from '../engine';
import { withRequiredVersion } from './version';

export type BudgetRow = 'ict' | 'target' | 'reserve';
export const BUDGET_ROWS: readonly BudgetRow[] = ['ict', 'target', 'reserve'];

/** The value a year map states for exactly this year (no carry forward), or null. */
export function ownEntry(map: YearMap | undefined, year: number): Num | null {
  if (map === undefined) return null;
  if (typeof map !== 'object') return map;
  return map[String(year)] ?? null;
}

/** The value of a year map in a year, carried forward (0 before the first key); reserves do not carry. */
export function budgetValue(budget: PartyBudget | undefined, row: BudgetRow, year: number): Num | null {
  const map = budget?.[row];
  if (map === undefined) return null;
  if (typeof map !== 'object') return map;
  if (row === 'reserve') return map[String(year)] ?? null;
  let found: Num | null = null;
  for (const y of Object.keys(map)
    .map(Number)
    .sort((a, b) => a - b)) {
    if (y > year) break;
    found = map[String(y)] as Num;
  }
  return found;
}

/**
 * Sets (or with `value` null clears) one year of a budget row of a municipality. A budget needs
 * its `ict` map: a first entry of another row starts it at 0 from the horizon's start, a budget
 * whose rows are all empty is removed.
 */
export function setBudgetEntry(m: ModelFile, partyId: string, row: BudgetRow, year: number, value: Num | null): void {
  const party = m.parties.find((p) => p.id === partyId && p.kind === 'municipality');
  if (party === undefined) return;
  const budget: PartyBudget = party.budget ?? { ict: { [String(m.horizon.startYear)]: 0 } };
  const current = budget[row];
  const map: Record<string, Num> =
    current === undefined
      ? {}
      : typeof current === 'object'
        ? { ...current }
        : { [String(m.horizon.startYear)]: current };
  if (value === null) delete map[String(year)];
  else map[String(year)] = value;
  if (Object.keys(map).length > 0) budget[row] = map;
  else if (row === 'ict') budget.ict = { [String(m.horizon.startYear)]: 0 };
  else delete budget[row];
  const isEmpty =
    budget.target === undefined &&
    budget.reserve === undefined &&
    Object.values(typeof budget.ict === 'object' ? budget.ict : { all: budget.ict }).every((v) => Number(v) === 0);
  if (isEmpty) delete party.budget;
  else party.budget = budget;
  withRequiredVersion(m);
}

/** Sets a shared party's VAT field (regime, rate, inputShare); regime `none` with defaults removes `vat`. */
export function setSharedVat(
  m: ModelFile,
  partyId: string,
  field: 'regime' | 'rate' | 'inputShare',
  value: string | Num,
): void {
  const party = m.parties.find((p) => p.id === partyId && p.kind === 'shared');
  if (party === undefined) return;
  const vat = { ...(party.vat ?? {}) } as NonNullable<Party['vat']>;
  if (field === 'regime') vat.regime = value as NonNullable<typeof vat.regime>;
  else vat[field] = value;
  party.vat = vat;
  if (vat.regime === 'none' && vat.rate === undefined && vat.inputShare === undefined) delete party.vat;
  withRequiredVersion(m);
}

/** Sets a municipality's compensable share (one value for every year); 1 (the default) removes it. */
export function setCompensable(m: ModelFile, partyId: string, value: Num | null): void {
  const party = m.parties.find((p) => p.id === partyId && p.kind === 'municipality');
  if (party === undefined) return;
  if (value === null || Number(value) === 1) delete party.vat;
  else party.vat = { compensable: value };
  withRequiredVersion(m);
}
