/**
 * Validation (spec §1): each rule refuses a file with a message naming the JSON path, the
 * engine refuses to evaluate an invalid model, and valid models (the example, every fixture,
 * generated models) pass. The CLI's exact messages are pinned in test/fixtures/invalid.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateModel, isModelError, loadModel, readInput, type ModelFile } from '../../src/engine';
import { CURRENT_VERSION, MIGRATIONS, migrateModel, serializeModel, validateModel } from '../../src/engine/file';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { generateModel } from '../support/model-generator';

const base = JSON.parse(readFileSync('test/fixtures/models/two-municipalities.json', 'utf8')) as ModelFile;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function variant(edit: (m: Json) => void): Json {
  const m = structuredClone(base) as Json;
  edit(m);
  return m;
}

function paths(m: unknown): string[] {
  return validateModel(m).map((e) => e.path);
}

describe('validateModel accepts valid models', () => {
  it('the built-in example and the fixtures', () => {
    expect(validateModel(haarlemHaarlemmermeer)).toEqual([]);
    expect(validateModel(base)).toEqual([]);
  });
  it('a range without a mode whose input an edit moved outside it (the model stays usable)', () => {
    const m = structuredClone(haarlemHaarlemmermeer);
    m.version = 2;
    m.uncertainty = {
      inputs: [
        { id: 'r', path: 'parties.ictc.interestRate', distribution: { kind: 'triangular', low: 0.06, high: 0.08 } },
      ],
    };
    expect(Number(readInput(m, 'parties.ictc.interestRate'))).toBeLessThan(0.06);
    expect(validateModel(m)).toEqual([]);
  });
  it('generated models with every line type and change op', () => {
    for (let seed = 1; seed <= 120; seed += 1) expect(validateModel(generateModel(seed)), `seed ${seed}`).toEqual([]);
  });
});

describe('validateModel refuses, naming the JSON path', () => {
  const cases: [string, (m: Json) => void, string, RegExp][] = [
    [
      'unknown key in a line',
      (m) => {
        m.scenarios[0].lines[2].colour = 'red';
      },
      'scenarios[0].lines[2].colour',
      /not a known field/,
    ],
    [
      'unknown top-level key',
      (m) => {
        m.extra = 1;
      },
      'extra',
      /not a known field/,
    ],
    [
      'unknown party',
      (m) => {
        m.scenarios[0].staff[0].party = 'x';
      },
      'scenarios[0].staff[0].party',
      /unknown party "x"/,
    ],
    [
      'unknown category',
      (m) => {
        m.scenarios[0].lines[0].category = 'coffee';
      },
      'scenarios[0].lines[0].category',
      /unknown category/,
    ],
    [
      'investment in a non-asset category',
      (m) => {
        m.scenarios[0].lines.push({
          type: 'investment',
          id: 'i',
          party: 'haarlem',
          category: 'personnel',
          year: 2014,
          amount: 5,
        });
      },
      'scenarios[0].lines[6].category',
      /not an asset category/,
    ],
    [
      'negative amount',
      (m) => {
        m.scenarios[0].lines[0].amount = -1;
      },
      'scenarios[0].lines[0].amount',
      /≥ 0/,
    ],
    [
      'negative FTE in a year map',
      (m) => {
        m.scenarios[0].staff[0].fte = { 2013: 3, 2015: -1 };
      },
      'scenarios[0].staff[0].fte.2015',
      /≥ 0/,
    ],
    [
      'a year-map key that is no year',
      (m) => {
        m.scenarios[0].staff[0].fte = { abc: 3 };
      },
      'scenarios[0].staff[0].fte.abc',
      /not a year/,
    ],
    [
      'non-finite number',
      (m) => {
        m.parties[0].interestRate = Infinity;
      },
      'parties[0].interestRate',
      /finite/,
    ],
    [
      'NaN',
      (m) => {
        m.scenarios[0].lines[0].amount = NaN;
      },
      'scenarios[0].lines[0].amount',
      /finite/,
    ],
    [
      'number as text that is not decimal',
      (m) => {
        m.scenarios[0].lines[0].amount = '1,5';
      },
      'scenarios[0].lines[0].amount',
      /decimal string/,
    ],
    [
      'start after end',
      (m) => {
        m.horizon.startYear = 2020;
      },
      'horizon.endYear',
      /≥ startYear/,
    ],
    [
      'extrapolateTo before end',
      (m) => {
        m.horizon.extrapolateTo = 2015;
      },
      'horizon.extrapolateTo',
      /≥ endYear/,
    ],
    [
      'fractional year',
      (m) => {
        m.horizon.startYear = 2013.5;
      },
      'horizon.startYear',
      /whole number/,
    ],
    [
      'two baselines',
      (m) => {
        m.scenarios[1].basedOn = null;
      },
      'scenarios',
      /2 baselines/,
    ],
    [
      'no baseline',
      (m) => {
        m.scenarios[0].basedOn = 's2';
      },
      'scenarios',
      /needs one baseline/,
    ],
    [
      'unknown parent',
      (m) => {
        m.scenarios[1].basedOn = 'nope';
      },
      'scenarios[1].basedOn',
      /unknown scenario/,
    ],
    [
      'cycle',
      (m) => {
        m.scenarios.push({ id: 'a', name: 'A', basedOn: 'b' }, { id: 'b', name: 'B', basedOn: 'a' });
      },
      'scenarios[3].basedOn',
      /cycle: a → b → a/,
    ],
    [
      'unknown op',
      (m) => {
        m.scenarios[1].changes[0].op = 'outsource';
      },
      'scenarios[1].changes[0].op',
      /unknown change op/,
    ],
    [
      'unknown line type',
      (m) => {
        m.scenarios[0].lines[0].type = 'lease';
      },
      'scenarios[0].lines[0].type',
      /unknown line type/,
    ],
    [
      'all-zero fixed weights',
      (m) => {
        m.parties[2].allocation.default = { basis: 'fixed', shares: { haarlem: 0, haarlemmermeer: 0 } };
      },
      'parties[2].allocation.default.shares',
      /weight > 0/,
    ],
    [
      'fixed key without shares',
      (m) => {
        m.parties[2].allocation.default = { basis: 'fixed' };
      },
      'parties[2].allocation.default.shares',
      /required/,
    ],
    [
      'key member that is no municipality',
      (m) => {
        m.parties[2].allocation.default = { basis: 'inhabitants', members: ['ictc'] };
      },
      'parties[2].allocation.default.members[0]',
      /not a municipality/,
    ],
    [
      'basis without the data it needs',
      (m) => {
        delete m.parties[1].workstations;
        m.parties[2].allocation.default = { basis: 'workstations' };
      },
      'parties[1].workstations',
      /needed/,
    ],
    [
      '__proto__ key',
      (m) => {
        Object.defineProperty(m.meta, '__proto__', { value: {}, enumerable: true });
      },
      'meta.__proto__',
      /not allowed/,
    ],
    [
      'constructor key',
      (m) => {
        m.assumptions.constructor = 1;
      },
      'assumptions.constructor',
      /not allowed/,
    ],
    [
      'prototype key in shares',
      (m) => {
        m.parties[2].allocation.default = { basis: 'fixed', shares: { prototype: 1 } };
      },
      'parties[2].allocation.default.shares.prototype',
      /not allowed/,
    ],
    [
      'duplicate party id',
      (m) => {
        m.parties[1].id = 'haarlem';
      },
      'parties[1].id',
      /already used/,
    ],
    [
      'bad id characters',
      (m) => {
        m.scenarios[1].id = 's 2';
      },
      'scenarios[1].id',
      /letters, digits/,
    ],
    [
      'duplicate line id in a scenario',
      (m) => {
        m.scenarios[1].changes.push({ op: 'addLine', line: { ...m.scenarios[0].lines[0] } });
      },
      'scenarios[1].changes[7].line.id',
      /already exists/,
    ],
    [
      'addStaff for existing staff',
      (m) => {
        m.scenarios[1].changes.push({ op: 'addStaff', staff: { party: 'ictc', group: 'technicalMgmt', fte: 2 } });
      },
      'scenarios[1].changes[7].staff',
      /already exists/,
    ],
    [
      'endLine of an unknown line',
      (m) => {
        m.scenarios[1].changes.push({ op: 'endLine', id: 'zz', from: 2015 });
      },
      'scenarios[1].changes[7].id',
      /no line "zz"/,
    ],
    [
      'retire of an opex line',
      (m) => {
        m.scenarios[1].changes.push({ op: 'endLine', id: 'h-apps', from: 2015, retire: true });
      },
      'scenarios[1].changes[7].retire',
      /only investment and application/,
    ],
    [
      'transfer to a municipality',
      (m) => {
        m.scenarios[1].changes[0].to = 'haarlemmermeer';
      },
      'scenarios[1].changes[0].to',
      /not a shared party/,
    ],
    [
      'transfer without party',
      (m) => {
        delete m.scenarios[1].changes[0].select.party;
      },
      'scenarios[1].changes[0].select.party',
      /required for a transfer/,
    ],
    [
      'scale with factor and reduction',
      (m) => {
        m.scenarios[1].changes.push({ op: 'scale', select: {}, factor: 1, reduction: 0.1 });
      },
      'scenarios[1].changes[7]',
      /either "factor" or "reduction"/,
    ],
    [
      'scale with neither',
      (m) => {
        m.scenarios[1].changes.push({ op: 'scale', select: {} });
      },
      'scenarios[1].changes[7]',
      /needs "factor" or "reduction"/,
    ],
    [
      'reduction above 1',
      (m) => {
        m.scenarios[1].changes.push({ op: 'scale', select: {}, reduction: 1.5 });
      },
      'scenarios[1].changes[7].reduction',
      /≤ 1/,
    ],
    [
      'setParam of the horizon',
      (m) => {
        m.scenarios[1].changes.push({ op: 'setParam', path: 'horizon.endYear', value: 2030 });
      },
      'scenarios[1].changes[7].path',
      /model-wide/,
    ],
    [
      'setParam of extrapolation',
      (m) => {
        m.scenarios[1].changes.push({ op: 'setParam', path: 'assumptions.extrapolation', value: 'none' });
      },
      'scenarios[1].changes[7].path',
      /model-wide/,
    ],
    [
      'setParam with a bad value',
      (m) => {
        m.scenarios[1].changes.push({ op: 'setParam', path: 'parties.ictc.depreciationYears.datacom', value: 0 });
      },
      'scenarios[1].changes[7].value',
      /whole number between 1 and 100/,
    ],
    [
      'setParam of an unknown party',
      (m) => {
        m.scenarios[1].changes.push({ op: 'setParam', path: 'parties.x.interestRate', value: 0.1 });
      },
      'scenarios[1].changes[7].path',
      /unknown party/,
    ],
    [
      'setParam of a bad allocation key',
      (m) => {
        m.scenarios[1].changes.push({
          op: 'setParam',
          path: 'parties.ictc.allocation.default',
          value: { basis: 'usage', shares: { haarlem: 0 } },
        });
      },
      'scenarios[1].changes[7].value.shares',
      /weight > 0/,
    ],
    [
      'opex from after to',
      (m) => {
        m.scenarios[0].lines[0].from = 2016;
        m.scenarios[0].lines[0].to = 2014;
      },
      'scenarios[0].lines[0].to',
      /≥ from/,
    ],
    [
      'recurring investment with amount and perInhabitant',
      (m) => {
        m.scenarios[0].lines[4].amount = 5;
      },
      'scenarios[0].lines[4]',
      /either "amount" or "perInhabitant"/,
    ],
    [
      'shared party with inhabitants',
      (m) => {
        m.parties[2].inhabitants = 5;
      },
      'parties[2].inhabitants',
      /shared party has no inhabitants/,
    ],
    [
      'version-2 section in a v1 file',
      (m) => {
        m.uncertainty = { inputs: [] };
      },
      'uncertainty',
      /version": 2/,
    ],
    [
      'uncertainty path naming nothing',
      (m) => {
        m.version = 2;
        m.uncertainty = {
          inputs: [{ id: 'r', path: 'parties.haarlem.nope', distribution: { kind: 'uniform', low: 0, high: 1 } }],
        };
      },
      'uncertainty.inputs[0].path',
      /names no number/,
    ],
    [
      'triangular mode outside its range',
      (m) => {
        m.version = 2;
        m.uncertainty = {
          inputs: [
            {
              id: 'r',
              path: 'parties.ictc.interestRate',
              distribution: { kind: 'triangular', low: 0.06, mode: 0.05, high: 0.08 },
            },
          ],
        };
      },
      'uncertainty.inputs[0].distribution',
      /mode \(0.05\) must lie between/,
    ],
    [
      'more than six workshop controls',
      (m) => {
        m.version = 2;
        m.workshop = {
          controls: Array.from({ length: 7 }, (_, i) => ({
            id: `c${i}`,
            path: 'parties.ictc.interestRate',
            min: 0,
            max: 1,
            step: 0.01,
          })),
        };
      },
      'workshop.controls',
      /at most 6/,
    ],
    [
      'a future version',
      (m) => {
        m.version = CURRENT_VERSION + 1;
      },
      'version',
      /newer Kantelpunt/,
    ],
    [
      'wrong format',
      (m) => {
        m.format = 'other';
      },
      'format',
      /ict-business-case/,
    ],
  ];
  it.each(cases)('%s', (_name, edit, path, message) => {
    const errors = validateModel(variant(edit));
    const hit = errors.find((e) => e.path === path);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  it('refuses what is not an object', () => {
    expect(paths(null)).toEqual(['']);
    expect(paths([base])).toEqual(['']);
    expect(paths('text')).toEqual(['']);
  });

  it('a switched-off change is still checked, and counts as on, so switching never breaks a file', () => {
    expect(
      paths(
        variant((m) => {
          m.scenarios[1].changes.push({ op: 'scale', enabled: false, select: { party: 'x' }, factor: 1 });
        }),
      ),
    ).toEqual(['scenarios[1].changes[7].select.party']);
    const added = { type: 'oneOff', id: 'extra', party: 'haarlem', category: 'friction', year: 2014, amount: 1 };
    const m = variant((x) => {
      x.scenarios[1].changes.push(
        { op: 'addLine', enabled: false, line: added },
        { op: 'endLine', id: 'extra', from: 2015 },
      );
    });
    expect(paths(m)).toEqual([]);
    expect(() => evaluateModel(m as ModelFile)).not.toThrow();
  });
});

describe('the engine never evaluates an invalid model', () => {
  it('evaluateModel throws a ModelError with the paths', () => {
    const bad = variant((m) => {
      m.scenarios[0].lines[0].amount = -1;
    }) as ModelFile;
    let caught: unknown;
    try {
      evaluateModel(bad);
    } catch (e) {
      caught = e;
    }
    expect(isModelError(caught)).toBe(true);
    expect(isModelError(caught) && caught.errors[0]?.path).toBe('scenarios[0].lines[0].amount');
  });
});

describe('loadModel, migrate and serializeModel', () => {
  it('loads the text of a valid file and keeps a v1 file at version 1 when saved again', () => {
    const r = loadModel(JSON.stringify(base));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.model).toEqual(base);
    expect(serializeModel(r.model)).toBe(`${JSON.stringify(base, null, 2)}\n`);
  });
  it('raises the version when a version-2 section is added', () => {
    const withBench: ModelFile = {
      ...base,
      benchmark: { rows: [{ id: 'avg', label: 'Gemiddeld', software: 20, personnel: 40, infrastructure: 30 }] },
    };
    expect(JSON.parse(serializeModel(withBench)).version).toBe(2);
    expect(loadModel(serializeModel(withBench)).ok).toBe(true);
  });
  it('names the problem of text that is not JSON, and of JSON that is not a model', () => {
    const r = loadModel('{ "format": ');
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['']);
    expect(r.ok ? '' : r.errors[0]?.message).toMatch(/not a JSON file/);
    const other = loadModel('{"name":"package"}');
    expect(other.ok ? '' : other.errors[0]?.message).toMatch(/not a Kantelpunt model file/);
    expect(loadModel('\uFEFF' + JSON.stringify(base)).ok).toBe(true);
  });
  it('has an upgrade step from every older version to the current one, without gaps', () => {
    for (let v = 1; v < CURRENT_VERSION; v += 1) expect(MIGRATIONS.filter((m) => m.from === v)).toHaveLength(1);
    expect(MIGRATIONS.every((m) => m.from >= 1 && m.from < CURRENT_VERSION)).toBe(true);
  });
  it('reports a failing upgrade step instead of throwing', () => {
    const r = migrateModel({ version: CURRENT_VERSION + 3 });
    expect(r.ok).toBe(false);
  });
});
