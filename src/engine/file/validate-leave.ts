/**
 * The rules of the `leave` change (model-v3 §10.4, "Validation") that a field table cannot say,
 * each with the JSON path it concerns: its place among the changes, one per shared party, never
 * in the baseline nor in a parent, the extrapolation it needs, a leaver that is a member, the
 * years, known shedding categories, and re-entry items of the leaver dated from the exit on.
 * The field shapes are in validate-shape.ts.
 */
import {
  categoriesOf,
  keyMembers,
  type AllocationKey,
  type LeaveChange,
  type ModelFile,
  type Party,
  type Scenario,
} from '../model';
import type { Issues } from './validate-kit';

type Allocation = Party['allocation'];

/** A scenario's ancestors, root first, the scenario itself last; stops at cycles and unknown parents. */
function lineage(model: ModelFile, scenario: Scenario): Scenario[] {
  const byId = new Map(model.scenarios.map((s) => [s.id, s]));
  const chain: Scenario[] = [];
  let cur: Scenario | undefined = scenario;
  while (cur !== undefined && !chain.includes(cur)) {
    chain.unshift(cur);
    cur = cur.basedOn === null ? undefined : byId.get(cur.basedOn);
  }
  return chain;
}

/** The allocation of a shared party as a scenario sees it: the file's, with the `setParam` changes of its lineage applied. */
function allocationIn(model: ModelFile, chain: Scenario[], shared: string): Allocation {
  let allocation = model.parties.find((p) => p.id === shared)?.allocation;
  const prefix = `parties.${shared}.allocation`;
  for (const s of chain) {
    for (const c of s.changes ?? []) {
      if (c.op !== 'setParam' || c.enabled === false || !c.path.startsWith(prefix)) continue;
      const rest = c.path.slice(prefix.length);
      if (rest === '') allocation = c.value as Allocation;
      else if (rest === '.default') allocation = { ...allocation, default: c.value as AllocationKey };
      else if (rest.startsWith('.byCategory.'))
        allocation = {
          ...allocation,
          byCategory: { ...allocation?.byCategory, [rest.slice('.byCategory.'.length)]: c.value as AllocationKey },
        };
    }
  }
  return allocation;
}

/** Whether a municipality is a member of any key of a shared party (no key: every municipality). */
function isMemberOfAKey(model: ModelFile, allocation: Allocation, party: string): boolean {
  const municipalities = model.parties.filter((p) => p.kind === 'municipality').map((p) => p.id);
  const keys: (AllocationKey | null)[] = [allocation?.default ?? null, ...Object.values(allocation?.byCategory ?? {})];
  // Without a default key the categories without their own key split by inhabitants over every municipality.
  return keys.some((k) => keyMembers(k, municipalities).includes(party));
}

/** The last computed year L (model-v3, General). */
export function lastComputedYear(model: ModelFile): number {
  const isThrough = model.assumptions?.extrapolation === 'computeThrough';
  return isThrough ? (model.horizon.extrapolateTo ?? model.horizon.endYear) : model.horizon.endYear;
}

function checkLeave(model: ModelFile, chain: Scenario[], change: LeaveChange, path: string, issues: Issues): void {
  const { startYear } = model.horizon;
  const L = lastComputedYear(model);
  const extrapolation = model.assumptions?.extrapolation ?? 'indexLast';
  if (extrapolation !== 'computeThrough' && extrapolation !== 'none')
    issues.push({
      path,
      message: `a leave needs assumptions.extrapolation "computeThrough" or "none" (this model uses "${extrapolation}")`,
    });
  const leaver = model.parties.find((p) => p.id === change.party);
  const shared = model.parties.find((p) => p.id === change.shared);
  if (shared === undefined) issues.push({ path: `${path}.shared`, message: `unknown party "${change.shared}"` });
  else if (shared.kind !== 'shared')
    issues.push({ path: `${path}.shared`, message: `"${change.shared}" is not a shared party` });
  if (leaver === undefined) issues.push({ path: `${path}.party`, message: `unknown party "${change.party}"` });
  else if (leaver.kind !== 'municipality')
    issues.push({ path: `${path}.party`, message: `"${change.party}" is not a municipality` });
  else if (shared?.kind === 'shared' && !isMemberOfAKey(model, allocationIn(model, chain, shared.id), leaver.id))
    issues.push({
      path: `${path}.party`,
      message: `"${change.party}" is not a member of any allocation key of "${change.shared}" in ${change.from - 1}, so it cannot leave it`,
    });
  if (change.from <= startYear || change.from > L)
    issues.push({
      path: `${path}.from`,
      message: `must lie after startYear (${startYear}) and no later than the last computed year (${L})`,
    });
  const decisionYear = change.from - (change.noticeYears ?? 1);
  if (decisionYear < startYear)
    issues.push({
      path: `${path}.noticeYears`,
      message: `the decision year from − noticeYears (${decisionYear}) must be ≥ startYear (${startYear})`,
    });
  const categories = categoriesOf(model);
  if (change.settlement.method !== 'none' && !categories.some((c) => c.id === 'exit'))
    issues.push({
      path: `${path}.settlement`,
      message: 'a settlement is booked in the category "exit", which this model\'s categories lack; add it',
    });
  checkShed(model, change, path, issues);
  checkReentry(change, path, issues);
}

function checkShed(model: ModelFile, change: LeaveChange, path: string, issues: Issues): void {
  const categories = new Set(categoriesOf(model).map((c) => c.id));
  if (change.shed?.default?.length === 0)
    issues.push({ path: `${path}.shed.default`, message: 'needs at least one fraction' });
  for (const [category, fractions] of Object.entries(change.shed?.byCategory ?? {})) {
    const at = `${path}.shed.byCategory.${category}`;
    if (!categories.has(category)) issues.push({ path: at, message: `unknown category "${category}"` });
    else if (fractions.length === 0) issues.push({ path: at, message: 'needs at least one fraction' });
  }
}

function checkReentry(change: LeaveChange, path: string, issues: Issues): void {
  (change.reentry ?? []).forEach((item, k) => {
    const at = `${path}.reentry[${k}]`;
    if (item.party !== change.party)
      issues.push({
        path: `${at}.party`,
        message: `a re-entry item is the leaver's: must be "${change.party}" (found "${item.party}")`,
      });
    if (!('type' in item)) return;
    const field = 'year' in item ? 'year' : 'from';
    const year = 'year' in item ? item.year : item.from;
    if (year === undefined)
      issues.push({
        path: `${at}.from`,
        message: `is required: a re-entry line starts no earlier than ${change.from}`,
      });
    else if (year < change.from)
      issues.push({ path: `${at}.${field}`, message: `must be ≥ the leave's from (${change.from})` });
  });
}

/**
 * Every `leave` rule of model-v3 §10.4 over a well-shaped model. References inside re-entry
 * lines and staff entries (categories, function groups) are checked with the other lines
 * (validate-refs.ts).
 */
export function checkLeaves(model: ModelFile, issues: Issues): void {
  const parents = new Map<string, number>();
  model.scenarios.forEach((s, i) => {
    if (s.basedOn !== null && !parents.has(s.basedOn)) parents.set(s.basedOn, i);
  });
  model.scenarios.forEach((s, i) => {
    const changes = s.changes ?? [];
    const sharedSeen = new Set<string>();
    const lastOther = changes.reduce((last, c, j) => (c.op === 'leave' ? last : j), -1);
    let hasLeave = false;
    changes.forEach((c, j) => {
      const path = `scenarios[${i}].changes[${j}]`;
      if (c.op !== 'leave') return;
      hasLeave = true;
      if (j < lastOther)
        issues.push({
          path,
          message: `a leave must come after every other change of its scenario (changes[${lastOther}] follows it)`,
        });
      if (s.basedOn === null) issues.push({ path, message: 'the baseline cannot have a leave' });
      if (sharedSeen.has(c.shared))
        issues.push({
          path: `${path}.shared`,
          message: `this scenario already has a leave of "${c.shared}" (at most one per shared party)`,
        });
      sharedSeen.add(c.shared);
      checkLeave(model, lineage(model, s), c, path, issues);
    });
    const child = parents.get(s.id);
    if (hasLeave && child !== undefined)
      issues.push({
        path: `scenarios[${child}].basedOn`,
        message: `scenario "${s.id}" has a leave, so it cannot be the parent of another scenario (base this one on "${s.basedOn ?? ''}" instead, or move the leave here)`,
      });
  });
}
