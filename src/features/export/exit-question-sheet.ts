/**
 * The exit question kept for the report (`report.exit`, docs/model-v3.md "Report choices") as a
 * sheet: the report's sweep in long form, one row per year of leaving — who leaves what, in
 * which scenario, with which settlement and booking (in words and names, never ids), the exit sum
 * and the leaver's cumulative result against never collaborating, to the cent. A question that
 * no longer fits the model gives a sheet of the report's messages instead. No sheet without a
 * kept question. Every word in a cell is capitalised, as a cell's value starts it (the method
 * words too: settlement-words.ts).
 */
import type { ModelFile, SweepRow } from '../../engine';
import { defineMessages, translate, type Locale } from '../../i18n';
import { partyName, type ReportExitOutcome } from '../../model';
import { money, num, text, year, type Cell, type Sheet } from './cells';
import { settlementWord } from './settlement-words';

const messages = defineMessages({
  nl: {
    sheet: 'Uittreedvraag',
    scenario: 'Scenario',
    leaver: 'Gemeente die uittreedt',
    shared: 'Gezamenlijke partij',
    asked: 'Gevraagd: uittreden per 1 januari',
    notice: 'Opzegtermijn (jaren)',
    method: 'Afrekenmethode',
    booking: 'Geboekt',
    standalone: 'Eigen ICT na uittreden',
    computedOn: 'Berekend op',
    sweepYear: 'Uittredejaar',
    sweepExit: 'Uittreedsom',
    sweepNet: 'Resultaat {party} t.o.v. nooit samenwerken, cumulatief tot en met {last}',
    bookedDecision: 'In het besluitjaar',
    bookedPaid: 'In de jaren van betaling',
    standaloneBaseline: 'Weer als in de uitgangssituatie',
    standaloneNone: 'Zoals in het scenario',
    onModel: 'Het model',
    onThrough: 'Een doorgerekende kopie van het model (elk jaar tot {year} met de regels van het plan)',
    invalidQuestion: 'Uittreedvraag',
    invalidReason: 'Past niet meer bij het model, daarom niet beantwoord',
    invalidTitle: '{party} treedt per 1 januari {year} uit {shared} ({scenario})',
  },
  en: {
    sheet: 'Exit question',
    scenario: 'Scenario',
    leaver: 'Municipality that leaves',
    shared: 'Shared party',
    asked: 'Asked: leaves on 1 January',
    notice: 'Notice (years)',
    method: 'Settlement method',
    booking: 'Booked',
    standalone: 'Own ICT after leaving',
    computedOn: 'Computed on',
    sweepYear: 'Year of leaving',
    sweepExit: 'Exit sum',
    sweepNet: 'Result of {party} against never collaborating, cumulative up to {last}',
    bookedDecision: 'In the decision year',
    bookedPaid: 'In the years paid',
    standaloneBaseline: 'As in the baseline again',
    standaloneNone: 'As in the scenario',
    onModel: 'The model',
    onThrough: 'A computed-through copy of the model (every year up to {year} by the plan’s rules)',
    invalidQuestion: 'Exit question',
    invalidReason: 'No longer fits the model, so not answered',
    invalidTitle: '{party} leaves {shared} on 1 January {year} ({scenario})',
  },
});

type Key = keyof typeof messages.nl;

/**
 * The sheet of the kept exit question: `outcome` is `answerReportExit(model)` (null: no kept
 * question, no sheet); `sweep` the question's exit-year sweep (`exitSweep`, as the report shows
 * it). An answered question needs its sweep: without one there is no sheet (the export screen
 * waits for it).
 */
export function exitQuestionSheets(
  model: ModelFile,
  outcome: ReportExitOutcome | null,
  sweep: readonly SweepRow[] | null,
  locale: Locale,
): Sheet[] {
  const kept = model.report?.exit;
  if (outcome === null || kept === undefined) return [];
  const t = (key: Key, vars?: Record<string, string | number>) => translate(messages, locale, key, vars);
  const leave = kept.leave;
  const party = partyName(model, leave.party);
  const shared = partyName(model, leave.shared);
  const scenario = model.scenarios.find((s) => s.id === kept.scenario)?.name ?? kept.scenario;
  if (!('answer' in outcome)) {
    // As the report shows it: the question in names, then each message with its path.
    const title = t('invalidTitle', { party, shared, scenario, year: leave.from });
    const rows = outcome.errors.map((e): Cell[] => [text(title), text(`${e.path}: ${e.message}`)]);
    return [
      {
        id: 'exitQuestion',
        name: t('sheet'),
        header: [t('invalidQuestion'), t('invalidReason')],
        rows,
        widths: [60, 80],
      },
    ];
  }
  if (sweep === null) return [];
  const a = outcome.answer;
  const question: Cell[] = [
    text(scenario),
    text(party),
    text(shared),
    year(leave.from),
    num(String(leave.noticeYears ?? 1), 'int'),
    text(settlementWord(a.exit.method, locale)),
    text(t(leave.booking === 'asPaid' ? 'bookedPaid' : 'bookedDecision')),
    text(t(leave.standalone === 'none' ? 'standaloneNone' : 'standaloneBaseline')),
    text(a.isComputedThrough ? t('onThrough', { year: a.lastYear }) : t('onModel')),
  ];
  const header = [
    t('scenario'),
    t('leaver'),
    t('shared'),
    t('asked'),
    t('notice'),
    t('method'),
    t('booking'),
    t('standalone'),
    t('computedOn'),
    t('sweepYear'),
    t('sweepExit'),
    t('sweepNet', { party, last: a.lastYear }),
  ];
  const rows = sweep.map((r): Cell[] => [...question, year(r.year), money(r.exitTotal), money(r.leaverNet)]);
  return [
    {
      id: 'exitQuestion',
      name: t('sheet'),
      header,
      rows,
      widths: [24, 20, 20, 12, 10, 16, 18, 22, 30, 12, 18, 30],
    },
  ];
}
