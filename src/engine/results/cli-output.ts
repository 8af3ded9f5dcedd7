/**
 * The CLI document of spec §9: what `npm run calc` prints. Money stays a decimal string with
 * two decimals; rates and years are numbers. Keys beyond the spec's (name, basedOn, per-party
 * npvExtended, investment, oneOff and recurring) are additions the spec allows.
 */
import type {
  BreakEven,
  BudgetYear,
  CashCase,
  Evaluation,
  ExitResult,
  Money,
  PartyCase,
  StaffTransitionYear,
} from '../model';

type CliBreakEven = { year: number; extrapolated: boolean } | null;

/** The cash view as printed (model-v3 §10.9). */
type CliCash = {
  years: { year: number; total: Money; oneOff: Money; recurring: Money; savings: Money; cumulativeSavings: Money }[];
  breakEven: CliBreakEven;
  paybackYears: number | null;
  npv: Money;
  npvExtended: Money;
};

export type CliDocument = {
  scenarios: {
    id: string;
    name: string;
    basedOn: string | null;
    years: {
      year: number;
      extrapolated: boolean;
      total: Money;
      oneOff: Money;
      recurring: Money;
      byParty: Record<string, Money>;
      byOwner: Record<string, Money>;
      byCategory: Record<string, Money>;
      savings: Money;
      cumulativeSavings: Money;
    }[];
    breakEven: CliBreakEven;
    paybackYears: number | null;
    npv: Money;
    npvExtended: Money;
    investment: Money;
    parties: Record<
      string,
      {
        breakEven: CliBreakEven;
        paybackYears: number | null;
        npv: Money;
        npvExtended: Money;
        investment: Money;
        years: {
          year: number;
          extrapolated: boolean;
          total: Money;
          oneOff: Money;
          savings: Money;
          cumulativeSavings: Money;
        }[];
        cash?: CliCash;
        /** Version-3 files, a municipality with a budget (model-v3 §10.7, §10.9). */
        budget?: BudgetYear[];
        /** Only in the scenario a model's `actuals` name (model-v3 §10.8, §10.9). */
        actuals?: {
          year: number;
          actual: Money;
          plan: Money;
          variance: Money;
          realisedSavings: Money;
          cumulativeRealisedSavings: Money;
        }[];
        forecastBreakEven?: CliBreakEven;
      }
    >;
    /** Version-3 files only (model-v3 §10.9). */
    exits?: ExitResult[];
    /** Version-3 files, when the scenario has or inherits a staffTransition (model-v3 §10.5, §10.9). */
    staffTransition?: StaffTransitionYear[];
    cash?: CliCash;
  }[];
};

const breakEven = (b: BreakEven): CliBreakEven =>
  b === null ? null : { year: b.year, extrapolated: b.isExtrapolated };

const cashOf = (c: CashCase | undefined): { cash?: CliCash } =>
  c === undefined
    ? {}
    : {
        cash: {
          years: c.years.map((y) => ({
            year: y.year,
            total: y.total,
            oneOff: y.oneOff,
            recurring: y.recurring,
            savings: y.savings,
            cumulativeSavings: y.cumulativeSavings,
          })),
          breakEven: breakEven(c.breakEven),
          paybackYears: c.paybackYears,
          npv: c.npv,
          npvExtended: c.npvExtended,
        },
      };

/** The realised figures of a municipality as printed (model-v3 §10.9); the FTE stay in the results. */
const actualsOf = (p: PartyCase) =>
  p.actuals === undefined
    ? {}
    : {
        actuals: p.actuals.map((a) => ({
          year: a.year,
          actual: a.actual,
          plan: a.plan,
          variance: a.variance,
          realisedSavings: a.realisedSavings,
          cumulativeRealisedSavings: a.cumulativeRealisedSavings,
        })),
        forecastBreakEven: breakEven(p.forecastBreakEven ?? null),
      };

export function toCliDocument(evaluation: Evaluation): CliDocument {
  return {
    scenarios: evaluation.scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      basedOn: s.basedOn,
      years: s.years.map((y) => ({
        year: y.year,
        extrapolated: y.isExtrapolated,
        total: y.total,
        oneOff: y.oneOff,
        recurring: y.recurring,
        byParty: y.byParty,
        byOwner: y.byOwner,
        byCategory: y.byCategory,
        savings: y.savings,
        cumulativeSavings: y.cumulativeSavings,
      })),
      breakEven: breakEven(s.breakEven),
      paybackYears: s.paybackYears,
      npv: s.npv,
      npvExtended: s.npvExtended,
      investment: s.investment,
      parties: Object.fromEntries(
        Object.entries(s.parties).map(([id, p]) => [
          id,
          {
            breakEven: breakEven(p.breakEven),
            paybackYears: p.paybackYears,
            npv: p.npv,
            npvExtended: p.npvExtended,
            investment: p.investment,
            years: p.years.map((y) => ({
              year: y.year,
              extrapolated: y.isExtrapolated,
              total: y.total,
              oneOff: y.oneOff,
              savings: y.savings,
              cumulativeSavings: y.cumulativeSavings,
            })),
            ...cashOf(p.cash),
            ...(p.budget ? { budget: p.budget } : {}),
            ...actualsOf(p),
          },
        ]),
      ),
      ...(s.exits
        ? {
            exits: s.exits.map((e) => ({
              party: e.party,
              shared: e.shared,
              from: e.from,
              decisionYear: e.decisionYear,
              method: e.method,
              terms: e.terms.map((t) => ({ year: t.year, amount: t.amount })),
              total: e.total,
            })),
          }
        : {}),
      ...(s.staffTransition ? { staffTransition: s.staffTransition } : {}),
      ...cashOf(s.cash),
    })),
  };
}
