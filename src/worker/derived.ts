/**
 * The results screens' derived figures of a heavy model, computed in the engine worker beside
 * its evaluation (evaluate.ts shares its cache): each is a few evaluations of the model, too long
 * for the page — and the answer to the exit question kept for the report (`reportExit`: one
 * evaluation of the question's copy of the model). The answer is plain data (`Derived`: the
 * value, or the error's message).
 */
import {
  answerReportExit,
  capitalTiming,
  compareAllocationBases,
  compareMethods,
  costPerInhabitant,
  explainFigure,
  staffByMunicipality,
  type ModelFile,
  type TraceQuery,
} from '../engine';
import { workerCache } from './evaluate';

export type DerivedRequest =
  | { kind: 'trace'; model: ModelFile; query: TraceQuery }
  | { kind: 'staff'; model: ModelFile }
  | { kind: 'perInhabitant'; model: ModelFile; year: number }
  | { kind: 'allocation'; model: ModelFile; sharedParty: string }
  | { kind: 'methods'; model: ModelFile }
  | { kind: 'capitalTiming'; model: ModelFile }
  | { kind: 'reportExit'; model: ModelFile };

export type DerivedAnswer = { value: unknown; error: null } | { value: null; error: string };

function compute(r: DerivedRequest): unknown {
  const cache = workerCache();
  switch (r.kind) {
    case 'trace':
      return explainFigure(r.model, r.query);
    case 'staff':
      return staffByMunicipality(r.model, cache);
    case 'perInhabitant':
      return costPerInhabitant(r.model, r.year, cache);
    case 'allocation':
      return compareAllocationBases(r.model, r.sharedParty, cache);
    case 'methods':
      return compareMethods(r.model, cache);
    case 'capitalTiming':
      return capitalTiming(r.model, cache);
    case 'reportExit':
      return answerReportExit(r.model, cache);
  }
}

export function derivedInWorker(request: DerivedRequest): DerivedAnswer {
  try {
    return { value: compute(request), error: null };
  } catch (e) {
    return { value: null, error: e instanceof Error ? e.message : String(e) };
  }
}
