/**
 * Types of a model file (spec/model.md §1–§5) as it stands after validation.
 * Money and other decimals arrive as JSON numbers or decimal strings (`Num`); the engine
 * parses them with decimal.js and never computes with binary floats.
 */

import type { Num } from '../numeric';
import type { AssessmentSection, LegalFormSection } from './decision-types';

export type { Num };

/** A year map: `{ "2013": 10, "2016": 12 }` (carry forward; 0 before the first key) or a plain value for all years. */
export type YearMap = Num | Record<string, Num>;

export type CategoryGroup = 'infrastructure' | 'software' | 'personnel' | 'oneOff' | 'other';
export type Category = { id: string; label: string; group: CategoryGroup };
export type FunctionGroup = { id: string; label: string; category: string };

/** When depreciation starts (spec §6); the last two are version 3 (model-v3 §10.2, BBV). */
export type DepreciationStart = 'nextYear' | 'sameYear' | 'sameYearNoInterest' | 'halfYear';
/** How the years after endYear are filled (spec §8); the last two are version 3 (model-v3 §10.1). */
export type Extrapolation = 'indexLast' | 'none' | 'indexLastByCategory' | 'computeThrough';

export type Assumptions = {
  priceBaseYear?: number;
  indexation?: { default?: Num; personnel?: Num; byCategory?: Record<string, Num> };
  discountRate?: Num;
  /** Version 3 (model-v3 §10.3): the real discount rate, turned into the nominal rate of every NPV. */
  discountRealRate?: Num;
  depreciationStart?: DepreciationStart;
  depreciationMethod?: 'linear' | 'annuity';
  projectCostRate?: { replacement?: Num; renewal?: Num };
  extrapolation?: Extrapolation;
};

export type AllocationBasis = 'inhabitants' | 'workstations' | 'employees' | 'fixed' | 'usage';
export type AllocationKey = { basis: AllocationBasis; shares?: Record<string, Num>; members?: string[] };

export type CostPerFte = {
  own?: Num;
  hired?: Num;
  byGroup?: Record<string, { own?: Num; hired?: Num }>;
};

export type Party = {
  id: string;
  name: string;
  kind: 'municipality' | 'shared';
  inhabitants?: YearMap;
  workstations?: YearMap;
  employees?: YearMap;
  interestRate?: Num;
  depreciationYears?: Record<string, number>;
  costPerFte?: CostPerFte;
  allocation?: { default?: AllocationKey; byCategory?: Record<string, AllocationKey> };
  /** Version 3 (model-v3 §10.2): overrides the assumption for the investments this party owns. */
  depreciationStart?: DepreciationStart;
  /** Version 3 (model-v3 §10.6): a shared party's VAT regime, or a municipality's compensable share. */
  vat?: PartyVat;
  /** Version 3 (model-v3 §10.7): a municipality's approved ICT budget, taakstelling and reserve withdrawals. */
  budget?: PartyBudget;
};

/**
 * VAT (model-v3 §10.6). A shared party: `regime` (default none), `rate` (0.21), `inputShare`
 * (1). A municipality: `compensable`, the year map of the share of charged VAT it recovers
 * (1 when absent and before its first key).
 */
export type PartyVat = {
  regime?: 'none' | 'charged' | 'exempt';
  rate?: Num;
  inputShare?: Num;
  compensable?: YearMap;
};

/** A municipality's budget (model-v3 §10.7): `ict` and `target` carry forward; `reserve` holds per year only. */
export type PartyBudget = { ict: YearMap; target?: YearMap; reserve?: YearMap };

export type OpexLine = {
  type: 'opex';
  id: string;
  party: string;
  category: string;
  amount: Num;
  from?: number;
  to?: number;
  indexed?: boolean;
  overrides?: Record<string, Num>;
  note?: string;
};
export type InvestmentLine = {
  type: 'investment';
  id: string;
  party: string;
  category: string;
  year: number;
  amount: Num;
  years?: number;
  method?: 'linear' | 'annuity';
  note?: string;
};
export type RecurringInvestmentLine = {
  type: 'recurringInvestment';
  id: string;
  party: string;
  category: string;
  from: number;
  to: number;
  amount?: Num;
  perInhabitant?: Num;
  indexed?: boolean;
  note?: string;
  /** Version 3 (model-v3 §10.1): under computeThrough, a `to` of endYear is final instead of running on. */
  toIsFinal?: boolean;
};
export type ApplicationLine = {
  type: 'application';
  id: string;
  party: string;
  year: number;
  purchase: Num;
  project: 'replacement' | 'renewal';
  years?: number;
  note?: string;
};
export type OneOffLine = {
  type: 'oneOff';
  id: string;
  party: string;
  category: string;
  year: number;
  amount: Num;
  note?: string;
};

export type Line = OpexLine | InvestmentLine | RecurringInvestmentLine | ApplicationLine | OneOffLine;
export type LineType = Line['type'];

export type StaffEntry = { party: string; group: string; fte: YearMap; hiredShare?: YearMap; note?: string };

/** Which lines or staff entries a change touches; every given field must match. */
export type Select = { party?: string; category?: string | string[]; group?: string | string[]; lineIds?: string[] };

type ChangeBase = { enabled?: boolean; note?: string };
export type AddLineChange = ChangeBase & { op: 'addLine'; line: Line };
export type AddStaffChange = ChangeBase & { op: 'addStaff'; staff: StaffEntry };
export type EndLineChange = ChangeBase & { op: 'endLine'; id: string; from: number; retire?: boolean };
export type SetStaffChange = ChangeBase & {
  op: 'setStaff';
  party: string;
  group: string;
  fte: YearMap;
  hiredShare?: YearMap;
};
export type TransferChange = ChangeBase & { op: 'transfer'; select: Select; to: string; from: number };
export type ScaleChange = ChangeBase & {
  op: 'scale';
  select: Select;
  from?: number;
  factor?: YearMap;
  reduction?: Num;
  phaseIn?: YearMap;
};
export type SetParamChange = ChangeBase & { op: 'setParam'; path: string; value: unknown };
/** Version 3 (model-v3 §10.5): friction cost by rule over the staff tables; defaults in `STAFF_TRANSITION_DEFAULTS`. */
export type StaffTransitionChange = ChangeBase & {
  op: 'staffTransition';
  groups?: string[];
  monthsOfSalary?: Num;
  hiredNoticeMonths?: Num;
  attrition?: Num;
  perPerson?: Num;
  /** `origin` or the id of a party that bears it all. */
  bearer?: string;
  booking: 'decisionYear' | 'asIncurred';
  decisionYear?: number;
};

/** How a leaver settles with the shared party it leaves (model-v3 §10.4 step 4). */
export type Settlement =
  | { method: 'tapered'; factors?: Num[] }
  | { method: 'directDamage'; years?: number }
  | { method: 'fixed'; amount: Num }
  | { method: 'none' };
export type SettlementMethod = Settlement['method'];
/** Shedding fractions per year after the exit (entry k = year from + k; the last carries forward). */
export type Shed = { default?: Num[]; byCategory?: Record<string, Num[]> };
/** A re-entry item of a leave: a line of the leaver (model.md §5.1), or a staff entry of the leaver (`setStaff` semantics). */
export type ReentryItem = Line | StaffEntry;
/** Version 3 (model-v3 §10.4): municipality `party` leaves shared party `shared` in year `from`. */
export type LeaveChange = ChangeBase & {
  op: 'leave';
  party: string;
  shared: string;
  from: number;
  noticeYears?: number;
  settlement: Settlement;
  shed?: Shed;
  booking?: 'decisionYear' | 'asPaid';
  standalone?: 'baseline' | 'none';
  reentry?: ReentryItem[];
};

export type Change =
  | AddLineChange
  | AddStaffChange
  | EndLineChange
  | SetStaffChange
  | TransferChange
  | ScaleChange
  | SetParamChange
  | StaffTransitionChange
  | LeaveChange;
export type ChangeOp = Change['op'];

export type Scenario = {
  id: string;
  name: string;
  basedOn: string | null;
  lines?: Line[];
  staff?: StaffEntry[];
  changes?: Change[];
};

export type ModelMeta = { title?: string; description?: string; author?: string; [key: string]: unknown };

export type Horizon = { startYear: number; endYear: number; extrapolateTo?: number };

/**
 * A row of the benchmark table (version 2): cost per inhabitant per group of categories and
 * ICT staff per 100,000 inhabitants, e.g. the ICT Benchmark Gemeenten average for 2022.
 */
export type BenchmarkRow = {
  id: string;
  label: string;
  software: Num;
  personnel: Num;
  infrastructure: Num;
  /** When absent: software + personnel + infrastructure. */
  total?: Num;
  ftePer100k?: Num;
  note?: string;
};
export type BenchmarkTable = { source?: string; bookYear?: number; rows: BenchmarkRow[] };

/**
 * Where a numeric input lives in a model file (version 2 uncertainty and workshop sections):
 * dot-separated segments from the root; list items are named by their `id` where they have
 * one (parties, scenarios, lines, categories), else by index (changes, staff); year-map entries
 * by their year. Examples: `assumptions.indexation.default`, `parties.ictc.interestRate`,
 * `scenarios.s3.changes.0.reduction`, `scenarios.baseline.staff.2.fte.2013`,
 * `scenarios.s2.changes.5.line.amount`.
 */
export type InputPath = string;

export type Distribution =
  | { kind: 'triangular'; low: Num; mode?: Num; high: Num }
  | { kind: 'pert'; low: Num; mode?: Num; high: Num }
  | { kind: 'uniform'; low: Num; high: Num }
  /** Normal, truncated at the input's valid range and at low/high when given. */
  | { kind: 'normal'; mean?: Num; sd: Num; low?: Num; high?: Num };

/** A range on one numeric input; `mode`/`mean` default to the input's value in the file. */
export type UncertainInput = { id: string; path: InputPath; label?: string; distribution: Distribution; note?: string };

export type UncertaintySection = { inputs: UncertainInput[]; samples?: number; seed?: number };

/** A big control in workshop mode on one numeric input. */
export type WorkshopControl = { id: string; path: InputPath; label?: string; min: Num; max: Num; step: Num };
export type WorkshopSection = { controls: WorkshopControl[] };

/** One municipality's realised figures in one year (model-v3 §10.8): ICT cost as the annual accounts show it, FTE optional. */
export type ActualFigures = { total: Num; fte?: Num };

/**
 * Version 3: realised figures against the scenario the councils chose (model-v3 §10.8).
 * `years` maps a year ("2014") to municipality ids and their realised figures.
 */
export type ActualsSection = { scenario: string; years: Record<string, Record<string, ActualFigures>> };

/** What a goal measures (docs/model-v3.md "Goals and indicators"). */
export type GoalIndicator = 'costPerInhabitant' | 'ftePer100k' | 'softwarePerInhabitant' | 'hiredShare' | 'custom';

/**
 * Version 3: a collaboration aim made measurable — an indicator of one municipality with a
 * target value and year, and realised values per year (cost per inhabitant and FTE per
 * 100,000 are also derived from `actuals`).
 */
export type Goal = {
  id: string;
  aim: string;
  party: string;
  indicator: GoalIndicator;
  /** Required for `custom`: what is measured. */
  label?: string;
  unit?: string;
  target: Num;
  targetYear: number;
  /** `atMost` (default): the value should come down to the target; `atLeast`: up to it. */
  direction?: 'atMost' | 'atLeast';
  realised?: Record<string, Num>;
  note?: string;
};

export type ModelFile = {
  format: 'ict-business-case';
  version: number;
  meta?: ModelMeta;
  horizon: Horizon;
  assumptions?: Assumptions;
  categories?: Category[];
  functionGroups?: FunctionGroup[];
  parties: Party[];
  scenarios: Scenario[];
  /** Version 2 and later: the benchmark table the results compare against. */
  benchmark?: BenchmarkTable;
  /** Version 2 and later: ranges on inputs for sensitivity and Monte Carlo. */
  uncertainty?: UncertaintySection;
  /** Version 2 and later: the controls of workshop mode. */
  workshop?: WorkshopSection;
  /** Version 3 and later: realised figures (model-v3 §10.8). */
  actuals?: ActualsSection;
  /** Version 3 and later: aims with an indicator, target and realised values. */
  goals?: Goal[];
  /** Version 3 (docs/model-v3.md): the legal forms of one shared party and their assumptions. */
  legalForm?: LegalFormSection;
  /** Version 3 (docs/model-v3.md): non-financial criteria, weights and scores per scenario. */
  assessment?: AssessmentSection;
  /** Version 3 (docs/model-v3.md "Report choices"): what the report shows beyond the results. */
  report?: ReportSection;
};

/**
 * Kantelpunt's report choices (version 3, docs/model-v3.md): `exit` is an exit question the
 * user added to the report from the Uittreden screen — a `leave` (model-v3 §10.4) asked of
 * `scenario`, answered with its exit-year sweep in the report's Uittreding section; not a
 * scenario, so it changes no result. `fixedAmount`: the fixed sum the methods compare with.
 */
export type ReportSection = { exit?: ReportExitQuestion };
export type ReportExitQuestion = { scenario: string; leave: LeaveChange; fixedAmount?: Num };

/** One problem found in a file, with the JSON path it concerns (e.g. `scenarios[1].changes[3].fte.2015`). */
export type ValidationError = { path: string; message: string };
