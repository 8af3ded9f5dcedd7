/**
 * Which depreciation starts and methods an editor may offer (model-v3 §10.2): the BBV starts
 * `sameYearNoInterest` and `halfYear` are linear only, so annuity and a BBV start exclude each
 * other wherever they would meet. The engine refuses the combination; the editor does not offer it.
 */
import type { DepreciationStart, ModelFile } from '../engine';
import { allLines } from './model-edits';

export const BBV_STARTS: readonly DepreciationStart[] = ['sameYearNoInterest', 'halfYear'];
export const isBbvStart = (v: unknown): boolean => BBV_STARTS.includes(v as DepreciationStart);

function annuityLineParties(model: ModelFile): Set<string> {
  return new Set(allLines(model).flatMap((l) => (l.type === 'investment' && l.method === 'annuity' ? [l.party] : [])));
}

const setsAnnuity = (model: ModelFile) =>
  model.scenarios.some((s) =>
    (s.changes ?? []).some(
      (c) => c.op === 'setParam' && c.path === 'assumptions.depreciationMethod' && c.value === 'annuity',
    ),
  );

/**
 * Whether annuity would meet a BBV start given for `party` (null: in the assumptions): the
 * assumptions' method, a scenario that sets it, or an annuity investment of that party (of any
 * party that follows the assumptions, for the assumptions' start).
 */
export function isAnnuityUsedFor(model: ModelFile, party: string | null): boolean {
  if (model.assumptions?.depreciationMethod === 'annuity' || setsAnnuity(model)) return true;
  const owners = annuityLineParties(model);
  if (party !== null) return owners.has(party);
  return [...owners].some((id) => model.parties.find((p) => p.id === id)?.depreciationStart === undefined);
}

/**
 * `isAnnuityUsedFor(model, party)` for every party at once: the model's lines are read once,
 * not once per party (346 parties on the depreciation tab, issue 19).
 */
export function annuityUseByParty(model: ModelFile): (party: string) => boolean {
  if (model.assumptions?.depreciationMethod === 'annuity' || setsAnnuity(model)) return () => true;
  const owners = annuityLineParties(model);
  return (party) => owners.has(party);
}

/** Whether a BBV start is in use anywhere (assumptions or a party), which rules out annuity in the assumptions. */
export function isBbvStartUsed(model: ModelFile): boolean {
  return isBbvStart(model.assumptions?.depreciationStart) || model.parties.some((p) => isBbvStart(p.depreciationStart));
}
