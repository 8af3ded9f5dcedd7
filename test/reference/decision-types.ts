/**
 * The model-v3 §10.4–§10.8 fields as the independent reference reads them, typed here from the
 * spec text (the engine's model types do not have them yet, and the reference must not borrow
 * the engine's). Files are ordinary `ModelFile` objects carrying these extra fields.
 */
import type { Line, Num, StaffEntry, YearMap } from '../../src/engine';

export type Settlement =
  | { method: 'tapered'; factors?: Num[] }
  | { method: 'directDamage'; years?: number }
  | { method: 'fixed'; amount: Num }
  | { method: 'none' };

export type LeaveChange = {
  op: 'leave';
  party: string;
  shared: string;
  from: number;
  noticeYears?: number;
  settlement: Settlement;
  shed?: { default?: Num[]; byCategory?: Record<string, Num[]> };
  booking?: 'decisionYear' | 'asPaid';
  standalone?: 'baseline' | 'none';
  /** Lines (model.md §5.1) and staff entries of the leaver; told apart by `type` (lines have one). */
  reentry?: (Line | StaffEntry)[];
  enabled?: boolean;
  note?: string;
};

export type StaffTransitionChange = {
  op: 'staffTransition';
  groups?: string[];
  monthsOfSalary?: Num;
  hiredNoticeMonths?: Num;
  attrition?: Num;
  perPerson?: Num;
  bearer?: string;
  booking: 'decisionYear' | 'asIncurred';
  decisionYear?: number;
  enabled?: boolean;
  note?: string;
};

export type DecisionChange = LeaveChange | StaffTransitionChange;

export type SharedVat = { regime?: 'none' | 'charged' | 'exempt'; rate?: Num; inputShare?: Num };
export type MunicipalityVat = { compensable?: YearMap };
export type Budget = { ict: YearMap; target?: YearMap; reserve?: Record<string, Num> };
export type Actuals = {
  scenario: string;
  years: Record<string, Record<string, { total: Num; fte?: Num }>>;
};

/** The decision fields a party may carry (model-v3 §10.6, §10.7). */
export type DecisionParty = { vat?: SharedVat & MunicipalityVat; budget?: Budget };
