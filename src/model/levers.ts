/**
 * Levers whose values are still to be confirmed (issue 20). A lever the user has just added,
 * and a value the template made up, carry a note that starts with a fixed mark ("Voorbeeldwaarde
 * — nog te bevestigen"); a new lever is also switched off, so it costs nothing until the user
 * confirms it. The scenario card flags such a lever and offers "Bevestigen", which removes the
 * note and switches the lever on. The mark lives in the note, the one free-text field the file
 * format (v1) allows on a change, so it is saved, shown in the report and recognised in either
 * language, whatever the language it was written in.
 */
import type { Change, ScaleChange, YearMap } from '../engine';
import type { Locale } from '../i18n/format';
import { defineMessages, translate } from '../i18n/i18n';

/** The mark that starts the note, and why the lever is to be confirmed (filled in after the mark). */
const leverMessages = defineMessages({
  nl: {
    mark: 'Voorbeeldwaarde — nog te bevestigen',
    newLever: 'nieuwe hefboom met voorbeeldwaarden; pas ze aan en kies Bevestigen',
    centreStaff:
      '{fte} fte is 85 % van {count} × 8 fte technisch beheer van het sjabloon, niet van uw eigen formatie; vul de formatie van het centrum in en kies Bevestigen',
    oneOff: 'bedrag van het sjabloon ({amount} per gemeente); vul uw eigen raming in en kies Bevestigen',
    tableReduction:
      '{percent} minder kosten in het centrum is een aanname van het model uit tabel, geen raming van deze regio; vul uw eigen verwachting in en kies Bevestigen',
  },
  en: {
    mark: 'Sample value — to be confirmed',
    newLever: 'new lever with sample values; adjust them and choose Confirm',
    centreStaff:
      '{fte} FTE is 85 % of {count} × 8 FTE technical management of the template, not of your own staff; enter the centre’s staff and choose Confirm',
    oneOff: 'amount of the template ({amount} per municipality); enter your own estimate and choose Confirm',
    tableReduction:
      '{percent} lower cost in the centre is an assumption of the model from a table, not an estimate for this region; enter your own expectation and choose Confirm',
  },
});

type Why = Exclude<keyof typeof leverMessages.nl, 'mark'>;

/** The mark in every language: a note written in either is recognised in both. */
const MARKS: readonly string[] = [leverMessages.nl.mark, leverMessages.en.mark];

/** The note of a lever to be confirmed: the mark, then why (one of the texts above, filled in). */
export function toConfirmNote(locale: Locale, why: Why, vars: Record<string, string> = {}): string {
  return `${translate(leverMessages, locale, 'mark')}: ${translate(leverMessages, locale, why, vars)}`;
}

/** Whether a lever's values are still to be confirmed. */
export function isToConfirm(c: { note?: string }): boolean {
  const note = c.note;
  return note !== undefined && MARKS.some((m) => note.startsWith(m));
}

/** Why a lever is to be confirmed (its note without the mark), or '' when it is not. */
export function toConfirmReason(c: { note?: string }): string {
  const note = c.note ?? '';
  const mark = MARKS.find((m) => note.startsWith(m));
  return mark === undefined
    ? ''
    : note
        .slice(mark.length)
        .replace(/^[:\s—-]+/, '')
        .trim();
}

/** A newly added lever: switched off and marked, so it changes nothing until the user confirms it. */
export function pendingChange<C extends Change>(c: C, locale: Locale): C {
  return { ...c, enabled: false, note: toConfirmNote(locale, 'newLever') };
}

/** Confirms a lever (in place): it counts from now on, and the note that marked it goes. */
export function confirmChange(c: Change): void {
  if (isToConfirm(c)) delete c.note;
  delete c.enabled;
}

function shifted(map: YearMap | undefined, delta: number): YearMap | undefined {
  if (map === undefined || typeof map !== 'object') return map;
  return Object.fromEntries(Object.entries(map).map(([y, v]) => [String(Number(y) + delta), v]));
}

/**
 * Sets a scale's first year (in place) and moves its phase-in (or factor) schedule along, so the
 * schedule starts where the lever does: "−10 % vanaf 2028" is phased in from 2028, not 2027.
 * Without a previous `from`, the schedule's first year is what moves.
 */
export function setScaleFrom(c: ScaleChange, from: number | undefined): void {
  if (from === undefined) {
    delete c.from;
    return;
  }
  const schedule = c.reduction !== undefined || c.factor === undefined ? c.phaseIn : c.factor;
  const firstKey =
    schedule !== undefined && typeof schedule === 'object' ? Math.min(...Object.keys(schedule).map(Number)) : undefined;
  const was = c.from ?? firstKey;
  c.from = from;
  if (was === undefined || !Number.isFinite(was) || was === from) return;
  const delta = from - was;
  if (c.phaseIn !== undefined) c.phaseIn = shifted(c.phaseIn, delta) as YearMap;
  if (c.factor !== undefined) c.factor = shifted(c.factor, delta) as YearMap;
}
