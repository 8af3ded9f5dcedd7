import type { AllocationKey, Assumptions, Category, FunctionGroup, ModelFile, Num } from './model-types';

/** Default categories (spec §2). Ids are fixed; labels are the municipalities' Dutch names. */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  { id: 'workplace', label: 'ICT-werkplek (hardware)', group: 'infrastructure' },
  { id: 'workplaceServers', label: 'ICT-werkplek (servers)', group: 'infrastructure' },
  { id: 'peripherals', label: 'Randapparatuur', group: 'infrastructure' },
  { id: 'applications', label: 'Applicaties', group: 'software' },
  { id: 'appServers', label: 'Servers / storage applicaties', group: 'infrastructure' },
  { id: 'datacom', label: 'Datacommunicatie', group: 'infrastructure' },
  { id: 'telecom', label: 'Telecommunicatie', group: 'infrastructure' },
  { id: 'facilities', label: 'Faciliteiten', group: 'infrastructure' },
  { id: 'personnel', label: 'Personeel', group: 'personnel' },
  { id: 'cioOffice', label: 'CIO-office', group: 'personnel' },
  { id: 'programme', label: 'Project- en programmakosten', group: 'oneOff' },
  { id: 'transition', label: 'Transitiekosten', group: 'oneOff' },
  { id: 'friction', label: 'Frictiekosten', group: 'oneOff' },
  { id: 'overhead', label: 'Overhead', group: 'other' },
  { id: 'other', label: 'Overig', group: 'other' },
];

/**
 * The default categories version 3 adds (model-v3, General): a version-3 file without its own
 * category list has these after the v1 defaults; v1 and v2 files keep the v1 list exactly.
 */
export const DEFAULT_CATEGORIES_V3: readonly Category[] = [
  ...DEFAULT_CATEGORIES,
  { id: 'exit', label: 'Uittredingskosten', group: 'oneOff' },
  { id: 'vat', label: 'Btw-nadeel', group: 'other' },
];

/** The categories of a model: its own list, else the defaults of its version. */
export function categoriesOf(model: Pick<ModelFile, 'categories' | 'version'>): readonly Category[] {
  return model.categories ?? (model.version >= 3 ? DEFAULT_CATEGORIES_V3 : DEFAULT_CATEGORIES);
}

/** Defaults of a `staffTransition` change (model-v3 §10.5); `groups` absent means every function group. */
export const STAFF_TRANSITION_DEFAULTS = {
  monthsOfSalary: '24',
  hiredNoticeMonths: '2',
  attrition: '0',
  perPerson: '0',
  bearer: 'origin',
} as const;

/** Defaults of a shared party's `vat` (model-v3 §10.6). */
export const VAT_DEFAULTS = { regime: 'none', rate: '0.21', inputShare: '1' } as const;

/** Default function groups of the staff tables (spec §2). */
export const DEFAULT_FUNCTION_GROUPS: readonly FunctionGroup[] = [
  { id: 'management', label: 'Management', category: 'personnel' },
  { id: 'businessOffice', label: 'Bedrijfsbureau', category: 'personnel' },
  { id: 'infoAdvice', label: 'Informatieadvies, innovatie en projecten', category: 'personnel' },
  { id: 'functionalMgmt', label: 'Functioneel beheer', category: 'personnel' },
  { id: 'technicalMgmt', label: 'Technisch beheer', category: 'personnel' },
  { id: 'cio', label: 'CIO-office', category: 'cioOffice' },
];

/** Assumptions used where a file leaves a key out (spec §3). Rates are decimal strings. */
export const DEFAULT_ASSUMPTIONS = {
  indexation: { default: '0.02', personnel: '0.02', byCategory: {} as Record<string, string> },
  discountRate: '0.03',
  depreciationStart: 'nextYear',
  depreciationMethod: 'linear',
  projectCostRate: { replacement: '1', renewal: '1.25' },
  extrapolation: 'indexLast',
} as const satisfies Omit<Required<Assumptions>, 'priceBaseYear' | 'discountRealRate'>;

/** A model's assumptions with every key that the file leaves out filled from DEFAULT_ASSUMPTIONS. */
export type EffectiveAssumptions = {
  priceBaseYear: number;
  indexation: { default: Num; personnel: Num; byCategory: Record<string, Num> };
  discountRate: Num;
  depreciationStart: NonNullable<Assumptions['depreciationStart']>;
  depreciationMethod: NonNullable<Assumptions['depreciationMethod']>;
  projectCostRate: { replacement: Num; renewal: Num };
  extrapolation: NonNullable<Assumptions['extrapolation']>;
};

/**
 * The assumptions a model is evaluated with (spec §3): the file's own values as written (numbers
 * or decimal strings), DEFAULT_ASSUMPTIONS where it gives none, and the start year as price base
 * year. For display and export; the calculation compiles the same defaults itself.
 */
export function effectiveAssumptions(model: Pick<ModelFile, 'assumptions' | 'horizon'>): EffectiveAssumptions {
  const a = model.assumptions ?? {};
  const d = DEFAULT_ASSUMPTIONS;
  return {
    priceBaseYear: a.priceBaseYear ?? model.horizon.startYear,
    indexation: {
      default: a.indexation?.default ?? d.indexation.default,
      personnel: a.indexation?.personnel ?? d.indexation.personnel,
      byCategory: a.indexation?.byCategory ?? {},
    },
    discountRate: a.discountRate ?? d.discountRate,
    depreciationStart: a.depreciationStart ?? d.depreciationStart,
    depreciationMethod: a.depreciationMethod ?? d.depreciationMethod,
    projectCostRate: {
      replacement: a.projectCostRate?.replacement ?? d.projectCostRate.replacement,
      renewal: a.projectCostRate?.renewal ?? d.projectCostRate.renewal,
    },
    extrapolation: a.extrapolation ?? d.extrapolation,
  };
}

/** Depreciation term where a party gives none for a category (spec §4). */
export const DEFAULT_DEPRECIATION_YEARS = 5;

/**
 * Whether a category holds assets (investments, capital charges). The spec's table marks
 * exactly the infrastructure and software categories as assets, and a file's own category
 * list carries no such flag, so the group decides.
 */
export function isAssetCategory(category: Pick<Category, 'group'>): boolean {
  return category.group === 'infrastructure' || category.group === 'software';
}

/** §7: the members of an allocation key: those it names, else every municipality. */
export function keyMembers(key: Pick<AllocationKey, 'members'> | null | undefined, municipalities: string[]): string[] {
  return key?.members ?? municipalities;
}
