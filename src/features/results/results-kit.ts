/** Small helpers shared by the results views: the trace hand-off, names, and year facts. */
import { createContext, useContext } from 'react';
import type { Evaluation, ModelFile, TraceQuery } from '../../engine';

/** Opens the trace view for a figure (provided by the results screen). */
export const TraceContext = createContext<(query: TraceQuery) => void>(() => undefined);
export const useShowTrace = () => useContext(TraceContext);

/** `isCash`: the evaluation holds the cash view's figures (no trace, no breakdowns). */
export type ViewProps = { model: ModelFile; evaluation: Evaluation; isCash?: boolean };

export function scenarioName(e: Evaluation, id: string): string {
  return e.scenarios.find((s) => s.id === id)?.name ?? id;
}

/** Index in `e.years` of the first extrapolated year, or undefined when none is extrapolated. */
export function firstExtrapolated(e: Evaluation): number | undefined {
  const i = e.years.findIndex((y) => y > e.endYear);
  return i < 0 ? undefined : i;
}

export const lastYear = (e: Evaluation): number => e.years[e.years.length - 1] ?? e.endYear;

/** The scenarios other than the baseline (the ones that have savings). */
export const alternatives = (e: Evaluation) => e.scenarios.filter((s) => s.id !== e.baselineId);

/** A scenario id that exists: `wanted` if it does, else the first alternative, else the baseline. */
export function validScenario(e: Evaluation, wanted: string | null): string {
  if (wanted && e.scenarios.some((s) => s.id === wanted)) return wanted;
  return alternatives(e)[0]?.id ?? e.baselineId;
}

/** Whether the years after the horizon are computed through by the plan's rules (model-v3 §10.1) rather than frozen. */
export const isComputedThrough = (model: ModelFile): boolean => model.assumptions?.extrapolation === 'computeThrough';
