/**
 * Categories, function groups and parties of a model with their display names. Default ids
 * get an English name in the English UI; labels a file sets itself are shown as they are.
 */
import { DEFAULT_CATEGORIES, DEFAULT_FUNCTION_GROUPS, isAssetCategory, type Category, type FunctionGroup, type ModelFile } from '../engine';
import type { Locale } from '../i18n/format';

const EN_CATEGORIES: Record<string, string> = {
  workplace: 'ICT workplace (hardware)', workplaceServers: 'ICT workplace (servers)', peripherals: 'Peripherals',
  applications: 'Applications', appServers: 'Application servers / storage', datacom: 'Data communication',
  telecom: 'Telecommunication', facilities: 'Facilities', personnel: 'Personnel', cioOffice: 'CIO office',
  programme: 'Project and programme costs', transition: 'Transition costs', friction: 'Friction costs',
  overhead: 'Overhead', other: 'Other',
};
const EN_GROUPS: Record<string, string> = {
  management: 'Management', businessOffice: 'Business office', infoAdvice: 'Information advice, innovation and projects',
  functionalMgmt: 'Functional management', technicalMgmt: 'Technical management', cio: 'CIO office',
};

export function categoriesOf(m: ModelFile): readonly Category[] {
  return m.categories ?? DEFAULT_CATEGORIES;
}

export function functionGroupsOf(m: ModelFile): readonly FunctionGroup[] {
  return m.functionGroups ?? DEFAULT_FUNCTION_GROUPS;
}

export function assetCategoriesOf(m: ModelFile): Category[] {
  return categoriesOf(m).filter(isAssetCategory);
}

export function oneOffCategoriesOf(m: ModelFile): Category[] {
  return categoriesOf(m).filter((c) => c.group === 'oneOff');
}

function localized(id: string, label: string, defaults: readonly { id: string; label: string }[], en: Record<string, string>, locale: Locale): string {
  if (locale === 'en' && en[id] && defaults.some((d) => d.id === id && d.label === label)) return en[id];
  return label;
}

export function categoryLabel(m: ModelFile, id: string, locale: Locale): string {
  const c = categoriesOf(m).find((x) => x.id === id);
  return c ? localized(c.id, c.label, DEFAULT_CATEGORIES, EN_CATEGORIES, locale) : id;
}

export function groupLabel(m: ModelFile, id: string, locale: Locale): string {
  const g = functionGroupsOf(m).find((x) => x.id === id);
  return g ? localized(g.id, g.label, DEFAULT_FUNCTION_GROUPS, EN_GROUPS, locale) : id;
}

export function partyName(m: ModelFile, id: string): string {
  return m.parties.find((p) => p.id === id)?.name ?? id;
}
