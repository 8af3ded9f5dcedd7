/**
 * The exit question kept for the report (`report.exit`) in the export: the sheet "Uittreedvraag"
 * carries the report's sweep — the engine's own `exitSweep` of the Haarlem example's question, to
 * the cent — with the question in names and words (no ids); in the xlsx and in its CSV; a
 * question that no longer fits gives the report's messages. (The export screen's wait for the
 * sweep: export-exit-question-screen.test.tsx.)
 */
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { evaluateModel, exitQuestionModel, exitSweep, type ModelFile } from '../../src/engine';
import { haarlemExitQuestion } from '../../src/examples';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { sheetToCsv } from '../../src/features/export/csv';
import { exitQuestionSheets } from '../../src/features/export/exit-question-sheet';
import { exitSheets } from '../../src/features/export/exit-sheets';
import { exportMessages, type ExportKey } from '../../src/features/export/messages';
import { buildWorkbook } from '../../src/features/export/workbook';
import { sheetsToXlsx } from '../../src/features/export/xlsx';
import { translate, type Locale } from '../../src/i18n';
import { answerReportExit, reportExitOf } from '../../src/model';
import { internalIdentifiers } from '../support/identifiers';

const base = example as ModelFile;
const question = haarlemExitQuestion;
const kept: ModelFile = { ...structuredClone(base), version: 3, report: { exit: reportExitOf(question) } };
/** The engine's own sweep of the question, which the report shows. */
const sweep = exitSweep(base, question);
const outcome = answerReportExit(kept);
const sheetOf = (model: ModelFile, locale: Locale) => {
  const [sheet, ...rest] = exitQuestionSheets(model, answerReportExit(model), exitSweep(model, question), locale);
  expect(rest).toEqual([]);
  if (!sheet) throw new Error('no exit question sheet');
  return sheet;
};
const cellText = (c: unknown) => (c && typeof c === 'object' && 'value' in c ? String(c.value) : '');

describe('the export sheet of the kept exit question', () => {
  it('has one row per year of the engine’s sweep, with its exit sum and the leaver’s result to the cent', () => {
    expect(sweep.length).toBe(12);
    const sheet = sheetOf(kept, 'nl');
    expect(sheet.name).toBe('Uittreedvraag');
    expect(sheet.rows.map((r) => r.slice(-3))).toEqual(
      sweep.map((s) => [
        { kind: 'number', value: String(s.year), format: 'year' },
        { kind: 'number', value: s.exitTotal, format: 'money' },
        { kind: 'number', value: s.leaverNet, format: 'money' },
      ]),
    );
    // The question's own year is the answer the report states in its sentence.
    const asked = sheet.rows.find((r) => cellText(r[9]) === '2019');
    expect(asked?.[10]).toEqual({ kind: 'number', value: '19078215.27', format: 'money' });
    expect(outcome && 'answer' in outcome ? outcome.answer.exit.total : null).toBe('19078215.27');
  });

  it('states the question in Dutch words and names, never an id', () => {
    const sheet = sheetOf(kept, 'nl');
    expect(sheet.header).toEqual([
      'Scenario',
      'Gemeente die uittreedt',
      'Gezamenlijke partij',
      'Gevraagd: uittreden per 1 januari',
      'Opzegtermijn (jaren)',
      'Afrekenmethode',
      'Geboekt',
      'Eigen ICT na uittreden',
      'Berekend op',
      'Uittredejaar',
      'Uittreedsom',
      'Resultaat Haarlemmermeer t.o.v. nooit samenwerken, cumulatief tot en met 2025',
    ]);
    expect(sheet.rows[0]?.slice(0, 9).map(cellText)).toEqual([
      'Samenwerking 2.0',
      'Haarlemmermeer',
      'ICT-centrum',
      '2019',
      '1',
      'Aflopend',
      'In het besluitjaar',
      'Weer als in de uitgangssituatie',
      'Een doorgerekende kopie van het model (elk jaar tot 2025 met de regels van het plan)',
    ]);
    const texts = sheet.rows.flat().map(cellText);
    for (const id of ['s2', 'haarlemmermeer', 'ictc', 'tapered', 'decisionYear', 'baseline'])
      expect(texts).not.toContain(id);
    for (const locale of ['nl', 'en'] as Locale[])
      expect(internalIdentifiers(sheetToCsv(sheetOf(kept, locale)), kept, locale)).toEqual([]);
  });

  it('has English headers and words in English', () => {
    const sheet = sheetOf(kept, 'en');
    expect(sheet.name).toBe('Exit question');
    expect(sheet.header.slice(-3)).toEqual([
      'Year of leaving',
      'Exit sum',
      'Result of Haarlemmermeer against never collaborating, cumulative up to 2025',
    ]);
    expect(sheet.rows[0]?.slice(5, 8).map(cellText)).toEqual([
      'Tapered',
      'In the decision year',
      'As in the baseline again',
    ]);
  });

  it('writes the settlement method in the same word as the Uittreding sheet does', () => {
    // The question asked as a scenario of the model: the Uittreding sheet lists its exit.
    const asScenario = exitQuestionModel(base, question, 'Haarlemmermeer treedt uit');
    for (const [locale, word] of [
      ['nl', 'Aflopend'],
      ['en', 'Tapered'],
    ] as const) {
      const [exits] = exitSheets(asScenario, evaluateModel(asScenario), locale);
      expect(exits?.rows.map((r) => cellText(r[5]))).toContain(word);
      expect(new Set(exits?.rows.map((r) => cellText(r[5])))).toEqual(new Set([word]));
      expect(cellText(sheetOf(kept, locale).rows[0]?.[5])).toBe(word);
    }
  });

  it('lists why a kept question no longer fits, with the report’s messages', () => {
    const late: ModelFile = { ...kept, report: { exit: reportExitOf({ ...question, from: 2040 }) } };
    const lateOutcome = answerReportExit(late);
    const messages = lateOutcome && 'errors' in lateOutcome ? lateOutcome.errors : [];
    expect(messages.length).toBeGreaterThan(0);
    const [sheet] = exitQuestionSheets(late, lateOutcome, null, 'nl');
    expect(sheet?.header).toEqual(['Uittreedvraag', 'Past niet meer bij het model, daarom niet beantwoord']);
    expect(sheet?.rows.map((r) => r.map(cellText))).toEqual(
      messages.map((e) => [
        'Haarlemmermeer treedt per 1 januari 2040 uit ICT-centrum (Samenwerking 2.0)',
        `${e.path}: ${e.message}`,
      ]),
    );
    expect(cellText(sheet?.rows[0]?.[1])).toMatch(/^report\.exit\.leave\.from: /);

    const gone: ModelFile = { ...kept, report: { exit: { ...reportExitOf(question), scenario: 's9' } } };
    const [goneSheet] = exitQuestionSheets(gone, answerReportExit(gone), null, 'en');
    expect(goneSheet?.header).toEqual(['Exit question', 'No longer fits the model, so not answered']);
    expect(goneSheet?.rows.map((r) => r.map(cellText))).toEqual([
      ['Haarlemmermeer leaves ICT-centrum on 1 January 2019 (s9)', 'report.exit.scenario: unknown scenario "s9"'],
    ]);
  });

  it('is absent without a kept question, and while an answered question’s sweep is not there', () => {
    expect(exitQuestionSheets(base, answerReportExit(base), null, 'nl')).toEqual([]);
    expect(exitQuestionSheets(kept, outcome, null, 'nl')).toEqual([]);
  });
});

describe('the sheet in the workbook and its CSV', () => {
  const t = (key: ExportKey, vars?: Record<string, string | number>) => translate(exportMessages, 'nl', key, vars);
  const sheets = buildWorkbook(kept, evaluateModel(kept), t, 'nl', '2026-01-01', null, { outcome, sweep });

  it('writes the sweep into the xlsx as real numbers with cents', async () => {
    expect(sheets.map((s) => s.id)).toContain('exitQuestion');
    const read = await readXlsxFile(await sheetsToXlsx(sheets));
    const data = read.find((s) => s.sheet === 'Uittreedvraag')?.data as unknown as unknown[][];
    expect(data[0]?.[9]).toBe('Uittredejaar');
    expect(data.slice(1).map((r) => [r[9], (r[10] as number).toFixed(2), (r[11] as number).toFixed(2)])).toEqual(
      sweep.map((s) => [s.year, s.exitTotal, s.leaverNet]),
    );
    expect(data[1]?.[0]).toBe('Samenwerking 2.0');
  });

  it('writes the sweep into the CSV with decimal commas', () => {
    const csv = sheetToCsv(sheets.find((s) => s.id === 'exitQuestion')!);
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(sweep.length + 1);
    const first = sweep[0]!;
    expect(lines[1]?.split(';').slice(-3)).toEqual([
      String(first.year),
      first.exitTotal.replace('.', ','),
      first.leaverNet.replace('.', ','),
    ]);
  });
});
