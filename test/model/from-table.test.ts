/**
 * A model from a table of municipalities (issue 19, item 4): every row checked with a message
 * naming row and column, and the generated model valid, visible line by line, and evaluated as
 * inhabitants × cost per inhabitant with a centre per region whose reduction is flagged.
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel, MAX_PARTIES, validateModel } from '../../src/engine';
import {
  defaultCostTemplate,
  isToConfirm,
  modelFromTable,
  readMunicipalityTable,
  splitTableText,
  type TableField,
} from '../../src/model';

const fieldNames: Record<TableField, string> = {
  name: 'Naam',
  inhabitants: 'Inwoners',
  workstations: 'Werkplekken',
  employees: 'Medewerkers',
  costPerInhabitant: 'ICT-kosten per inwoner',
  region: 'Regio',
};
const read = (text: string, maxRows = MAX_PARTIES - 10) =>
  readMunicipalityTable(splitTableText(text), { fieldNames, maxRows, locale: 'nl' });

const options = {
  title: 'Nederland',
  startYear: 2027,
  years: 5,
  template: defaultCostTemplate(),
  baselineName: 'Baseline',
  centreName: (r: string) => `ICT-centrum ${r}`.trim(),
  scenarioName: (r: string) => `Centrum ${r}`.trim(),
  locale: 'nl' as const,
};

const TABLE = [
  'Gemeente\tInwoners\tWerkplekken\tMedewerkers\tICT-kosten per inwoner\tRegio',
  'Haarlem\t162.000\t1.300\t1.450\t\tNoord',
  'Zandvoort\t17.000\t180\t200\t120,50\tNoord',
  'Breda\t185.000\t1.500\t1.700\t\tZuid',
  '',
].join('\n');

describe('reading a table of municipalities', () => {
  it('reads a pasted table with a Dutch header and Dutch numbers', () => {
    const r = read(TABLE);
    expect(r.problems).toEqual([]);
    expect(r.hasHeader).toBe(true);
    expect(r.rows).toEqual([
      {
        row: 2,
        name: 'Haarlem',
        inhabitants: '162000',
        workstations: '1300',
        employees: '1450',
        region: 'Noord',
      },
      {
        row: 3,
        name: 'Zandvoort',
        inhabitants: '17000',
        workstations: '180',
        employees: '200',
        costPerInhabitant: '120.5',
        region: 'Noord',
      },
      { row: 4, name: 'Breda', inhabitants: '185000', workstations: '1500', employees: '1700', region: 'Zuid' },
    ]);
  });

  it('names row and column of every bad cell, and refuses duplicate names', () => {
    const r = read(
      [
        'Naam;Inwoners;Werkplekken',
        'Haarlem;162000;1300',
        'Leiden;veel;900',
        ';5000;10',
        'haarlem ;1000;10',
        'Delft;-3;10',
        'Gouda;72000,5;10',
        'Ede;0;10',
        'Uden;42000;',
      ].join('\n'),
    );
    const errors = r.problems.filter((p) => p.level === 'error').map((p) => [p.row, p.column, p.code]);
    expect(errors).toEqual([
      [3, 'Inwoners', 'notANumber'],
      [4, 'Naam', 'empty'],
      [5, 'Naam', 'duplicateName'],
      [6, 'Inwoners', 'negative'],
      [7, 'Inwoners', 'notInteger'],
      [8, 'Inwoners', 'notPositive'],
      [9, 'Werkplekken', 'empty'],
    ]);
    expect(r.problems.find((p) => p.code === 'duplicateName')?.vars).toMatchObject({ other: 2 });
    expect(r.rows.map((x) => x.name)).toEqual(['Haarlem']);
  });

  it('flags an empty row between rows and a row without a region, without refusing them', () => {
    const r = read(['Naam\tInwoners\tRegio', 'A\t1000\tX', '', 'B\t2000\t', '', ''].join('\n'));
    expect(r.problems.map((p) => [p.level, p.row, p.code])).toEqual([
      ['warning', 3, 'emptyRow'],
      ['warning', 4, 'noRegion'],
    ]);
    expect(r.rows).toHaveLength(2);
  });

  it('refuses a table without a column of inhabitants, one longer than its header, and too many rows', () => {
    expect(read('Naam\tWerkplekken\nA\t10').problems.map((p) => p.code)).toContain('noInhabitantsColumn');
    const comma = read('Naam,Inwoners\nA,1,5');
    expect(comma.problems).toMatchObject([{ level: 'error', row: 2, code: 'extraCells' }]);
    const many = read(['Naam\tInwoners', 'A\t1', 'B\t2', 'C\t3'].join('\n'), 2);
    expect(many.problems).toMatchObject([{ level: 'error', code: 'tooMany', vars: { count: 3, max: 2 } }]);
  });

  it('reads a table without a header in the documented column order', () => {
    const r = read('Haarlem\t162000\t1300\t1450');
    expect(r.hasHeader).toBe(false);
    expect(r.columnNames).toEqual(['Naam', 'Inwoners', 'Werkplekken', 'Medewerkers']);
    expect(r.rows[0]).toMatchObject({ row: 1, name: 'Haarlem', inhabitants: '162000', employees: '1450' });
  });
});

describe('the model from a table', () => {
  const model = () => modelFromTable(read(TABLE).rows, options);

  it('is a valid model file with a municipality per row and a centre and scenario per region', () => {
    const m = model();
    expect(validateModel(m)).toEqual([]);
    expect(m.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Haarlem', 'municipality'],
      ['Zandvoort', 'municipality'],
      ['Breda', 'municipality'],
      ['ICT-centrum Noord', 'shared'],
      ['ICT-centrum Zuid', 'shared'],
    ]);
    expect(m.parties[0]).toMatchObject({ inhabitants: { 2027: 162000 }, workstations: { 2027: 1300 } });
    expect(m.parties[3]?.allocation?.default?.members).toEqual(['haarlem', 'zandvoort']);
    expect(m.scenarios.map((s) => s.name)).toEqual(['Baseline', 'Centrum Noord', 'Centrum Zuid']);
  });

  it('writes each cost out as inhabitants × cost per inhabitant, scaled to an own ICT cost per inhabitant', () => {
    const lines = model().scenarios[0]?.lines ?? [];
    const amount = (party: string, category: string) => {
      const line = lines.find((l) => l.party === party && l.type === 'opex' && l.category === category);
      return line?.type === 'opex' ? line.amount : undefined;
    };
    // The benchmark: software € 36, personnel € 53, infrastructure € 17 per inhabitant.
    expect(amount('haarlem', 'applications')).toBe('5832000.00');
    expect(amount('haarlem', 'personnel')).toBe('8586000.00');
    expect(amount('haarlem', 'workplace')).toBe('2754000.00');
    // Zandvoort's own € 120,50 per inhabitant, split as the template: 36/106 × 120,50 × 17.000, each to the cent.
    expect(amount('zandvoort', 'applications')).toBe('695716.98');
    expect(amount('zandvoort', 'personnel')).toBe('1024250.00');
    expect(amount('zandvoort', 'workplace')).toBe('328533.02');
  });

  it('evaluates: the baseline is the sum of the lines, the centre saves its flagged reduction', () => {
    const m = model();
    const e = evaluateModel(m);
    const base = e.scenarios[0]!;
    const noord = e.scenarios[1]!;
    // 2027, before the centre: Haarlem (106 × 162.000) + Zandvoort (120,50 × 17.000, to the cent) + Breda.
    expect(base.years[0]?.total).toBe('38830500.00');
    expect(noord.years[0]?.total).toBe(base.years[0]?.total);
    // 2029: the reduction is fully phased in on what Noord's centre took over; Zuid is unchanged.
    const y = 2;
    const noordCost = (s: typeof base) =>
      ['haarlem', 'zandvoort'].reduce((a, p) => a + Number(s.parties[p]?.years[y]?.total), 0);
    expect(noordCost(noord)).toBeCloseTo(noordCost(base) * 0.9, 0);
    expect(noord.parties['breda']?.years[y]?.total).toBe(base.parties['breda']?.years[y]?.total);
    const scale = m.scenarios[1]?.changes?.find((c) => c.op === 'scale');
    expect(scale && isToConfirm(scale)).toBe(true);
    expect(scale?.note).toContain('10%');
  });

  it('makes one centre for all when the table has no regions, and unique ids for similar names', () => {
    const rows = read('Naam\tInwoners\n’s-Hertogenbosch\t150000\ns-Hertogenbosch\t10\nBaseline\t5').rows;
    const m = modelFromTable(rows, options);
    expect(validateModel(m)).toEqual([]);
    expect(m.parties.map((p) => p.id)).toEqual(['s-hertogenbosch', 's-hertogenbosch-2', 'baseline-2', 'centrum-regio']);
    expect(m.scenarios).toHaveLength(2);
    expect(m.parties[3]?.name).toBe('ICT-centrum');
  });

  it('generates a national model of 342 municipalities in four regions within the limits', () => {
    const text = ['Naam\tInwoners\tRegio']
      .concat(Array.from({ length: 342 }, (_, i) => `Gemeente ${i + 1}\t${10000 + i * 137}\tRegio ${(i % 4) + 1}`))
      .join('\n');
    const r = read(text);
    expect(r.problems).toEqual([]);
    const m = modelFromTable(r.rows, { ...options, years: 10 });
    expect(validateModel(m)).toEqual([]);
    expect(m.parties).toHaveLength(346);
    expect(m.scenarios).toHaveLength(5);
  });
});
