/**
 * The hostile but valid "heavy chain" model of issue 21 item 2: `lines` recurring investments
 * of one municipality with 100-year annuities over the horizon, and `depth` scenarios each
 * based on the one before, each scaling one category from 2015. With 100 lines, 99 scenarios
 * and 2013–2072 it is about 30 kB and takes a few hundred milliseconds to evaluate.
 */
import type { ModelFile } from '../../src/engine';

const CATEGORIES = [
  'workplace',
  'workplaceServers',
  'peripherals',
  'applications',
  'appServers',
  'datacom',
  'telecom',
  'facilities',
] as const;

export function heavyChainModel(lines = 100, depth = 99, endYear = 2072): ModelFile {
  const depreciationYears = Object.fromEntries(CATEGORIES.map((c) => [c, 100]));
  const scenarios: unknown[] = [
    {
      id: 'baseline',
      name: 'Baseline',
      basedOn: null,
      lines: Array.from({ length: lines }, (_, i) => ({
        type: 'recurringInvestment',
        id: `r${i}`,
        party: 'a',
        category: CATEGORIES[i % 8],
        from: 2013,
        to: endYear,
        amount: 1000 + i,
      })),
      staff: [],
    },
  ];
  for (let k = 0; k < depth; k += 1) {
    scenarios.push({
      id: `s${k}`,
      name: `S ${k}`,
      basedOn: k === 0 ? 'baseline' : `s${k - 1}`,
      changes: [{ op: 'scale', select: { party: 'a', category: CATEGORIES[k % 8] }, from: 2015, reduction: 0.01 }],
    });
  }
  return {
    format: 'ict-business-case',
    version: 1,
    meta: { title: 'heavy' },
    horizon: { startYear: 2013, endYear },
    assumptions: { priceBaseYear: 2013, depreciationMethod: 'annuity' },
    parties: [
      {
        id: 'a',
        name: 'A',
        kind: 'municipality',
        inhabitants: 10000,
        workstations: 100,
        employees: 100,
        interestRate: 0.04,
        depreciationYears,
        costPerFte: { own: 75000, hired: 110000 },
      },
    ],
    scenarios,
  } as unknown as ModelFile;
}

/** How many of the model's baseline lines have the category the k-th scenario scales. */
export function linesScaledBy(lines: number, k: number): number {
  let n = 0;
  for (let i = 0; i < lines; i += 1) if (i % 8 === k % 8) n += 1;
  return n;
}
