// @vitest-environment jsdom
// Importing a baseline table: a bad cell is named and nothing changes; a good table changes the
// baseline only on confirmation, as one undo step.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { evaluateModel, type ModelFile, type OpexLine } from '../../src/engine';
import { ImportScreen } from '../../src/features/import';
import { applyTable } from '../../src/features/import/apply';
import { parseTable, type RawCell } from '../../src/features/import/parse-table';
import { readCsv } from '../../src/components/table-file/read-file';
import { appStore } from '../../src/state';

const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;
const history = () => appStore.getState().history[id]?.past.length ?? 0;

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {} }, true);
  id = appStore.getState().addModel(structuredClone(example as ModelFile));
});
afterEach(cleanup);

const csvFile = (rows: string[][]) =>
  new File([`\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}`], 'tabel.csv', { type: 'text/csv' });

async function xlsxFile(rows: (string | number | null)[][]): Promise<File> {
  const blob = await writeXlsxFile(
    rows.map((r) => r.map((v) => (v === null ? null : { value: v, type: typeof v === 'number' ? Number : String }))),
  ).toBlob();
  return new File([blob], 'tabel.xlsx');
}

async function choose(file: File, opts: { party?: string; kind?: 'costs' | 'staff' } = {}) {
  const user = userEvent.setup();
  render(<ImportScreen />);
  if (opts.party) await user.selectOptions(screen.getByLabelText('Gemeente of partij'), opts.party);
  if (opts.kind) await user.selectOptions(screen.getByLabelText('Soort tabel'), opts.kind);
  await user.upload(screen.getByLabelText('Bestand kiezen'), file);
  await screen.findByRole('heading', { name: `Voorbeeld: ${file.name}` });
  return user;
}

describe('importing a baseline table', () => {
  it('names the one bad cell of a CSV file and changes nothing', async () => {
    const before = model();
    const user = await choose(
      csvFile([
        ['Categorie', '2013', '2014', '2015'],
        ['Applicaties', '2.600.000', '2.650.000', '2.700.000'],
        ['ICT-werkplek (hardware)', '900.000', '910.000', '920.000'],
        ['Telecommunicatie', '100.000', 'n.v.t.', '120.000'],
      ]),
      { party: 'haarlem' },
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Eén vak is niet in orde — er is niets veranderd.');
    expect(alert).toHaveTextContent('C4: geen getal (‘n.v.t.’)');
    expect(alert.querySelectorAll('li')).toHaveLength(1);
    const confirm = screen.getByRole('button', { name: 'Importeren in de baseline' });
    expect(confirm).toBeDisabled();
    await user.click(confirm);
    expect(model()).toBe(before);
    expect(history()).toBe(0);
  });

  it('names a bad cell of an .xlsx file (a negative amount) and changes nothing', async () => {
    const before = model();
    await choose(
      await xlsxFile([
        ['Functiegroep', 2013, 2014],
        ['Technisch beheer', 30, 28.5],
        ['Functioneel beheer', -2, 4],
      ]),
      { party: 'haarlem', kind: 'staff' },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('B3: negatief getal (‘-2’)');
    expect(screen.getByRole('button', { name: 'Importeren in de baseline' })).toBeDisabled();
    expect(model()).toBe(before);
  });

  it('names unknown categories and years outside the horizon', async () => {
    const { startYear, endYear } = (example as ModelFile).horizon;
    await choose(
      csvFile([
        ['Categorie', String(startYear), String(endYear + 1)],
        ['Koffie', '1', '2'],
      ]),
      { party: 'haarlem' },
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`C1: ${endYear + 1} ligt buiten de jaren van het model (${startYear}–${endYear})`);
    expect(alert).toHaveTextContent('A2: onbekende categorie ‘Koffie’');
  });

  it('imports a good .xlsx cost table only on confirmation, as one undo step', async () => {
    const before = model();
    const { startYear } = before.horizon;
    const table = [
      ['Categorie', startYear, startYear + 1, startYear + 2],
      ['Applicaties', 2600000, 2650000.5, 2700000],
    ];
    const user = await choose(await xlsxFile(table), { party: 'haarlem' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(model()).toBe(before);
    await user.click(screen.getByRole('button', { name: 'Importeren in de baseline' }));
    await waitFor(() => expect(model()).not.toBe(before));
    expect(history()).toBe(1);

    const lines = (model().scenarios.find((s) => s.basedOn === null)?.lines ?? []).filter(
      (l): l is OpexLine => l.type === 'opex' && l.party === 'haarlem' && l.category === 'applications',
    );
    expect(lines).toHaveLength(1);
    // The engine charges exactly the table's amounts (later years carry the last one), whatever
    // else the baseline holds: compare with the same model without the party's application costs.
    const without = structuredClone(model());
    const base = without.scenarios.find((s) => s.basedOn === null)!;
    base.lines = base.lines!.filter((l) => l !== base.lines!.find((x) => x.id === lines[0]!.id));
    const cost = (m: ModelFile, y: number) =>
      evaluateModel(m)
        .scenarios.find((s) => s.basedOn === null)!
        .years.find((x) => x.year === y)!.byOwnerCategory.haarlem?.applications ?? '0.00';
    const cents = (s: string) => Math.round(Number(s) * 100);
    for (let y = startYear; y <= before.horizon.endYear; y += 1) {
      const expected = y - startYear < 3 ? (table[1]![1 + y - startYear] as number) : 2700000;
      expect(cents(cost(model(), y)) - cents(cost(without, y))).toBe(Math.round(expected * 100));
    }

    appStore.getState().undo();
    expect(model()).toBe(before);
  });
});

describe('reading and applying a staff table', () => {
  const cells = (rows: (string | number | null)[][]): RawCell[][] =>
    rows.map((r) =>
      r.map((v): RawCell =>
        v === null
          ? { kind: 'empty' }
          : typeof v === 'number'
            ? { kind: 'number', raw: String(v) }
            : { kind: 'text', value: v },
      ),
    );

  it('sets the FTE per year (carried forward), keeps the hired share, adds a missing group and skips a total row', () => {
    const m = structuredClone(example as ModelFile);
    const y0 = m.horizon.startYear;
    const table = parseTable(
      cells([
        ['Functiegroep', y0 + 1, y0 + 3],
        ['Technisch beheer', 25, 20.5],
        ['management', '3', null],
        ['Totaal', 28, 20.5],
      ]),
      m,
      'staff',
    );
    expect(table.problems).toEqual([]);
    expect(table.skipped).toEqual([{ row: 4, label: 'Totaal' }]);
    const before = m.scenarios
      .find((s) => s.basedOn === null)!
      .staff!.find((s) => s.party === 'haarlem' && s.group === 'technicalMgmt');
    applyTable(m, 'haarlem', table, 'test');
    const staff = m.scenarios.find((s) => s.basedOn === null)!.staff!;
    const tech = staff.find((s) => s.party === 'haarlem' && s.group === 'technicalMgmt')!;
    expect(tech.fte).toEqual({ [y0 + 1]: 25, [y0 + 3]: 20.5 });
    expect(tech.hiredShare).toEqual(before?.hiredShare);
    expect(staff.find((s) => s.party === 'haarlem' && s.group === 'management')?.fte).toEqual({
      [y0 + 1]: 3,
      [y0 + 3]: 0,
    });
  });

  it('names every problem by its cell: a repeated row, a year twice, a column without a year', () => {
    const m = example as ModelFile;
    const y0 = m.horizon.startYear;
    const table = parseTable(readCsv(`Categorie;${y0};${y0}\r\nApplicaties;1;2;3\r\nApplicaties;4;5\r\n`), m, 'costs');
    expect(table.problems.map((p) => `${p.cell}:${p.code}`).sort()).toEqual([
      'A3:rowTwice',
      'C1:yearTwice',
      'D2:noYearAbove',
    ]);
  });
});
