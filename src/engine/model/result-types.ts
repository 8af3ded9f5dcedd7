/**
 * What the engine yields for a model (spec §8, §9). Money is a decimal string with two
 * decimals ("1234.56", "-0.05") at this boundary, never a float; FTE are decimal strings.
 */
import type { Money } from '../numeric';

export type { Money };

/** The figures of one scenario in one year. Extrapolated years carry recurring cost only (spec §8). */
export type YearFigures = {
  year: number;
  isExtrapolated: boolean;
  total: Money;
  oneOff: Money;
  recurring: Money;
  /** Per municipality, after allocation of the shared parties' cost. */
  byParty: Record<string, Money>;
  /** Per party that incurs the cost (municipalities and shared parties), before allocation. */
  byOwner: Record<string, Money>;
  byCategory: Record<string, Money>;
  /** Municipality × category after allocation. Empty categories are left out. */
  byPartyCategory: Record<string, Record<string, Money>>;
  /** Owner × category before allocation. Empty categories are left out. */
  byOwnerCategory: Record<string, Record<string, Money>>;
  /** Baseline total minus this scenario's total (0 for the baseline). */
  savings: Money;
  cumulativeSavings: Money;
};

export type BreakEven = { year: number; isExtrapolated: boolean } | null;

/** One municipality's own business case, on its allocated cost. */
export type PartyYear = {
  year: number;
  isExtrapolated: boolean;
  total: Money;
  oneOff: Money;
  recurring: Money;
  byCategory: Record<string, Money>;
  savings: Money;
  cumulativeSavings: Money;
};

/** A year of the cash view (model-v3 §10.3). */
export type CashYear = {
  year: number;
  total: Money;
  oneOff: Money;
  recurring: Money;
  savings: Money;
  cumulativeSavings: Money;
};

/** The cash view of a scenario or municipality (model-v3 §10.3, §10.9): payments instead of accrual cost. */
export type CashCase = {
  years: CashYear[];
  breakEven: BreakEven;
  paybackYears: number | null;
  npv: Money;
  npvExtended: Money;
};

/** A year with a realised figure of one municipality (model-v3 §10.8, §10.9). */
export type ActualYear = {
  year: number;
  actual: Money;
  /** The scenario's allocated total for this municipality and year. */
  plan: Money;
  /** actual − plan (positive: more spent than planned). */
  variance: Money;
  /** baseline − actual. */
  realisedSavings: Money;
  /** Running sum of realisedSavings over this municipality's years with an actual. */
  cumulativeRealisedSavings: Money;
  /** Realised FTE when the file gives it (a decimal string); not printed by the CLI. */
  fte?: string;
};

export type PartyCase = {
  breakEven: BreakEven;
  paybackYears: number | null;
  npv: Money;
  npvExtended: Money;
  /** This municipality's allocated one-off total minus its baseline one-off total, over the horizon. */
  investment: Money;
  years: PartyYear[];
  /** Version-3 files only. */
  cash?: CashCase;
  /** Version-3 files only, for a municipality with a `budget` (model-v3 §10.7). */
  budget?: BudgetYear[];
  /** Only in the scenario the model's `actuals` name (model-v3 §10.8): the years with a realised figure. */
  actuals?: ActualYear[];
  /** Break-even of the series that takes the actual where one exists and the plan elsewhere (with `actuals`). */
  forecastBreakEven?: BreakEven;
};

/** A municipality's budget effect in one year (model-v3 §10.7); positive is over budget. */
export type BudgetYear = {
  year: number;
  structural: Money;
  incidental: Money;
  total: Money;
  targetShortfall: Money;
};

/** One row of a scenario's staff-transition table (model-v3 §10.5): FTE as numbers, cost in the year incurred. */
export type StaffTransitionYear = {
  group: string;
  year: number;
  reduction: number;
  hired: number;
  attrition: number;
  surplus: number;
  cost: Money;
};

/** FTE of each party × function group in one year, after staff scales (decimal strings). */
export type StaffYear = { year: number; byPartyGroup: Record<string, Record<string, string>> };

/** One leave of a scenario (model-v3 §10.4 step 6): the settlement's terms by the year each is payable (E + k). */
export type ExitResult = {
  party: string;
  shared: string;
  from: number;
  decisionYear: number;
  method: 'tapered' | 'directDamage' | 'fixed' | 'none';
  terms: { year: number; amount: Money }[];
  total: Money;
};

export type ScenarioResult = {
  id: string;
  name: string;
  basedOn: string | null;
  years: YearFigures[];
  breakEven: BreakEven;
  paybackYears: number | null;
  npv: Money;
  npvExtended: Money;
  investment: Money;
  parties: Record<string, PartyCase>;
  staff: StaffYear[];
  /** Version-3 files only: the cash view (model-v3 §10.3). */
  cash?: CashCase;
  /** Version-3 files only: the scenario's exits (model-v3 §10.4); [] when it has none. */
  exits?: ExitResult[];
  /** Version-3 files only, when the scenario has or inherits a staffTransition (model-v3 §10.5). */
  staffTransition?: StaffTransitionYear[];
};

export type Evaluation = {
  baselineId: string;
  /** Horizon years followed by extrapolated years. */
  years: number[];
  startYear: number;
  endYear: number;
  municipalities: string[];
  sharedParties: string[];
  categories: { id: string; label: string; group: string }[];
  functionGroups: { id: string; label: string; category: string }[];
  scenarios: ScenarioResult[];
};
