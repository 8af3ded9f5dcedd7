// The export's issue-14 sheets: the cash view of a version-3 model and the frozen and
// computed-through methods compared, re-read from the xlsx and from the CSV, carry the
// engine's figures to the cent; a v1 model gets no cash sheets; Dutch names in the Dutch UI.
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { compareMethods, evaluateModel, type ModelFile } from '../../src/engine';
import { translate } from '../../src/i18n';
import { sheetToCsv } from '../../src/features/export/csv';
import { exportMessages, type ExportKey } from '../../src/features/export/messages';
import { buildWorkbook, exportFileName } from '../../src/features/export/workbook';
import { sheetsToXlsx } from '../../src/features/export/xlsx';

const t = (key: ExportKey, vars?: Record<string, string | number>) => translate(exportMessages, 'nl', key, vars);
type Row = (string | number | boolean | Date | null)[];

const v1 = example as ModelFile;
const { discountRate: _nominal, ...assumptions } = v1.assumptions ?? {};
/** The example made version 3, computed through to 2035, NPV at 2.25 % real. */
const v3: ModelFile = {
  ...v1,
  version: 3,
  horizon: { ...v1.horizon, extrapolateTo: 2035 },
  assumptions: { ...assumptions, extrapolation: 'computeThrough', discountRealRate: 0.0225 },
};

async function read(model: ModelFile) {
  const evaluation = evaluateModel(model);
  const methods = compareMethods(model);
  const sheets = buildWorkbook(model, evaluation, t, 'nl', '2025-01-01', methods);
  const book = await readXlsxFile(await sheetsToXlsx(sheets));
  const byName = new Map(book.map((s) => [s.sheet, s.data as unknown as Row[]]));
  const get = (name: string) => {
    const data = byName.get(name);
    if (!data) throw new Error(`no sheet ${name}; have ${[...byName.keys()].join(', ')}`);
    const [header, ...rows] = data;
    return { header: (header ?? []).map(String), rows };
  };
  return { evaluation, methods, sheets, get, names: [...byName.keys()] };
}

const cents = (v: unknown): string => {
  expect(typeof v).toBe('number');
  return (v as number).toFixed(2);
};

describe('the cash and method sheets', () => {
  it(
    'give the cash view of a version-3 model per scenario, municipality and year, to the cent',
    { timeout: 20_000 },
    async () => {
      const { evaluation, get } = await read(v3);
      const cash = get(t('sheetCash'));
      const col = (k: ExportKey) => cash.header.indexOf(t(k));
      const names = new Map(v3.parties.map((p) => [p.name, p.id]));
      let checked = 0;
      for (const row of cash.rows) {
        const s = evaluation.scenarios.find((x) => x.name === row[col('scenario')]);
        const party = row[col('party')] === t('wholeCase') ? null : names.get(String(row[col('party')]));
        const c = party === null ? s?.cash : s?.parties[party as string]?.cash;
        const y = c?.years.find((x) => x.year === row[col('year')]);
        expect(y, JSON.stringify(row)).toBeDefined();
        expect(cents(row[col('payments')])).toBe(y?.total);
        expect(cents(row[col('savings')])).toBe(y?.savings);
        expect(cents(row[col('cumulativeSavings')])).toBe(y?.cumulativeSavings);
        expect(row[col('afterPlan')]).toBe((y?.year ?? 0) > 2017 ? 'ja' : 'nee');
        checked += 1;
      }
      expect(checked).toBe(evaluation.scenarios.length * (1 + evaluation.municipalities.length) * (2035 - 2013 + 1));

      const keys = get(t('sheetCashKeyFigures'));
      expect(keys.header).toContain('NCW kasstromen 2013–2017');
      expect(keys.header).toContain('NCW kasstromen 2013–2035');
      for (const s of evaluation.scenarios.filter((x) => x.basedOn !== null)) {
        const row = keys.rows.find((r) => r[0] === s.name && r[1] === t('wholeCase')) as Row;
        expect(row[2]).toBe(s.cash?.breakEven?.year);
        expect(cents(row[5])).toBe(s.cash?.npv);
        expect(cents(row[6])).toBe(s.cash?.npvExtended);
      }
      expect(keys.rows.find((r) => r[0] === 'Samenwerking 2.0' && r[1] === t('wholeCase'))?.[2]).toBe(2021);
      expect(keys.rows.find((r) => r[0] === 'Samenwerking 3.0' && r[1] === t('wholeCase'))?.[2]).toBe(2017);
    },
  );

  it('compare the two methods per scenario and municipality, marking the model’s own', async () => {
    const { methods, get } = await read(v3);
    const sheet = get(t('sheetMethods'));
    const col = (k: ExportKey) => sheet.header.indexOf(t(k));
    expect(sheet.rows).toHaveLength(methods!.rows.length * 2);
    for (const r of methods!.rows.filter((x) => x.party === null)) {
      const rows = sheet.rows.filter(
        (row) =>
          row[col('scenario')] === v3.scenarios.find((s) => s.id === r.scenarioId)?.name &&
          row[col('party')] === t('wholeCase'),
      );
      expect(rows.map((row) => [row[col('method')], row[col('chosenMethod')]])).toEqual([
        ['laatste jaar doortrekken', 'nee'],
        ['doorrekenen', 'ja'],
      ]);
      const [frozen, through] = rows as [Row, Row];
      expect([frozen[col('breakEvenYear')], through[col('breakEvenYear')]]).toEqual([
        r.frozen.breakEven?.year,
        r.through.breakEven?.year,
      ]);
      expect(cents(through[sheet.header.indexOf('NCW kasstromen 2013–2035')])).toBe(r.through.cashNpvExtended);
      expect(through[col('cashBreakEvenYear')]).toBe(r.through.cashBreakEven?.year);
    }
    const s2 = sheet.rows.filter(
      (row) => row[col('scenario')] === 'Samenwerking 2.0' && row[col('party')] === t('wholeCase'),
    );
    expect(s2.map((row) => row[col('breakEvenYear')])).toEqual([2021, 2020]);
  });

  it('add no cash sheets for a v1 model, but the method comparison; method names in words', async () => {
    const { names, get } = await read(v1);
    expect(names).not.toContain(t('sheetCash'));
    expect(names).toContain(t('sheetMethods'));
    const model = get(t('sheetModel'));
    expect(model.rows.find((r) => r[0] === t('mExtrapolation'))?.[1]).toBe('laatste jaar doortrekken');
    expect(model.rows.find((r) => r[0] === t('mDepStart'))?.[1]).toBe('het jaar na de investering');
  });

  it('write the sheets as Dutch CSV with Dutch file names, without formulas', async () => {
    const { sheets } = await read(v3);
    const cash = sheets.find((s) => s.id === 'cash')!;
    const csv = sheetToCsv(cash);
    expect(csv.split('\r\n')[0]).toContain('Uitgaven;Eenmalig;Structureel;Besparing');
    expect(csv).not.toMatch(/;=/);
    expect(exportFileName(v3, 'csv', cash.name)).toMatch(/-kasstromen\.csv$/);
    expect(exportFileName(v3, 'csv', t('sheetCategories'))).toMatch(/-categorieen\.csv$/);
  });
});
