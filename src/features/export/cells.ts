/**
 * The export's table model: sheets of typed cells. Money and other numbers stay decimal
 * strings here (as the engine and the model file give them); only the writers turn them into
 * spreadsheet numbers (xlsx) or Dutch number text (CSV), at the very boundary.
 */
import type { Num, ScenarioResult, YearMap } from '../../engine';
import { roundDecimalString } from '../../i18n';
import { canonical, yearValue } from '../../model';

/**
 * How a number is shown: euros with cents, a whole number, a year, FTE, a rate (a fraction
 * shown as a percentage), a plain decimal, a number of years with one decimal (payback).
 */
export type NumberKind = 'money' | 'int' | 'year' | 'fte' | 'rate' | 'decimal' | 'years1';

export type Cell = { kind: 'text'; value: string } | { kind: 'number'; value: string; format: NumberKind } | null;

export type Sheet = { id: string; name: string; header: string[]; rows: Cell[][]; widths?: number[] };

export const text = (value: string | undefined | null): Cell =>
  value === undefined || value === null || value === '' ? null : { kind: 'text', value };
export const money = (value: string): Cell => ({ kind: 'number', value, format: 'money' });
export const num = (value: string | null, format: NumberKind): Cell =>
  value === null ? null : { kind: 'number', value, format };
export const year = (value: number | undefined): Cell =>
  value === undefined ? null : { kind: 'number', value: String(value), format: 'year' };
/** The cell every per-scenario row starts with: its name (never its id, which no reader knows). */
export const scenarioHead = (s: ScenarioResult): Cell[] => [text(s.name)];

export const yes = (value: boolean, words: { yes: string; no: string }): Cell => text(value ? words.yes : words.no);

/** A value from a model file (JSON number or decimal string) as a number cell; absent stays empty. */
export const fileNum = (value: Num | undefined, format: NumberKind): Cell =>
  num(value === undefined ? null : canonical(value), format);

/** The value of a year map in a year (carry forward), as a number cell. */
export const mapNum = (map: YearMap | undefined, y: number, format: NumberKind): Cell =>
  map === undefined ? null : num(yearValue(map, y), format);

/** A number typed by a JS value the engine gives as a number (payback years); display only. */
export const jsNum = (value: number | null, format: NumberKind): Cell =>
  value === null ? null : { kind: 'number', value: String(value), format };

/** A payback period in years, rounded to one decimal (half away from zero) as the screens show it. */
export const paybackCell = (value: number | null): Cell =>
  value === null ? null : { kind: 'number', value: roundDecimalString(String(value), 1), format: 'years1' };

/** A formula sign at the start, also after spaces or line breaks (spreadsheets skip them), or a tab, CR or LF first. */
const DANGEROUS = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;
const NUMERIC_TEXT = /^[-+]?\d+(?:[.,]\d+)?$/;

/**
 * Text that a spreadsheet could take for a formula (`=`, `+`, `-`, `@` at the start, also after
 * spaces or line breaks, or a tab, CR or LF first)
 * gets a leading apostrophe, so it is shown and kept as text; plain numeric text is left alone.
 */
export function neutralise(value: string): string {
  return DANGEROUS.test(value) && !NUMERIC_TEXT.test(value) ? `'${value}` : value;
}

/**
 * A decimal string as a spreadsheet number. The nearest double is exact to the cent for every
 * amount the engine allows (below 2^53 cents), so a reader rounding to cents gets the engine's
 * figure back.
 */
export function toSpreadsheetNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${value}`);
  return n;
}
