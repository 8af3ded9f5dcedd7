/**
 * The method panel (model-v3 §10.1): break-even, payback and NPV of every scenario, overall
 * and per municipality, under the frozen extrapolation `indexLast` and computed through
 * (`computeThrough`), on accrual cost and on cash — so that a council sees what the shortcut
 * does. The model is evaluated as it is written for its own method; the other method evaluates
 * a copy with only `assumptions.extrapolation` (and, for a version-1 or -2 file, `version: 3`)
 * changed. Without years after endYear the two methods cannot differ and there is nothing to
 * compare (null).
 */
import type { BreakEven, Evaluation, Extrapolation, Money, ModelFile } from '../model';
import { evaluateModel } from '../results';
import type { EvaluationCache } from '../calc';

/** The figures a council decides on, under one method. */
export type MethodFigures = {
  breakEven: BreakEven;
  paybackYears: number | null;
  npv: Money;
  npvExtended: Money;
  /** The cash view's (model-v3 §10.3). */
  cashBreakEven: BreakEven;
  cashNpvExtended: Money;
};

export type MethodRow = {
  scenarioId: string;
  /** null: the whole business case; else a municipality's. */
  party: string | null;
  frozen: MethodFigures;
  through: MethodFigures;
  /** Whether any figure differs between the two methods. */
  isDifferent: boolean;
};

export type MethodComparison = {
  /** The model's own method. */
  method: Extrapolation;
  extrapolateTo: number;
  rows: MethodRow[];
};

/** A copy of the model evaluated under `method` (version 3, which the new methods and the cash view need). */
function under(model: ModelFile, method: Extrapolation): ModelFile {
  return {
    ...model,
    version: Math.max(model.version, 3),
    assumptions: { ...(model.assumptions ?? {}), extrapolation: method },
  };
}

function figuresOf(c: {
  breakEven: BreakEven;
  paybackYears: number | null;
  npv: Money;
  npvExtended: Money;
  cash?: { breakEven: BreakEven; npvExtended: Money };
}): MethodFigures {
  return {
    breakEven: c.breakEven,
    paybackYears: c.paybackYears,
    npv: c.npv,
    npvExtended: c.npvExtended,
    cashBreakEven: c.cash?.breakEven ?? null,
    cashNpvExtended: c.cash?.npvExtended ?? '0.00',
  };
}

const sameBreakEven = (a: BreakEven, b: BreakEven) => (a === null ? b === null : b !== null && a.year === b.year);
const isSame = (a: MethodFigures, b: MethodFigures) =>
  sameBreakEven(a.breakEven, b.breakEven) &&
  a.paybackYears === b.paybackYears &&
  a.npvExtended === b.npvExtended &&
  sameBreakEven(a.cashBreakEven, b.cashBreakEven) &&
  a.cashNpvExtended === b.cashNpvExtended;

/** The two methods side by side for every scenario but the baseline; null when the model has no years after endYear. */
export function compareMethods(model: ModelFile, cache?: EvaluationCache): MethodComparison | null {
  const extrapolateTo = model.horizon.extrapolateTo ?? model.horizon.endYear;
  if (extrapolateTo <= model.horizon.endYear) return null;
  const options = cache ? { cache } : {};
  const frozen: Evaluation = evaluateModel(under(model, 'indexLast'), options);
  const through: Evaluation = evaluateModel(under(model, 'computeThrough'), options);
  const rows: MethodRow[] = [];
  frozen.scenarios.forEach((s, j) => {
    const t = through.scenarios[j];
    if (t === undefined || s.basedOn === null) return;
    const add = (party: string | null, a: MethodFigures, b: MethodFigures) =>
      rows.push({ scenarioId: s.id, party, frozen: a, through: b, isDifferent: !isSame(a, b) });
    add(null, figuresOf(s), figuresOf(t));
    for (const m of frozen.municipalities) {
      const [a, b] = [s.parties[m], t.parties[m]];
      if (a !== undefined && b !== undefined) add(m, figuresOf(a), figuresOf(b));
    }
  });
  return { method: model.assumptions?.extrapolation ?? 'indexLast', extrapolateTo, rows };
}
