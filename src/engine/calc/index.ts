/** Contributions (what each line and staff entry costs per year, in cents), capital charges, the evaluation memo and the ledger that allocates shared costs. */
export { lineKey, staffKey } from './cache-keys';
export { annuityPayment, bookValueAtStart, capitalSchedule } from './capital';
export { createContext, type ModelContext } from './context';
export { addToYearSums, type Contribution, type YearSums } from './contribution-core';
export { costPerFte, investmentAmount, lineContributions, staffContributions } from './contributions';
export { allocate, type Booked, bookEntries, cell, keyWeight, type Layout, type Ledger, membersOf, weightOf, type WeighingBasis } from './ledger';
export { memberWeights, type MemberWeight } from './member-weights';
export { createEvaluationCache, type EvaluationCache, forEachContribution } from './memo';
