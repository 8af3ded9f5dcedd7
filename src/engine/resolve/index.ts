/** Resolving a scenario: its changes applied to the baseline lines and staff, and the parameters it is evaluated with. */
export {
  allocationKeyOf,
  compileParams,
  depreciationStartOf,
  type Params,
  type ParamSource,
  type PartyKeys,
  partyKeys,
  partyParams,
  termOf,
} from './params';
export { DEFAULT_SHED, exitVariant, type LeaveInput, shedFraction } from './leave';
export { isSameHistory, type ResolveMemo, type ResolveMemoEntry, resolveScenarios } from './resolve';
export {
  type ResolveContext,
  type ResolvedLine,
  type ResolvedScenario,
  type ResolvedStaff,
  type ScaleRule,
} from './resolved';
export { factorProduct, lineCategory } from './scale';
export { ownerAt } from './select';
