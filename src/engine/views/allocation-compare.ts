/**
 * "Is there an advantage for every municipality?" (results: allocation keys compared). Each
 * scenario is evaluated with all cost of one shared party split by one basis — inhabitants,
 * workstations, employees, and usage or fixed shares where the model has them — and each
 * municipality's own business case is read off. The model as it stands (its own keys) comes
 * first. Pure: it evaluates copies of the model; the model itself is not changed.
 */
import { createEvaluationCache, type EvaluationCache } from '../calc';
import { evaluateModel } from '../results';
import {
  isModelError,
  type AllocationBasis,
  type AllocationKey,
  type ModelFile,
  type Party,
  type BreakEven,
  type Evaluation,
  type Money,
} from '../model';

/** One municipality's case in one scenario under one way of splitting. */
export type MunicipalOutcome = {
  /** Savings over the horizon (cumulative savings in endYear). */
  savingsHorizon: Money;
  /** Cumulative savings in the last year, extrapolation included. */
  savingsEnd: Money;
  npv: Money;
  npvExtended: Money;
  breakEven: BreakEven;
  paybackYears: number | null;
  /** Loses money: cumulative savings in the last year below zero. */
  isLoss: boolean;
};

export type BasisOutcome = {
  /** `current`: the model's own keys (byCategory keys and setParam changes included). */
  basis: 'current' | AllocationBasis;
  key: AllocationKey | null;
  /** Why this basis could not be evaluated (e.g. all weights zero), else absent. */
  error?: string;
  /** scenario id (baseline excluded) → municipality id → outcome. */
  scenarios: Record<string, Record<string, MunicipalOutcome>>;
};

export type AllocationComparison = { sharedParty: string; outcomes: BasisOutcome[] };

const isAllocationPath = (path: string, party: string) =>
  path === `parties.${party}.allocation` || path.startsWith(`parties.${party}.allocation.`);

/** Every key a shared party uses anywhere in the model (its own and those set by scenarios). */
function keysOf(model: ModelFile, party: Party): AllocationKey[] {
  const keys: AllocationKey[] = [];
  const collect = (alloc: unknown) => {
    if (alloc === null || typeof alloc !== 'object') return;
    const a = alloc as { basis?: unknown; default?: unknown; byCategory?: Record<string, unknown> };
    if (typeof a.basis === 'string') keys.push(a as AllocationKey);
    collect(a.default);
    for (const k of Object.values(a.byCategory ?? {})) collect(k);
  };
  collect(party.allocation);
  for (const s of model.scenarios)
    for (const c of s.changes ?? []) if (c.op === 'setParam' && isAllocationPath(c.path, party.id)) collect(c.value);
  return keys;
}

/** The keys to compare: the three size bases, then usage and fixed shares the model already has. */
export function comparableKeys(model: ModelFile, sharedParty: string): AllocationKey[] {
  const party = model.parties.find((p) => p.id === sharedParty && p.kind === 'shared');
  if (party === undefined) throw new Error(`"${sharedParty}" is not a shared party`);
  const used = keysOf(model, party);
  const members = used.find((k) => k.members !== undefined)?.members;
  const withMembers = (k: AllocationKey): AllocationKey =>
    members !== undefined && k.members === undefined ? { ...k, members } : k;
  const out: AllocationKey[] = (['inhabitants', 'workstations', 'employees'] as const).map((basis) =>
    withMembers({ basis }),
  );
  for (const basis of ['usage', 'fixed'] as const) {
    const k = used.find((x) => x.basis === basis && x.shares !== undefined);
    if (k) out.push(withMembers({ basis, shares: k.shares, ...(k.members ? { members: k.members } : {}) }));
  }
  return out;
}

/** The model with all of `sharedParty`'s cost split by `key` in every scenario. */
export function withAllocation(model: ModelFile, sharedParty: string, key: AllocationKey): ModelFile {
  return {
    ...model,
    parties: model.parties.map((p) => (p.id === sharedParty ? { ...p, allocation: { default: key } } : p)),
    scenarios: model.scenarios.map((s) =>
      s.changes === undefined
        ? s
        : {
            ...s,
            changes: s.changes.filter((c) => !(c.op === 'setParam' && isAllocationPath(c.path, sharedParty))),
          },
    ),
  };
}

function municipalOutcomesIn(e: Evaluation): BasisOutcome['scenarios'] {
  const out: BasisOutcome['scenarios'] = {};
  for (const s of e.scenarios) {
    if (s.id === e.baselineId) continue;
    const perParty: Record<string, MunicipalOutcome> = {};
    for (const [m, c] of Object.entries(s.parties)) {
      const horizon = c.years.filter((y) => !y.isExtrapolated).at(-1);
      const last = c.years.at(-1);
      perParty[m] = {
        savingsHorizon: horizon?.cumulativeSavings ?? '0.00',
        savingsEnd: last?.cumulativeSavings ?? '0.00',
        npv: c.npv,
        npvExtended: c.npvExtended,
        breakEven: c.breakEven,
        paybackYears: c.paybackYears,
        isLoss: (last?.cumulativeSavings ?? '0').startsWith('-'),
      };
    }
    out[s.id] = perParty;
  }
  return out;
}

/**
 * Each municipality's savings, NPV, break-even and payback per scenario, under the model's own
 * keys and under each comparable key of `sharedParty` (comparableKeys). A key that cannot split
 * the cost (all weights zero in a year with cost) is reported with its error, not thrown.
 */
export function compareAllocationBases(
  model: ModelFile,
  sharedParty: string,
  cache: EvaluationCache = createEvaluationCache(),
): AllocationComparison {
  const attempt = (basis: BasisOutcome['basis'], key: AllocationKey | null, m: ModelFile): BasisOutcome => {
    try {
      return { basis, key, scenarios: municipalOutcomesIn(evaluateModel(m, { cache })) };
    } catch (e) {
      const message = isModelError(e)
        ? e.errors.map((x) => `${x.path}: ${x.message}`).join('; ')
        : e instanceof Error
          ? e.message
          : String(e);
      return { basis, key, error: message, scenarios: {} };
    }
  };
  const keys = comparableKeys(model, sharedParty);
  return {
    sharedParty,
    outcomes: [
      attempt('current', null, model),
      ...keys.map((k) => attempt(k.basis, k, withAllocation(model, sharedParty, k))),
    ],
  };
}
