/**
 * Categories, function groups and parties of a model with their display names. Default ids
 * get an English name in the English UI; labels a file sets itself are shown as they are.
 */
import {
  categoriesOf as engineCategoriesOf,
  DEFAULT_CATEGORIES_V3,
  DEFAULT_FUNCTION_GROUPS,
  isAssetCategory,
  type Category,
  type FunctionGroup,
  type ModelFile,
} from '../engine';
import type { Locale } from '../i18n/format';
import { defineMessages, translate, type MessageTable } from '../i18n/i18n';

const EN_CATEGORIES = {
  workplace: 'ICT workplace (hardware)',
  workplaceServers: 'ICT workplace (servers)',
  peripherals: 'Peripherals',
  applications: 'Applications',
  appServers: 'Application servers / storage',
  datacom: 'Data communication',
  telecom: 'Telecommunication',
  facilities: 'Facilities',
  personnel: 'Personnel',
  cioOffice: 'CIO office',
  programme: 'Project and programme costs',
  transition: 'Transition costs',
  friction: 'Friction costs',
  overhead: 'Overhead',
  other: 'Other',
  exit: 'Exit costs',
  vat: 'VAT cost',
};
const EN_GROUPS = {
  management: 'Management',
  businessOffice: 'Business office',
  infoAdvice: 'Information advice, innovation and projects',
  functionalMgmt: 'Functional management',
  technicalMgmt: 'Technical management',
  cio: 'CIO office',
};

/** The Dutch names are the engine's default labels (what a file holds); the English ones translate them. */
function defaultNames<K extends string>(
  defaults: readonly { id: string; label: string }[],
  en: Record<K, string>,
): MessageTable<K> {
  const nl = Object.fromEntries(defaults.map((d) => [d.id, d.label])) as Record<K, string>;
  return defineMessages({ nl, en });
}

const categoryNames = defaultNames(DEFAULT_CATEGORIES_V3, EN_CATEGORIES);
const groupNames = defaultNames(DEFAULT_FUNCTION_GROUPS, EN_GROUPS);

export function categoriesOf(m: ModelFile): readonly Category[] {
  return engineCategoriesOf(m);
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

/** A default id keeps its default label in the file: then it has a name per locale; a label the file sets itself is shown as it is. */
function localized<K extends string>(id: string, label: string, names: MessageTable<K>, locale: Locale): string {
  const isDefault = Object.hasOwn(names.nl, id) && names.nl[id as K] === label;
  return isDefault ? translate(names, locale, id as K) : label;
}

export function categoryLabel(m: ModelFile, id: string, locale: Locale): string {
  const c = categoriesOf(m).find((x) => x.id === id);
  return c ? localized(c.id, c.label, categoryNames, locale) : id;
}

export function groupLabel(m: ModelFile, id: string, locale: Locale): string {
  const g = functionGroupsOf(m).find((x) => x.id === id);
  return g ? localized(g.id, g.label, groupNames, locale) : id;
}

export function partyName(m: ModelFile, id: string): string {
  return m.parties.find((p) => p.id === id)?.name ?? id;
}
