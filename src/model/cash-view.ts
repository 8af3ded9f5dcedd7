/**
 * The cash view (model-v3 §10.3) in the shape of an evaluation, so that the results views can
 * show payments instead of accrual cost with the same tables and charts. Only the figures the
 * cash view has are filled: totals, one-off and recurring, savings and their cumulative, and
 * per business case its break-even, payback and NPVs; the breakdowns by party, owner and
 * category stay empty (they are accrual figures).
 */
import type { CashCase, Evaluation, PartyCase, ScenarioResult } from '../engine';

/** Whether every scenario of the evaluation carries the cash view (version-3 files). */
export const hasCashView = (e: Evaluation): boolean =>
  e.scenarios.length > 0 && e.scenarios.every((s) => s.cash !== undefined);

function caseFigures(c: CashCase) {
  return { breakEven: c.breakEven, paybackYears: c.paybackYears, npv: c.npv, npvExtended: c.npvExtended };
}

function partyCase(p: PartyCase, endYear: number): PartyCase {
  if (p.cash === undefined) return p;
  const years = p.cash.years.map((y) => ({ ...y, isExtrapolated: y.year > endYear, byCategory: {} }));
  return { ...p, ...caseFigures(p.cash), years };
}

function scenario(s: ScenarioResult, endYear: number): ScenarioResult {
  if (s.cash === undefined) return s;
  const years = s.cash.years.map((y) => ({
    ...y,
    isExtrapolated: y.year > endYear,
    byParty: {},
    byOwner: {},
    byCategory: {},
    byPartyCategory: {},
    byOwnerCategory: {},
  }));
  const parties = Object.fromEntries(Object.entries(s.parties).map(([id, p]) => [id, partyCase(p, endYear)]));
  return { ...s, ...caseFigures(s.cash), years, parties };
}

/** The evaluation with the cash view's figures in place of the accrual ones; null for a file without the cash view. */
export function cashEvaluation(e: Evaluation): Evaluation | null {
  if (!hasCashView(e)) return null;
  return { ...e, scenarios: e.scenarios.map((s) => scenario(s, e.endYear)) };
}
