/**
 * Validation of model-v3 §10.5–§10.7: each bad input is refused with its JSON path, in the
 * engine (validateModel) and in the CLI (exit 2, the path on stderr); the fields need version 3.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateModel } from '../../src/engine';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const read = (name: string) => JSON.parse(readFileSync(`test/fixtures/models-v3/${name}.json`, 'utf8')) as Json;
const errors = (m: Json) => validateModel(m).map((e) => `${e.path}: ${e.message}`);

function variant(name: string, edit: (m: Json) => void): Json {
  const m = structuredClone(read(name));
  edit(m);
  return m;
}

describe('valid version-3 decision models pass', () => {
  it.each(['staff-transition', 'vat-charged-budget', 'vat-exempt'])('%s', (name) => {
    expect(errors(read(name))).toEqual([]);
  });
});

describe('bad inputs are refused with their path (model-v3 §10.5–§10.7)', () => {
  const cases: [string, string, (m: Json) => void, string][] = [
    [
      'compensable above 1',
      'vat-charged-budget',
      (m) => (m.parties[0].vat.compensable = { 2014: 1.05 }),
      'parties[0].vat.compensable.2014: must be ≤ 1',
    ],
    [
      'a negative budget',
      'vat-charged-budget',
      (m) => (m.parties[0].budget.ict = { 2013: -1 }),
      'parties[0].budget.ict.2013: must be ≥ 0',
    ],
    [
      'a negative reserve',
      'vat-charged-budget',
      (m) => (m.parties[0].budget.reserve = { 2014: -5 }),
      'parties[0].budget.reserve.2014: must be ≥ 0',
    ],
    [
      'a budget without ict',
      'vat-charged-budget',
      (m) => delete m.parties[0].budget.ict,
      'parties[0].budget.ict: is required',
    ],
    [
      'a VAT rate above 1',
      'vat-charged-budget',
      (m) => (m.parties[2].vat.rate = 21),
      'parties[2].vat.rate: must be ≤ 1',
    ],
    [
      'an unknown regime',
      'vat-charged-budget',
      (m) => (m.parties[2].vat.regime = 'reverse'),
      'parties[2].vat.regime: must be one of "none", "charged", "exempt" (found "reverse")',
    ],
    [
      'a regime on a municipality',
      'vat-charged-budget',
      (m) => (m.parties[0].vat.regime = 'charged'),
      'parties[0].vat.regime: only a shared party has a VAT regime, rate and inputShare; a municipality has compensable',
    ],
    [
      'compensable on a shared party',
      'vat-charged-budget',
      (m) => (m.parties[2].vat.compensable = 1),
      'parties[2].vat.compensable: only a municipality recovers VAT (compensable); a shared party has a regime, rate and inputShare',
    ],
    [
      'a budget on a shared party',
      'vat-charged-budget',
      (m) => (m.parties[2].budget = { ict: 1 }),
      'parties[2].budget: only a municipality has a budget',
    ],
    [
      'a bearer that is not a party',
      'staff-transition',
      (m) => (m.scenarios[1].changes[3].bearer = 'nobody'),
      'scenarios[1].changes[3].bearer: unknown party "nobody" (give "origin" or the id of a party)',
    ],
    [
      'a decision year before the start',
      'staff-transition',
      (m) => Object.assign(m.scenarios[1].changes[3], { booking: 'decisionYear', decisionYear: 2012 }),
      'scenarios[1].changes[3].decisionYear: must lie between startYear (2013) and the last computed year (2016)',
    ],
    [
      'a decision year after L',
      'staff-transition',
      (m) => (m.scenarios[3].changes[0].decisionYear = 2017),
      'scenarios[3].changes[0].decisionYear: must lie between startYear (2013) and the last computed year (2016)',
    ],
    [
      'decisionYear booking without a year',
      'staff-transition',
      (m) => delete m.scenarios[3].changes[0].decisionYear,
      'scenarios[3].changes[0].decisionYear: is required when booking is "decisionYear"',
    ],
    [
      'no booking',
      'staff-transition',
      (m) => delete m.scenarios[1].changes[3].booking,
      'scenarios[1].changes[3].booking: is required',
    ],
    [
      'an unknown function group',
      'staff-transition',
      (m) => (m.scenarios[1].changes[3].groups = ['technicalMgmt', 'helpdesk']),
      'scenarios[1].changes[3].groups[1]: unknown function group "helpdesk"',
    ],
    [
      'attrition above 1',
      'staff-transition',
      (m) => (m.scenarios[1].changes[3].attrition = 3),
      'scenarios[1].changes[3].attrition: must be ≤ 1',
    ],
    [
      'negative months of salary',
      'staff-transition',
      (m) => (m.scenarios[1].changes[3].monthsOfSalary = -1),
      'scenarios[1].changes[3].monthsOfSalary: must be ≥ 0',
    ],
    [
      'two staff transitions in one scenario',
      'staff-transition',
      (m) => m.scenarios[3].changes.push({ op: 'staffTransition', booking: 'asIncurred', enabled: false }),
      'scenarios[3].changes[1]: a scenario has at most one staffTransition (scenarios[3].changes[0] is one)',
    ],
    [
      'a category list without friction',
      'staff-transition',
      (m) => (m.categories = [{ id: 'personnel', label: 'Personeel', group: 'personnel' }]),
      'scenarios[1].changes[3]: needs the category "friction", which the model\'s own category list lacks',
    ],
    [
      'a category list without vat',
      'vat-charged-budget',
      (m) => (m.categories = ['datacom', 'programme', 'applications'].map((id) => ({ id, label: id, group: 'other' }))),
      'parties[2].vat.regime: needs the category "vat", which the model\'s own category list lacks',
    ],
  ];
  it.each(cases)('%s', (_, name, edit, expected) => {
    expect(errors(variant(name, edit))).toContain(expected);
  });

  it('the decision fields need "version": 3', () => {
    const v2 = variant('staff-transition', (m) => (m.version = 2));
    expect(errors(v2)).toEqual([
      'scenarios[1].changes[3]: needs "version": 3 or higher (the file says 2)',
      'scenarios[3].changes[0]: needs "version": 3 or higher (the file says 2)',
    ]);
    const v1 = variant('vat-charged-budget', (m) => (m.version = 1));
    expect(errors(v1)).toEqual([
      'parties[0].vat: needs "version": 3 or higher (the file says 1)',
      'parties[0].budget: needs "version": 3 or higher (the file says 1)',
      'parties[1].vat: needs "version": 3 or higher (the file says 1)',
      'parties[2].vat: needs "version": 3 or higher (the file says 1)',
    ]);
  });

  it('a setParam cannot set VAT or the budget (model-wide)', () => {
    const m = variant('vat-charged-budget', (x) =>
      x.scenarios[1].changes.push({ op: 'setParam', path: 'parties.c.vat.regime', value: 'exempt' }),
    );
    expect(errors(m)).toEqual(['scenarios[1].changes[1].path: "vat" is not a party field that a scenario can set']);
  });

  it('the CLI refuses a bad file with exit 2 and the path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kantelpunt-decision-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(variant('vat-charged-budget', (m) => (m.parties[0].vat.compensable = 2))));
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'src/cli/calc.ts', file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      [status, stderr] = [err.status, err.stderr];
    }
    expect(status).toBe(2);
    expect(stderr).toContain('parties[0].vat.compensable: must be ≤ 1');
  }, 30_000);
});
