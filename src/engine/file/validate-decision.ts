/**
 * The rules of model-v3 §10.5–§10.7 that a field table cannot say: which party kind may carry
 * `vat` and `budget`, the categories the features book on, and a `staffTransition`'s
 * references (function groups, bearer), its booking year in [startYear, L] and at most one per
 * scenario. Every message names the JSON path it concerns.
 */
import { categoriesOf, DEFAULT_FUNCTION_GROUPS, type ModelFile, type StaffTransitionChange } from '../model';
import type { Issues } from './validate-kit';

/** The JSON paths of the §10.5–§10.7 fields a model uses (a version-3 file is needed for each). */
export function decisionPaths(model: ModelFile): string[] {
  const out: string[] = [];
  model.parties.forEach((p, i) => {
    if (p.vat !== undefined) out.push(`parties[${i}].vat`);
    if (p.budget !== undefined) out.push(`parties[${i}].budget`);
  });
  model.scenarios.forEach((s, i) =>
    s.changes?.forEach((c, j) => {
      if (c.op === 'staffTransition') out.push(`scenarios[${i}].changes[${j}]`);
    }),
  );
  return out;
}

/** The last computed year L (model-v3, General). */
const lastYearOf = (model: ModelFile) =>
  model.assumptions?.extrapolation === 'computeThrough'
    ? (model.horizon.extrapolateTo ?? model.horizon.endYear)
    : model.horizon.endYear;

function checkParties(model: ModelFile, issues: Issues): void {
  const categories = new Set(categoriesOf(model).map((c) => c.id));
  model.parties.forEach((p, i) => {
    const path = `parties[${i}]`;
    const vat = p.vat;
    if (p.kind === 'shared') {
      if (vat?.compensable !== undefined)
        issues.push({
          path: `${path}.vat.compensable`,
          message: 'only a municipality recovers VAT (compensable); a shared party has a regime, rate and inputShare',
        });
      if (p.budget !== undefined) issues.push({ path: `${path}.budget`, message: 'only a municipality has a budget' });
      // (A file below version 3 is refused for the field itself: validate-v3.ts.)
      const needsVat = model.version >= 3 && (vat?.regime === 'charged' || vat?.regime === 'exempt');
      if (needsVat && !categories.has('vat'))
        issues.push({
          path: `${path}.vat.regime`,
          message: 'needs the category "vat", which the model\'s own category list lacks',
        });
    } else {
      for (const key of ['regime', 'rate', 'inputShare'] as const)
        if (vat?.[key] !== undefined)
          issues.push({
            path: `${path}.vat.${key}`,
            message: 'only a shared party has a VAT regime, rate and inputShare; a municipality has compensable',
          });
    }
  });
}

function checkStaffTransition(
  model: ModelFile,
  change: StaffTransitionChange,
  path: string,
  issues: Issues,
  categories: Set<string>,
): void {
  const groups = new Set((model.functionGroups ?? DEFAULT_FUNCTION_GROUPS).map((g) => g.id));
  change.groups?.forEach((g, k) => {
    if (!groups.has(g)) issues.push({ path: `${path}.groups[${k}]`, message: `unknown function group "${g}"` });
  });
  const bearer = change.bearer;
  if (bearer !== undefined && bearer !== 'origin' && !model.parties.some((p) => p.id === bearer))
    issues.push({
      path: `${path}.bearer`,
      message: `unknown party "${bearer}" (give "origin" or the id of a party)`,
    });
  const [first, last] = [model.horizon.startYear, lastYearOf(model)];
  const d = change.decisionYear;
  if (d !== undefined && (d < first || d > last))
    issues.push({
      path: `${path}.decisionYear`,
      message: `must lie between startYear (${first}) and the last computed year (${last})`,
    });
  if (!categories.has('friction'))
    issues.push({ path, message: 'needs the category "friction", which the model\'s own category list lacks' });
}

/** The §10.5–§10.7 checks of a well-shaped model. */
export function checkDecision(model: ModelFile, issues: Issues): void {
  checkParties(model, issues);
  const categories = new Set(categoriesOf(model).map((c) => c.id));
  model.scenarios.forEach((s, i) => {
    let seen: number | null = null;
    s.changes?.forEach((c, j) => {
      if (c.op !== 'staffTransition') return;
      const path = `scenarios[${i}].changes[${j}]`;
      // Switched-off changes count too: switching a lever never makes a file invalid.
      if (seen !== null)
        issues.push({
          path,
          message: `a scenario has at most one staffTransition (scenarios[${i}].changes[${seen}] is one)`,
        });
      seen ??= j;
      checkStaffTransition(model, c, path, issues, categories);
    });
  });
}
