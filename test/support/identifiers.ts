/**
 * What a person must never read (issue 20, item 6): the model's ids (parties, scenarios, lines,
 * staff entries, levers, ranges, controls), input paths (`scenarios.s3.changes.0.reduction`),
 * change-op and distribution codes, the codes of categories, staff groups and line types, and
 * developer words. `internalIdentifiers` lists those found in a text.
 */
import type { ModelFile } from '../../src/engine';

const PATH = /(?<![\w-])(?:assumptions|parties|scenarios|uncertainty|workshop|horizon|meta)\.[A-Za-z0-9_.-]+/g;

/** Codes that are never words, in either language (checked case-sensitively, as whole words). */
const CODES = [
  'addLine',
  'addStaff',
  'setStaff',
  'setParam',
  'removeLine',
  'endLine',
  'appServers',
  'workplaceServers',
  'businessOffice',
  'functionalMgmt',
  'technicalMgmt',
  'infoAdvice',
  'recurringInvestment',
  'oneOff',
  'opex',
  'capex',
  'priceBaseYear',
  'projectCostRate',
  'depreciationStart',
  'depreciationMethod',
  'discountRate',
  'indexLast',
  'indexLastByCategory',
  'computeThrough',
  'nextYear',
  'sameYear',
  'extrapolateTo',
  'costPerFte',
];

/** Codes that are English words: wrong only in the Dutch text. */
const DUTCH_ONLY = [
  'triangular',
  'pert',
  'applications',
  'facilities',
  'friction',
  'peripherals',
  'programme',
  'workplace',
  'inhabitants',
  'municipality',
  'shared',
];

/** Developer words. */
const DEVELOPER = [
  /npm run/i,
  /\bversie \d\b/,
  /\bversion \d\b/,
  /opdrachtregel/i,
  /command line/i,
  /\bJSON[- ]pad/i,
  /\bJSON path/i,
];

const WORD_IDS = new Set(['baseline']);

/** The model's own ids: those with a hyphen or a digit, or an id no word can be (case-sensitive). */
export function modelIds(m: ModelFile): string[] {
  const ids = new Set<string>();
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object')
      for (const [k, v] of Object.entries(o)) {
        if (k === 'id' && typeof v === 'string') ids.add(v);
        walk(v);
      }
  };
  walk(m);
  // Ids that are also an ordinary word of the text ("baseline") cannot be told apart from it.
  return [...ids].filter((id) => !WORD_IDS.has(id));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function internalIdentifiers(text: string, m: ModelFile, locale: 'nl' | 'en'): string[] {
  const found = new Set<string>();
  for (const x of text.match(PATH) ?? []) found.add(x);
  const words = [...CODES, ...(locale === 'nl' ? DUTCH_ONLY : []), ...modelIds(m)];
  for (const w of words) {
    // Whole "words" of ids: not inside a longer id or word (letters, digits, hyphens, dots, underscores).
    const re = new RegExp(`(?<![\\w.-])${escape(w)}(?![\\w-]|\\.\\w)`);
    if (re.test(text)) found.add(w);
  }
  for (const re of DEVELOPER) {
    const x = re.exec(text);
    if (x) found.add(x[0]);
  }
  return [...found].sort();
}
