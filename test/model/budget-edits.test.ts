/** The Begroting screen's pure parts: budget and VAT edits (model-v3 §10.6, §10.7) and the one-sentence answer. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateModel, type BudgetYear, type ModelFile } from '../../src/engine';
import { budgetValue, setBudgetEntry, setCompensable, setSharedVat } from '../../src/model';
import { budgetAnswer } from '../../src/features/budget/budget-answer';

const base = JSON.parse(readFileSync('test/fixtures/models/two-municipalities.json', 'utf8')) as ModelFile;

describe('budget and VAT edits', () => {
  it('start a budget with its ict map, raise the file to version 3, stay valid, and remove an empty budget', () => {
    const m = structuredClone(base);
    const [a] = m.parties.filter((p) => p.kind === 'municipality');
    const start = m.horizon.startYear;
    setBudgetEntry(m, a!.id, 'target', start + 1, 150000);
    expect(m.version).toBe(3);
    expect(a!.budget).toEqual({ ict: { [start]: 0 }, target: { [start + 1]: 150000 } });
    setBudgetEntry(m, a!.id, 'ict', start, 9200000);
    expect(budgetValue(a!.budget, 'ict', start + 3)).toBe(9200000);
    expect(budgetValue(a!.budget, 'reserve', start)).toBeNull();
    expect(validateModel(m)).toEqual([]);
    setBudgetEntry(m, a!.id, 'target', start + 1, null);
    setBudgetEntry(m, a!.id, 'ict', start, null);
    expect(a!.budget).toBeUndefined();
  });

  it('set a regime and compensable shares; back to the defaults removes them', () => {
    const m = structuredClone(base);
    const shared = m.parties.find((p) => p.kind === 'shared')!;
    const [a] = m.parties.filter((p) => p.kind === 'municipality');
    setSharedVat(m, shared.id, 'regime', 'charged');
    setCompensable(m, a!.id, '0.95');
    expect(shared.vat).toEqual({ regime: 'charged' });
    expect(a!.vat).toEqual({ compensable: '0.95' });
    expect(validateModel(m)).toEqual([]);
    setSharedVat(m, shared.id, 'regime', 'none');
    setCompensable(m, a!.id, 1);
    expect(shared.vat).toBeUndefined();
    expect(a!.vat).toBeUndefined();
  });
});

describe('the one-sentence answer', () => {
  const row = (year: number, total: string, targetShortfall = '0.00'): BudgetYear => ({
    year,
    structural: total,
    incidental: '0.00',
    total,
    targetShortfall,
  });
  const words = {
    fitsFrom: (y: number) => `Past binnen de begroting vanaf ${y}`,
    fitsAlways: 'Past elk jaar binnen de begroting',
    fitsNever: 'Past in geen enkel jaar binnen de begroting',
    targetMissed: (amount: string, years: string) => `de taakstelling van ${amount} wordt in ${years} niet gehaald`,
    targetMet: 'de taakstelling wordt elk jaar gehaald',
    money: (v: string) => `€ ${v}`,
    list: (items: string[]) => items.join(' en '),
  };
  it('says from when the scenario fits and where the target is missed', () => {
    const rows = [row(2014, '10.00', '50000.00'), row(2015, '5.00'), row(2016, '0.00'), row(2017, '-3.00')];
    expect(budgetAnswer(rows, () => 150000, words)).toBe(
      'Past binnen de begroting vanaf 2016; de taakstelling van € 150000 wordt in 2014 niet gehaald.',
    );
    expect(budgetAnswer([row(2014, '-1.00'), row(2015, '-2.00')], () => null, words)).toBe(
      'Past elk jaar binnen de begroting.',
    );
    expect(budgetAnswer([row(2014, '-1.00'), row(2015, '2.00')], () => 100, words)).toBe(
      'Past in geen enkel jaar binnen de begroting; de taakstelling wordt elk jaar gehaald.',
    );
  });
});
