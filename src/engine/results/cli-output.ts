/**
 * The CLI document of spec §9: what `npm run calc` prints. Money stays a decimal string with
 * two decimals; rates and years are numbers. Keys beyond the spec's (name, basedOn, per-party
 * npvExtended, investment, oneOff and recurring) are additions the spec allows.
 */
import type { BreakEven, Evaluation, Money } from '../model';

type CliBreakEven = { year: number; extrapolated: boolean } | null;

export type CliDocument = {
  scenarios: {
    id: string;
    name: string;
    basedOn: string | null;
    years: {
      year: number; extrapolated: boolean; total: Money; oneOff: Money; recurring: Money;
      byParty: Record<string, Money>; byOwner: Record<string, Money>; byCategory: Record<string, Money>;
      savings: Money; cumulativeSavings: Money;
    }[];
    breakEven: CliBreakEven;
    paybackYears: number | null;
    npv: Money;
    npvExtended: Money;
    investment: Money;
    parties: Record<string, {
      breakEven: CliBreakEven; paybackYears: number | null; npv: Money; npvExtended: Money; investment: Money;
      years: { year: number; extrapolated: boolean; total: Money; oneOff: Money; savings: Money; cumulativeSavings: Money }[];
    }>;
  }[];
};

const breakEven = (b: BreakEven): CliBreakEven => (b === null ? null : { year: b.year, extrapolated: b.isExtrapolated });

export function toCliDocument(evaluation: Evaluation): CliDocument {
  return {
    scenarios: evaluation.scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      basedOn: s.basedOn,
      years: s.years.map((y) => ({
        year: y.year, extrapolated: y.isExtrapolated, total: y.total, oneOff: y.oneOff, recurring: y.recurring,
        byParty: y.byParty, byOwner: y.byOwner, byCategory: y.byCategory,
        savings: y.savings, cumulativeSavings: y.cumulativeSavings,
      })),
      breakEven: breakEven(s.breakEven),
      paybackYears: s.paybackYears,
      npv: s.npv,
      npvExtended: s.npvExtended,
      investment: s.investment,
      parties: Object.fromEntries(Object.entries(s.parties).map(([id, p]) => [id, {
        breakEven: breakEven(p.breakEven), paybackYears: p.paybackYears, npv: p.npv, npvExtended: p.npvExtended,
        investment: p.investment,
        years: p.years.map((y) => ({ year: y.year, extrapolated: y.isExtrapolated, total: y.total, oneOff: y.oneOff, savings: y.savings, cumulativeSavings: y.cumulativeSavings })),
      }])),
    })),
  };
}
