/** The assumptions and party fields a scenario can change with `setParam`, and their names. */
import type { ModelFile } from '../../engine';
import type { Locale } from '../../i18n/format';
import { assetCategoriesOf, categoryLabel } from '../catalog';
import { say } from './context';
import type { DescribeKey } from './messages';

export type ParamKind = 'percent' | 'money' | 'integer' | 'start' | 'method' | 'basis';
export type ParamDef = { path: string; label: string; kind: ParamKind };

const ASSUMPTIONS: [string, ParamKind, DescribeKey][] = [
  ['assumptions.indexation.default', 'percent', 'paramIndexDefault'],
  ['assumptions.indexation.personnel', 'percent', 'paramIndexPersonnel'],
  ['assumptions.discountRate', 'percent', 'paramDiscountRate'],
  ['assumptions.projectCostRate.replacement', 'percent', 'paramProjectReplacement'],
  ['assumptions.projectCostRate.renewal', 'percent', 'paramProjectRenewal'],
  ['assumptions.depreciationStart', 'start', 'paramDepreciationStart'],
  ['assumptions.depreciationMethod', 'method', 'paramDepreciationMethod'],
];

/** Every field a `setParam` lever can set in this model, in the order the editor offers them. */
export function paramDefs(m: ModelFile, locale: Locale): ParamDef[] {
  const c = { locale };
  const out: ParamDef[] = ASSUMPTIONS.map(([path, kind, key]) => ({ path, kind, label: say(c, key) }));
  for (const p of m.parties) {
    const at = `parties.${p.id}`;
    const party = p.name;
    out.push({ path: `${at}.interestRate`, kind: 'percent', label: say(c, 'paramInterest', { party }) });
    out.push({ path: `${at}.costPerFte.own`, kind: 'money', label: say(c, 'paramCostOwn', { party }) });
    out.push({ path: `${at}.costPerFte.hired`, kind: 'money', label: say(c, 'paramCostHired', { party }) });
    for (const cat of assetCategoriesOf(m)) {
      out.push({
        path: `${at}.depreciationYears.${cat.id}`,
        kind: 'integer',
        label: say(c, 'paramTerm', { category: categoryLabel(m, cat.id, locale), party }),
      });
    }
    if (p.kind === 'shared')
      out.push({ path: `${at}.allocation.default`, kind: 'basis', label: say(c, 'paramAllocation', { party }) });
  }
  return out;
}

export const BASES = ['inhabitants', 'workstations', 'employees', 'fixed', 'usage'] as const;

const isBasis = (b: string): b is (typeof BASES)[number] => (BASES as readonly string[]).includes(b);

/** An allocation basis as a lever sets it: "naar werkplekken". */
export function basisLabel(b: string, locale: Locale): string {
  return isBasis(b) ? say({ locale }, `basis_${b}`) : b;
}
