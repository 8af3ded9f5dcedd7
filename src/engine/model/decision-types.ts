/**
 * The two decision sections of a version-3 file that Kantelpunt adds to the spec
 * (docs/model-v3.md, "Legal form and assessment"): `legalForm`, the legal forms of one shared
 * party with every assumption each form brings, and `assessment`, the non-financial criteria
 * with weights and the scores per scenario. Field names of VAT and the exit settlement are
 * those of model-v3 §10.6 and §10.4.
 */
import type { Num } from '../numeric';

/** The legal forms Kantelpunt compares (Wgr art. 8 lid 1, 3 and 4; outsourcing; a network). */
export const LEGAL_FORMS = [
  'openbaarLichaam',
  'bedrijfsvoeringsorganisatie',
  'centrumgemeente',
  'uitbesteding',
  'netwerk',
] as const;
export type LegalFormId = (typeof LEGAL_FORMS)[number];

/** Who employs the staff of the collaboration. */
export const EMPLOYERS = ['shared', 'host', 'supplier', 'origin'] as const;
export type Employer = (typeof EMPLOYERS)[number];

/** A shared party's VAT position (model-v3 §10.6). */
export type VatSpec = { regime: 'none' | 'charged' | 'exempt'; rate?: Num; inputShare?: Num };

/** How a leaver settles with the shared party (model-v3 §10.4 `settlement`). */
export type ExitSettlement =
  | { method: 'tapered'; factors?: Num[] }
  | { method: 'directDamage'; years?: number }
  | { method: 'fixed'; amount: Num }
  | { method: 'none' };

/** Every assumption of a form carries `source`: where it comes from, or why it was assumed. */
export type Sourced = { source?: string };

export type GovernanceLine = Sourced & {
  id: string;
  label: string;
  category: string;
  /** Yearly amount at the price base year, indexed as an opex line. */
  amount: Num;
  from?: number;
  to?: number;
};

export type LegalFormSpec = {
  form: LegalFormId;
  /** centrumgemeente only: the municipality that does the work for the others. */
  host?: string;
  employer: Sourced & { value: Employer };
  vat: Sourced & VatSpec;
  exit: Sourced & { settlement: ExitSettlement; noticeYears?: number };
  governance?: GovernanceLine[];
  tender?: Sourced & { amount: Num; leadYears: number; year?: number };
};

export type LegalFormSection = {
  /** The shared party whose form is compared. */
  shared: string;
  /** The form the model's own content assumes, when one is chosen. */
  chosen?: LegalFormId;
  forms: LegalFormSpec[];
};

export type Criterion = { id: string; label: string; weight: Num; note?: string };
export type Score = { scenario: string; criterion: string; score: number; reason?: string };
export type AssessmentSection = { criteria: Criterion[]; scores?: Score[] };
