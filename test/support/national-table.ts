/** A generated national model for tests: `count` municipalities in four regions, from a table (issue 19). */
import type { ModelFile } from '../../src/engine';
import { defaultCostTemplate, modelFromTable, readMunicipalityTable, splitTableText } from '../../src/model';

export const nationalName = (i: number): string => `Plaats ${String(i).padStart(3, '0')}`;

export function nationalTableModel(count = 342, years = 5): ModelFile {
  const text = [
    'Naam\tInwoners\tRegio',
    ...Array.from(
      { length: count },
      (_, k) => `${nationalName(k + 1)}\t${5000 + ((k * 7919) % 200) * 1000}\tRegio ${(k % 4) + 1}`,
    ),
  ].join('\n');
  const read = readMunicipalityTable(splitTableText(text), {
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
    title: 'Nederland',
    startYear: 2027,
    years,
    template: defaultCostTemplate(),
    baselineName: 'Baseline',
    centreName: (r: string) => `ICT-centrum ${r}`,
    scenarioName: (r: string) => `Centrum ${r}`,
    locale: 'nl',
  });
}
