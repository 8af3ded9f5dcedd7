/**
 * Contributions of the independent reference (spec §3, §5.1, §5.2, §6): every line and staff
 * entry of a resolved scenario yields, per year, amounts rounded to cents for one owner and
 * category, one-off or recurring. Parameters are those of the scenario being evaluated.
 */
import type { Assumptions, Category, CategoryGroup, ModelFile, Party } from '../../src/engine';
import type { Num } from '../../src/engine/numeric';
import { cents, dec, ONE, yearValue, ZERO, type Dec } from './decimal';
import {
  groupCategory,
  lineCategory,
  type Params,
  type RefLine,
  type RefScenario,
  type RefStaff,
  type Scale,
} from './resolve';

export type Contribution = {
  owner: string;
  category: string;
  year: number;
  amount: Dec;
  isOneOff: boolean;
  /**
   * Whose key splits it when the owner is a shared party (model-v3 §10.4 step 5, §10.6): a
   * category's key (absent: its own category), or null for the `default` key.
   */
  keyCategory?: string | null;
  /** Municipalities left out of that split (the leaver, for a settlement's receipts). */
  exclude?: readonly string[];
  /** A disinvestment write-off (model.md §5.3 `retire`): no VAT is paid on a book value (§10.6). */
  isWriteOff?: boolean;
};

/** When depreciation starts (spec §6, model-v3 §10.2). */
export type DepreciationStart = 'nextYear' | 'sameYear' | 'sameYearNoInterest' | 'halfYear';
/** How years after endYear are filled (spec §8, model-v3 §10.1). */
export type Extrapolation = 'indexLast' | 'none' | 'indexLastByCategory' | 'computeThrough';

export const DEFAULT_CATEGORIES: readonly Category[] = [
  { id: 'workplace', label: 'ICT-werkplek (hardware)', group: 'infrastructure' },
  { id: 'workplaceServers', label: 'ICT-werkplek (servers)', group: 'infrastructure' },
  { id: 'peripherals', label: 'Randapparatuur', group: 'infrastructure' },
  { id: 'applications', label: 'Applicaties', group: 'software' },
  { id: 'appServers', label: 'Servers / storage applicaties', group: 'infrastructure' },
  { id: 'datacom', label: 'Datacommunicatie', group: 'infrastructure' },
  { id: 'telecom', label: 'Telecommunicatie', group: 'infrastructure' },
  { id: 'facilities', label: 'Faciliteiten', group: 'infrastructure' },
  { id: 'personnel', label: 'Personeel', group: 'personnel' },
  { id: 'cioOffice', label: 'CIO-office', group: 'personnel' },
  { id: 'programme', label: 'Project- en programmakosten', group: 'oneOff' },
  { id: 'transition', label: 'Transitiekosten', group: 'oneOff' },
  { id: 'friction', label: 'Frictiekosten', group: 'oneOff' },
  { id: 'overhead', label: 'Overhead', group: 'other' },
  { id: 'other', label: 'Overig', group: 'other' },
];

/** The default categories that version 3 adds (model-v3, General). */
export const V3_CATEGORIES: readonly Category[] = [
  { id: 'exit', label: 'Uittredingskosten', group: 'oneOff' },
  { id: 'vat', label: 'Btw-nadeel', group: 'other' },
];

/** The file's categories, or the defaults (with `exit` and `vat` for version-3 files). */
export function categoriesOf(model: ModelFile): readonly Category[] {
  return model.categories ?? (model.version >= 3 ? [...DEFAULT_CATEGORIES, ...V3_CATEGORIES] : DEFAULT_CATEGORIES);
}

/** The scenario's assumptions with the defaults of spec §3 (priceBaseYear: the start year, docs choice 5). */
export function assumptionsOf(model: ModelFile, params: Params) {
  const a = params.assumptions as Assumptions;
  return {
    priceBaseYear: a.priceBaseYear ?? model.horizon.startYear,
    indexDefault: dec(a.indexation?.default ?? 0.02),
    indexPersonnel: dec(a.indexation?.personnel ?? 0.02),
    // The §3 example's `byCategory: { applications: 0.03 }` is read as an illustration, not a
    // default (like its `priceBaseYear: 2013`): no category has its own rate unless the file
    // gives one. Read literally ("the values shown are the defaults") it would be a default;
    // the engine agrees with this reading, docs/engine.md does not say (proposed for choice 5).
    indexByCategory: a.indexation?.byCategory ?? {},
    discountRate: dec(a.discountRate ?? 0.03),
    depreciationStart: (a.depreciationStart ?? 'nextYear') as DepreciationStart,
    extrapolation: (a.extrapolation ?? 'indexLast') as Extrapolation,
    depreciationMethod: a.depreciationMethod ?? 'linear',
    replacementRate: dec(a.projectCostRate?.replacement ?? 1.0),
    renewalRate: dec(a.projectCostRate?.renewal ?? 1.25),
  };
}

type Settings = ReturnType<typeof assumptionsOf>;

type Context = {
  model: ModelFile;
  params: Params;
  settings: Settings;
  start: number;
  /** The last computed year L: endYear, or extrapolateTo under computeThrough (model-v3). */
  end: number;
  out: Contribution[];
  /** The cash view (model-v3 §10.3): payments instead of capital charges. */
  cash: Contribution[];
};

export function categoryGroup(model: ModelFile, category: string): CategoryGroup {
  const found = categoriesOf(model).find((c) => c.id === category);
  if (found === undefined) throw new Error(`reference: unknown category ${category}`);
  return found.group;
}

/** The rate of index(category, ·) (spec §5.2): byCategory, else personnel for personnel-group categories, else default. */
export function indexRate(model: ModelFile, settings: Settings, category: string): Dec {
  const byCategory = settings.indexByCategory[category];
  if (byCategory !== undefined) return dec(byCategory);
  return categoryGroup(model, category) === 'personnel' ? settings.indexPersonnel : settings.indexDefault;
}

/** index(category, year) = (1 + rate)^(year − priceBaseYear) (spec §5.2). */
function index(c: Context, category: string, year: number): Dec {
  return ONE.plus(indexRate(c.model, c.settings, category)).pow(year - c.settings.priceBaseYear);
}

/** index(category, year) of a scenario with these params, for the decision rules (./decision.ts). */
export function indexOf(model: ModelFile, params: Params, category: string, year: number): Dec {
  const settings = assumptionsOf(model, params);
  return ONE.plus(indexRate(model, settings, category)).pow(year - settings.priceBaseYear);
}

/** Cost per FTE of a party for a group (docs choice 11): byGroup where given, else own/hired, else 0. */
export function costPerFteOf(p: Party, group: string): { own: Dec; hired: Dec } {
  const byGroup = p.costPerFte?.byGroup?.[group];
  return {
    own: dec(byGroup?.own ?? p.costPerFte?.own ?? 0),
    hired: dec(byGroup?.hired ?? p.costPerFte?.hired ?? 0),
  };
}

/** Product of the factors of all scales that apply in `year` ("several scales multiply"). */
export function scaleFactor(scales: readonly Scale[], year: number): Dec {
  return scales.reduce((f, s) => (s.applies(year) ? f.times(s.factor(year)) : f), ONE);
}

function party(c: Context, id: string): Party {
  const p = c.params.parties[id];
  if (p === undefined) throw new Error(`reference: unknown party ${id}`);
  return p;
}

function push(
  c: Context,
  owner: string,
  category: string,
  year: number,
  amount: Dec,
  isOneOff: boolean,
  isWriteOff = false,
): void {
  if (year < c.start || year > c.end) return; // nothing outside the horizon is computed (§5.3)
  c.out.push({ owner, category, year, amount, isOneOff, ...(isWriteOff ? { isWriteOff } : {}) });
}

/** A payment in the cash view (model-v3 §10.3), within [startYear, L]. */
function pay(c: Context, owner: string, category: string, year: number, amount: Dec, isOneOff: boolean): void {
  if (year < c.start || year > c.end) return;
  c.cash.push({ owner, category, year, amount, isOneOff });
}

/** A cost that is both an accrual cost and a payment in the same year (opex, staff, oneOff lines). */
function pushBoth(c: Context, owner: string, category: string, year: number, amount: Dec, isOneOff: boolean): void {
  push(c, owner, category, year, amount, isOneOff);
  pay(c, owner, category, year, amount, isOneOff);
}

type Charge = { year: number; interest: Dec; depreciation: Dec; bookAtStart: Dec };

/** Capital charges of spec §6 for amount `a` (already in cents) over `n` years from `first`. */
export function capitalSchedule(a: Dec, n: number, r: Dec, method: 'linear' | 'annuity', first: number): Charge[] {
  const yearly =
    method === 'linear' || r.isZero() ? cents(a.div(n)) : cents(a.times(r).div(ONE.minus(ONE.plus(r).pow(-n))));
  const out: Charge[] = [];
  let book = a;
  for (let i = 0; i < n; i += 1) {
    const interest = cents(r.times(book));
    let depreciation = i === n - 1 ? book : method === 'linear' ? yearly : yearly.minus(interest);
    // Depreciation never exceeds the remaining book value (docs choice 3).
    if (depreciation.greaterThan(book)) depreciation = book;
    out.push({ year: first + i, interest, depreciation, bookAtStart: book });
    book = book.minus(depreciation);
  }
  return out;
}

/**
 * The schedule of an investment of `a` (cents) made in `year` under each depreciation start
 * (spec §6; model-v3 §10.2). `sameYearNoInterest`: as `sameYear`, but the book value on 1 January
 * of the investment year is 0, so that year bears no interest. `halfYear` (linear only): half a
 * year's depreciation in the investment year without interest, full years after, the rest in
 * year + n; interest from year + 1 on the book value on 1 January.
 */
export function scheduleFor(
  a: Dec,
  n: number,
  r: Dec,
  method: 'linear' | 'annuity',
  start: DepreciationStart,
  year: number,
): Charge[] {
  if (start === 'nextYear' || start === 'sameYear')
    return capitalSchedule(a, n, r, method, start === 'sameYear' ? year : year + 1);
  if (start === 'sameYearNoInterest') {
    // Linear (annuity with this start is refused by validation).
    return capitalSchedule(a, n, r, 'linear', year).map((x, i) => (i === 0 ? { ...x, interest: ZERO } : x));
  }
  const full = cents(a.div(n));
  const out: Charge[] = [];
  let book = a;
  for (let i = 0; i <= n; i += 1) {
    const interest = i === 0 ? ZERO : cents(r.times(book));
    let depreciation = i === n ? book : i === 0 ? cents(a.div(n).div(2)) : full;
    if (depreciation.greaterThan(book)) depreciation = book;
    out.push({ year: year + i, interest, depreciation, bookAtStart: book });
    book = book.minus(depreciation);
  }
  return out;
}

/** One investment of amount `a` (cents) made in `year` by `owner`; charges stop at `end`. */
function invest(
  c: Context,
  owner: string,
  category: string,
  year: number,
  a: Dec,
  options: { years?: number; method?: 'linear' | 'annuity'; end: RefLine['end']; isRecurring?: boolean },
): void {
  const p = party(c, owner);
  const n = options.years ?? p.depreciationYears?.[category] ?? 5;
  const r = dec(p.interestRate ?? 0);
  // A party's own depreciationStart overrides the assumption for the investments it owns (model-v3 §10.2).
  const start = (p as { depreciationStart?: DepreciationStart }).depreciationStart ?? c.settings.depreciationStart;
  const schedule = scheduleFor(a, n, r, options.method ?? c.settings.depreciationMethod, start, year);
  const stop = options.end?.from ?? Infinity;
  // The outlay (cash view): the investment is made unless its line ended in or before its year.
  if (year < stop) pay(c, owner, category, year, a, !options.isRecurring);
  for (const charge of schedule) {
    if (charge.year < stop) push(c, owner, category, charge.year, charge.interest.plus(charge.depreciation), false);
  }
  // A line ended in or before its investment year costs nothing from then on: the investment
  // is never made, so there is no asset to retire — also with `sameYear`, where §6's "book
  // value at the start of the first year is A" read literally would charge A. Neither the spec
  // nor docs/engine.md says so; the engine agrees (proposed for docs/engine.md choice 9).
  if (options.end?.retire === true && stop > year) {
    // The book value at the start of `from`: the amount less the depreciation of the years before it.
    const written = schedule.filter((x) => x.year < stop).reduce((s, x) => s.plus(x.depreciation), ZERO);
    push(c, owner, category, stop, a.minus(written), true, true);
  }
}

function inhabitants(c: Context, id: string, year: number): Dec {
  const p = party(c, id);
  if (p.kind === 'municipality') return yearValue(p.inhabitants, year);
  // A shared party uses the sum of all municipalities' inhabitants (§5.3).
  return Object.values(c.params.parties)
    .filter((m) => m.kind === 'municipality')
    .reduce((s, m) => s.plus(yearValue(m.inhabitants, year)), ZERO);
}

function lineContributions(c: Context, r: RefLine): void {
  const { line } = r;
  const stop = r.end?.from ?? Infinity;
  const category = lineCategory(line);
  // model-v3 §10.4 step 3: a leaver's own line ends from E; a re-added baseline line counts from E.
  const isCut = (year: number, owner: string) => (r.cuts ?? []).some((cut) => year >= cut.from && owner === cut.party);
  const isBefore = (year: number) => r.onlyFrom !== undefined && year < r.onlyFrom;
  const drops = (year: number, owner: string) => isCut(year, owner) || isBefore(year);
  switch (line.type) {
    case 'opex': {
      // Without `to` the line runs to the last computed year L (model-v3 §10.1: "runs on").
      for (let y = Math.max(c.start, line.from ?? c.start); y <= Math.min(c.end, line.to ?? c.end); y += 1) {
        if (y >= stop || drops(y, r.owner(y))) continue;
        const override = line.overrides?.[String(y)];
        const base =
          override !== undefined
            ? dec(override)
            : dec(line.amount).times(line.indexed === false ? ONE : index(c, category, y));
        pushBoth(c, r.owner(y), category, y, cents(base.times(scaleFactor(r.scales, y))), false);
      }
      return;
    }
    case 'oneOff':
      if (line.year < stop && !drops(line.year, line.party))
        pushBoth(c, line.party, category, line.year, cents(dec(line.amount)), true);
      return;
    case 'investment': {
      if (drops(line.year, r.owner(line.year))) return;
      const a = cents(dec(line.amount).times(scaleFactor(r.scales, line.year)));
      invest(c, r.owner(line.year), category, line.year, a, {
        ...(line.years !== undefined ? { years: line.years } : {}),
        ...(line.method !== undefined ? { method: line.method } : {}),
        end: r.end,
      });
      return;
    }
    case 'application': {
      if (drops(line.year, r.owner(line.year))) return;
      const rate = line.project === 'replacement' ? c.settings.replacementRate : c.settings.renewalRate;
      const a = cents(dec(line.purchase).times(ONE.plus(rate)).times(scaleFactor(r.scales, line.year)));
      invest(c, r.owner(line.year), category, line.year, a, {
        ...(line.years !== undefined ? { years: line.years } : {}),
        end: r.end,
      });
      return;
    }
    case 'recurringInvestment': {
      // Under computeThrough a `to` of endYear continues to L unless the line says toIsFinal (model-v3 §10.1).
      const isFinal = (line as { toIsFinal?: boolean }).toIsFinal === true;
      const to =
        c.settings.extrapolation === 'computeThrough' && line.to === c.model.horizon.endYear && !isFinal
          ? c.end
          : line.to;
      for (let y = line.from; y <= to; y += 1) {
        if (y >= stop || drops(y, r.owner(y))) continue; // ending stops new investments; earlier ones run on
        const indexFactor = line.indexed === true ? index(c, category, y) : ONE;
        const base =
          line.perInhabitant !== undefined
            ? dec(line.perInhabitant).times(inhabitants(c, line.party, y))
            : dec(line.amount as Num);
        const a = cents(base.times(indexFactor).times(scaleFactor(r.scales, y)));
        invest(c, r.owner(y), category, y, a, { end: null, isRecurring: true });
      }
      return;
    }
  }
}

/** Cost per FTE (docs choice 11): byGroup where given, else the party's own/hired, else 0. */
function staffContributions(c: Context, s: RefStaff): void {
  const { own, hired } = costPerFteOf(party(c, s.party), s.group);
  const category = groupCategory(c.model, s.group);
  for (let y = c.start; y <= c.end; y += 1) {
    const h = s.hiredShare(y);
    const perFte = ONE.minus(h).times(own).plus(h.times(hired));
    const cost = s
      .fte(y)
      .times(perFte)
      .times(index(c, category, y))
      .times(scaleFactor(s.scales, y));
    pushBoth(c, s.party, category, y, cents(cost), false);
  }
}

/** The last computed year L: extrapolateTo under computeThrough, else endYear (model-v3). */
export function lastComputedYear(model: ModelFile): number {
  const isThrough = model.assumptions?.extrapolation === ('computeThrough' as string);
  return isThrough ? (model.horizon.extrapolateTo ?? model.horizon.endYear) : model.horizon.endYear;
}

/** All contributions of a resolved scenario in [startYear, L]: accrual cost and the cash view. */
export function contributionsOf(
  model: ModelFile,
  scenario: Pick<RefScenario, 'lines' | 'staff' | 'params'>,
): { accrual: Contribution[]; cash: Contribution[] } {
  const c: Context = {
    model,
    params: scenario.params,
    settings: assumptionsOf(model, scenario.params),
    start: model.horizon.startYear,
    end: lastComputedYear(model),
    out: [],
    cash: [],
  };
  for (const line of scenario.lines) lineContributions(c, line);
  for (const staff of scenario.staff) staffContributions(c, staff);
  return { accrual: c.out, cash: c.cash };
}
