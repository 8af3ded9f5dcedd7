/**
 * A comma-separated CSV with unquoted Dutch decimals (issue 21): `1,5,2,5,3` under five year
 * columns cannot be read both ways; it is refused with a reason, never imported as wrong numbers.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/components/table-file/read-file';
import { importMessages } from '../../src/features/import/messages';

describe('a comma CSV with Dutch decimal commas', () => {
  it('is refused as ambiguous instead of read as other numbers', () => {
    const csv = 'Categorie,2013,2014,2015,2016,2017\r\nApplicaties,1,5,2,5,3,5,4,5,5,5\r\n';
    expect(() => readCsv(csv)).toThrow('ambiguousComma');
    expect(importMessages.nl.ambiguousComma).toMatch(/1,5/);
  });

  it('still reads a comma CSV with quoted decimal commas, and one with decimal points', () => {
    expect(readCsv('Categorie,2013,2014\r\nApplicaties,"1,5","2,5"\r\n')[1]).toEqual([
      { kind: 'text', value: 'Applicaties' },
      { kind: 'text', value: '1,5' },
      { kind: 'text', value: '2,5' },
    ]);
    expect(readCsv('Categorie,2013,2014\r\nApplicaties,1.5,2.5\r\n')[1]?.length).toBe(3);
  });
});
