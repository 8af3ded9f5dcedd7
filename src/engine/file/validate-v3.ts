/**
 * The version-3 rules of model-v3 §10.1–§10.3 that a field table cannot say: which fields need
 * `"version": 3`, the BBV starts that exclude annuity, and the real discount rate that excludes
 * the nominal one. Every message names the JSON path it concerns.
 */
import type { Line, ModelFile } from '../model';
import type { Issues } from './validate-kit';
import { checkLeaves } from './validate-leave';
import { checkDecision, decisionPaths } from './validate-decision';

const NEW_STARTS: readonly unknown[] = ['sameYearNoInterest', 'halfYear'];
const NEW_EXTRAPOLATIONS: readonly unknown[] = ['indexLastByCategory', 'computeThrough'];

/** Every line of the file with its JSON path: scenario lines and added lines. */
function linesWithPaths(model: ModelFile): [Line, string][] {
  return model.scenarios.flatMap((s, i) => [
    ...(s.lines ?? []).map((l, j): [Line, string] => [l, `scenarios[${i}].lines[${j}]`]),
    ...(s.changes ?? []).flatMap((c, j): [Line, string][] =>
      c.op === 'addLine' ? [[c.line, `scenarios[${i}].changes[${j}].line`]] : [],
    ),
    // The re-entry lines of a leave (model-v3 §10.4).
    ...(s.changes ?? []).flatMap((c, j): [Line, string][] =>
      c.op === 'leave'
        ? (c.reentry ?? []).flatMap((item, k): [Line, string][] =>
            'type' in item ? [[item, `scenarios[${i}].changes[${j}].reentry[${k}]`]] : [],
          )
        : [],
    ),
  ]);
}

/** The JSON paths of the version-3 fields and values a model uses (model-v3 §10.1–§10.3). */
export function version3Paths(model: ModelFile): string[] {
  const a = model.assumptions ?? {};
  const out: string[] = [];
  if (NEW_EXTRAPOLATIONS.includes(a.extrapolation)) out.push('assumptions.extrapolation');
  if (NEW_STARTS.includes(a.depreciationStart)) out.push('assumptions.depreciationStart');
  if (a.discountRealRate !== undefined) out.push('assumptions.discountRealRate');
  if (model.actuals !== undefined) out.push('actuals');
  if (model.goals !== undefined) out.push('goals');
  if (model.legalForm !== undefined) out.push('legalForm');
  if (model.assessment !== undefined) out.push('assessment');
  if (model.report !== undefined) out.push('report');
  model.parties.forEach((p, i) => {
    if (p.depreciationStart !== undefined) out.push(`parties[${i}].depreciationStart`);
  });
  for (const [line, path] of linesWithPaths(model))
    if (line.type === 'recurringInvestment' && line.toIsFinal !== undefined) out.push(`${path}.toIsFinal`);
  model.scenarios.forEach((s, i) =>
    s.changes?.forEach((c, j) => {
      if (c.op === 'leave') out.push(`scenarios[${i}].changes[${j}]`);
      if (c.op !== 'setParam') return;
      const isNewField =
        c.path === 'assumptions.discountRealRate' || /^parties\.[^.]+\.depreciationStart$/.test(c.path);
      if (isNewField || (c.path === 'assumptions.depreciationStart' && NEW_STARTS.includes(c.value)))
        out.push(`scenarios[${i}].changes[${j}]`);
    }),
  );
  // §10.5–§10.7: staff transition, VAT and budget (validate-decision.ts).
  out.push(...decisionPaths(model));
  return out;
}

/** Annuity with a BBV start (model-v3 §10.2) is refused wherever the two meet. */
function checkAnnuity(model: ModelFile, issues: Issues): void {
  const a = model.assumptions ?? {};
  const isAnnuity = a.depreciationMethod === 'annuity';
  const startOf = (party: string) =>
    model.parties.find((p) => p.id === party)?.depreciationStart ?? a.depreciationStart;
  const message =
    'the depreciation starts "sameYearNoInterest" and "halfYear" are linear only; they cannot be combined with annuity';
  if (isAnnuity && NEW_STARTS.includes(a.depreciationStart))
    issues.push({ path: 'assumptions.depreciationStart', message });
  model.parties.forEach((p, i) => {
    if (isAnnuity && NEW_STARTS.includes(p.depreciationStart))
      issues.push({ path: `parties[${i}].depreciationStart`, message });
  });
  for (const [line, path] of linesWithPaths(model)) {
    if (line.type === 'investment' && line.method === 'annuity' && NEW_STARTS.includes(startOf(line.party)))
      issues.push({ path: `${path}.method`, message });
  }
  const usesNewStart =
    NEW_STARTS.includes(a.depreciationStart) || model.parties.some((p) => NEW_STARTS.includes(p.depreciationStart));
  const usesAnnuity =
    isAnnuity || linesWithPaths(model).some(([l]) => l.type === 'investment' && l.method === 'annuity');
  model.scenarios.forEach((s, i) =>
    s.changes?.forEach((c, j) => {
      if (c.op !== 'setParam') return;
      const path = `scenarios[${i}].changes[${j}].value`;
      if (c.path === 'assumptions.depreciationMethod' && c.value === 'annuity' && usesNewStart)
        issues.push({ path, message });
      const isStart = c.path === 'assumptions.depreciationStart' || /^parties\.[^.]+\.depreciationStart$/.test(c.path);
      if (isStart && NEW_STARTS.includes(c.value) && usesAnnuity) issues.push({ path, message });
    }),
  );
}

/** discountRealRate excludes discountRate, in the file and in every scenario (model-v3 §10.3). */
function checkDiscount(model: ModelFile, issues: Issues): void {
  const a = model.assumptions ?? {};
  if (a.discountRealRate === undefined) return;
  if (a.discountRate !== undefined)
    issues.push({
      path: 'assumptions.discountRealRate',
      message: 'give either "discountRate" (nominal) or "discountRealRate" (real), not both',
    });
  model.scenarios.forEach((s, i) =>
    s.changes?.forEach((c, j) => {
      if (c.op === 'setParam' && (c.path === 'assumptions.discountRate' || c.path === 'assumptions.discountRealRate')) {
        issues.push({
          path: `scenarios[${i}].changes[${j}].path`,
          message:
            'this model discounts at one rate derived from "discountRealRate"; a scenario cannot set a discount rate',
        });
      }
    }),
  );
}

/**
 * In a version-3 file lines and changes may be dated up to extrapolateTo (model-v3 §10.1) and
 * no later: nothing after the last year a result can show is computed.
 */
function checkDates(model: ModelFile, issues: Issues): void {
  const last = model.horizon.extrapolateTo ?? model.horizon.endYear;
  const check = (year: number | undefined, path: string) => {
    if (year !== undefined && year > last)
      issues.push({
        path,
        message: `must be ≤ ${last} (horizon.extrapolateTo${model.horizon.extrapolateTo === undefined ? ', here endYear' : ''})`,
      });
  };
  for (const [line, path] of linesWithPaths(model)) {
    if ('year' in line) check(line.year, `${path}.year`);
    if ('from' in line) check(line.from, `${path}.from`);
    if ('to' in line) check(line.to, `${path}.to`);
  }
  model.scenarios.forEach((s, i) =>
    s.changes?.forEach((c, j) => {
      // A leave's from has its own rule (validate-leave.ts).
      if ('from' in c && c.op !== 'leave') check(c.from, `scenarios[${i}].changes[${j}].from`);
    }),
  );
}

/** The version-3 checks of a well-shaped model whose references hold. */
export function checkVersion3(model: ModelFile, issues: Issues): void {
  if (model.version < 3) {
    for (const path of version3Paths(model))
      issues.push({ path, message: `needs "version": 3 or higher (the file says ${model.version})` });
  } else {
    checkDates(model, issues);
  }
  // leave (model-v3 §10.4)
  checkLeaves(model, issues);
  checkAnnuity(model, issues);
  checkDiscount(model, issues);
  checkDecision(model, issues);
}
