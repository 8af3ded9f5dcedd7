/**
 * A new model from a template: 2–12 municipalities with a small, valid baseline of example
 * figures (to be replaced by the user's own), and optionally a shared ICT centre with a first
 * collaboration scenario that moves infrastructure and technical management to it.
 */
import type { Change, Line, ModelFile, Party, StaffEntry } from '../engine';
import { formatDecimal, formatMoney, type Locale } from '../i18n/format';
import { toConfirmNote } from './levers';

export type TemplateOptions = {
  municipalities: number;
  isWithCentre: boolean;
  startYear: number;
  years: number;
  title: string;
  /** Names of the municipalities; missing ones become `Gemeente 1`, `Gemeente 2`, … */
  names?: string[];
  centreName: string;
  scenarioName: string;
  baselineName: string;
  /** The language of the notes that flag the scenario's sample values (default Dutch). */
  locale?: Locale;
};

const TERMS = {
  workplace: 4,
  workplaceServers: 5,
  peripherals: 5,
  applications: 5,
  appServers: 5,
  datacom: 5,
  telecom: 5,
  facilities: 10,
};
const OPEX: [string, number][] = [
  ['workplace', 400000],
  ['applications', 900000],
  ['appServers', 250000],
  ['datacom', 150000],
  ['telecom', 120000],
  ['facilities', 60000],
];
const STAFF: [string, number][] = [
  ['management', 1],
  ['businessOffice', 1],
  ['infoAdvice', 3],
  ['functionalMgmt', 4],
  ['technicalMgmt', 8],
  ['cio', 1],
];
const TO_CENTRE = ['workplace', 'appServers', 'datacom', 'telecom'];

/**
 * The template's figures are dated in the first horizon year (issue 20): the grids show the
 * horizon, so a value dated before it could feed a result without the user seeing it.
 */
const dated = (year: number, value: number) => ({ [String(year)]: value });

function municipality(i: number, name: string, startYear: number): Party {
  return {
    id: `gemeente-${i}`,
    name,
    kind: 'municipality',
    inhabitants: dated(startYear, 50000),
    workstations: dated(startYear, 500),
    employees: dated(startYear, 550),
    interestRate: 0.02,
    depreciationYears: { ...TERMS },
    costPerFte: { own: 80000, hired: 120000 },
  };
}

function baselineOf(parties: Party[], startYear: number, endYear: number): { lines: Line[]; staff: StaffEntry[] } {
  const lines: Line[] = [];
  const staff: StaffEntry[] = [];
  for (const p of parties) {
    for (const [category, amount] of OPEX)
      lines.push({ type: 'opex', id: `${p.id}-${category}`, party: p.id, category, amount });
    // Invested from the first horizon year on, so every investment reads inhabitants the user sees (and edits) in the grid.
    lines.push({
      type: 'recurringInvestment',
      id: `${p.id}-renewal`,
      party: p.id,
      category: 'applications',
      from: startYear,
      to: endYear,
      perInhabitant: 4.56,
    });
    for (const [group, fte] of STAFF) staff.push({ party: p.id, group, fte: dated(startYear, fte), hiredShare: 0.1 });
  }
  return { lines, staff };
}

/**
 * The first collaboration scenario. Moving costs and ending the municipalities' technical
 * management follow whatever the baseline holds; the centre's staff and the one-off costs cannot
 * be written relative to the baseline in the file format (staff is not transferred, spec §5.3),
 * so they are sample values, flagged on their levers until the user confirms them (issue 20).
 */
function centreChanges(parties: Party[], startYear: number, locale: Locale): Change[] {
  const from = startYear + 1;
  const changes: Change[] = [];
  for (const p of parties)
    changes.push({ op: 'transfer', select: { party: p.id, category: TO_CENTRE }, to: 'ictc', from });
  for (const p of parties)
    changes.push({ op: 'setStaff', party: p.id, group: 'technicalMgmt', fte: { [String(from)]: 0 } });
  const centreFte = Math.round(parties.length * 8 * 0.85 * 10) / 10;
  const staffNote = toConfirmNote(locale, 'centreStaff', {
    fte: formatDecimal(centreFte, locale, 1),
    count: String(parties.length),
  });
  changes.push({
    op: 'addStaff',
    staff: { party: 'ictc', group: 'technicalMgmt', fte: { [String(from)]: centreFte } },
    note: staffNote,
  });
  const oneOff = (amount: number) => toConfirmNote(locale, 'oneOff', { amount: formatMoney(String(amount), locale) });
  changes.push({
    op: 'addLine',
    line: {
      type: 'oneOff',
      id: 'centre-programme',
      party: 'ictc',
      category: 'programme',
      year: startYear,
      amount: 250000 * parties.length,
    },
    note: oneOff(250000),
  });
  changes.push({
    op: 'addLine',
    line: {
      type: 'oneOff',
      id: 'centre-transition',
      party: 'ictc',
      category: 'transition',
      year: from,
      amount: 150000 * parties.length,
    },
    note: oneOff(150000),
  });
  return changes;
}

export function createTemplateModel(o: TemplateOptions): ModelFile {
  const count = Math.min(12, Math.max(2, Math.round(o.municipalities)));
  const endYear = o.startYear + Math.max(1, o.years) - 1;
  const municipalities = Array.from({ length: count }, (_, i) =>
    municipality(i + 1, o.names?.[i]?.trim() || `Gemeente ${i + 1}`, o.startYear),
  );
  const parties: Party[] = [...municipalities];
  if (o.isWithCentre) {
    parties.push({
      id: 'ictc',
      name: o.centreName,
      kind: 'shared',
      interestRate: 0.03,
      depreciationYears: { ...TERMS },
      costPerFte: { own: 80000, hired: 120000 },
      allocation: { default: { basis: 'inhabitants' } },
    });
  }
  const scenarios: ModelFile['scenarios'] = [
    { id: 'baseline', name: o.baselineName, basedOn: null, ...baselineOf(municipalities, o.startYear, endYear) },
  ];
  if (o.isWithCentre)
    scenarios.push({
      id: 'centre',
      name: o.scenarioName,
      basedOn: 'baseline',
      changes: centreChanges(municipalities, o.startYear, o.locale ?? 'nl'),
    });
  return {
    format: 'ict-business-case',
    version: 1,
    meta: { title: o.title },
    horizon: { startYear: o.startYear, endYear, extrapolateTo: endYear + 8 },
    assumptions: { priceBaseYear: o.startYear },
    parties,
    scenarios,
  };
}
