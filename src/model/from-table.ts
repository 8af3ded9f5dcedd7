/**
 * A model from a table of municipalities (issue 19, "Model uit tabel"): a baseline in which
 * every municipality's operating cost per category is its inhabitants × a cost per inhabitant
 * (the template, by default the ICT Benchmark Gemeenten figures), and per region a scenario with
 * a shared centre that takes over those costs with a reduction that is a sample value, flagged
 * on its lever until the user confirms it. Everything that feeds a result is an ordinary line,
 * party field or change that the grids and the scenario card show and edit: the amounts are
 * written out per municipality (inhabitants × cost per inhabitant, to the cent), not derived at
 * evaluation time from something hidden.
 */
import { DEFAULT_BENCHMARK, type Change, type Line, type ModelFile, type Party } from '../engine';
import { formatPercent, type Locale } from '../i18n/format';
import { multiplyDecimals, ratio, sumDecimals } from './decimal-text';
import { uniqueId } from './ids';
import { toConfirmNote } from './levers';
import type { TableMunicipality } from './table-rows';

/** One row of the template: the cost per inhabitant of a category, and where the figure comes from. */
export type CostTemplateRow = {
  category: string;
  /** Euros per inhabitant per year (decimal string), at the prices of the first horizon year. */
  perInhabitant: string;
  /** Which benchmark figure it is (`software`, `personnel`, `infrastructure`), or null for a user's own. */
  source: 'software' | 'personnel' | 'infrastructure' | null;
};

const AVERAGE = DEFAULT_BENCHMARK.rows[0];

/**
 * The default template: the latest average of the built-in benchmark (ICT Benchmark Gemeenten
 * 2023, book year 2022: software €36, personnel €53, infrastructure €17 per inhabitant). The
 * benchmark gives one figure per group, so each lands on one category of its group: software on
 * Applicaties, personnel on Personeel, infrastructure on ICT-werkplek (the user may split it).
 */
export function defaultCostTemplate(): CostTemplateRow[] {
  const n = (v: unknown) => String(v ?? 0);
  return [
    { category: 'applications', perInhabitant: n(AVERAGE?.software), source: 'software' },
    { category: 'personnel', perInhabitant: n(AVERAGE?.personnel), source: 'personnel' },
    { category: 'workplace', perInhabitant: n(AVERAGE?.infrastructure), source: 'infrastructure' },
  ];
}

/** The sample reduction of the centre's cost once it is fully phased in (10 %): flagged to confirm. */
export const DEFAULT_CENTRE_REDUCTION = '0.1';

export type FromTableOptions = {
  title: string;
  startYear: number;
  /** Years in the horizon (at least 2: the centre starts in the second year). */
  years: number;
  template: CostTemplateRow[];
  /** The reduction of the centre's cost at full phase-in (fraction, decimal string). */
  reduction?: string;
  baselineName: string;
  /** The name of a region's centre and of its scenario; `region` is '' for a table without regions. */
  centreName: (region: string) => string;
  scenarioName: (region: string) => string;
  locale?: Locale;
};

/** The regions of the table in order of first appearance; one unnamed region when the table has none. */
export function regionsOf(rows: TableMunicipality[]): { name: string; rows: TableMunicipality[] }[] {
  const hasRegions = rows.some((r) => r.region !== undefined);
  const out = new Map<string, TableMunicipality[]>();
  for (const r of rows) {
    const key = hasRegions ? r.region : '';
    if (key === undefined) continue; // a municipality without a region stays on its own in every scenario
    out.set(key, [...(out.get(key) ?? []), r]);
  }
  return [...out].map(([name, list]) => ({ name, rows: list }));
}

/**
 * A municipality's amount for one template row: inhabitants × cost per inhabitant, to the cent.
 * With an own ICT cost per inhabitant in the table, the template is scaled so that its total per
 * inhabitant equals that figure (each category keeps its share of the template's total).
 */
export function amountFor(m: TableMunicipality, row: CostTemplateRow, templateTotal: string): string {
  const per =
    m.costPerInhabitant === undefined || !/[1-9]/.test(templateTotal)
      ? row.perInhabitant
      : (ratio(multiplyDecimals(row.perInhabitant, m.costPerInhabitant), templateTotal, 12) as string);
  return ratio(multiplyDecimals(m.inhabitants, per), '1', 2) as string;
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function municipalityParty(m: TableMunicipality, id: string, startYear: number): Party {
  const dated = (v: string) => ({ [String(startYear)]: Number(v) });
  return {
    id,
    name: m.name,
    kind: 'municipality',
    inhabitants: dated(m.inhabitants),
    ...(m.workstations !== undefined ? { workstations: dated(m.workstations) } : {}),
    ...(m.employees !== undefined ? { employees: dated(m.employees) } : {}),
  };
}

/** Generates the model; the rows must have passed `readMunicipalityTable` without errors. */
export function modelFromTable(rows: TableMunicipality[], o: FromTableOptions): ModelFile {
  const locale = o.locale ?? 'nl';
  const endYear = o.startYear + Math.max(2, Math.round(o.years)) - 1;
  const from = o.startYear + 1;
  const taken = new Set<string>(['baseline']);
  const idOf = new Map<TableMunicipality, string>();
  for (const m of rows) {
    const id = uniqueId(slug(m.name) || 'gemeente', taken);
    taken.add(id);
    idOf.set(m, id);
  }
  const templateTotal = sumDecimals(o.template.map((t) => t.perInhabitant));
  const categories = o.template.map((t) => t.category);
  const lines: Line[] = rows.flatMap((m) =>
    o.template.map((t): Line => ({
      type: 'opex',
      id: uniqueId(`${idOf.get(m)}-${t.category}`, taken),
      party: idOf.get(m) as string,
      category: t.category,
      amount: amountFor(m, t, templateTotal),
    })),
  );
  for (const l of lines) taken.add(l.id);
  const parties: Party[] = rows.map((m) => municipalityParty(m, idOf.get(m) as string, o.startYear));
  const scenarios: ModelFile['scenarios'] = [{ id: 'baseline', name: o.baselineName, basedOn: null, lines, staff: [] }];
  const reduction = o.reduction ?? DEFAULT_CENTRE_REDUCTION;
  for (const region of regionsOf(rows)) {
    const centre = uniqueId(`centrum-${slug(region.name) || 'regio'}`, taken);
    taken.add(centre);
    parties.push({
      id: centre,
      name: o.centreName(region.name),
      kind: 'shared',
      allocation: { default: { basis: 'inhabitants', members: region.rows.map((m) => idOf.get(m) as string) } },
    });
    const changes: Change[] = region.rows.map((m) => ({
      op: 'transfer',
      select: { party: idOf.get(m) as string, category: categories },
      to: centre,
      from,
    }));
    changes.push({
      op: 'scale',
      select: { party: centre },
      from,
      reduction,
      // Half the reduction in the centre's first year, all of it from the second on.
      phaseIn: { [String(from)]: 0.5, [String(from + 1)]: 1 },
      note: toConfirmNote(locale, 'tableReduction', { percent: formatPercent(reduction, locale, 0) }),
    });
    const id = uniqueId(`regio-${slug(region.name) || 'centrum'}`, taken);
    taken.add(id);
    scenarios.push({ id, name: o.scenarioName(region.name), basedOn: 'baseline', changes });
  }
  return {
    format: 'ict-business-case',
    version: 1,
    meta: { title: o.title },
    horizon: { startYear: o.startYear, endYear, extrapolateTo: endYear + 5 },
    assumptions: { priceBaseYear: o.startYear },
    parties,
    scenarios,
  };
}
