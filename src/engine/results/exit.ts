/**
 * Leaving a shared party (model-v3 §10.4): a scenario with `leave` changes is evaluated as its
 * exit variant. `S` — the scenario with every change except its leaves — is evaluated in full
 * first (its ledger gives `C_c(y)` and `w_c(y)`); then the exit variant before settlement
 * (resolve/leave.ts: shedding, standalone path, re-entry) is booked and allocated without the
 * leaver (membership), and the settlement (steps 4–5) is booked on top: the leaver pays, the
 * shared party receives and splits the receipts over the remaining members. The cash view books
 * every term in the year it is paid (a term after L in L).
 */
import {
  allocate,
  bookEntries,
  cell,
  type Contribution,
  type ContributionKind,
  type Entry,
  entryOfKinds,
  type EvaluationCache,
  type ExemptVatShares,
  forEachContribution,
  type Layout,
  type Leaving,
  type Ledger,
  lineOutlays,
  membersOf,
  type ModelContext,
  weightOf,
  weightTableOf,
} from '../calc';
import { modelError, type ExitResult, type LeaveChange, type Scenario } from '../model';
import { dec, moneyToCents, prepareWeights, roundCents, splitCents, ZERO, type Decimal } from '../numeric';
import { allocationKeyOf, exitVariant, type LeaveInput, type Params, type ResolvedScenario } from '../resolve';
import { summarize, type GrowthFactor, type ScenarioRun } from './summary';
import type { ResultFormat } from './result-format';

/** model-v3 §10.4, defaults table. */
const DEFAULT_FACTORS = [1, 0.8, 0.6, 0.4, 0.2];
const DEFAULT_DAMAGE_YEARS = 5;

/** A scenario's enabled leaves with their paths (`scenarios[i].changes[j]`). */
export function leavesOf(scenario: Scenario, index: number): { change: LeaveChange; source: string }[] {
  return (scenario.changes ?? []).flatMap((c, j) =>
    c.op === 'leave' && c.enabled !== false ? [{ change: c, source: `scenarios[${index}].changes[${j}]` }] : [],
  );
}

/** One term of a settlement: payable in `year` (E + k), cents, and for directDamage the cents per category. */
type Term = { year: number; cents: number; byCategory: Map<string, number> | null };

/** A leave as evaluated: its change and path, the decision year and the terms of its settlement. */
export type ExitRun = { change: LeaveChange; source: string; decisionYear: number; terms: Term[] };

/**
 * What the other version-3 rules add to an exit variant: S's friction by rule (§10.5: priced on
 * S's staff, before the leave) and the VAT of the variant's own allocation (§10.6: after the
 * leave, without the leaver from E); `vat` books into the ledger it is given and returns what it booked.
 */
export type ExitHooks = {
  friction: { booked: readonly Contribution[]; incurred: readonly Contribution[] } | null;
  vat:
    | ((
        ledger: Ledger,
        staff: ResolvedScenario['staff'],
        entries: readonly Entry[],
        leaving: readonly Leaving[],
      ) => Contribution[])
    | null;
};

/** What `S` gives the settlement: its ledger and parameters, and each member's part of its exempt VAT (§10.6). */
type SRun = { r: ResolvedScenario; params: Params; ledger: Ledger; exemptShares?: ExemptVatShares | undefined };

const at = (layout: Layout, party: string, category: string, year: number) =>
  cell(
    layout,
    layout.partyIndex.get(party) as number,
    layout.categoryIndex.get(category) as number,
    year - layout.startYear,
  );

/** `w_c(y)` under S: the leaver's weight in X's key for c in y over the sum of the members' weights (0 when it is no member or all weigh 0). */
function shareFunction(
  layout: Layout,
  params: Params,
  m: string,
  X: string,
): (category: string, year: number) => Decimal {
  const memo = new Map<string, Decimal>();
  return (category, year) => {
    const k = `${category}|${year}`;
    let v = memo.get(k);
    if (v === undefined) {
      const key = allocationKeyOf(params, X, category);
      const members = membersOf(layout, key);
      if (!members.includes(m)) v = ZERO;
      else {
        const weights = members.map((p) => weightOf(params, key, p, year));
        const sum = weights.reduce((a, b) => a.plus(b), ZERO);
        v = sum.isZero() ? ZERO : weightOf(params, key, m, year).div(sum);
      }
      memo.set(k, v);
    }
    return v;
  };
}

/** `C_c(y)`: the leaver's allocated recurring cost of X's category c in y under S (X's cell split by its key, the leaver's part). */
function leaverPart(
  layout: Layout,
  params: Params,
  ledger: Ledger,
  m: string,
  X: string,
  c: string,
  y: number,
  exemptShares?: ExemptVatShares,
): number {
  let cents = ledger.ownerRecurring[at(layout, X, c, y)] as number;
  // X's exempt VAT was split by the keys of the categories it is paid on: the leaver's part as allocated.
  const exempt = c === 'vat' ? exemptShares?.get(X) : undefined;
  const yi = y - layout.startYear;
  if (exempt) cents -= exempt.total[yi] as number;
  const vatPart = exempt?.byMember.get(m)?.[yi] ?? 0;
  if (cents === 0) return vatPart;
  const key = allocationKeyOf(params, X, c);
  const members = membersOf(layout, key);
  const i = members.indexOf(m);
  if (i < 0) return vatPart;
  const prepared = prepareWeights(members.map((p) => weightOf(params, key, p, y)));
  return vatPart + (prepared === null ? 0 : (splitCents(cents, prepared)[i] as number));
}

/** Step 4: the terms of a leave's settlement, from S's ledger and the exit variant's (before settlement). */
function settlementTerms(
  layout: Layout,
  params: Params,
  change: LeaveChange,
  s: Ledger,
  v: Ledger,
  exemptShares?: ExemptVatShares,
): Term[] {
  const { party: m, shared: X, from: E } = change;
  const L = layout.endYear;
  const settlement = change.settlement;
  switch (settlement.method) {
    case 'none':
      return [];
    case 'fixed':
      return [{ year: E, cents: moneyToCents(settlement.amount), byCategory: null }];
    case 'tapered': {
      let base = 0;
      for (const c of layout.categories) base += leaverPart(layout, params, s, m, X, c, E - 1, exemptShares);
      const factors = settlement.factors ?? DEFAULT_FACTORS;
      return factors.map((f, k) => ({ year: E + k, cents: roundCents(dec(f).times(base)), byCategory: null }));
    }
    case 'directDamage': {
      const terms: Term[] = [];
      for (let k = 0; k < (settlement.years ?? DEFAULT_DAMAGE_YEARS); k += 1) {
        // A term after L uses year L's values (model-v3 §10.4 step 4).
        const y = Math.min(E + k, L);
        const byCategory = new Map<string, number>();
        let cents = 0;
        for (const c of layout.categories) {
          const i = at(layout, X, c, y);
          const shed = (s.ownerRecurring[i] as number) - (v.ownerRecurring[i] as number);
          const t = Math.max(0, leaverPart(layout, params, s, m, X, c, y, exemptShares) - shed);
          if (t !== 0) byCategory.set(c, t);
          cents += t;
        }
        terms.push({ year: E + k, cents, byCategory });
      }
      return terms;
    }
  }
}

/**
 * Step 5: books a settlement on a ledger that is already allocated. `isAsPaid` books each term
 * in its year (the cash view always does); otherwise all in the decision year. Terms after L
 * are booked in L. The shared party's receipts of a year are split once over the remaining
 * members: per category by its key for that category (directDamage), else by its default key.
 */
function bookSettlement(layout: Layout, params: Params, exit: ExitRun, ledger: Ledger, isAsPaid: boolean): void {
  const { party: m, shared: X } = exit.change;
  const L = layout.endYear;
  // Receipts per booking year and key category ('' = the default key).
  const receipts = new Map<number, Map<string, number>>();
  for (const t of exit.terms) {
    const year = isAsPaid ? Math.min(t.year, L) : exit.decisionYear;
    let byKey = receipts.get(year);
    if (byKey === undefined) {
      byKey = new Map();
      receipts.set(year, byKey);
    }
    const parts: [string, number][] = t.byCategory === null ? [['', t.cents]] : [...t.byCategory];
    for (const [c, cents] of parts) byKey.set(c, (byKey.get(c) ?? 0) + cents);
  }
  for (const [year, byKey] of receipts) {
    for (const [c, cents] of byKey) {
      if (cents === 0) continue;
      const mine = at(layout, m, 'exit', year);
      ledger.ownerOneOff[mine] = (ledger.ownerOneOff[mine] as number) + cents;
      ledger.partyOneOff[mine] = (ledger.partyOneOff[mine] as number) + cents;
      const theirs = at(layout, X, 'exit', year);
      ledger.ownerOneOff[theirs] = (ledger.ownerOneOff[theirs] as number) - cents;
      const key = c === '' ? (params.parties.get(X)?.allocation?.default ?? null) : allocationKeyOf(params, X, c);
      const members = membersOf(layout, key).filter((p) => p !== m);
      const prepared = prepareWeights(members.map((p) => weightOf(params, key, p, year)));
      if (prepared === null)
        throw modelError([
          {
            path: exit.source,
            message: `no remaining member of the ${c === '' ? 'default allocation key' : `allocation key for category "${c}"`} of shared party "${X}" has a positive weight in ${year}, so its receipts from "${m}" cannot be split`,
          },
        ]);
      splitCents(-cents, prepared).forEach((part, j) => {
        const i = at(layout, members[j] as string, 'exit', year);
        ledger.partyOneOff[i] = (ledger.partyOneOff[i] as number) + part;
      });
    }
  }
}

/** A ledger booked from entries and allocated without the leavers. */
function allocatedLedger(
  ctx: ModelContext,
  cache: EvaluationCache,
  params: Params,
  entries: readonly Entry[],
  leaving: readonly Leaving[],
): Ledger {
  const ledger = bookEntries(ctx.layout, { entries, nLines: entries.length }, undefined);
  allocate(ctx.layout, params, weightTableOf(cache, params), ledger, ctx.partyPath, leaving);
  return ledger;
}

/** The exit variant before settlement of a scenario resolved as `S` (resolve/leave.ts), with `w_c(y)` from S's parameters. */
export function exitResolution(
  ctx: ModelContext,
  r: ResolvedScenario,
  params: Params,
  baseline: ResolvedScenario,
  leaves: readonly { change: LeaveChange; source: string }[],
): ResolvedScenario {
  const inputs: LeaveInput[] = leaves.map(({ change, source }) => ({
    change,
    source,
    shareOf: shareFunction(ctx.layout, params, change.party, change.shared),
  }));
  return exitVariant(ctx, r, baseline, inputs);
}

/**
 * The run of a scenario with leaves: its exit variant with the settlement, in the accrual and
 * (for version-3 files) the cash view, and its exits.
 */
export function exitRun(
  ctx: ModelContext,
  cache: EvaluationCache,
  s: SRun,
  baseline: ResolvedScenario,
  leaves: readonly { change: LeaveChange; source: string }[],
  factors: GrowthFactor[],
  hooks: ExitHooks = { friction: null, vat: null },
): ScenarioRun {
  const { layout } = ctx;
  const { params } = s;
  const resolved = exitResolution(ctx, s.r, params, baseline, leaves);
  const leaving: Leaving[] = leaves.map(({ change, source }) => ({
    shared: change.shared,
    member: change.party,
    from: change.from,
    path: source,
  }));
  const entries: Entry[] = [];
  forEachContribution(ctx, cache, resolved, params, (e) => entries.push(e));
  if (hooks.friction) entries.push(hooks.friction.booked);
  const ledger = allocatedLedger(ctx, cache, params, entries, leaving);
  // The variant before settlement includes its VAT (which never falls on the category exit).
  hooks.vat?.(ledger, resolved.staff, entries, leaving);
  const exits: ExitRun[] = leaves.map(({ change, source }) => ({
    change,
    source,
    decisionYear: change.from - (change.noticeYears ?? 1),
    terms: settlementTerms(layout, params, change, s.ledger, ledger, s.exemptShares),
  }));
  for (const exit of exits) bookSettlement(layout, params, exit, ledger, exit.change.booking === 'asPaid');
  const summary = summarize(layout, ledger, factors);
  let cash;
  if (ctx.model.version >= 3) {
    const isPaid = (kind: ContributionKind) => kind === 'opex' || kind === 'staff' || kind === 'oneOff';
    const cashEntries: Entry[] = [
      ...entries.map((e) => entryOfKinds(e, isPaid)),
      ...resolved.lines.map((rl) => lineOutlays(ctx, params, rl)),
    ];
    // Friction is cash in the year it is incurred, whatever its booking (§10.3).
    if (hooks.friction) cashEntries.push(hooks.friction.incurred);
    const cashLedger = allocatedLedger(ctx, cache, params, cashEntries, leaving);
    hooks.vat?.(cashLedger, resolved.staff, [], leaving);
    for (const exit of exits) bookSettlement(layout, params, exit, cashLedger, true);
    cash = summarize(layout, cashLedger, factors);
  }
  return { resolved, params, summary, ...(cash ? { cash } : {}), exits };
}

/** The exits of a run as results show them (model-v3 §10.4 step 6, §10.9). */
export function exitResults(f: ResultFormat, exits: readonly ExitRun[]): ExitResult[] {
  return exits.map((e) => ({
    party: e.change.party,
    shared: e.change.shared,
    from: e.change.from,
    decisionYear: e.decisionYear,
    method: e.change.settlement.method,
    terms: e.terms.map((t) => ({ year: t.year, amount: f.money(t.cents) })),
    total: f.money(e.terms.reduce((a, t) => a + t.cents, 0)),
  }));
}
