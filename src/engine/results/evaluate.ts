/**
 * Evaluates a validated model (spec §5–§8): resolves each scenario, computes every line's and
 * staff entry's contributions, books them per owner, allocates shared parties' cost, and
 * derives the yearly figures, savings, break-even, payback, NPV and investment.
 */
import { modelError, type ModelFile, type Evaluation } from '../model';
import { validateModel } from '../file';
import {
  createContext,
  type ModelContext,
  allocate,
  bookEntries,
  type Booked,
  type Contribution,
  type ContributionKind,
  createEvaluationCache,
  type Entry,
  entryOfKinds,
  forEachContribution,
  type EvaluationCache,
  type ExemptVatShares,
  type Ledger,
  lineOutlays,
  type VisitedScenario,
  weightTableOf,
} from '../calc';
import type { Params, ResolvedScenario } from '../resolve';
import { categoryGrowth, growthFactors, type GrowthMemo, resolveWithParams } from './pipeline';
import { exitRun, type ExitHooks, leavesOf } from './exit';
import { createResultFormat } from './result-format';
import { addActuals } from './actuals';
import { scenarioResult } from './results';
import { decisionSetup, frictionOf, vatOf, type DecisionSetup } from './decision';
import type { StaffTransitionResult } from '../calc';
import { extendByCategory, summarize, type GrowthFactor, type ScenarioRun, type Summary } from './summary';

/**
 * Every scenario of the model evaluated: resolved with its parameters (pipeline.ts), its
 * entries' contributions (from `cache`) booked per owner, allocated and summarised.
 */
export function runScenarios(
  model: ModelFile,
  cache: EvaluationCache = createEvaluationCache(),
): { ctx: ModelContext; runs: Map<string, ScenarioRun> } {
  const ctx = createContext(model, cache);
  const resolved = resolveWithParams(ctx, cache);
  const runs = new Map<string, ScenarioRun>();
  // A child starts from its parent's ledger and shares the parent's unchanged series.
  const booked = new Map<string, Booked & VisitedScenario & { summary: Summary; factors: GrowthFactor[] }>();
  const growth: GrowthMemo = new Map();
  const baselineResolved = [...resolved.values()].find((x) => x.r.scenario.basedOn === null)?.r;
  // Version-3 files: staff transition and VAT (model-v3 §10.5, §10.6; decision.ts). Null for v1/v2.
  const decision = decisionSetup(ctx, resolved);
  for (const [index, s] of model.scenarios.entries()) {
    const { r, params } = resolved.get(s.id) as { r: ResolvedScenario; params: Params };
    const entries: Entry[] = [];
    const parent = s.basedOn === null ? undefined : booked.get(s.basedOn);
    forEachContribution(ctx, cache, r, params, (e) => entries.push(e), parent);
    const nLines = r.lines.length;
    // HOOK §10.5 staff transition: friction after the scenario's other changes, before `leave`.
    // Its entry (and VAT's, below) is booked like any other, so a child's ledger, which starts
    // from its parent's, takes the parent's friction and VAT out again (ledger.ts bookEntries).
    const friction = decision && frictionOf(ctx, decision, s.id, r, params);
    if (decision) entries.push(friction?.booked ?? []);
    const ledger = bookEntries(ctx.layout, { entries, nLines }, parent);
    allocate(ctx.layout, params, weightTableOf(cache, params), ledger, ctx.partyPath);
    // HOOK §10.6 VAT: after every change, `leave` included, from the final allocation. For a
    // scenario with a leave this is S's VAT; each member's part of S's exempt VAT is kept for C_vat.
    const leaves = leavesOf(s, index);
    const exemptShares: ExemptVatShares | undefined = leaves.length > 0 ? new Map() : undefined;
    const vat = decision ? vatOf(ctx, cache, params, ledger, r.staff, entries, [], exemptShares) : [];
    if (decision) entries.push(vat);
    const factors = growthFactors(ctx, params.extrapolationRate, growth);
    // leave (§10.4): r is S (every change but the leaves), evaluated in full above (its friction
    // and VAT included); the scenario is its exit variant with S's friction, the settlement and
    // the variant's own VAT (exit.ts). No scenario is based on it (validation).
    if (leaves.length > 0 && baselineResolved !== undefined) {
      const variantVat: Contribution[] = [];
      const hooks: ExitHooks = {
        friction,
        vat: decision
          ? (into, staff, bookedEntries, leaving) => {
              const booked = vatOf(ctx, cache, params, into, staff, bookedEntries, leaving);
              // The accrual view's VAT (the cash view books with no entries) is what traces show.
              if (bookedEntries.length > 0) variantVat.push(...booked);
              return booked;
            }
          : null,
      };
      const run = exitRun(ctx, cache, { r, params, ledger, exemptShares }, baselineResolved, leaves, factors, hooks);
      runs.set(s.id, {
        ...run,
        ...(friction ? { staffTransition: friction.rows } : {}),
        ...(decision ? { decisionEntries: [...(friction?.booked ?? []), ...variantVat] } : {}),
      });
      continue;
    }
    const summary = extended(ctx, params, ledger, summarize(ctx.layout, ledger, factors, parent), growth);
    booked.set(s.id, { entries, nLines, ledger, summary, factors, r, params });
    // The cash view of version-3 files (model-v3 §10.3).
    const cash =
      model.version >= 3 ? cashSummary(ctx, cache, r, params, entries, factors, growth, decision, friction) : undefined;
    runs.set(s.id, {
      resolved: r,
      params,
      summary,
      ...(cash ? { cash } : {}),
      ...(friction ? { staffTransition: friction.rows } : {}),
      ...(decision ? { decisionEntries: [...(friction?.booked ?? []), ...vat] } : {}),
    });
  }
  return { ctx, runs };
}

/** A summary with the years after endYear under indexLastByCategory (model-v3 §10.1); as it is otherwise. */
function extended(ctx: ModelContext, params: Params, ledger: Ledger, summary: Summary, growth: GrowthMemo): Summary {
  if (ctx.extrapolation !== 'indexLastByCategory') return summary;
  return extendByCategory(ctx.layout, ledger, summary, (category) => categoryGrowth(ctx, params, category, growth));
}

/**
 * The cash view of a scenario (model-v3 §10.3): its opex, staff and one-off contributions as
 * they are, and for investments the outlay in the year each is made instead of its charges —
 * booked, allocated with the same keys (recurring and one-off apart) and extended as accrual
 * cost is.
 */
function cashSummary(
  ctx: ModelContext,
  cache: EvaluationCache,
  r: ResolvedScenario,
  params: Params,
  entries: readonly Entry[],
  factors: GrowthFactor[],
  growth: GrowthMemo,
  decision: DecisionSetup | null = null,
  friction: StaffTransitionResult | null = null,
): Summary {
  const isPaid = (kind: ContributionKind) => kind === 'opex' || kind === 'staff' || kind === 'oneOff';
  const cashEntries: Entry[] = [
    ...entries.map((e) => entryOfKinds(e, isPaid)),
    ...r.lines.map((rl) => lineOutlays(ctx, params, rl)),
  ];
  // §10.3: friction is cash in the year it is incurred, whatever its booking.
  if (friction) cashEntries.push(friction.incurred);
  const ledger = bookEntries(ctx.layout, { entries: cashEntries, nLines: cashEntries.length }, undefined);
  allocate(ctx.layout, params, weightTableOf(cache, params), ledger, ctx.partyPath);
  // §10.3: VAT by the rules of §10.6 on cash (no write-offs in cash).
  if (decision) vatOf(ctx, cache, params, ledger, r.staff, []);
  return extended(ctx, params, ledger, summarize(ctx.layout, ledger, factors), growth);
}

/**
 * Evaluates a model. It is validated first (validate.ts; ~0.1 ms for the example) and refused
 * with a ModelError when invalid — `isValidated: true` skips that for a model the caller has
 * just validated. Also throws a ModelError for what only evaluation can find, such as
 * allocation weights that are all 0 in a year with cost to split.
 */
export function evaluateModel(
  model: ModelFile,
  options: { cache?: EvaluationCache; isValidated?: boolean } = {},
): Evaluation {
  if (options.isValidated !== true) {
    const errors = validateModel(model);
    if (errors.length > 0) throw modelError(errors);
  }
  const { ctx, runs } = runScenarios(model, options.cache);
  const baseline = model.scenarios.find((s) => s.basedOn === null);
  if (baseline === undefined) throw new Error('model has no baseline scenario');
  const baseRun = runs.get(baseline.id) as ScenarioRun;
  const format = createResultFormat();
  const scenarios = model.scenarios.map((s) =>
    scenarioResult(ctx, runs.get(s.id) as ScenarioRun, baseRun, s.id === baseline.id, format),
  );
  addActuals(model, scenarios, runs, baseline.id, ctx.layout.nPlan, format.money);
  return {
    baselineId: baseline.id,
    years: baseRun.summary.years,
    startYear: ctx.startYear,
    // The plan's last year: under computeThrough the years after it are computed but still extrapolated (model-v3 §10.1).
    endYear: ctx.planEndYear,
    municipalities: ctx.layout.municipalities,
    sharedParties: ctx.layout.shared,
    categories: ctx.categories.map((c) => ({ id: c.id, label: c.label, group: c.group })),
    functionGroups: ctx.functionGroups.map((g) => ({ id: g.id, label: g.label, category: g.category })),
    scenarios,
  };
}
