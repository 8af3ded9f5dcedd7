/**
 * Levers, lines, selects, parameters and headline results in words, with their own messages:
 * the one place the scenario screen, the report, the uncertainty and workshop labels and the
 * results screens take these sentences from.
 */
export { euros as eurosText, listText, type DescribeContext } from './context';
export { fieldText, fieldWord, leverTitle, scenarioLeafLabel } from './input-labels';
export {
  describeAddLine,
  describeAddStaff,
  describeEndLine,
  describeLeave,
  describeScale,
  describeSetParam,
  describeSetStaff,
  describeStaffTransition,
  describeTransfer,
  fteText,
} from './levers';
export { addedLineText, lineAmountText, lineName, lineYearsText, yearMapText } from './lines';
export { describeMessages, type DescribeKey } from './messages';
export { BASES, basisLabel, type ParamDef, type ParamKind, paramDefs } from './params';
export { breakEvenText, cumulativeOf, hasNoSavings, paybackText } from './results';
export {
  depreciationStartName,
  describeDepreciationStart,
  describeExtrapolation,
  extrapolationName,
  methodMessages as methodChoiceMessages,
} from './method';
export { selectText } from './selects';
export { legalFormConsequenceKey, legalFormMessages, legalFormNameKey } from './legal-forms';
export { baseCaseMessages, baseCaseOf, baseCaseSentences } from './base-case';
