/**
 * The legal-form screen's derived figures (issue 17): the comparison of the legal forms, the
 * staff vulnerability indicators, and the edits of the `legalForm` and `assessment` sections.
 * Figures are computed on demand from the active model and memoised per model object (models
 * are immutable) and question.
 */
import { useCallback } from 'react';
import {
  createEvaluationCache,
  staffIndicators,
  type AssessmentSection,
  type LegalFormSection,
  type ModelFile,
  type StaffIndicatorTable,
} from '../engine';
import { compareLegalForms, type LegalFormOutcome, type LegalFormQuestion } from '../model/legal-form-compare';
import { withRequiredVersion } from '../model/version';
import type { Derived } from './results-derived';
import { useActiveModel, useEvaluationState, useUpdateModel } from './selectors';

const cache = createEvaluationCache();
const comparisons = new WeakMap<ModelFile, Map<string, Derived<LegalFormOutcome[]>>>();
const indicators = new WeakMap<ModelFile, Derived<StaffIndicatorTable>>();

function attempt<T>(compute: () => T): Derived<T> {
  try {
    return { value: compute(), error: null };
  } catch (e) {
    return { value: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Each form of the model's `legalForm` section applied to one scenario (memoised per model and question). */
export function legalFormsComparedOf(model: ModelFile, q: LegalFormQuestion): Derived<LegalFormOutcome[]> {
  let table = comparisons.get(model);
  if (table === undefined) {
    table = new Map();
    comparisons.set(model, table);
  }
  const key = `${q.scenario}|${q.exitParty ?? ''}|${q.exitYear ?? ''}`;
  let hit = table.get(key);
  if (hit === undefined) {
    hit = attempt(() => compareLegalForms(model, q, cache));
    table.set(key, hit);
  }
  return hit;
}

/** The vulnerability indicators of every party and scenario of a model (memoised per model). */
export function staffIndicatorsOf(model: ModelFile): Derived<StaffIndicatorTable> {
  let hit = indicators.get(model);
  if (hit === undefined) {
    hit = attempt(() => staffIndicators(model, cache));
    indicators.set(model, hit);
  }
  return hit;
}

const NONE = { value: null, error: null } as const;

function useValidModel(): ModelFile | null {
  const model = useActiveModel();
  const { evaluation } = useEvaluationState();
  return evaluation && model ? model : null;
}

export function useLegalFormsCompared(q: LegalFormQuestion | null): Derived<LegalFormOutcome[]> | typeof NONE {
  const model = useValidModel();
  return model && q ? legalFormsComparedOf(model, q) : NONE;
}

/** The indicators of the active model; `isWanted: false` skips the work (the report without decision sections). */
export function useStaffIndicators(isWanted = true): Derived<StaffIndicatorTable> | typeof NONE {
  const model = useValidModel();
  return model && isWanted ? staffIndicatorsOf(model) : NONE;
}

/**
 * Stores the `legalForm` section (one undo step), or removes it with `null`. It is a version-3
 * section: storing it raises the model's version to 3 in the same edit.
 */
export function useSetLegalForm(): (section: LegalFormSection | null, label: string) => void {
  const update = useUpdateModel();
  return useCallback(
    (section: LegalFormSection | null, label: string) =>
      update((m) => {
        if (section === null) delete m.legalForm;
        else {
          m.legalForm = section;
          withRequiredVersion(m);
        }
      }, label),
    [update],
  );
}

/** Stores the `assessment` section (one undo step; raises the version to 3), or removes it with `null`. */
export function useSetAssessment(): (section: AssessmentSection | null, label: string) => void {
  const update = useUpdateModel();
  return useCallback(
    (section: AssessmentSection | null, label: string) =>
      update((m) => {
        if (section === null) delete m.assessment;
        else {
          m.assessment = section;
          withRequiredVersion(m);
        }
      }, label),
    [update],
  );
}

export type { LegalFormOutcome, LegalFormQuestion };
