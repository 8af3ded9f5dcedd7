/**
 * References and rules between the parts of a well-shaped model (spec §1–§7): parties,
 * categories, function groups, line ids and staff entries as each scenario sees them after
 * inheritance, `setParam` paths and values, allocation keys, one baseline, no cycles.
 */
import {
  categoriesOf,
  DEFAULT_FUNCTION_GROUPS,
  isAssetCategory,
  keyMembers,
  type AllocationKey,
  type Change,
  type Category,
  type Line,
  type ModelFile,
  type Party,
  type Scenario,
  type Select,
  type StaffEntry,
} from '../model';
import { allocationKey, assumptionFields, partyFields } from './validate-shape';
import { join, numberOf, type Check, type Issues } from './validate-kit';

type Catalog = {
  parties: Map<string, Party>;
  partyIndex: Map<string, number>;
  categories: Map<string, Category>;
  groups: Set<string>;
};

type Visible = { lines: Map<string, Line['type']>; staff: Set<string> };

function catalogOf(model: ModelFile): Catalog {
  return {
    parties: new Map(model.parties.map((p) => [p.id, p])),
    partyIndex: new Map(model.parties.map((p, i) => [p.id, i])),
    categories: new Map(categoriesOf(model).map((c) => [c.id, c])),
    groups: new Set((model.functionGroups ?? DEFAULT_FUNCTION_GROUPS).map((g) => g.id)),
  };
}

function checkParty(c: Catalog, partyId: string, path: string, issues: Issues, kind?: Party['kind']): void {
  const p = c.parties.get(partyId);
  if (!p) issues.push({ path, message: `unknown party "${partyId}"` });
  else if (kind && p.kind !== kind)
    issues.push({ path, message: `"${partyId}" is not a ${kind === 'shared' ? 'shared party' : 'municipality'}` });
}

function checkCategory(c: Catalog, categoryId: string, path: string, issues: Issues, mustBeAsset = false): void {
  const cat = c.categories.get(categoryId);
  if (!cat) issues.push({ path, message: `unknown category "${categoryId}"` });
  else if (mustBeAsset && !isAssetCategory(cat))
    issues.push({
      path,
      message: `"${categoryId}" is not an asset category (only infrastructure and software categories hold investments)`,
    });
}

function checkGroup(c: Catalog, group: string, path: string, issues: Issues): void {
  if (!c.groups.has(group)) issues.push({ path, message: `unknown function group "${group}"` });
}

/** Allocation keys: members are municipalities; weights exist for the basis; not all zero. */
function checkKey(c: Catalog, key: AllocationKey, path: string, issues: Issues): void {
  const municipalities = [...c.parties.values()].filter((p) => p.kind === 'municipality').map((p) => p.id);
  const members = keyMembers(key, municipalities);
  key.members?.forEach((m, i) => checkParty(c, m, join(join(path, 'members'), i), issues, 'municipality'));
  if (key.members && new Set(key.members).size !== key.members.length)
    issues.push({ path: join(path, 'members'), message: 'names a municipality twice' });
  if (members.length === 0)
    issues.push({ path: join(path, 'members'), message: 'must name at least one municipality' });
  if (key.basis === 'fixed' || key.basis === 'usage') {
    const shares = key.shares ?? {};
    for (const m of Object.keys(shares)) {
      if (!members.includes(m))
        issues.push({ path: join(join(path, 'shares'), m), message: `"${m}" is not a member of this key` });
    }
    if (!members.some((m) => (numberOf(shares[m]) ?? 0) > 0))
      issues.push({ path: join(path, 'shares'), message: 'at least one member needs a weight > 0' });
  } else {
    if (key.shares !== undefined)
      issues.push({
        path: join(path, 'shares'),
        message: `only applies to basis "fixed" or "usage", not "${key.basis}"`,
      });
    for (const m of members) {
      const p = c.parties.get(m);
      if (p && p.kind === 'municipality' && p[key.basis] === undefined) {
        issues.push({
          path: `parties[${c.partyIndex.get(m)}].${key.basis}`,
          message: `is needed: the allocation key at ${path} splits by ${key.basis}`,
        });
      }
    }
  }
}

function checkParties(c: Catalog, model: ModelFile, issues: Issues): void {
  if (![...c.parties.values()].some((p) => p.kind === 'municipality'))
    issues.push({ path: 'parties', message: 'must include at least one municipality' });
  model.parties.forEach((p, i) => {
    const path = `parties[${i}]`;
    for (const cat of Object.keys(p.depreciationYears ?? {}))
      checkCategory(c, cat, `${path}.depreciationYears.${cat}`, issues, true);
    for (const g of Object.keys(p.costPerFte?.byGroup ?? {}))
      checkGroup(c, g, `${path}.costPerFte.byGroup.${g}`, issues);
    if (p.kind === 'shared' && p.inhabitants !== undefined)
      issues.push({
        path: `${path}.inhabitants`,
        message: 'a shared party has no inhabitants (its costs are allocated to municipalities)',
      });
    if (p.kind === 'municipality' && p.allocation !== undefined)
      issues.push({ path: `${path}.allocation`, message: 'only a shared party has allocation keys' });
    if (p.allocation?.default) checkKey(c, p.allocation.default, `${path}.allocation.default`, issues);
    for (const [cat, key] of Object.entries(p.allocation?.byCategory ?? {})) {
      checkCategory(c, cat, `${path}.allocation.byCategory.${cat}`, issues);
      checkKey(c, key, `${path}.allocation.byCategory.${cat}`, issues);
    }
    if (p.kind === 'shared' && !p.allocation) {
      for (const m of [...c.parties.values()].filter((x) => x.kind === 'municipality' && x.inhabitants === undefined)) {
        issues.push({
          path: `parties[${c.partyIndex.get(m.id)}].inhabitants`,
          message: `is needed: shared party "${p.id}" has no allocation key and splits by inhabitants`,
        });
      }
    }
  });
}

function checkCatalogs(c: Catalog, model: ModelFile, issues: Issues): void {
  model.functionGroups?.forEach((g, i) => checkCategory(c, g.category, `functionGroups[${i}].category`, issues));
  if (!model.functionGroups && model.categories) {
    for (const g of DEFAULT_FUNCTION_GROUPS) {
      if (!c.categories.has(g.category))
        issues.push({
          path: 'categories',
          message: `lacks "${g.category}", which the default function group "${g.id}" charges; add it or give functionGroups`,
        });
    }
  }
  for (const [cat] of Object.entries(model.assumptions?.indexation?.byCategory ?? {})) {
    checkCategory(c, cat, `assumptions.indexation.byCategory.${cat}`, issues);
  }
}

/** Scenarios in an order where each comes after the one it is based on; reports cycles and unknown parents. */
function scenarioOrder(model: ModelFile, issues: Issues): Scenario[] | null {
  const baselines = model.scenarios.filter((s) => s.basedOn === null);
  if (baselines.length !== 1) {
    issues.push({
      path: 'scenarios',
      message:
        baselines.length === 0
          ? 'needs one baseline: a scenario with "basedOn": null'
          : `has ${baselines.length} baselines ("basedOn": null); exactly one is allowed`,
    });
    return null;
  }
  const byId = new Map(model.scenarios.map((s, i) => [s.id, i]));
  let isSound = true;
  model.scenarios.forEach((s, i) => {
    if (s.basedOn !== null && !byId.has(s.basedOn)) {
      issues.push({ path: `scenarios[${i}].basedOn`, message: `unknown scenario "${s.basedOn}"` });
      isSound = false;
    }
  });
  if (!isSound) return null;
  const order: Scenario[] = [];
  const done = new Set<string>();
  for (const [i, s] of model.scenarios.entries()) {
    const chain: string[] = [];
    let cur: Scenario | undefined = s;
    while (cur && !done.has(cur.id)) {
      if (chain.includes(cur.id)) {
        issues.push({ path: `scenarios[${i}].basedOn`, message: `cycle: ${[...chain, cur.id].join(' → ')}` });
        return null;
      }
      chain.push(cur.id);
      cur = cur.basedOn === null ? undefined : model.scenarios[byId.get(cur.basedOn) as number];
    }
    for (const id of chain.reverse()) {
      done.add(id);
      order.push(model.scenarios[byId.get(id) as number] as Scenario);
    }
  }
  return order;
}

function checkLine(c: Catalog, v: Visible, l: Line, path: string, issues: Issues): void {
  checkParty(c, l.party, `${path}.party`, issues);
  if (l.type === 'investment' || l.type === 'recurringInvestment')
    checkCategory(c, l.category, `${path}.category`, issues, true);
  else if (l.type === 'opex' || l.type === 'oneOff') checkCategory(c, l.category, `${path}.category`, issues);
  else if (!c.categories.has('applications'))
    issues.push({ path, message: 'application lines need the category "applications"' });
  if (
    (l.type === 'opex' || l.type === 'recurringInvestment') &&
    l.from !== undefined &&
    l.to !== undefined &&
    l.from > l.to
  ) {
    issues.push({ path: `${path}.to`, message: `must be ≥ from (${l.from})` });
  }
  if (l.type === 'recurringInvestment' && (l.amount === undefined) === (l.perInhabitant === undefined)) {
    issues.push({ path, message: 'give either "amount" or "perInhabitant"' });
  }
  if (l.type === 'opex') {
    for (const y of Object.keys(l.overrides ?? {}))
      if (!/^\d{4}$/.test(y)) issues.push({ path: `${path}.overrides.${y}`, message: `"${y}" is not a year` });
  }
  if (v.lines.has(l.id))
    issues.push({ path: `${path}.id`, message: `a line "${l.id}" already exists in this scenario` });
  else v.lines.set(l.id, l.type);
}

function checkStaff(c: Catalog, v: Visible, s: StaffEntry, path: string, issues: Issues, isNew: boolean): void {
  checkParty(c, s.party, `${path}.party`, issues);
  checkGroup(c, s.group, `${path}.group`, issues);
  const key = `${s.party}/${s.group}`;
  if (isNew && v.staff.has(key))
    issues.push({
      path,
      message: `staff for party "${s.party}" and group "${s.group}" already exists; change it with setStaff`,
    });
  v.staff.add(key);
}

function checkSelect(c: Catalog, v: Visible, s: Select, path: string, issues: Issues): void {
  if (s.party !== undefined) checkParty(c, s.party, `${path}.party`, issues);
  const asList = (x: string | string[] | undefined) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
  asList(s.category).forEach((cat, i) =>
    checkCategory(c, cat, Array.isArray(s.category) ? `${path}.category[${i}]` : `${path}.category`, issues),
  );
  asList(s.group).forEach((g, i) =>
    checkGroup(c, g, Array.isArray(s.group) ? `${path}.group[${i}]` : `${path}.group`, issues),
  );
  s.lineIds?.forEach((lid, i) => {
    if (!v.lines.has(lid)) issues.push({ path: `${path}.lineIds[${i}]`, message: `no line "${lid}" in this scenario` });
  });
}

/** The check for the value a `setParam` path names, or an error message for a path that names nothing settable. */
function paramCheck(c: Catalog, path: string): Check | string {
  const [head, ...rest] = path.split('.');
  if (head === 'assumptions') {
    const [field, ...sub] = rest;
    if (field === 'extrapolation') return 'assumptions.extrapolation is model-wide and cannot be set per scenario';
    if (field === 'discountRealRate')
      return 'assumptions.discountRealRate is model-wide (one nominal rate for every scenario) and cannot be set per scenario';
    const f = field === undefined ? undefined : assumptionFields[field];
    if (!f) return `"${path}" is not an assumption`;
    if (sub.length === 0) return f.check;
    if (
      (field === 'indexation' && sub.length === 1 && ['default', 'personnel'].includes(sub[0] as string)) ||
      (field === 'projectCostRate' && sub.length === 1 && ['replacement', 'renewal'].includes(sub[0] as string))
    )
      return numCheckOf(field);
    if (field === 'indexation' && sub[0] === 'byCategory' && sub.length === 2)
      return c.categories.has(sub[1] as string) ? numCheckOf(field) : `unknown category "${sub[1]}"`;
    return `"${path}" is not an assumption`;
  }
  if (head === 'parties') {
    const [partyId, field, ...sub] = rest;
    const party = partyId === undefined ? undefined : c.parties.get(partyId);
    if (!party) return `unknown party "${partyId ?? ''}"`;
    if (field === undefined || field === 'name' || !partyFields[field])
      return `"${field ?? ''}" is not a party field that a scenario can set`;
    const f = partyFields[field] as { check: Check };
    if (sub.length === 0) return f.check;
    if (field === 'depreciationYears' && sub.length === 1)
      return c.categories.has(sub[0] as string)
        ? (v, p, i) => {
            if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 100)
              i.push({ path: p, message: 'must be a whole number between 1 and 100' });
          }
        : `unknown category "${sub[0]}"`;
    if (field === 'allocation' && sub.length === 1 && sub[0] === 'default') return allocationKey;
    if (field === 'allocation' && sub.length === 2 && sub[0] === 'byCategory')
      return c.categories.has(sub[1] as string) ? allocationKey : `unknown category "${sub[1]}"`;
    if (field === 'costPerFte' && sub.length === 1 && ['own', 'hired'].includes(sub[0] as string))
      return numCheckOf('amount');
    return `"${path}" is not a party field that a scenario can set`;
  }
  if (head === 'horizon') return 'the horizon is model-wide and cannot be set per scenario';
  return `"${path}" must start with "assumptions." or "parties."`;
}

function numCheckOf(field: string): Check {
  return (v, p, issues) => {
    const n = numberOf(v);
    if (n === null) issues.push({ path: p, message: 'must be a number or a decimal string' });
    else if (field === 'amount' ? n < 0 : n < -0.99)
      issues.push({ path: p, message: field === 'amount' ? 'must be ≥ 0' : 'must be > -0.99' });
  };
}

function checkSetParam(c: Catalog, change: Extract<Change, { op: 'setParam' }>, path: string, issues: Issues): void {
  const check = paramCheck(c, change.path);
  if (typeof check === 'string') {
    issues.push({ path: `${path}.path`, message: check });
    return;
  }
  const before = issues.length;
  check(change.value, `${path}.value`, issues);
  if (issues.length === before && change.path.includes('.allocation'))
    checkKey(c, change.value as AllocationKey, `${path}.value`, issues);
  const [, partyId, field] = change.path.split('.');
  if (field === 'allocation' && c.parties.get(partyId as string)?.kind !== 'shared')
    issues.push({ path: `${path}.path`, message: 'only a shared party has allocation keys' });
}

function checkChange(c: Catalog, v: Visible, change: Change, path: string, issues: Issues): void {
  switch (change.op) {
    case 'addLine':
      checkLine(c, v, change.line, `${path}.line`, issues);
      return;
    case 'addStaff':
      checkStaff(c, v, change.staff, `${path}.staff`, issues, true);
      return;
    case 'setStaff':
      checkStaff(c, v, { party: change.party, group: change.group, fte: change.fte }, path, issues, false);
      return;
    case 'endLine': {
      const type = v.lines.get(change.id);
      if (type === undefined) issues.push({ path: `${path}.id`, message: `no line "${change.id}" in this scenario` });
      else if (change.retire && type !== 'investment' && type !== 'application')
        issues.push({
          path: `${path}.retire`,
          message: `only investment and application lines can be retired ("${change.id}" is ${type})`,
        });
      return;
    }
    case 'transfer':
      checkSelect(c, v, change.select, `${path}.select`, issues);
      if (change.select.party === undefined)
        issues.push({ path: `${path}.select.party`, message: 'is required for a transfer' });
      if (change.select.group !== undefined)
        issues.push({
          path: `${path}.select.group`,
          message:
            'staff is not transferred: end it with setStaff and staff the shared party with addStaff or setStaff',
        });
      checkParty(c, change.to, `${path}.to`, issues, 'shared');
      if (change.to === change.select.party)
        issues.push({ path: `${path}.to`, message: 'must differ from select.party' });
      return;
    case 'scale':
      checkSelect(c, v, change.select, `${path}.select`, issues);
      return;
    case 'setParam':
      checkSetParam(c, change, path, issues);
      return;
  }
}

/** Every reference and cross-field rule; `model` has passed the shape check. */
export function checkReferences(model: ModelFile, issues: Issues): void {
  const c = catalogOf(model);
  checkCatalogs(c, model, issues);
  checkParties(c, model, issues);
  const order = scenarioOrder(model, issues);
  if (!order) return;
  const visible = new Map<string, Visible>();
  const indexOf = new Map(model.scenarios.map((s, i) => [s.id, i]));
  for (const s of order) {
    const parent = s.basedOn === null ? undefined : visible.get(s.basedOn);
    const v: Visible = { lines: new Map(parent?.lines), staff: new Set(parent?.staff) };
    const path = `scenarios[${indexOf.get(s.id)}]`;
    s.lines?.forEach((l, i) => checkLine(c, v, l, `${path}.lines[${i}]`, issues));
    s.staff?.forEach((e, i) => checkStaff(c, v, e, `${path}.staff[${i}]`, issues, true));
    // Switched-off changes are checked as if they were on, so that switching a lever on or off
    // never turns a valid file into an invalid one (an endLine of a line whose addLine is off
    // simply has nothing to end).
    s.changes?.forEach((ch, i) => checkChange(c, v, ch, `${path}.changes[${i}]`, issues));
    visible.set(s.id, v);
  }
}
