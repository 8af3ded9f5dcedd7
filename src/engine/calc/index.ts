/** Contributions (what each line and staff entry costs per year, in cents), capital charges, the evaluation memo and the ledger that allocates shared costs. */
export { lineKey, staffKey } from './cache-keys';
export { annuityPayment, chargePlan, type ChargePlan, type Method } from './capital';
export { createContext, type ModelContext } from './context';
export {
  addToYearSums,
  contributionsOf,
  copyYearSums,
  entryOfKinds,
  type Contribution,
  type ContributionKind,
  type Entry,
  packSink,
  type Sink,
  type YearSums,
} from './contribution-core';
export {
  costPerFte,
  entryInto,
  inhabitantsOf,
  investmentAmount,
  lineContributions,
  lineEntry,
  recurringAmount,
  staffContributions,
  staffEntry,
} from './contributions';
export { lineOutlays } from './investments';
export {
  allocate,
  type Booked,
  bookEntries,
  cell,
  keyWeight,
  type Layout,
  type Leaving,
  type Ledger,
  newLedger,
  membersOf,
  weightOf,
  type WeighingBasis,
} from './ledger';
export { indexAt, type IndexMemo } from './indexation';
export { memberWeights, type MemberWeight } from './member-weights';
export {
  createEvaluationCache,
  type EvaluationCache,
  forEachContribution,
  scaledPrefix,
  type VisitedScenario,
  weightTableOf,
} from './memo';
export {
  staffTransition,
  type StaffTransitionResult,
  staffTransitionRule,
  type StaffTransitionRow,
} from './staff-transition';
export { bookVat, type ExemptVatShares, hasVat } from './vat';
