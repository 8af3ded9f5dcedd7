/**
 * The numeric inputs of a model that a range (uncertainty) or a workshop control can sit on,
 * with readable labels, and the edits that add such sections to a model. Paths follow the
 * engine's `InputPath` rule (ids for lists with ids, indices otherwise, years for year maps).
 */
import {
  defaultSensitivityPaths,
  expectedValue,
  inputBounds,
  numericDistribution,
  readInput,
  toInputValue,
  type Distribution,
  type InputPath,
  type ModelFile,
  type UncertainInput,
  type WorkshopControl,
} from '../engine';
import type { Locale } from '../i18n/format';
import { fieldText, fieldWord, leverTitle, scenarioLeafLabel } from './describe';

import { formatInputValue, type InputUnit } from './input-format';

export { formatInputValue, type InputUnit };

/**
 * `label` names the input within its group (for pickers); `title` names it on its own, short
 * enough for a tornado row or a workshop slider: "Reductie Applicaties (Samenwerking 3.0)".
 */
export type NumericInput = {
  path: InputPath;
  group: string;
  groupLabel: string;
  label: string;
  title: string;
  value: string;
  unit: InputUnit;
};

/** Keys whose numbers are years, terms or structure, never an uncertain amount. */
const SKIP = new Set([
  'from',
  'to',
  'year',
  'years',
  'id',
  'select',
  'allocation',
  'priceBaseYear',
  'format',
  'version',
]);
const MONEY = new Set(['amount', 'perInhabitant', 'purchase', 'own', 'hired', 'overrides']);

/** How an input's value reads: a percentage (rates, fractions), money, a whole number or a plain number. */
export function inputUnit(path: InputPath): InputUnit {
  const b = inputBounds(path);
  const segments = path.split('.');
  if (b.isInteger) return 'integer';
  if (b.decimals === 6) return 'percent';
  if (segments.some((s) => MONEY.has(s))) return 'money';
  return 'number';
}

type Leaf = { rel: string[]; value: string };

function leaves(node: unknown, rel: string[] = []): Leaf[] {
  if (typeof node === 'number' || typeof node === 'string') {
    const isNumber = typeof node === 'number' ? Number.isFinite(node) : /^-?\d+(\.\d+)?$/.test(node);
    return isNumber ? [{ rel, value: String(node) }] : [];
  }
  if (Array.isArray(node)) {
    return node.flatMap((item, i) => {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      return leaves(item, [...rel, typeof id === 'string' ? id : String(i)]);
    });
  }
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node)
      .filter(([k]) => !SKIP.has(k))
      .flatMap(([k, v]) => leaves(v, [...rel, k]));
  }
  return [];
}

const upperFirst = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);

/** Every numeric input of the model, grouped by assumptions, party and scenario, in file order. */
export function numericInputs(m: ModelFile, locale: Locale): NumericInput[] {
  const assumptions = fieldWord('assumptions', locale) ?? '';
  const make = (
    path: string,
    group: string,
    groupLabelText: string,
    label: string,
    value: string,
    title?: string,
  ): NumericInput => ({
    path,
    group,
    groupLabel: groupLabelText,
    label,
    title: title ?? `${groupLabelText}: ${label}`,
    value,
    unit: inputUnit(path),
  });
  const out: NumericInput[] = [];
  for (const l of leaves(m.assumptions ?? {})) {
    const label = fieldText(l.rel, m, locale);
    out.push(make(['assumptions', ...l.rel].join('.'), 'assumptions', assumptions, label, l.value, upperFirst(label)));
  }
  for (const p of m.parties) {
    for (const l of leaves(p, [])) {
      if (l.rel[0] === 'name' || l.rel[0] === 'kind') continue;
      out.push(
        make(['parties', p.id, ...l.rel].join('.'), `party:${p.id}`, p.name, fieldText(l.rel, m, locale), l.value),
      );
    }
  }
  for (const s of m.scenarios) {
    const own = { lines: s.lines, staff: s.staff, changes: s.changes };
    for (const l of leaves(own, [])) {
      const lever = l.rel[0] === 'changes' ? leverTitle(s, l.rel, m, locale) : null;
      out.push(
        make(
          ['scenarios', s.id, ...l.rel].join('.'),
          `scenario:${s.id}`,
          s.name,
          scenarioLeafLabel(s, l.rel, m, locale),
          l.value,
          lever ? `${upperFirst(lever)} (${s.name})` : undefined,
        ),
      );
    }
  }
  // Only paths the engine reads back as the same number (ids that look like indices, odd shapes).
  return out.filter((i) => readInput(m, i.path) !== null);
}

/** A file id for a path (`scenarios.s3.changes.0.reduction` → `scenarios-s3-changes-0-reduction`), unique among `taken`. */
export function idForPath(path: InputPath, taken: readonly string[]): string {
  const base = path.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60) || 'input';
  let id = base;
  for (let i = 2; taken.includes(id); i += 1) id = `${base}-${i}`;
  return id;
}

const clampTo = (path: InputPath, x: number): number => {
  const b = inputBounds(path);
  let v = x;
  if (b.min !== null) v = Math.max(v, Number(b.min));
  if (b.max !== null) v = Math.min(v, Number(b.max));
  return v;
};

/** A decimal string of a float input bound, rounded to the input's precision (not money in results): the engine's `toInputValue`. */
export function roundForInput(path: InputPath, x: number): string {
  return toInputValue(x, inputBounds(path));
}

/** A triangular range of ±`span` around the input's value (within its valid range). */
export function defaultDistribution(path: InputPath, value: string, span = 0.2): Distribution {
  const v = Number(value);
  const d = Math.abs(v) * span;
  return { kind: 'triangular', low: roundForInput(path, v - d), high: roundForInput(path, v + d) };
}

/** The inputs a tornado looks at by default, for every scenario other than the baseline. */
function defaultPaths(m: ModelFile): string[] {
  const paths = m.scenarios
    .filter((s) => s.basedOn !== null)
    .flatMap((s) => defaultSensitivityPaths(m, s.id).map((p) => p.path));
  return [...new Set(paths)];
}

/** ±20 % triangular ranges on the default sensitivity inputs that have no range yet. */
export function suggestedRanges(m: ModelFile, locale: Locale): UncertainInput[] {
  const labels = new Map(numericInputs(m, locale).map((i) => [i.path, i]));
  const existing = m.uncertainty?.inputs ?? [];
  const taken = existing.map((i) => i.id);
  const out: UncertainInput[] = [];
  for (const path of defaultPaths(m)) {
    const input = labels.get(path);
    if (!input || existing.some((i) => i.path === path)) continue;
    const id = idForPath(path, taken);
    taken.push(id);
    out.push({ id, path, label: input.title, distribution: defaultDistribution(path, input.value) });
  }
  return out;
}

/** A step that moves a value in about 20–50 clicks across [min, max]: 1, 2 or 5 × a power of ten. */
export function niceStep(min: number, max: number, isInteger: boolean): number {
  const raw = Math.abs(max - min) / 40;
  if (raw <= 0) return isInteger ? 1 : 0.01;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * p).find((s) => s >= raw) ?? 10 * p;
  return isInteger ? Math.max(1, Math.round(step)) : Number(step.toPrecision(6));
}

/** A workshop control for a path: from half to one and a half times the value (fractions within 0–1). */
export function defaultControl(
  path: InputPath,
  value: string,
  label: string,
  taken: readonly string[],
): WorkshopControl {
  const v = Number(value);
  const b = inputBounds(path);
  const min = clampTo(path, v === 0 ? 0 : v * 0.5);
  const max = clampTo(path, v === 0 ? 1 : v * 1.5);
  const step = niceStep(min, max, b.isInteger);
  const snap = (x: number) => String(Number((Math.round(x / step) * step).toPrecision(12)));
  return { id: idForPath(path, taken), path, label, min: snap(min), max: snap(max), step: String(step) };
}

/**
 * Up to six controls on what a workshop asks about first: the scenarios' reductions, their FTE
 * (also year maps, e.g. a centre's staff from 2014: the last year), the amounts of lines they
 * add, then costs per FTE and rates; at most two of a kind while others are left, the largest
 * values first. Inputs that are 0 in the model are left out (no sensible range around them).
 */
export function suggestedControls(m: ModelFile, locale: Locale): WorkshopControl[] {
  const all = numericInputs(m, locale);
  const labels = new Map(all.map((i) => [i.path, i]));
  const isLever = (i: NumericInput) =>
    /\.changes\.\d+\./.test(i.path) && m.scenarios.some((s) => `scenario:${s.id}` === i.group && s.basedOn !== null);
  const rank = (p: string) =>
    p.endsWith('.reduction') ? 0 : /\.fte(\.\d{4})?$/.test(p) ? 1 : /\.line\.amount$/.test(p) ? 2 : 3;
  // Of a year map only its last year (the steady state a room asks about).
  const lastOfMap = new Map<string, string>();
  for (const i of all.filter(isLever)) lastOfMap.set(i.path.replace(/\.\d{4}$/, ''), i.path);
  const candidates = [...[...lastOfMap.values()].filter((p) => rank(p) < 3), ...defaultPaths(m)];
  const size = (p: string) => Math.abs(Number(labels.get(p)?.value));
  const paths = [...new Set(candidates)]
    .filter((p) => labels.has(p) && size(p) !== 0)
    .sort((a, b) => rank(a) - rank(b) || size(b) - size(a));
  // A mix: at most two of each kind first (the largest), then whatever ranks next.
  const firstTwo = paths.filter((p, i) => paths.slice(0, i).filter((q) => rank(q) === rank(p)).length < 2);
  const chosen = [...new Set([...firstTwo, ...paths])]
    .slice(0, 6)
    .sort((a, b) => rank(a) - rank(b) || size(b) - size(a));
  const taken = (m.workshop?.controls ?? []).map((c) => c.id);
  const out: WorkshopControl[] = [];
  for (const path of chosen) {
    const input = labels.get(path) as NumericInput;
    const c = defaultControl(path, input.value, input.title, taken);
    taken.push(c.id);
    out.push(c);
  }
  return out;
}

/** The expected value of a range on an input whose value in the model is `base` (a float; for display). */
export function rangeExpectation(d: Distribution, base: string, path: InputPath): number {
  const b = inputBounds(path);
  return expectedValue(
    numericDistribution(d, Number(base), {
      min: b.min === null ? -Infinity : Number(b.min),
      max: b.max === null ? Infinity : Number(b.max),
    }),
  );
}
