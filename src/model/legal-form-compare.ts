/**
 * One scenario evaluated under each legal form of the model's `legalForm` section (issue 17,
 * docs/model-v3.md "Legal form and assessment"). Each form becomes ordinary model content in a
 * copy of the model — the shared party's `vat` (model-v3 §10.6), the governance lines as opex
 * lines of the shared party, the tender as a one-off line — and a second copy adds a child
 * scenario in which one municipality leaves in the chosen year with the form's settlement
 * (§10.4, a `leave` change; evaluated computed-through, as the spec asks of exit questions).
 * Where this engine cannot compute VAT or leaving yet (the copy does not validate on those
 * fields), the figure is null and says why; everything else is still compared.
 */
import {
  createEvaluationCache,
  DEFAULT_CATEGORIES,
  evaluateModel,
  validateModel,
  type BreakEven,
  type Change,
  type LegalFormId,
  type LegalFormSpec,
  type Line,
  type ModelFile,
  type ScenarioResult,
} from '../engine';
import { sumDecimals } from './decimal-text';

type EvaluationCache = ReturnType<typeof createEvaluationCache>;
import { uniqueId } from './ids';
import { firstActiveYear } from './legal-forms';
import { lineIdsOf } from './model-edits';

/** Why a figure is missing: the engine has no such rule yet, or the copy was refused (message given). */
export type MissingReason = { kind: 'unsupported' } | { kind: 'invalid'; message: string };

export type LegalFormOutcome = {
  form: LegalFormId;
  spec: LegalFormSpec;
  /** Cash NPV of the scenario's savings (model-v3 §10.3). */
  npvCash: string | null;
  breakEven: BreakEven;
  /** Σ of category `vat` over the horizon years; null with `vatMissing`. */
  vatCost: string | null;
  vatMissing: MissingReason | null;
  /** Σ of the governance lines' yearly amounts (price base year). */
  governancePerYear: string;
  /** Σ of the exits' totals of the leaver in the chosen year; null with `exitMissing`. */
  exitSum: string | null;
  exitMissing: MissingReason | null;
  /** The copy with this form could not be evaluated at all. */
  error: string | null;
};

export type LegalFormQuestion = { scenario: string; exitParty: string | null; exitYear: number | null };

const VAT_CATEGORY = 'vat';

function insertBeforeLeave(changes: readonly Change[], added: readonly Change[]): Change[] {
  const at = changes.findIndex((c) => (c as { op: string }).op === 'leave');
  if (at < 0) return [...changes, ...added];
  return [...changes.slice(0, at), ...added, ...changes.slice(at)];
}

/** The lines a form adds to the scenario: governance (opex of the shared party) and the tender (one-off). */
function formLines(model: ModelFile, spec: LegalFormSpec, shared: string): Line[] {
  const taken = new Set(lineIdsOf(model));
  const id = (base: string) => {
    const out = uniqueId(`rechtsvorm-${base}`, taken);
    taken.add(out);
    return out;
  };
  const lines: Line[] = (spec.governance ?? []).map((g) => ({
    type: 'opex',
    id: id(g.id),
    party: shared,
    category: g.category,
    amount: g.amount,
    ...(g.from === undefined ? {} : { from: g.from }),
    ...(g.to === undefined ? {} : { to: g.to }),
    note: g.label,
  }));
  const tender = spec.tender;
  if (tender !== undefined && Number(tender.amount) > 0) {
    const cats = model.categories ?? DEFAULT_CATEGORIES;
    const category = (cats.find((c) => c.id === 'transition') ?? cats.find((c) => c.group === 'oneOff'))?.id;
    if (category !== undefined)
      lines.push({
        type: 'oneOff',
        id: id('aanbesteding'),
        party: shared,
        category,
        year: tender.year ?? Math.max(model.horizon.startYear, firstActiveYear(model, shared) - tender.leadYears),
        amount: tender.amount,
        note: 'Aanbesteding',
      });
  }
  return lines;
}

/**
 * The model with `spec` applied to `scenario`: the shared party's VAT (unless `withVat` is
 * false), and the form's lines added to the scenario. The decision, uncertainty and workshop
 * sections are left out of the copy (it is only evaluated).
 */
export function legalFormVariant(
  model: ModelFile,
  scenario: string,
  spec: LegalFormSpec,
  shared: string,
  withVat: boolean,
): ModelFile {
  const { legalForm: _l, assessment: _a, uncertainty: _u, workshop: _w, ...rest } = model;
  const added = formLines(model, spec, shared).map((line): Change => ({ op: 'addLine', line }));
  const vat = { regime: spec.vat.regime, rate: spec.vat.rate ?? 0.21, inputShare: spec.vat.inputShare ?? 1 };
  return {
    ...rest,
    version: Math.max(3, model.version),
    parties: model.parties.map((p) => (withVat && p.id === shared ? Object.assign({}, p, { vat }) : p)),
    scenarios: model.scenarios.map((s) =>
      s.id === scenario ? { ...s, changes: insertBeforeLeave(s.changes ?? [], added) } : s,
    ),
  };
}

/** `variant` with a child of `scenario` in which `party` leaves `shared` in `year` under the form's settlement. */
export function exitVariant(
  variant: ModelFile,
  scenario: string,
  spec: LegalFormSpec,
  shared: string,
  party: string,
  year: number,
): { model: ModelFile; scenario: string } {
  const id = uniqueId(
    `${scenario}-uittreding`,
    variant.scenarios.map((s) => s.id),
  );
  const leave = {
    op: 'leave',
    party,
    shared,
    from: year,
    noticeYears: spec.exit.noticeYears ?? 1,
    settlement: spec.exit.settlement,
  } as unknown as Change;
  const a = variant.assumptions ?? {};
  const isFrozen =
    a.extrapolation === undefined || a.extrapolation === 'indexLast' || a.extrapolation === 'indexLastByCategory';
  return {
    model: {
      ...variant,
      assumptions: isFrozen ? { ...a, extrapolation: 'computeThrough' } : a,
      scenarios: [...variant.scenarios, { id, name: `${scenario} — uittreding`, basedOn: scenario, changes: [leave] }],
    },
    scenario: id,
  };
}

function horizonSum(result: ScenarioResult, endYear: number, category: string): string {
  return sumDecimals(result.years.filter((y) => y.year <= endYear).map((y) => y.byCategory[category] ?? '0.00'));
}

type ExitRecord = { shared?: string; total?: string };

function describe(errors: ReturnType<typeof validateModel>): string {
  return errors
    .slice(0, 3)
    .map((e) => `${e.path}: ${e.message}`)
    .join('; ');
}

function outcomeOf(
  model: ModelFile,
  spec: LegalFormSpec,
  shared: string,
  q: LegalFormQuestion,
  cache: EvaluationCache,
): LegalFormOutcome {
  const governancePerYear = sumDecimals([...(spec.governance ?? []).map((g) => String(g.amount)), '0.00']);
  const base: LegalFormOutcome = {
    form: spec.form,
    spec,
    npvCash: null,
    breakEven: null,
    vatCost: null,
    vatMissing: null,
    governancePerYear,
    exitSum: null,
    exitMissing: null,
    error: null,
  };
  const sharedIndex = model.parties.findIndex((p) => p.id === shared);
  let variant = legalFormVariant(model, q.scenario, spec, shared, true);
  let errors = validateModel(variant);
  if (errors.some((e) => e.path.startsWith(`parties[${sharedIndex}].vat`))) {
    variant = legalFormVariant(model, q.scenario, spec, shared, false);
    errors = validateModel(variant);
    base.vatMissing = { kind: 'unsupported' };
  }
  if (errors.length > 0) return { ...base, error: describe(errors) };
  const evaluation = evaluateModel(variant, { cache, isValidated: true });
  const result = evaluation.scenarios.find((s) => s.id === q.scenario);
  if (result === undefined) return { ...base, error: `unknown scenario "${q.scenario}"` };
  const out: LegalFormOutcome = {
    ...base,
    npvCash: result.cash?.npv ?? null,
    breakEven: result.breakEven,
    vatCost: base.vatMissing === null ? horizonSum(result, evaluation.endYear, VAT_CATEGORY) : null,
  };
  if (q.exitParty === null || q.exitYear === null) return out;
  const exit = exitVariant(variant, q.scenario, spec, shared, q.exitParty, q.exitYear);
  const exitErrors = validateModel(exit.model);
  if (exitErrors.length > 0) {
    const isUnknownOp = exitErrors.some((e) => /unknown change op "leave"/.test(e.message));
    return {
      ...out,
      exitMissing: isUnknownOp ? { kind: 'unsupported' } : { kind: 'invalid', message: describe(exitErrors) },
    };
  }
  try {
    const withExit = evaluateModel(exit.model, { cache, isValidated: true });
    const r = withExit.scenarios.find((s) => s.id === exit.scenario);
    const exits = ((r as unknown as { exits?: ExitRecord[] } | undefined)?.exits ?? []).filter(
      (e) => e.shared === undefined || e.shared === shared,
    );
    // An engine that validates `leave` reports the exit; without a record the settlement is nothing.
    return { ...out, exitSum: sumDecimals(exits.map((e) => e.total ?? '0.00').concat('0.00')) };
  } catch (e) {
    return { ...out, exitMissing: { kind: 'invalid', message: e instanceof Error ? e.message : String(e) } };
  }
}

/** Every form of the model's `legalForm` section applied to `q.scenario`, in the section's order. */
export function compareLegalForms(
  model: ModelFile,
  q: LegalFormQuestion,
  cache: EvaluationCache = createEvaluationCache(),
): LegalFormOutcome[] {
  const section = model.legalForm;
  if (section === undefined) return [];
  return section.forms.map((spec) => {
    try {
      return outcomeOf(model, spec, section.shared, q, cache);
    } catch (e) {
      return {
        form: spec.form,
        spec,
        npvCash: null,
        breakEven: null,
        vatCost: null,
        vatMissing: null,
        governancePerYear: sumDecimals([...(spec.governance ?? []).map((g) => String(g.amount)), '0.00']),
        exitSum: null,
        exitMissing: null,
        error: e instanceof Error ? e.message : String(e),
      };
    }
  });
}
