/**
 * Derived results about the method (issue 14): the capital-charge timing effect of each
 * scenario and the two extrapolation methods compared. Computed on demand from the active
 * model and memoised per model object (models are immutable); a few evaluations at most.
 */
import {
  capitalTiming,
  compareMethods,
  createEvaluationCache,
  type CapitalTiming,
  type MethodComparison,
  type ModelFile,
} from '../engine';
import type { Derived } from './results-derived';
import { derivedOf, useDerivedAnswers } from './derived-runs';
import { useActiveModel, useEvaluationState } from './selectors';

const cache = createEvaluationCache();
const timings = new WeakMap<ModelFile, Derived<CapitalTiming>>();
const comparisons = new WeakMap<ModelFile, Derived<MethodComparison | null>>();

function attempt<T>(compute: () => T): Derived<T> {
  try {
    return { value: compute(), error: null };
  } catch (e) {
    return { value: null, error: e instanceof Error ? e.message : String(e) };
  }
}

function memoised<T>(table: WeakMap<ModelFile, Derived<T>>, model: ModelFile, compute: () => T): Derived<T> {
  let hit = table.get(model);
  if (hit === undefined) {
    hit = attempt(compute);
    table.set(model, hit);
  }
  return hit;
}

/** Per scenario and category: the part of the accrual saving that is only timing of capital charges against payments. */
export function capitalTimingOf(model: ModelFile): Derived<CapitalTiming> {
  return memoised(timings, model, () => capitalTiming(model, cache));
}

/** Break-even, payback and NPV under the frozen and the computed-through method (null: no years after endYear). */
export function methodsComparedOf(model: ModelFile): Derived<MethodComparison | null> {
  return memoised(comparisons, model, () => compareMethods(model, cache));
}

const NONE = { value: null, error: null } as const;

/** The active model when it evaluates (the screens show its errors otherwise). */
function useValidModel(): ModelFile | null {
  const model = useActiveModel();
  const { evaluation, status } = useEvaluationState();
  useDerivedAnswers();
  // Not while the results shown are an earlier version's (a heavy model computed in the worker).
  return evaluation && model && status === 'current' ? model : null;
}

export function useCapitalTiming(): Derived<CapitalTiming> | typeof NONE {
  const model = useValidModel();
  return model
    ? derivedOf(model, 'capitalTiming', { kind: 'capitalTiming', model }, () => capitalTimingOf(model))
    : NONE;
}

export function useMethodsCompared(): Derived<MethodComparison | null> | typeof NONE {
  const model = useValidModel();
  return model ? derivedOf(model, 'methods', { kind: 'methods', model }, () => methodsComparedOf(model)) : NONE;
}
