/**
 * Legal-form templates (issue 17; decision-rules "Legal forms", review #5): for each form the
 * editable defaults a council starts from — who employs the staff, the VAT regime (model-v3
 * §10.6), the exit settlement (§10.4), governance and overhead cost lines, and a tender's
 * one-off cost and lead time. A template is only a starting point: `newLegalFormSection` copies
 * it into the model's `legalForm` section, where every value is ordinary, editable file content
 * with its `source` (the reason or source of the assumption). Nothing is read from here once the
 * section exists. Texts are model content, in Dutch like the default category labels.
 */
import {
  DEFAULT_CATEGORIES,
  LEGAL_FORMS,
  type GovernanceLine,
  type LegalFormId,
  type LegalFormSection,
  type LegalFormSpec,
  type ModelFile,
} from '../engine';

export { LEGAL_FORMS };

const OWN_ESTIMATE = 'Aanname Kantelpunt (orde van grootte, geen bron): vervang door de eigen raming.';
const VAT_2018 =
  'Aanname: sinds 1 januari 2018 geen koepelvrijstelling voor IT-diensten (Kamerstuk 34 550 VII nr. 54); de partij brengt 21 % btw in rekening, wat de gemeente uit het BCF terugkrijgt staat bij de gemeente (vat.compensable).';
const TAPERED =
  'Aanname: gebruikelijke uittredingsregeling van een GR — aflopende vergoeding over vijf jaar van de bijdrage van het laatste jaar (te verifiëren in de eigen regeling).';

function governance(form: LegalFormId, category: string): GovernanceLine[] {
  const line = (id: string, label: string, amount: number, source = OWN_ESTIMATE): GovernanceLine => ({
    id,
    label,
    category,
    amount,
    source,
  });
  switch (form) {
    case 'openbaarLichaam':
      return [
        line('bestuur', 'Ondersteuning algemeen en dagelijks bestuur', 100000),
        line(
          'accountant',
          'Eigen accountant en planning-en-controlcyclus (begroting, jaarrekening, zienswijzen)',
          60000,
        ),
      ];
    case 'bedrijfsvoeringsorganisatie':
      return [
        line('bestuur', 'Ondersteuning van één bestuur (geen algemeen en dagelijks bestuur)', 50000),
        line('accountant', 'Eigen accountant en planning-en-controlcyclus', 60000),
      ];
    case 'centrumgemeente':
      return [
        line('dvo', 'Dienstverleningsovereenkomst: contractbeheer en overleg', 40000),
        line('opslag', 'Overheadopslag van de centrumgemeente', 100000),
      ];
    case 'uitbesteding':
      return [line('regie', 'Regieorganisatie en contractmanagement', 150000)];
    case 'netwerk':
      return [line('coordinatie', 'Coördinatie van het netwerk', 30000)];
  }
}

/**
 * The first year the shared party runs as an organisation: has staff or takes over cost
 * (`transfer`) in any scenario; without either, the first year of its recurring lines (one-off
 * lines such as preparation projects do not count); else startYear.
 */
export function firstActiveYear(model: ModelFile, shared: string): number {
  const { startYear } = model.horizon;
  const firstKey = (fte: unknown) =>
    fte !== null && typeof fte === 'object' ? Math.min(...Object.keys(fte).map(Number)) : startYear;
  const running: number[] = [];
  const lines: number[] = [];
  for (const s of model.scenarios) {
    for (const e of s.staff ?? []) if (e.party === shared) running.push(firstKey(e.fte));
    for (const l of s.lines ?? [])
      if (l.party === shared && l.type !== 'oneOff') lines.push('year' in l ? l.year : (l.from ?? startYear));
    for (const c of s.changes ?? []) {
      if (c.enabled === false) continue;
      if (c.op === 'transfer' && c.to === shared) running.push(c.from);
      if (c.op === 'addStaff' && c.staff.party === shared) running.push(firstKey(c.staff.fte));
      if (c.op === 'addLine' && c.line.party === shared && c.line.type !== 'oneOff')
        lines.push('year' in c.line ? c.line.year : (c.line.from ?? startYear));
    }
  }
  const years = running.length > 0 ? running : lines;
  return years.length === 0 ? startYear : Math.max(startYear, Math.min(...years));
}

/** The municipality with the most inhabitants in the first year: the natural host of a centrumgemeente. */
function largestMunicipality(model: ModelFile): string | undefined {
  const first = (v: unknown): number => {
    if (typeof v === 'number') return v;
    if (typeof v === 'string') return Number(v);
    if (v && typeof v === 'object') return Number(Object.values(v)[0] ?? 0);
    return 0;
  };
  const municipalities = model.parties.filter((p) => p.kind === 'municipality');
  return [...municipalities].sort((a, b) => first(b.inhabitants) - first(a.inhabitants))[0]?.id;
}

/** The category governance lines book on: `overhead` when the model has it, else the first category of group other. */
function governanceCategory(model: ModelFile): string {
  const cats = model.categories ?? DEFAULT_CATEGORIES;
  return (cats.find((c) => c.id === 'overhead') ?? cats.find((c) => c.group === 'other') ?? cats[0])?.id ?? 'overhead';
}

/** The template of one form for `model`, with every default and its source. */
export function legalFormTemplate(model: ModelFile, form: LegalFormId, shared: string): LegalFormSpec {
  const from = firstActiveYear(model, shared);
  const gov = governance(form, governanceCategory(model)).map((g) => ({ ...g, from }));
  switch (form) {
    case 'openbaarLichaam':
      return {
        form,
        employer: { value: 'shared', source: 'Wgr art. 8 lid 1: het openbaar lichaam is rechtspersoon en werkgever.' },
        vat: { regime: 'charged', rate: 0.21, inputShare: 1, source: VAT_2018 },
        exit: { settlement: { method: 'tapered', factors: [1, 0.8, 0.6, 0.4, 0.2] }, noticeYears: 1, source: TAPERED },
        governance: gov,
      };
    case 'bedrijfsvoeringsorganisatie':
      return {
        form,
        employer: {
          value: 'shared',
          source: 'Wgr art. 8 lid 3 (sinds 2015): de bedrijfsvoeringsorganisatie is rechtspersoon en werkgever.',
        },
        vat: { regime: 'charged', rate: 0.21, inputShare: 1, source: VAT_2018 },
        exit: { settlement: { method: 'tapered', factors: [1, 0.8, 0.6, 0.4, 0.2] }, noticeYears: 1, source: TAPERED },
        governance: gov,
      };
    case 'centrumgemeente': {
      const host = largestMunicipality(model);
      return {
        form,
        ...(host === undefined ? {} : { host }),
        employer: {
          value: 'host',
          source:
            'Wgr art. 8 lid 4: de centrumgemeente voert de taken uit met eigen personeel; zij draagt het personeelsrisico.',
        },
        vat: {
          regime: 'charged',
          rate: 0.21,
          inputShare: 1,
          source:
            'Aanname: de centrumgemeente levert diensten aan de andere gemeenten en brengt btw in rekening; compensabel via het BCF (te verifiëren).',
        },
        exit: {
          settlement: { method: 'directDamage', years: 3 },
          noticeYears: 1,
          source:
            'Aanname: de dienstverleningsovereenkomst vergoedt de centrumgemeente de aantoonbare schade (personeel, contracten) gedurende drie jaar.',
        },
        governance: gov,
      };
    }
    case 'uitbesteding':
      return {
        form,
        employer: {
          value: 'supplier',
          source: 'De leverancier is werkgever; overgang van personeel volgt het contract.',
        },
        vat: {
          regime: 'charged',
          rate: 0.21,
          inputShare: 1,
          source:
            'Een leverancier brengt altijd btw in rekening; de gemeente compenseert die via het BCF (Wet BCF 2003).',
        },
        exit: {
          settlement: { method: 'none' },
          noticeYears: 1,
          source:
            'Aanname: geen afkoopsom; bij uitbesteding bepaalt het contract de exit (looptijd, opzegtermijn, exit-fee) — vul de eigen afspraak in.',
        },
        governance: gov,
        tender: {
          amount: 250000,
          leadYears: 1,
          year: Math.max(model.horizon.startYear, from - 1),
          source:
            'Uitbesteding vraagt een Europese aanbesteding (Aanbestedingswet 2012); kosten en doorlooptijd zijn een aanname Kantelpunt.',
        },
      };
    case 'netwerk':
      return {
        form,
        employer: {
          value: 'origin',
          source:
            'Een netwerk zonder organisatie (zoals de Friese gemeenten): iedere gemeente blijft werkgever van de eigen mensen.',
        },
        vat: {
          regime: 'none',
          rate: 0.21,
          inputShare: 1,
          source:
            'Geen organisatie die iets in rekening brengt: iedere gemeente koopt zelf in en compenseert btw via het BCF.',
        },
        exit: {
          settlement: { method: 'none' },
          noticeYears: 1,
          source: 'Aanname: een netwerkafspraak kent geen uittredingsvergoeding, alleen een opzegtermijn.',
        },
        governance: gov,
      };
  }
}

/** A new `legalForm` section for `shared` with the templates of all five forms. */
export function newLegalFormSection(model: ModelFile, shared: string): LegalFormSection {
  return { shared, forms: LEGAL_FORMS.map((f) => legalFormTemplate(model, f, shared)) };
}
