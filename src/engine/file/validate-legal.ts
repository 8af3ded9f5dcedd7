/**
 * The legal-form and assessment sections of a version-3 file (docs/model-v3.md, "Legal form and assessment"):
 * `legalForm` and `assessment`. Their shape as field tables, and the rules between their parts
 * and the rest of the model (parties, categories, scenarios). Every message names its JSON path.
 */
import { DEFAULT_CATEGORIES, EMPLOYERS, LEGAL_FORMS, type ModelFile } from '../model';
import {
  amount,
  fraction,
  id,
  int,
  isPlainObject,
  list,
  num,
  obj,
  oneOf,
  opt,
  req,
  text,
  withShape,
  year,
  type Check,
  type Issues,
} from './validate-kit';

const source = opt(text);

const settlementMethods: Record<string, Check> = {
  tapered: obj({ method: req(text), factors: opt(list(num({ min: 0, max: 100 }), { maxLength: 30 })) }),
  directDamage: obj({ method: req(text), years: opt(int(1, 30)) }),
  fixed: obj({ method: req(text), amount: req(amount) }),
  none: obj({ method: req(text) }),
};

const settlement: Check = withShape(
  (value, path, issues) => {
    if (!isPlainObject(value)) {
      issues.push({ path, message: 'must be an object' });
      return;
    }
    const method = value.method;
    const check =
      typeof method === 'string' && Object.prototype.hasOwnProperty.call(settlementMethods, method)
        ? settlementMethods[method]
        : undefined;
    if (check === undefined) {
      issues.push({
        path: `${path}.method`,
        message: `unknown settlement method ${JSON.stringify(method)}; expected one of ${Object.keys(settlementMethods)
          .map((m) => `"${m}"`)
          .join(', ')}`,
      });
      return;
    }
    check(value, path, issues);
  },
  { kind: 'variants', variants: Object.values(settlementMethods) },
);

const formId: Check = (value, path, issues) => {
  if (typeof value !== 'string' || !(LEGAL_FORMS as readonly string[]).includes(value))
    issues.push({
      path,
      message: `unknown legal form ${JSON.stringify(value)}; expected one of ${LEGAL_FORMS.map((f) => `"${f}"`).join(', ')}`,
    });
};

const legalFormSpec = obj({
  form: req(formId),
  host: opt(id),
  employer: req(obj({ value: req(oneOf(...EMPLOYERS)), source })),
  vat: req(
    obj({
      regime: req(oneOf('none', 'charged', 'exempt')),
      rate: opt(fraction),
      inputShare: opt(fraction),
      source,
    }),
  ),
  exit: req(obj({ settlement: req(settlement), noticeYears: opt(int(0, 10)), source })),
  governance: opt(
    list(
      obj({
        id: req(id),
        label: req(text),
        category: req(id),
        amount: req(amount),
        from: opt(year),
        to: opt(year),
        source,
      }),
      { uniqueIds: true, maxLength: 50 },
    ),
  ),
  tender: opt(obj({ amount: req(amount), leadYears: req(int(0, 10)), year: opt(year), source })),
});

export const legalFormShape: Check = obj({
  shared: req(id),
  chosen: opt(formId),
  forms: req(list(legalFormSpec, { maxLength: LEGAL_FORMS.length * 4 })),
});

export const assessmentShape: Check = obj({
  criteria: req(
    list(obj({ id: req(id), label: req(text), weight: req(num({ min: 0, max: 1000 })), note: opt(text) }), {
      uniqueIds: true,
      maxLength: 30,
    }),
  ),
  scores: opt(
    list(obj({ scenario: req(id), criterion: req(id), score: req(int(1, 5)), reason: opt(text) }), {
      maxLength: 3000,
    }),
  ),
});

function checkLegalForm(model: ModelFile, issues: Issues): void {
  const section = model.legalForm;
  if (section === undefined) return;
  const parties = new Map(model.parties.map((p) => [p.id, p]));
  const categories = new Set((model.categories ?? DEFAULT_CATEGORIES).map((c) => c.id));
  const shared = parties.get(section.shared);
  if (shared === undefined) issues.push({ path: 'legalForm.shared', message: `unknown party "${section.shared}"` });
  else if (shared.kind !== 'shared')
    issues.push({ path: 'legalForm.shared', message: `"${section.shared}" is not a shared party` });
  const seen = new Map<string, number>();
  const { startYear } = model.horizon;
  const last = model.horizon.extrapolateTo ?? model.horizon.endYear;
  section.forms.forEach((f, i) => {
    const path = `legalForm.forms[${i}]`;
    const first = seen.get(f.form);
    if (first !== undefined)
      issues.push({ path: `${path}.form`, message: `"${f.form}" is already described by legalForm.forms[${first}]` });
    else seen.set(f.form, i);
    if (f.form === 'centrumgemeente') {
      const host = f.host === undefined ? undefined : parties.get(f.host);
      if (f.host === undefined)
        issues.push({ path: `${path}.host`, message: 'is required for a centrumgemeente (the host municipality)' });
      else if (host === undefined) issues.push({ path: `${path}.host`, message: `unknown party "${f.host}"` });
      else if (host.kind !== 'municipality')
        issues.push({ path: `${path}.host`, message: `"${f.host}" is not a municipality` });
    } else if (f.host !== undefined) {
      issues.push({ path: `${path}.host`, message: 'only a centrumgemeente has a host municipality' });
    }
    f.governance?.forEach((g, j) => {
      const gp = `${path}.governance[${j}]`;
      if (!categories.has(g.category))
        issues.push({ path: `${gp}.category`, message: `unknown category "${g.category}"` });
      if (g.from !== undefined && g.to !== undefined && g.to < g.from)
        issues.push({ path: `${gp}.to`, message: `must be ≥ from (${g.from})` });
      if (g.from !== undefined && g.from > last) issues.push({ path: `${gp}.from`, message: `must be ≤ ${last}` });
    });
    const ty = f.tender?.year;
    if (ty !== undefined && (ty < startYear || ty > last))
      issues.push({ path: `${path}.tender.year`, message: `must lie between ${startYear} and ${last}` });
  });
  if (section.chosen !== undefined && !seen.has(section.chosen))
    issues.push({
      path: 'legalForm.chosen',
      message: `"${section.chosen}" is not one of the forms in legalForm.forms`,
    });
}

function checkAssessment(model: ModelFile, issues: Issues): void {
  const section = model.assessment;
  if (section === undefined) return;
  if (section.criteria.length === 0)
    issues.push({ path: 'assessment.criteria', message: 'must hold at least one criterion' });
  else if (section.criteria.every((c) => Number(c.weight) === 0))
    issues.push({ path: 'assessment.criteria', message: 'the weights must not all be 0' });
  const scenarios = new Set(model.scenarios.map((s) => s.id));
  const criteria = new Set(section.criteria.map((c) => c.id));
  const seen = new Map<string, number>();
  section.scores?.forEach((s, i) => {
    const path = `assessment.scores[${i}]`;
    if (!scenarios.has(s.scenario))
      issues.push({ path: `${path}.scenario`, message: `unknown scenario "${s.scenario}"` });
    if (!criteria.has(s.criterion))
      issues.push({ path: `${path}.criterion`, message: `unknown criterion "${s.criterion}"` });
    const key = `${s.scenario}\u0000${s.criterion}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({
        path,
        message: `scenario "${s.scenario}" is already scored on "${s.criterion}" by assessment.scores[${first}]`,
      });
    else seen.set(key, i);
  });
}

/** The rules between the decision sections and the rest of a well-shaped model. */
export function checkDecisionSections(model: ModelFile, issues: Issues): void {
  checkLegalForm(model, issues);
  checkAssessment(model, issues);
}
