/**
 * Legal-form templates and the comparison (issue 17): every default carries its source, the
 * section survives saving and reopening, the engine refuses unknown forms and bad weights with
 * the path, and each form becomes ordinary model content in the compared copy.
 */
import { describe, expect, it } from 'vitest';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { loadModel, serializeModel, validateModel, type ModelFile } from '../../src/engine';
import { LEGAL_FORMS, firstActiveYear, newLegalFormSection } from '../../src/model/legal-forms';
import { compareLegalForms, exitVariant, legalFormVariant } from '../../src/model/legal-form-compare';
import { newAssessment } from '../../src/model/assessment';

function withSections(): ModelFile {
  const m = structuredClone(example) as unknown as ModelFile;
  m.version = 3;
  m.legalForm = newLegalFormSection(m, 'ictc');
  m.assessment = newAssessment();
  return m;
}
const messages = (m: unknown) => validateModel(m).map((e) => `${e.path}: ${e.message}`);

describe('legal-form templates', () => {
  const model = withSections();
  const section = model.legalForm!;

  it('hold all five forms, each default with its source', () => {
    expect(section.forms.map((f) => f.form)).toEqual([...LEGAL_FORMS]);
    for (const f of section.forms) {
      for (const part of [f.employer, f.vat, f.exit, ...(f.governance ?? []), ...(f.tender ? [f.tender] : [])])
        expect(part.source, `${f.form}`).toMatch(/\S{10}/);
    }
    expect(section.forms.find((f) => f.form === 'centrumgemeente')?.host).toBe('haarlem');
    expect(section.forms.find((f) => f.form === 'uitbesteding')?.tender).toMatchObject({
      amount: 250000,
      leadYears: 1,
    });
  });

  it('start governance in the first year the shared party is active', () => {
    expect(firstActiveYear(model, 'ictc')).toBe(2014);
    expect(section.forms[0]?.governance?.[0]?.from).toBe(2014);
  });

  it('validate, and survive saving and reopening', () => {
    expect(messages(model)).toEqual([]);
    const reopened = loadModel(serializeModel(model));
    expect(reopened.ok).toBe(true);
    if (reopened.ok) {
      expect(reopened.model.legalForm).toEqual(model.legalForm);
      expect(reopened.model.assessment).toEqual(model.assessment);
    }
  });

  it('are refused in a file below version 3, with the path', () => {
    expect(messages({ ...model, version: 2 })).toEqual([
      'legalForm: needs "version": 3 or higher (the file says 2)',
      'assessment: needs "version": 3 or higher (the file says 2)',
    ]);
  });

  it('refuse unknown forms, bad weights and broken references with the path', () => {
    const bad = structuredClone(model) as ModelFile & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    bad.legalForm!.forms[1]!.form = 'stichting' as never;
    bad.legalForm!.forms[2]!.host = 'ictc';
    bad.legalForm!.forms[0]!.vat.regime = 'taxable' as never;
    bad.legalForm!.forms[0]!.exit.settlement = { method: 'severance' } as never;
    bad.legalForm!.forms[3]!.governance![0]!.category = 'nope';
    bad.assessment!.criteria[1]!.weight = -1;
    bad.assessment!.scores = [
      { scenario: 's9', criterion: 'kosten', score: 6 },
      { scenario: 's2', criterion: 'geluk', score: 3 },
    ];
    expect(messages(bad)).toEqual([
      'legalForm.forms[0].vat.regime: must be one of "none", "charged", "exempt" (found "taxable")',
      'legalForm.forms[0].exit.settlement.method: unknown settlement method "severance"; expected one of "tapered", "directDamage", "fixed", "none"',
      'legalForm.forms[1].form: unknown legal form "stichting"; expected one of "openbaarLichaam", "bedrijfsvoeringsorganisatie", "centrumgemeente", "uitbesteding", "netwerk"',
      'assessment.criteria[1].weight: must be ≥ 0',
      'assessment.scores[0].score: must be between 1 and 5',
    ]);
    const refs = structuredClone(model);
    refs.legalForm!.forms[2]!.host = 'ictc';
    refs.legalForm!.forms[3]!.governance![0]!.category = 'nope';
    refs.legalForm!.chosen = 'netwerk';
    refs.legalForm!.forms.pop();
    refs.assessment!.criteria.forEach((c) => (c.weight = 0));
    refs.assessment!.scores = [
      { scenario: 's9', criterion: 'kosten', score: 3 },
      { scenario: 's2', criterion: 'geluk', score: 3 },
      { scenario: 's2', criterion: 'geluk', score: 4 },
    ];
    expect(messages(refs)).toEqual([
      'legalForm.forms[2].host: "ictc" is not a municipality',
      'legalForm.forms[3].governance[0].category: unknown category "nope"',
      'legalForm.chosen: "netwerk" is not one of the forms in legalForm.forms',
      'assessment.criteria: the weights must not all be 0',
      'assessment.scores[0].scenario: unknown scenario "s9"',
      'assessment.scores[1].criterion: unknown criterion "geluk"',
      'assessment.scores[2].criterion: unknown criterion "geluk"',
      'assessment.scores[2]: scenario "s2" is already scored on "geluk" by assessment.scores[1]',
    ]);
  });
});

describe('the legal-form comparison', () => {
  const model = withSections();
  const ol = model.legalForm!.forms[0]!;

  it('turns a form into ordinary model content in the copy', () => {
    const v = legalFormVariant(model, 's3', ol, 'ictc', true);
    expect(v.legalForm).toBeUndefined();
    expect(v.version).toBe(3);
    expect((v.parties.find((p) => p.id === 'ictc') as unknown as { vat: unknown }).vat).toEqual({
      regime: 'charged',
      rate: 0.21,
      inputShare: 1,
    });
    const s3 = v.scenarios.find((s) => s.id === 's3')!;
    expect(s3.changes?.slice(-2)).toEqual([
      {
        op: 'addLine',
        line: {
          type: 'opex',
          id: 'rechtsvorm-bestuur',
          party: 'ictc',
          category: 'overhead',
          amount: 100000,
          from: 2014,
          note: 'Ondersteuning algemeen en dagelijks bestuur',
        },
      },
      expect.objectContaining({
        op: 'addLine',
        line: expect.objectContaining({ id: 'rechtsvorm-accountant', amount: 60000 }),
      }),
    ]);
    const exit = exitVariant(v, 's3', ol, 'ictc', 'haarlemmermeer', 2017);
    expect(exit.model.assumptions?.extrapolation).toBe('computeThrough');
    expect(exit.model.scenarios.at(-1)).toEqual({
      id: 's3-uittreding',
      name: 's3 — uittreding',
      basedOn: 's3',
      changes: [
        {
          op: 'leave',
          party: 'haarlemmermeer',
          shared: 'ictc',
          from: 2017,
          noticeYears: 1,
          settlement: { method: 'tapered', factors: [1, 0.8, 0.6, 0.4, 0.2] },
        },
      ],
    });
  });

  it('compares every form: governance and the tender lower the NPV; VAT and exit say when they cannot be computed', () => {
    const rows = compareLegalForms(model, { scenario: 's3', exitParty: 'haarlemmermeer', exitYear: 2017 });
    expect(rows.map((r) => [r.form, r.governancePerYear, r.error])).toEqual([
      ['openbaarLichaam', '160000.00', null],
      ['bedrijfsvoeringsorganisatie', '110000.00', null],
      ['centrumgemeente', '140000.00', null],
      ['uitbesteding', '150000.00', null],
      ['netwerk', '30000.00', null],
    ]);
    const npv = (i: number) => Number(rows[i]!.npvCash);
    // More governance cost, lower NPV; the tender costs outsourcing more again.
    expect(npv(4)).toBeGreaterThan(npv(1));
    expect(npv(1)).toBeGreaterThan(npv(2));
    expect(npv(2)).toBeGreaterThan(npv(0));
    expect(npv(0)).toBeGreaterThan(npv(3));
    for (const r of rows) {
      // Until VAT (§10.6) and leaving (§10.4) are in this engine, the figure is missing and says why.
      if (r.vatMissing === null) expect(r.vatCost).toMatch(/^-?\d+\.\d\d$/);
      else expect(r.vatMissing).toEqual({ kind: 'unsupported' });
      if (r.exitMissing === null) expect(r.exitSum).toMatch(/^-?\d+\.\d\d$/);
      else expect(r.exitMissing.kind).toMatch(/unsupported|invalid/);
    }
  });
});

describe('removing a party the sections refer to', () => {
  it('drops the legal forms of a removed shared party and replaces a removed host', async () => {
    const { removeParty } = await import('../../src/model');
    const m = withSections();
    removeParty(m, 'haarlem');
    expect(m.legalForm?.forms.find((f) => f.form === 'centrumgemeente')?.host).toBe('haarlemmermeer');
    removeParty(m, 'ictc');
    expect(m.legalForm).toBeUndefined();
  });
});
