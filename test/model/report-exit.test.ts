/**
 * The exit question kept for the report (`report.exit`, docs/model-v3.md "Report choices"): a
 * version-3 section, checked for its shape with the path, kept through save and load; answered
 * on request, where a question that no longer fits is named with `report.exit.…` paths.
 */
import { describe, expect, it } from 'vitest';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import {
  answerExit,
  loadModel,
  serializeModel,
  validateModel,
  type ExitQuestion,
  type ModelFile,
} from '../../src/engine';
import { haarlemExitQuestion } from '../../src/examples';
import { answerReportExit, isReportExit, questionOfReportExit, reportExitOf } from '../../src/model';

const question: ExitQuestion = {
  ...haarlemExitQuestion,
  reentry: [
    {
      type: 'oneOff',
      id: 'exit-migration-haarlemmermeer',
      party: 'haarlemmermeer',
      category: 'transition',
      year: 2019,
      amount: '250000',
    },
  ],
};
const kept: ModelFile = { ...(example as ModelFile), version: 3, report: { exit: reportExitOf(question, '1000000') } };
const messages = (m: unknown) => validateModel(m).map((e) => `${e.path}: ${e.message}`);

describe('report.exit', () => {
  it('is valid in a version-3 file and survives save and load unchanged', () => {
    expect(messages(kept)).toEqual([]);
    const loaded = loadModel(serializeModel(kept));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.model.report).toEqual(kept.report);
    expect(questionOfReportExit(loaded.model.report!.exit!)).toEqual(question);
    expect(isReportExit(loaded.model, question, '1000000')).toBe(true);
    expect(isReportExit(loaded.model, { ...question, from: 2020 }, '1000000')).toBe(false);
  });

  it('needs version 3 and is refused with the path when malformed', () => {
    expect(messages({ ...kept, version: 2 })).toEqual(['report: needs "version": 3 or higher (the file says 2)']);
    const bad = structuredClone(kept) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    bad.report.exit.leave.from = 'soon';
    bad.report.exit.fixedAmount = -5;
    bad.report.exit.extra = 1;
    expect(messages(bad)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^report\.exit\.leave\.from: /),
        expect.stringMatching(/^report\.exit\.fixedAmount: /),
        'report.exit.extra: is not a known field',
      ]),
    );
    const notLeave = structuredClone(kept) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    notLeave.report.exit.leave = { op: 'scale', factor: 2 };
    expect(messages(notLeave)).toEqual(['report.exit.leave.op: must be "leave"']);
  });

  it('is answered as the Uittreden screen answers the question', () => {
    const outcome = answerReportExit(kept);
    expect(outcome && 'answer' in outcome ? outcome.answer.exit : null).toEqual(
      answerExit(example as ModelFile, question).exit,
    );
  });

  it('that no longer fits is named with its path and kept', () => {
    const stale = (r: NonNullable<ModelFile['report']>['exit']) => answerReportExit({ ...kept, report: { exit: r } });
    expect(stale(reportExitOf({ ...question, scenarioId: 'gone' }))).toEqual({
      question: null,
      errors: [{ path: 'report.exit.scenario', message: 'unknown scenario "gone"' }],
    });
    const late = stale(reportExitOf({ ...question, from: 2040 }));
    // The year is past the horizon, and the re-entry line now lies before the leave.
    expect(late && 'errors' in late ? late.errors.map((e) => e.path) : []).toEqual([
      'report.exit.leave.from',
      'report.exit.leave.reentry[0].year',
    ]);
    const stranger = stale(reportExitOf({ ...question, party: 'bloemendaal' }));
    expect(stranger && 'errors' in stranger ? stranger.errors[0]?.path : '').toMatch(/^report\.exit\.leave\.party/);
  });
});
