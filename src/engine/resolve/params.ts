/**
 * The parameters a scenario is evaluated with (spec §3, §4, `setParam` of §5.3): assumptions
 * with defaults filled in, and each party's rates, terms, cost per FTE, sizes and allocation.
 * `setParam` writes into a plain copy of the file's values (`ParamSource`); `compileParams`
 * turns that into Decimals once per scenario.
 */
import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_DEPRECIATION_YEARS,
  type AllocationKey,
  type Assumptions,
  type CostPerFte,
  type DepreciationStart,
  type ModelFile,
  type Party,
  compileYearMap,
  type CompiledYearMap,
} from '../model';
import { dec, ONE, type Decimal } from '../numeric';

export type ParamSource = { assumptions: Assumptions; parties: Record<string, Party> };

export type PartyParams = {
  id: string;
  kind: Party['kind'];
  interestRate: Decimal;
  depreciationYears: Record<string, number>;
  costPerFte: CostPerFte;
  inhabitants: CompiledYearMap;
  workstations: CompiledYearMap;
  employees: CompiledYearMap;
  allocation: Party['allocation'];
  /** The party's own depreciation start (model-v3 §10.2), overriding the assumption for what it owns. */
  depreciationStart: DepreciationStart | undefined;
  /** The file's party: `partyKeys` builds the value keys of its inputs from it when a cache key first asks. */
  source: Party;
};

/** Value keys of the inputs a party's contributions depend on (for reuse across scenarios). */
export type PartyKeys = { capital: string; inhabitants: string; costPerFte: string };

/**
 * Keys per file party, built when a cache key first asks (Monte Carlo samples compile parties
 * they never key). A table rather than a getter on the compiled party: a getter made per object
 * lands in its hidden class in the old generation and keeps what it closes over past scavenges.
 */
const partyKeysTable = new WeakMap<Party, PartyKeys>();

export function partyKeys(party: PartyParams): PartyKeys {
  const p = party.source;
  let keys = partyKeysTable.get(p);
  if (keys === undefined) {
    keys = {
      capital: `${p.interestRate ?? 0}|${JSON.stringify(p.depreciationYears ?? {})}|${p.depreciationStart ?? ''}`,
      inhabitants: JSON.stringify(p.inhabitants ?? null),
      costPerFte: JSON.stringify(p.costPerFte ?? {}),
    };
    partyKeysTable.set(p, keys);
  }
  return keys;
}

/**
 * A scenario's compiled parameters: a plain value, never written after it is made. Memo tables
 * keyed by it (index factors, allocation weights) live in the evaluation memo (calc/memo.ts).
 */
export type Params = {
  priceBaseYear: number;
  indexRates: Map<string, Decimal>;
  /** `indexRates` as strings with the base year, for cache keys. */
  indexKeys: Map<string, string>;
  /**
   * The nominal rate of every NPV: `discountRate`, or from `discountRealRate` (model-v3 §10.3)
   * (1 + real) × (1 + indexation.default) − 1, exact. With a real rate every scenario discounts
   * at the baseline's (`npvRate`, results/pipeline.ts).
   */
  discountRate: Decimal;
  depreciationStart: DepreciationStart;
  depreciationMethod: 'linear' | 'annuity';
  projectCostRate: { replacement: Decimal; renewal: Decimal };
  /** 1 + projectCostRate: what an application's purchase is multiplied by. */
  projectCostFactor: { replacement: Decimal; renewal: Decimal };
  /** indexation.default: the rate extrapolated years grow by (spec §8). */
  extrapolationRate: Decimal;
  parties: Map<string, PartyParams>;
};

/** A model without assumptions: one object, so that its compiled assumptions are reused. */
const NO_ASSUMPTIONS: Assumptions = Object.freeze({});

export function initialParamSource(model: ModelFile): ParamSource {
  const parties: Record<string, Party> = {};
  for (const p of model.parties) parties[p.id] = p;
  return { assumptions: model.assumptions ?? NO_ASSUMPTIONS, parties };
}

/** Applies `setParam` (path like `parties.ictc.depreciationYears.datacom`) without mutating the source. */
export function setParam(source: ParamSource, path: string, value: unknown): ParamSource {
  const segments = path.split('.');
  const [head, ...rest] = segments;
  if (head === 'assumptions') return { ...source, assumptions: editAssumptions(source.assumptions, path, rest, value) };
  if (head === 'parties') {
    const [partyId, ...field] = rest;
    const party = partyId === undefined ? undefined : source.parties[partyId];
    if (partyId === undefined || party === undefined || field.length === 0)
      throw new Error(`setParam: bad path "${path}"`);
    return { ...source, parties: { ...source.parties, [partyId]: setIn(party, field, value) as Party } };
  }
  throw new Error(`setParam: bad path "${path}"`);
}

/**
 * The last `setParam` edit of each assumptions object, per path: the same edit of the same
 * assumptions gives the same object (every evaluation and sample of a scenario with a
 * `setParam`), so what is compiled from it is reused.
 */
const assumptionEdits = new WeakMap<Assumptions, Map<string, { value: unknown; edited: Assumptions }>>();

function editAssumptions(a: Assumptions, path: string, rest: string[], value: unknown): Assumptions {
  let edits = assumptionEdits.get(a);
  if (edits === undefined) {
    edits = new Map();
    assumptionEdits.set(a, edits);
  }
  const last = edits.get(path);
  if (last !== undefined && last.value === value) return last.edited;
  const edited = setIn(a, rest, value) as Assumptions;
  edits.set(path, { value, edited });
  return edited;
}

function setIn(target: unknown, path: string[], value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const base = typeof target === 'object' && target !== null ? (target as Record<string, unknown>) : {};
  return { ...base, [key]: setIn(base[key], rest, value) };
}

/**
 * Compiles a scenario's parameters. `personnelCategories` are the categories of the personnel
 * group (their default index rate is `indexation.personnel`).
 */
export function compileParams(
  source: ParamSource,
  model: ModelFile,
  categoryIds: string[],
  personnelCategories: Set<string>,
): Params {
  const parties = new Map<string, PartyParams>();
  for (const p of Object.values(source.parties)) parties.set(p.id, compileParty(p));
  return {
    ...compileAssumptions(source.assumptions, model.horizon.startYear, categoryIds, personnelCategories),
    parties,
  };
}

type AssumptionParams = Omit<Params, 'parties'>;

/**
 * Compiled assumptions by file object, for the same start year, categories and personnel
 * categories (objects): scenarios and samples that share the assumptions share these (and,
 * through `indexRates`, the evaluation memo's index tables).
 */
const compiledAssumptions = new WeakMap<Assumptions, { deps: readonly unknown[]; compiled: AssumptionParams }>();

function compileAssumptions(
  a: Assumptions,
  startYear: number,
  categoryIds: string[],
  personnelCategories: Set<string>,
): AssumptionParams {
  const deps = [startYear, categoryIds, personnelCategories];
  const hit = compiledAssumptions.get(a);
  if (hit !== undefined && hit.deps.every((d, i) => d === deps[i])) return hit.compiled;
  const ix = a.indexation ?? {};
  const defaultRate = dec(ix.default ?? DEFAULT_ASSUMPTIONS.indexation.default);
  const personnelRate = dec(ix.personnel ?? DEFAULT_ASSUMPTIONS.indexation.personnel);
  const indexRates = new Map<string, Decimal>();
  for (const id of categoryIds) {
    const own = ix.byCategory?.[id];
    indexRates.set(id, own !== undefined ? dec(own) : personnelCategories.has(id) ? personnelRate : defaultRate);
  }
  const projectCostRate = {
    replacement: dec(a.projectCostRate?.replacement ?? DEFAULT_ASSUMPTIONS.projectCostRate.replacement),
    renewal: dec(a.projectCostRate?.renewal ?? DEFAULT_ASSUMPTIONS.projectCostRate.renewal),
  };
  const priceBaseYear = a.priceBaseYear ?? startYear;
  const compiled: AssumptionParams = {
    priceBaseYear,
    indexRates,
    indexKeys: new Map([...indexRates].map(([id, rate]) => [id, `${rate.toString()}@${priceBaseYear}`])),
    discountRate:
      a.discountRealRate !== undefined
        ? ONE.plus(dec(a.discountRealRate)).times(ONE.plus(defaultRate)).minus(ONE)
        : dec(a.discountRate ?? DEFAULT_ASSUMPTIONS.discountRate),
    depreciationStart: a.depreciationStart ?? DEFAULT_ASSUMPTIONS.depreciationStart,
    depreciationMethod: a.depreciationMethod ?? DEFAULT_ASSUMPTIONS.depreciationMethod,
    projectCostRate,
    projectCostFactor: {
      replacement: ONE.plus(projectCostRate.replacement),
      renewal: ONE.plus(projectCostRate.renewal),
    },
    extrapolationRate: defaultRate,
  };
  compiledAssumptions.set(a, { deps, compiled });
  return compiled;
}

/** Compiled parties by file object: a party no edit or sample touched is compiled once. */
const compiledParties = new WeakMap<Party, PartyParams>();

function compileParty(p: Party): PartyParams {
  let c = compiledParties.get(p);
  if (c === undefined) {
    c = compilePartyOnce(p);
    compiledParties.set(p, c);
  }
  return c;
}

function compilePartyOnce(p: Party): PartyParams {
  return {
    id: p.id,
    kind: p.kind,
    interestRate: dec(p.interestRate ?? 0),
    depreciationYears: p.depreciationYears ?? {},
    costPerFte: p.costPerFte ?? {},
    inhabitants: compileYearMap(p.inhabitants),
    workstations: compileYearMap(p.workstations),
    employees: compileYearMap(p.employees),
    allocation: p.allocation,
    depreciationStart: p.depreciationStart,
    source: p,
  };
}

export function partyParams(params: Params, id: string): PartyParams {
  const p = params.parties.get(id);
  if (p === undefined) throw new Error(`unknown party "${id}"`);
  return p;
}

/** When depreciation of what `party` owns starts: its own start, else the assumption (model-v3 §10.2). */
export function depreciationStartOf(params: Params, party: string): DepreciationStart {
  return partyParams(params, party).depreciationStart ?? params.depreciationStart;
}

/** Depreciation term of an asset category for a party (spec §4: missing entries → 5). */
export function termOf(params: Params, party: string, category: string): number {
  return partyParams(params, party).depreciationYears[category] ?? DEFAULT_DEPRECIATION_YEARS;
}

/** The allocation key of a shared party for a category (spec §7). Null: by inhabitants over all municipalities. */
export function allocationKeyOf(params: Params, shared: string, category: string): AllocationKey | null {
  const alloc = partyParams(params, shared).allocation;
  return alloc?.byCategory?.[category] ?? alloc?.default ?? null;
}
