/**
 * What every scenario of a model shares: the layout of parties, categories and years, the
 * category groups, and memo tables for the evaluation.
 */
import {
  categoriesOf,
  DEFAULT_FUNCTION_GROUPS,
  type Category,
  type Extrapolation,
  type FunctionGroup,
  type ModelFile,
} from '../model';
import { exactKernel, type Kernel } from '../numeric';
import type { IndexMemo } from './indexation';
import type { Layout } from './ledger';
import type { ProjectContext } from './contributions';
import type { ResolveContext } from '../resolve';

export type ModelContext = ResolveContext &
  ProjectContext & {
    layout: Layout;
    categories: readonly Category[];
    functionGroups: readonly FunctionGroup[];
    personnelCategories: Set<string>;
    extrapolateTo: number;
    /** How the years after the horizon are filled (spec §8, model-v3 §10.1). */
    extrapolation: Extrapolation;
    /** Whether years after the last computed one grow at indexation.default (`indexLast`). */
    isExtrapolating: boolean;
    partyPath: (id: string) => string;
    /** What every contribution depends on besides its line and parameters: horizon and municipalities. */
    horizonKey: string;
    /** What compiled parameters depend on besides their source: horizon, categories, price base year. */
    paramsKey: string;
  };

/**
 * The context of an evaluation of `model`, with the memo tables of index factors (those of an
 * evaluation memo, memo.ts, or new ones) and the kernel its contributions are computed in.
 */
export function createContext(
  model: ModelFile,
  memo: IndexMemo = { powers: new Map(), indexTables: new WeakMap() },
  kernel: Kernel = exactKernel,
): ModelContext {
  const categories = categoriesOf(model);
  const functionGroups = model.functionGroups ?? DEFAULT_FUNCTION_GROUPS;
  const { startYear, endYear: planEndYear } = model.horizon;
  const extrapolation = model.assumptions?.extrapolation ?? 'indexLast';
  const extrapolateTo = model.horizon.extrapolateTo ?? planEndYear;
  // Under computeThrough every year up to extrapolateTo is computed by the rules of the horizon.
  const isComputingThrough = extrapolation === 'computeThrough';
  const endYear = isComputingThrough ? extrapolateTo : planEndYear;
  const parties = model.parties.map((p) => p.id);
  const municipalities = model.parties.filter((p) => p.kind === 'municipality').map((p) => p.id);
  const layout: Layout = {
    startYear,
    endYear,
    nYears: endYear - startYear + 1,
    nPlan: planEndYear - startYear + 1,
    parties,
    partyIndex: new Map(parties.map((id, i) => [id, i])),
    municipalities,
    shared: model.parties.filter((p) => p.kind === 'shared').map((p) => p.id),
    categories: categories.map((c) => c.id),
    categoryIndex: new Map(categories.map((c, i) => [c.id, i])),
  };
  const horizonKey = `${startYear}-${endYear}-${planEndYear}${isComputingThrough ? 'T' : ''}|${municipalities.join(',')}`;
  const partyPaths = new Map(
    model.parties.map((p, i) => [p.id, p.allocation ? `parties[${i}].allocation` : `parties[${i}]`]),
  );
  return {
    model,
    groupCategory: new Map(functionGroups.map((g) => [g.id, g.category])),
    startYear,
    endYear,
    planEndYear,
    isComputingThrough,
    municipalities,
    memo,
    kernel,
    layout,
    categories,
    functionGroups,
    personnelCategories: new Set(categories.filter((c) => c.group === 'personnel').map((c) => c.id)),
    extrapolateTo,
    extrapolation,
    isExtrapolating: extrapolation === 'indexLast',
    partyPath: (id) => partyPaths.get(id) ?? 'parties',
    horizonKey,
    paramsKey: `${horizonKey}|${layout.categories.join(',')}|${categories
      .filter((c) => c.group === 'personnel')
      .map((c) => c.id)
      .join(',')}|${model.assumptions?.priceBaseYear ?? ''}`,
  };
}
