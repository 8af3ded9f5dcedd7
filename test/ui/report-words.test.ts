// Issue 20 items 8 and 13: the report never sends its reader to a screen, and says break-even in
// one Dutch word (terugverdienjaar), never "break-even" or "kantelpunt" as a concept.
import { describe, expect, it } from 'vitest';
import { reportActualsMessages } from '../../src/features/report/actuals-messages';
import { exitReportMessages } from '../../src/features/report/exit-messages';
import { legalReportMessages } from '../../src/features/report/legal-messages';
import { reportMessages } from '../../src/features/report/messages';
import { methodMessages as methodReportMessages } from '../../src/features/report/method-messages';
import { projectionMessages } from '../../src/features/report/projection-messages';
import { resultsMessages } from '../../src/features/results/messages';
import { exportMessages } from '../../src/features/export/messages';
import { uncertaintyMessages } from '../../src/features/uncertainty/messages';
import { baseCaseMessages } from '../../src/model';

type Table = { nl: Record<string, string>; en: Record<string, string> };
const report: Record<string, Table> = {
  reportActualsMessages,
  exitReportMessages,
  legalReportMessages,
  reportMessages,
  methodReportMessages,
  projectionMessages,
};

describe('the report’s words', () => {
  it.each(Object.keys(report))('%s: no instruction to use a screen', (name) => {
    const table = report[name]!;
    const found = [
      ...Object.entries(table.nl).filter(([k, v]) => k !== 'screenTitle' && /scherm|klik|ga naar|tabblad/i.test(v)),
      ...Object.entries(table.en).filter(([k, v]) => k !== 'screenTitle' && /screen|click|go to|\btab\b/i.test(v)),
    ];
    expect(found).toEqual([]);
  });

  it('one Dutch term for break-even in the report, results, uncertainty and exports', () => {
    const tables: Table[] = [
      ...Object.values(report),
      resultsMessages,
      exportMessages,
      uncertaintyMessages,
      baseCaseMessages,
    ];
    const found = tables.flatMap((t) =>
      Object.values(t.nl).filter((v) => /break-?even|kantelpunt/i.test(v.replace(/\bKantelpunt\b/g, ''))),
    );
    expect(found).toEqual([]);
  });
});
