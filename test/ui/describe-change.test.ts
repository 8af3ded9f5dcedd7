import { describe, expect, it } from 'vitest';
import type { ModelFile, Change } from '../../src/engine';
import fixture from '../state/fixtures/two-municipalities.json';

const haarlemHaarlemmermeer = fixture as ModelFile;
import { describeChange } from '../../src/model';

const m = haarlemHaarlemmermeer;
const say = (c: Change, locale: 'nl' | 'en' = 'nl') => describeChange(c, m, locale);

describe('levers in plain language', () => {
  it('says staff changes the way councils do', () => {
    expect(say({ op: 'setStaff', party: 'haarlem', group: 'technicalMgmt', fte: { 2014: 0 } })).toBe(
      'Technisch beheer Haarlem naar 0 fte vanaf 2014',
    );
    expect(say({ op: 'setStaff', party: 'haarlem', group: 'technicalMgmt', fte: { 2014: 0 } }, 'en')).toBe(
      'Technical management Haarlem to 0 fte from 2014',
    );
    expect(
      say({ op: 'addStaff', staff: { party: 'ictc', group: 'technicalMgmt', fte: { 2014: 44.5, 2016: 40 } } }),
    ).toBe('Technisch beheer ICT-centrum: 44,5 fte in 2014, 40 fte vanaf 2016');
  });
  it('describes transfers, one-off costs and harmonised reductions', () => {
    expect(
      say({ op: 'transfer', select: { party: 'haarlem', category: ['workplace', 'datacom'] }, to: 'ictc', from: 2014 }),
    ).toBe('ICT-werkplek (hardware) en Datacommunicatie van Haarlem naar ICT-centrum vanaf 2014');
    expect(
      say({
        op: 'addLine',
        line: { type: 'oneOff', id: 'x', party: 'ictc', category: 'programme', year: 2013, amount: 1000000 },
      }),
    ).toBe('Project- en programmakosten ICT-centrum 2013: € 1.000.000 eenmalig');
    expect(
      say({
        op: 'scale',
        select: { category: 'applications' },
        from: 2015,
        reduction: 0.35,
        phaseIn: { 2015: 0.25, 2016: 0.5, 2017: 0.75 },
      }),
    ).toBe('Applicaties (alle partijen) −35% vanaf 2015 (ingefaseerd: 25% in 2015, 50% in 2016, 75% in 2017)');
  });
  it('describes ending a line and changing an assumption', () => {
    expect(say({ op: 'endLine', id: 'h-wp', from: 2015, retire: true })).toBe(
      'ICT-werkplek (hardware) Haarlem stopt vanaf 2015, met desinvestering',
    );
    expect(say({ op: 'setParam', path: 'parties.ictc.interestRate', value: 0.05 })).toBe(
      'Rente ICT-centrum wordt 5,0%',
    );
    expect(say({ op: 'setParam', path: 'parties.ictc.allocation.default', value: { basis: 'workstations' } })).toBe(
      'Verdeelsleutel ICT-centrum wordt naar werkplekken',
    );
  });
});
