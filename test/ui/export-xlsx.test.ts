// The spreadsheet export: the workbook of the built-in example, re-read with read-excel-file,
// carries the engine's figures to the cent as real numbers; text that looks like a formula is
// kept as text; a negative amount stays a number.
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import { unzipSync, strFromU8 } from 'fflate';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { evaluateModel, type Evaluation, type ModelFile } from '../../src/engine';
import { translate } from '../../src/i18n';
import { exportMessages, type ExportKey } from '../../src/features/export/messages';
import { buildWorkbook } from '../../src/features/export/workbook';
import { sheetsToXlsx } from '../../src/features/export/xlsx';

const t = (key: ExportKey, vars?: Record<string, string | number>) => translate(exportMessages, 'nl', key, vars);
type Row = (string | number | boolean | Date | null)[];

async function exportAndRead(
  model: ModelFile,
): Promise<{ evaluation: Evaluation; sheets: Map<string, Row[]>; blob: Blob }> {
  const evaluation = evaluateModel(model);
  const blob = await sheetsToXlsx(buildWorkbook(model, evaluation, t, 'nl', '2025-01-01'));
  const read = await readXlsxFile(blob);
  return { evaluation, blob, sheets: new Map(read.map((s) => [s.sheet, s.data as unknown as Row[]])) };
}

function sheet(sheets: Map<string, Row[]>, name: string): { header: string[]; rows: Row[] } {
  const data = sheets.get(name);
  if (!data) throw new Error(`no sheet ${name}; have ${[...sheets.keys()].join(', ')}`);
  const [header, ...rows] = data;
  return { header: (header ?? []).map(String), rows };
}

/** A spreadsheet number back to the engine's two-decimal string. */
const cents = (v: unknown): string => {
  expect(typeof v).toBe('number');
  return (v as number).toFixed(2);
};

const base = example as ModelFile;

describe('xlsx export', () => {
  it('re-reads every total, saving and municipality figure exactly as the engine computed it', async () => {
    const { evaluation, sheets } = await exportAndRead(base);
    const totals = sheet(sheets, t('sheetTotals'));
    const col = (name: ExportKey) => totals.header.indexOf(t(name));
    const expectedRows = evaluation.scenarios.reduce((n, s) => n + s.years.length, 0);
    expect(totals.rows).toHaveLength(expectedRows);
    for (const row of totals.rows) {
      const s = evaluation.scenarios.find((x) => x.name === row[col('scenario')]);
      const y = s?.years.find((x) => x.year === row[col('year')]);
      expect(y, `row ${JSON.stringify(row)}`).toBeDefined();
      if (!y) continue;
      expect(cents(row[col('total')])).toBe(y.total);
      expect(cents(row[col('oneOff')])).toBe(y.oneOff);
      expect(cents(row[col('recurring')])).toBe(y.recurring);
      expect(cents(row[col('savings')])).toBe(y.savings);
      expect(cents(row[col('cumulativeSavings')])).toBe(y.cumulativeSavings);
    }

    const perMunicipality = sheet(sheets, t('sheetMunicipalities'));
    const names = new Map(base.parties.map((p) => [p.name, p.id]));
    let checked = 0;
    for (const row of perMunicipality.rows) {
      const s = evaluation.scenarios.find((x) => x.name === row[0]);
      const party = names.get(String(row[1])) as string;
      const y = s?.years.find((x) => x.year === row[2]);
      expect(cents(row[4])).toBe(y?.byParty[party]);
      expect(cents(row[7])).toBe(s?.parties[party]?.years.find((x) => x.year === row[2])?.savings);
      checked += 1;
    }
    expect(checked).toBe(evaluation.scenarios.length * evaluation.municipalities.length * evaluation.years.length);

    const keys = sheet(sheets, t('sheetKeyFigures'));
    for (const s of evaluation.scenarios) {
      const row = keys.rows.find((r) => r[0] === s.name) as Row;
      expect(cents(row[5])).toBe(s.npv);
      expect(cents(row[6])).toBe(s.npvExtended);
      expect(cents(row[7])).toBe(s.investment);
      expect(row[2] ?? null).toBe(s.breakEven?.year ?? null);
    }
  });

  it('adds up the cost per category to the total, for every scenario and horizon year', async () => {
    const { evaluation, sheets } = await exportAndRead(base);
    const byCategory = sheet(sheets, t('sheetCategoryCosts'));
    for (const s of evaluation.scenarios) {
      for (const y of s.years.filter((x) => !x.isExtrapolated)) {
        const rows = byCategory.rows.filter((r) => r[0] === s.name && r[1] === y.year);
        expect(rows.length).toBe(Object.keys(y.byCategory).length);
        const sumCents = rows.reduce((n, r) => n + Math.round((r[4] as number) * 100), 0);
        expect((sumCents / 100).toFixed(2)).toBe(y.total);
      }
    }
  });

  it('keeps a scenario named like a formula as text and a negative amount as a number', async () => {
    const model = structuredClone(base);
    const attack = '=HYPERLINK("x")';
    const target = model.scenarios.find((s) => s.basedOn !== null) as ModelFile['scenarios'][number];
    target.name = attack;
    // A scenario that only adds cost: its savings are negative in every horizon year.
    model.scenarios.push({
      id: 'dearer',
      name: 'Duurder',
      basedOn: model.scenarios.find((s) => s.basedOn === null)?.id ?? null,
      changes: [
        {
          op: 'addLine',
          line: { type: 'opex', id: 'extra-cost', party: 'haarlem', category: 'other', amount: '12345.67' },
        },
      ],
    });
    const { evaluation, sheets, blob } = await exportAndRead(model);

    const totals = sheet(sheets, t('sheetTotals'));
    const named = totals.rows.filter((r) => r[0] === `'${attack}`);
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) {
      expect(typeof r[0]).toBe('string');
      expect(r[0]).toBe(`'${attack}`);
    }
    // No cell of any sheet is a formula.
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheetXml = Object.entries(files)
      .filter(([path]) => path.startsWith('xl/worksheets/'))
      .map(([, data]) => strFromU8(data));
    expect(sheetXml.length).toBeGreaterThan(10);
    for (const xml of sheetXml) expect(xml).not.toMatch(/<f[ >]/);

    const dearer = evaluation.scenarios.find((s) => s.id === 'dearer');
    const first = dearer?.years[0];
    expect(first && first.savings.startsWith('-')).toBe(true);
    const row = totals.rows.find((r) => r[0] === 'Duurder' && r[1] === first?.year) as Row;
    const savings = row[totals.header.indexOf(t('savings'))];
    expect(typeof savings).toBe('number');
    expect(savings as number).toBeLessThan(0);
    expect(cents(savings)).toBe(first?.savings);
  });

  it('exports the inputs: every cost line and staff entry of the model, amounts as numbers', async () => {
    const { sheets } = await exportAndRead(base);
    const lines = sheet(sheets, t('sheetLines'));
    const all = base.scenarios.flatMap((s) => [
      ...(s.lines ?? []),
      ...(s.changes ?? []).flatMap((c) => (c.op === 'addLine' ? [c.line] : [])),
    ]);
    // One row per line, in the model's order, named by what it is (never by its id).
    expect(lines.rows).toHaveLength(all.length);
    const amountCol = lines.header.indexOf(t('amount'));
    for (const [i, l] of all.entries()) {
      const row = lines.rows[i] as Row;
      expect(row[1]).not.toBe(l.id);
      const amount = l.type === 'application' ? l.purchase : l.amount;
      if (amount !== undefined) expect(row[amountCol]).toBe(Number(amount));
    }
    const staff = sheet(sheets, t('sheetStaff'));
    const entries = base.scenarios.flatMap((s) => [
      ...(s.staff ?? []),
      ...(s.changes ?? []).flatMap((c) => (c.op === 'addStaff' ? [c.staff] : [])),
    ]);
    expect(staff.rows).toHaveLength(entries.length);
    const changes = sheet(sheets, t('sheetChanges'));
    expect(changes.rows).toHaveLength(base.scenarios.reduce((n, s) => n + (s.changes?.length ?? 0), 0));
  });
});
