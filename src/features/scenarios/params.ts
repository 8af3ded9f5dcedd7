/** The assumptions and party fields a scenario can change with `setParam`, and how to show them. */
import type { ModelFile } from '../../engine';
import type { Locale } from '../../i18n';
import { assetCategoriesOf, categoryLabel } from '../../model';

export type ParamKind = 'percent' | 'money' | 'integer' | 'start' | 'method' | 'basis';
export type ParamDef = { path: string; label: string; kind: ParamKind };

const A: [string, ParamKind, string, string][] = [
  ['assumptions.indexation.default', 'percent', 'Indexering (algemeen)', 'Indexation (general)'],
  ['assumptions.indexation.personnel', 'percent', 'Indexering personeel', 'Indexation of personnel'],
  ['assumptions.discountRate', 'percent', 'Disconteringsvoet', 'Discount rate'],
  ['assumptions.projectCostRate.replacement', 'percent', 'Projectkosten bij vervanging', 'Project costs when replacing'],
  ['assumptions.projectCostRate.renewal', 'percent', 'Projectkosten bij vernieuwing', 'Project costs when renewing'],
  ['assumptions.depreciationStart', 'start', 'Afschrijven vanaf', 'Depreciate from'],
  ['assumptions.depreciationMethod', 'method', 'Afschrijvingsmethode', 'Depreciation method'],
];

export function paramDefs(m: ModelFile, locale: Locale): ParamDef[] {
  const nl = locale === 'nl';
  const out: ParamDef[] = A.map(([path, kind, l1, l2]) => ({ path, kind, label: nl ? l1 : l2 }));
  for (const p of m.parties) {
    const at = `parties.${p.id}`;
    out.push({ path: `${at}.interestRate`, kind: 'percent', label: nl ? `Rente ${p.name}` : `Interest ${p.name}` });
    out.push({ path: `${at}.costPerFte.own`, kind: 'money', label: nl ? `Kosten per fte eigen personeel ${p.name}` : `Cost per FTE own staff ${p.name}` });
    out.push({ path: `${at}.costPerFte.hired`, kind: 'money', label: nl ? `Kosten per fte inhuur ${p.name}` : `Cost per FTE hired staff ${p.name}` });
    for (const c of assetCategoriesOf(m)) {
      out.push({ path: `${at}.depreciationYears.${c.id}`, kind: 'integer', label: nl ? `Afschrijvingstermijn ${categoryLabel(m, c.id, locale)} ${p.name}` : `Depreciation term ${categoryLabel(m, c.id, locale)} ${p.name}` });
    }
    if (p.kind === 'shared') out.push({ path: `${at}.allocation.default`, kind: 'basis', label: nl ? `Verdeelsleutel ${p.name}` : `Allocation key ${p.name}` });
  }
  return out;
}

export const BASES = ['inhabitants', 'workstations', 'employees', 'fixed', 'usage'] as const;

export function basisLabel(b: string, locale: Locale): string {
  const nl: Record<string, string> = { inhabitants: 'naar inwoners', workstations: 'naar werkplekken', employees: 'naar medewerkers', fixed: 'vaste verdeling', usage: 'naar gebruik' };
  const en: Record<string, string> = { inhabitants: 'by inhabitants', workstations: 'by workstations', employees: 'by employees', fixed: 'fixed shares', usage: 'by usage' };
  return (locale === 'nl' ? nl : en)[b] ?? b;
}
