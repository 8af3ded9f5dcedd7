/**
 * The hooks of model-v3 §10.5 and §10.6 in a scenario's evaluation (evaluate.ts), for
 * version-3 files only. Their order is the spec's: a scenario's changes are resolved, then its
 * staff transition is priced (friction by rule), then `leave` (§10.4) is applied, then VAT is
 * computed from the final allocation.
 */
import {
  hasVat,
  bookVat,
  type Contribution,
  contributionsOf,
  type Entry,
  entryOfKinds,
  type EvaluationCache,
  type ExemptVatShares,
  type Ledger,
  type Leaving,
  type ModelContext,
  staffTransition,
  type StaffTransitionResult,
  staffTransitionRule,
  weightTableOf,
} from '../calc';
import type { ModelFile, Scenario } from '../model';
import type { Params, ResolvedScenario, ResolvedStaff } from '../resolve';
import type { Resolution } from './pipeline';

/**
 * Whether a model uses what only the full evaluation computes — a staff transition, a leave or
 * VAT (each needs a scenario's staff, its parent's evaluation or the allocation): the totals-only routes (sensitivity, the
 * sampling plan) then take their totals from `runScenarios`.
 */
export function usesDecisionRules(model: ModelFile): boolean {
  if (model.version < 3) return false;
  const hasRule = model.scenarios.some((s) =>
    s.changes?.some((c) => (c.op === 'staffTransition' || c.op === 'leave') && c.enabled !== false),
  );
  return hasRule || hasVat(model);
}

/** What the hooks share in one evaluation: the scenarios by id and the baseline's resolved staff. */
export type DecisionSetup = { scenarios: Map<string, Scenario>; baselineStaff: readonly ResolvedStaff[] };

/** The setup of a version-3 model, or null (v1 and v2 files evaluate exactly as before). */
export function decisionSetup(ctx: ModelContext, resolution: Resolution): DecisionSetup | null {
  if (ctx.model.version < 3) return null;
  const baseline = ctx.model.scenarios.find((s) => s.basedOn === null);
  return {
    scenarios: new Map(ctx.model.scenarios.map((s) => [s.id, s])),
    baselineStaff: (baseline && resolution.get(baseline.id)?.r.staff) ?? [],
  };
}

/**
 * §10.5: the friction of a scenario under its own staffTransition or its nearest ancestor's
 * (recomputed on this scenario's staff, after its other changes), or null when it has none.
 */
export function frictionOf(
  ctx: ModelContext,
  setup: DecisionSetup,
  id: string,
  r: ResolvedScenario,
  params: Params,
): StaffTransitionResult | null {
  const rule = staffTransitionRule(setup.scenarios, id);
  if (rule === null) return null;
  const transitionCtx = { ...ctx, parties: ctx.layout.parties };
  return staffTransition(transitionCtx, rule, setup.baselineStaff, r.staff, params);
}

/**
 * §10.6: books a scenario's VAT into its allocated ledger and returns the contributions booked
 * (the entry a child's ledger takes out again). `entries` are the contributions in the ledger:
 * their write-offs are no base for exempt VAT.
 */
export function vatOf(
  ctx: ModelContext,
  cache: EvaluationCache,
  params: Params,
  ledger: Ledger,
  staff: readonly ResolvedStaff[],
  entries: readonly Entry[],
  leaving: readonly Leaving[] = [],
  exemptShares?: ExemptVatShares,
): Contribution[] {
  const writeOffs = entries.flatMap((e) => contributionsOf(entryOfKinds(e, (kind) => kind === 'disinvestment')));
  const vatCtx = { ...ctx, leaving, ...(exemptShares ? { exemptShares } : {}) };
  return bookVat(vatCtx, params, weightTableOf(cache, params), ledger, staff, writeOffs);
}
