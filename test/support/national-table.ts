/** Models made from pasted tables for tests (issue 19): a generated national model of `count` municipalities in four regions, or any table's lines. */
import type { ModelFile } from '../../src/engine';
import { defaultCostTemplate, modelFromTable, readMunicipalityTable, splitTableText } from '../../src/model';

export const nationalName = (i: number): string => `Plaats ${String(i).padStart(3, '0')}`;

/** `count` municipalities as Excel puts them on the clipboard: tab-separated, Dutch numbers, a header line (what the browser tests paste). */
export function clipboardTable(count: number): string {
  return [
    'Gemeente\tInwoners\tWerkplekken\tMedewerkers\tRegio',
    ...Array.from({ length: count }, (_, k) => {
      const inhabitants = 5000 + ((k * 7919) % 200) * 1000;
      return `${nationalName(k + 1)}\t${inhabitants.toLocaleString('nl-NL')}\t${Math.round(inhabitants / 110)}\t${Math.round(inhabitants / 100)}\tRegio ${(k % 4) + 1}`;
    }),
  ].join('\n');
}

/** Names of a table model's parties and scenarios per region (`modelFromTable`'s options). */
type TableModelOptions = {
  title: string;
  years?: number;
  centreName?: (region: string) => string;
  scenarioName?: (region: string) => string;
};

/** A model from the lines of a pasted table (a header line first), as "Model uit tabel" makes it. */
export function modelFromTableLines(lines: readonly string[], o: TableModelOptions): ModelFile {
  const read = readMunicipalityTable(splitTableText(lines.join('\n')), {
    fieldNames: {
      name: 'Naam',
      inhabitants: 'Inwoners',
      workstations: 'Werkplekken',
      employees: 'Medewerkers',
      costPerInhabitant: 'ICT-kosten per inwoner',
      region: 'Regio',
    },
    maxRows: 1000,
    locale: 'nl',
  });
  return modelFromTable(read.rows, {
    title: o.title,
    startYear: 2027,
    years: o.years ?? 5,
    template: defaultCostTemplate(),
    baselineName: 'Baseline',
    centreName: o.centreName ?? ((r) => `Centrum ${r}`),
    scenarioName: o.scenarioName ?? ((r) => `Samen ${r}`),
    locale: 'nl',
  });
}

export function nationalTableModel(count = 342, years = 5): ModelFile {
  const lines = [
    'Naam\tInwoners\tRegio',
    ...Array.from(
      { length: count },
      (_, k) => `${nationalName(k + 1)}\t${5000 + ((k * 7919) % 200) * 1000}\tRegio ${(k % 4) + 1}`,
    ),
  ];
  return modelFromTableLines(lines, {
    title: 'Nederland',
    years,
    centreName: (r) => `ICT-centrum ${r}`,
    scenarioName: (r) => `Centrum ${r}`,
  });
}
